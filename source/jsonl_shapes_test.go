package source

import (
	"github.com/akhbar/akhbar/pipeline"
	"path/filepath"
	"strings"
	"testing"
)

// TestJSONLShapes reads one line of each corpus tool's layout
// (testdata/shapes) and checks that every field lands where the record
// wants it, with what no field took carried as metadata.
func TestJSONLShapes(t *testing.T) {
	tests := []struct {
		file                             string
		id, url, format, bodyStart       string
		title, authors, published, fetch string
		summary, site                    string
		metadata                         string
	}{
		{file: "fineweb.jsonl", id: "<urn:uuid:7f1a>", url: "https://news.example.co.uk/local/budget", format: "jsonl+text",
			bodyStart: "The city council", fetch: "2024-02-21T10:11:12Z",
			metadata: `{"dump":"CC-MAIN-2024-10","file_path":"s3://commoncrawl/x.warc.gz","language":"en","language_score":0.97,"token_count":40}`},
		{file: "dolma.jsonl", id: "d-1", url: "https://www.example.de/lokal/regen", format: "jsonl+text",
			bodyStart: "Heavy rain", title: "Rain floods old town", authors: "A. Writer", published: "2023-11-19T08:30:00Z",
			metadata: `{"added":"2024-01-01T00:00:00Z","section":"local","source":"news-crawl"}`},
		{file: "newsplease.jsonl", id: "newsplease:1", url: "https://example.com/rail", format: "jsonl+text",
			bodyStart: "The minister", title: "New rail line announced", authors: "Jane Doe\nJohn Roe", published: "2019-11-19",
			fetch: "2019-11-20", summary: "A new line will link the cities.",
			metadata: `{"language":"en","source_domain":"example.com"}`},
		{file: "ccnet.jsonl", id: "sha1:ABCDEF", url: "http://blog.example.org/harvest", format: "jsonl+text",
			bodyStart: "The harvest", title: "Harvest", fetch: "2019-01-16T12:08:41Z",
			metadata: `{"language":"en","language_score":0.95,"length":120,"nlines":2,"source_domain":"blog.example.org"}`},
		{file: "trafilatura.jsonl", id: "trafilatura:1", url: "https://www.example.fr/culture/museum", format: "jsonl+text",
			bodyStart: "The city museum reopened its doors after two years of renovation work.\n\n", title: "Museum reopens",
			authors: "Ann Smith\nBob Lee", published: "2021-06-01", site: "Example Culture",
			metadata: `{"fingerprint":"abc","hostname":"example.fr"}`},
		{file: "oscar.jsonl", id: "<urn:uuid:0a1b2c3d>", url: "https://hindi.example.in/delhi/budget", format: "jsonl+text",
			bodyStart: "नई दिल्ली में", fetch: "2021-09-26T15:01:12Z", metadata: `{"harmful_pp":310.5,"identification":{"label":"hi","prob":0.92},"warc_headers":{"content-length":"212","warc-identified-content-language":"hin,eng","warc-type":"conversion"}}`},
		{file: "redpajama.jsonl", id: "2023-06/0000/en_head.json.gz/0", url: "http://blog.example.org/harvest", format: "jsonl+text",
			bodyStart: "The harvest", title: "Harvest", fetch: "2023-01-27T04:23:51Z", metadata: `{"digest":"sha1:ABCDEF","language":"en","length":95,"nlines":2,"partition":"head","source_domain":"blog.example.org"}`},
		{file: "c4.jsonl", id: "c4:1", url: "https://example.net/a", format: "jsonl+text", bodyStart: "Text of C4",
			fetch: "2019-04-25T12:57:54Z"},
		{file: "html.jsonl", id: "h1", url: "https://example.in/x", format: "jsonl+html", bodyStart: "<html><title>T</title>",
			published: "2020-03-04T05:06:07+05:30", metadata: `{"crawl":{"seg":3}}`},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			items := readItems(t, filepath.Join("testdata", "shapes", tt.file), Options{})
			if len(items) != 1 {
				t.Fatalf("%d items, want 1", len(items))
			}
			it := items[0]
			if it.Err != nil {
				t.Fatalf("reject: %v", it.Err)
			}
			got := []string{it.ID, it.URL, it.Source.Format, it.Meta["title"], it.Meta["authors"], it.Meta["published"],
				it.Source.Fetched, it.Meta["summary"], it.Meta["site"], it.Meta["metadata"]}
			want := []string{tt.id, tt.url, tt.format, tt.title, tt.authors, tt.published, tt.fetch, tt.summary, tt.site, tt.metadata}
			names := []string{"id", "url", "format", "title", "authors", "published", "fetched", "summary", "site", "metadata"}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("%s = %q, want %q", names[i], got[i], want[i])
				}
			}
			if !strings.HasPrefix(string(it.Body), tt.bodyStart) {
				t.Errorf("body %q does not start with %q", it.Body, tt.bodyStart)
			}
		})
	}
}

// TestJSONLOneBody checks that a line with the page under two names gets
// it once, from the first name in order of preference.
func TestJSONLOneBody(t *testing.T) {
	tests := []struct{ line, body, format string }{
		{`{"text": "A.", "content": "B."}`, "A.", "jsonl+text"},
		{`{"content": "B.", "raw_content": "C."}`, "C.", "jsonl+text"},
		{`{"raw_text": "R.", "maintext": "M."}`, "M.", "jsonl+text"},
		{`{"html": "<p>H</p>", "text": "T."}`, "<p>H</p>", "jsonl+html"},
		{`{"html": "", "text": "T."}`, "T.", "jsonl+text"},
		{`{"text": "   ", "content": "C."}`, "C.", "jsonl+text"},
	}
	for _, tt := range tests {
		it := jsonlLineItem(t, tt.line, JSONLKeys{})
		if it.Err != nil || string(it.Body) != tt.body || it.Source.Format != tt.format {
			t.Errorf("%s: body %q format %q (%v), want %q %q", tt.line, it.Body, it.Source.Format, it.Err, tt.body, tt.format)
		}
	}
}

// TestJSONLKeys checks the --text-key, --html-key, --id-key and --url-key
// choices, dotted names included.
func TestJSONLKeys(t *testing.T) {
	tests := []struct {
		name              string
		line              string
		keys              JSONLKeys
		id, url, body, md string
		reason            string
	}{
		{name: "text-key", line: `{"article": "Body.", "text": "Teaser."}`, keys: JSONLKeys{Text: "article"},
			id: "in:1", body: "Body.", md: `{"text":"Teaser."}`},
		{name: "dotted", line: `{"doc": {"body": "B.", "link": "https://x.org/a", "key": 7}}`,
			keys: JSONLKeys{Text: "doc.body", URL: "doc.link", ID: "doc.key"}, id: "7", url: "https://x.org/a", body: "B.",
			md: ""},
		{name: "dotted keeps the rest", line: `{"doc": {"body": "B.", "lang": "hi"}}`, keys: JSONLKeys{Text: "doc.body"},
			id: "in:1", body: "B.", md: `{"doc":{"lang":"hi"}}`},
		{name: "html-key only looks there", line: `{"page": "", "text": "T."}`, keys: JSONLKeys{HTML: "page"}, reason: "no-content"},
		{name: "id-key", line: `{"uid": "u-1", "id": "other", "text": "T."}`, keys: JSONLKeys{ID: "uid"}, id: "u-1", body: "T.", md: `{"id":"other"}`},
		{name: "wrong type", line: `{"body": 3}`, keys: JSONLKeys{Text: "body"}, reason: "json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := jsonlLineItem(t, tt.line, tt.keys)
			if got := reason(it); got != tt.reason {
				t.Fatalf("reason %q (%v), want %q", got, it.Err, tt.reason)
			}
			if tt.reason != "" {
				return
			}
			if it.ID != tt.id || it.URL != tt.url || string(it.Body) != tt.body || it.Meta["metadata"] != tt.md {
				t.Errorf("id %q url %q body %q metadata %s; want %q %q %q %s", it.ID, it.URL, it.Body, it.Meta["metadata"], tt.id, tt.url, tt.body, tt.md)
			}
		})
	}
}

// TestJSONLErrorWords checks that a bad line is told in JSON's words, with
// the file and line, never with Go's names for types.
func TestJSONLErrorWords(t *testing.T) {
	tests := []struct{ line, want string }{
		{`{"text": ["a", "b"]}`, `field "text" is an array, not a string`},
		{`["an", "array"]`, `an array, not a JSON object`},
		{`"just a string"`, `a string, not a JSON object`},
		{`{"text": "a"`, `not valid JSON`},
		{`{"text": "a"} {"text": "b"}`, `more than one JSON value`},
		{`{"url": "https://x.org"}`, `no page text or HTML`},
		{`{"html": {"x": 1}}`, `field "html" is an object, not a string`},
	}
	for _, tt := range tests {
		it := jsonlLineItem(t, tt.line, JSONLKeys{})
		if it.Err == nil {
			t.Errorf("%s: no error", tt.line)
			continue
		}
		msg := it.Err.Error()
		if !strings.Contains(msg, tt.want) || !strings.Contains(msg, "in.jsonl line 1") {
			t.Errorf("%s: %q, want %q with the file and line", tt.line, msg, tt.want)
		}
		for _, goWord := range []string{"Go ", "struct", "interface", "map[", "[]"} {
			if strings.Contains(msg, goWord) {
				t.Errorf("%s: %q speaks Go (%q)", tt.line, msg, goWord)
			}
		}
	}
}

func TestStatedTime(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2019-11-19 08:00:00", "2019-11-19"},
		{"2019-11-19", "2019-11-19"},
		{"2024-02-21T10:11:12Z", "2024-02-21T10:11:12Z"},
		{"2024-02-21T10:11:12.123+05:30", "2024-02-21T10:11:12+05:30"},
		{"Tue, 19 Nov 2019 08:00:00 +0100", "2019-11-19T08:00:00+01:00"},
		{"Tue, 19 Nov 2019 08:00:00 GMT", "2019-11-19T08:00:00Z"},
		{"Tue, 19 Nov 2019 08:00:00 XYZ", "2019-11-19"},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := StatedTime(tt.in); got != tt.want {
			t.Errorf("StatedTime(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLocalTime(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-07-03 14:05:00", "2024-07-03T14:05:00"},
		{"2024-07-03T14:05:00", "2024-07-03T14:05:00"},
		{" 2024-07-03 14:05 ", "2024-07-03T14:05:00"},
		{"2024-07-03", ""},                    // no clock
		{"2024-07-03T14:05:00+05:30", ""},     // an instant
		{"2024-07-03T03:10:00Z", ""},          // an instant
		{"Tue, 19 Nov 2019 08:00:00 XYZ", ""}, // a zone, unknown
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := LocalTime(tt.in); got != tt.want {
			t.Errorf("LocalTime(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// A line's zoneless clock reaches the item beside its day.
	it := jsonlLineItem(t, `{"text":"x","date":"2024-07-03 14:05:00","updated":"2024-07-03T15:00:00Z"}`, JSONLKeys{})
	if it.Meta["published"] != "2024-07-03" || it.Meta["published_local"] != "2024-07-03T14:05:00" || it.Meta["updated_local"] != "" {
		t.Errorf("meta %q", it.Meta)
	}
}

func jsonlLineItem(t *testing.T, line string, keys JSONLKeys) pipelineItem {
	t.Helper()
	return jsonlItem([]byte(line), "in:1", pipelineSource{Path: "in.jsonl", Format: string(JSONL)}, Input{Path: "in.jsonl"}, 1, keys)
}

type (
	pipelineItem   = pipeline.Item
	pipelineSource = pipeline.Source
)

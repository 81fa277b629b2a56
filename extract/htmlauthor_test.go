package extract

import (
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

func TestHTMLAuthors(t *testing.T) {
	const h1 = "<h1>Zahlen des Verbands</h1>"
	site := `<meta property="og:site_name" content="Example">`
	tests := []struct {
		name, html, want string
	}{
		{"a byline element naming the site signs the page",
			page(site, h1, `<span class="post-author">Example</span>`),
			"Example"},
		{"metadata naming the site is a CMS default",
			page(site+`<meta name="author" content="Example">`, h1, `<p>Example</p>`),
			""},
		{"the byline under the headline comes before <meta name=author>",
			page(`<meta name="author" content="L-MAG – Das Magazin">`, h1, `<p>L-MAG</p>`, `<p>Von Claudia Lindner</p>`),
			"Claudia Lindner"},
		{"a person's byline comes first",
			page(site, h1, `<span class="post-author">Example</span>`, `<p>Von Anna Muster</p>`),
			"Anna Muster"},
	}
	for _, tc := range tests {
		d := pipeline.NewDoc(pipeline.Item{ID: "x", Body: []byte(tc.html), URL: "https://example.de/a"})
		if err := HTMLWith(d, HTMLOptions{FastDates: true, RulesOnly: true, Now: testNow}); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := strings.Join(d.Record.Authors, "; "); got != tc.want {
			t.Errorf("%s: authors %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestJSONLDReferences(t *testing.T) {
	const graph = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"Organization","@id":"https://example.de/#org","name":"Example Verlag"},
{"@type":"Article","@id":"https://example.de/a#article","headline":"Zahlen des Verbands",
 "author":{"@id":"https://example.de/#/person/1"},"publisher":{"@id":"https://example.de/#org"}},
{"@type":"Person","@id":"https://example.de/#/person/1","name":"Anna Muster"}]}</script>`
	d := pipeline.NewDoc(pipeline.Item{ID: "x", Body: []byte(page(graph, "<h1>Zahlen des Verbands</h1>", "<p>Anna Muster</p>")), URL: "https://example.de/a"})
	if err := HTMLWith(d, HTMLOptions{FastDates: true, RulesOnly: true, Now: testNow}); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(d.Record.Authors, "; "); got != "Anna Muster" {
		t.Errorf("authors %q", got)
	}
	if d.Record.Site != "Example Verlag" {
		t.Errorf("site %q", d.Record.Site)
	}
}

func TestMicrodataAuthorScope(t *testing.T) {
	html := page("", `<article itemscope itemtype="https://schema.org/BlogPosting"><h1 itemprop="headline">Zahlen des Verbands</h1>`+
		`<div>by <span itemprop="author">Jake Goulding</span></div></article>`,
		`<aside><div itemscope itemtype="https://schema.org/BlogPosting"><p>Other post</p><div>by <span itemprop="author">Ben Popper</span></div></div>`+
			`<div itemscope itemtype="https://schema.org/BlogPosting"><p>Third post</p><div>by <span itemprop="author">Max Pekarsky</span></div></div></aside>`)
	d := pipeline.NewDoc(pipeline.Item{ID: "x", Body: []byte(html), URL: "https://example.de/a"})
	if err := HTMLWith(d, HTMLOptions{FastDates: true, RulesOnly: true, Now: testNow}); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(d.Record.Authors, "; "); got != "Jake Goulding" {
		t.Errorf("authors %q, want the article's only", got)
	}
}

func TestSignOff(t *testing.T) {
	para := "<p>" + strings.Repeat("Der Verband legte am Montag seine Zahlen vor, und die Branche reagierte gelassen darauf. ", 4) + "</p>"
	for _, tc := range []struct{ last, want string }{
		{"<p><b><i>Stefan Wasmer</i></b></p>", "Stefan Wasmer"},
		{"<p>Stefan Wasmer</p>", ""},                          // not set apart: could be anything
		{"<p><strong>Mehr zum Thema</strong></p>", ""},        // not a name
		{"<p><b>Stefan Wasmer</b> berichtet weiter.</p>", ""}, // a sentence
	} {
		html := "<html><head><title>Zahlen</title></head><body><h1>Zahlen</h1><article>" + para + para + para + para + tc.last + "</article></body></html>"
		d := pipeline.NewDoc(pipeline.Item{ID: "x", Body: []byte(html), URL: "https://example.de/a"})
		if err := HTMLWith(d, HTMLOptions{FastDates: true, RulesOnly: true, Now: testNow}); err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(d.Record.Authors, "; "); got != tc.want {
			t.Errorf("%s: authors %q, want %q", tc.last, got, tc.want)
		}
	}
}

func TestHeaderCredit(t *testing.T) {
	for _, tc := range []struct{ header, want string }{
		{`<header><h1>Zahlen des Verbands</h1><p class="credit">JIJI</p></header>`, "JIJI"},
		{`<header><h1>Zahlen des Verbands</h1><figure><img src="a.jpg"><figcaption><span class="credit">Anna Muster</span></figcaption></figure></header>`, ""},
		{`<h1>Zahlen des Verbands</h1><div><p class="credit">Anna Muster</p></div>`, ""},
	} {
		d := pipeline.NewDoc(pipeline.Item{ID: "x", Body: []byte(page("", tc.header)), URL: "https://example.de/a"})
		if err := HTMLWith(d, HTMLOptions{FastDates: true, RulesOnly: true, Now: testNow}); err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(d.Record.Authors, "; "); got != tc.want {
			t.Errorf("%s: authors %q, want %q", tc.header, got, tc.want)
		}
	}
}

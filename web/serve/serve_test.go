package serve

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/web/corpus"
	"github.com/akhbar/akhbar/web/index"
	"github.com/akhbar/akhbar/web/webtest"
)

func testServer(t *testing.T) (*httptest.Server, string) {
	t.Helper()
	dir := webtest.CopyTestdata(t)
	webtest.WriteManifest(t, filepath.Join(dir, "corpus.jsonl"))
	return serveCorpus(t, filepath.Join(dir, "corpus.jsonl")), dir
}

// serveCorpus indexes one corpus file and serves it for the test.
func serveCorpus(t *testing.T, path string) *httptest.Server {
	t.Helper()
	ix, err := index.Open(context.Background(), path, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	s, err := New([]*index.Index{ix}, Options{Logf: t.Logf})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts
}

func get(t *testing.T, url string) (int, http.Header, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(b)
}

func TestPages(t *testing.T) {
	ts, _ := testServer(t)
	tests := []struct {
		path string
		code int
		want []string
		not  []string
	}{
		{"/", 200, []string{`id="total">6<`, "अस्ताना में जयशंकर", "&lt;script&gt;alert(1)&lt;/script&gt; headline"}, []string{"<script>alert"}},
		{"/?q=monsoon", 200, []string{`id="total">1<`, "Monsoon reaches Kerala"}, nil},
		{"/?from=bad", 400, []string{"want YYYY-MM-DD"}, nil},
		{"/?site=Nowhere", 200, []string{`id="total">0<`, "no record has site"}, nil},
		{"/record/0/0", 200, []string{`class="span role-repeated removed"`, `href="#L15"`, `id="L28"`, "repeats line 15", "नई दिल्ली"}, nil},
		{"/record/0/1", 200, []string{`data-role="boilerplate"`, "share-buttons", "Share on Facebook"}, nil},
		{"/record/0/2", 200, []string{`id="raw-missing"`, "The raw input is gone"}, nil},
		{"/record/0/4", 200, []string{"block"}, nil},
		{"/record/0/5", 200, []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;why&lt;/b&gt;"}, []string{"<script>alert", "<b>why</b>", "<img src=x"}},
		{"/record/0/6", 404, nil, nil},
		{"/record/1/0", 404, nil, nil},
		{"/record/x/0", 404, nil, nil},
		{"/id/tam-2", 200, []string{"copy of tam-1", "1 other"}, nil},
		{"/id/nope", 404, []string{"no record has id"}, nil},
		{"/static/style.css", 200, []string{".span.role-repeated"}, nil},
		{"/static/app.js", 200, []string{"only-removed"}, nil},
	}
	for _, tt := range tests {
		code, h, body := get(t, ts.URL+tt.path)
		if code != tt.code {
			t.Errorf("%s: status %d, want %d", tt.path, code, tt.code)
		}
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: lacks %q", tt.path, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(body, w) {
				t.Errorf("%s: carries %q", tt.path, w)
			}
		}
		if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
			t.Errorf("%s: CSP %q", tt.path, csp)
		}
	}
}

func TestRecordJSONAndAPI(t *testing.T) {
	ts, _ := testServer(t)
	code, h, body := get(t, ts.URL+"/record/0/3.json")
	var r pipeline.Record
	if code != 200 || h.Get("Content-Type") != "application/json" || json.Unmarshal([]byte(body), &r) != nil || r.ID != "tam-2" {
		t.Errorf("record JSON: %d %q %q", code, h.Get("Content-Type"), body)
	}
	code, _, body = get(t, ts.URL+"/api/search?q=சென்னையில்&sort=-date")
	var res struct {
		Total int
		Hits  []struct {
			URL    string
			Record pipeline.Record
		}
	}
	if err := json.Unmarshal([]byte(body), &res); err != nil || code != 200 {
		t.Fatalf("api: %d %v %s", code, err, body)
	}
	if res.Total != 2 || res.Hits[0].Record.ID != "tam-2" || res.Hits[0].URL != "/record/0/3" {
		t.Errorf("api result %+v", res)
	}
}

func TestRawInputMovedWithCorpus(t *testing.T) {
	// The record's source.path is relative: found beside the corpus.
	ts, dir := testServer(t)
	_, _, body := get(t, ts.URL+"/record/0/0")
	if !strings.Contains(body, filepath.Join(dir, "000_6b62018fc8430769.txt")) {
		t.Error("raw input not resolved against the corpus folder")
	}
	// Changed input: spans past its end are reported, not drawn wrong.
	os.WriteFile(filepath.Join(dir, "000_6b62018fc8430769.txt"), []byte("one line only\n"), 0o644)
	_, _, body = get(t, ts.URL+"/record/0/0")
	if !strings.Contains(body, "the input changed since the record was made") {
		t.Error("a shrunken input is not reported")
	}
	os.Remove(filepath.Join(dir, "000_6b62018fc8430769.txt"))
	_, _, body = get(t, ts.URL+"/record/0/0")
	if !strings.Contains(body, "The raw input is gone") || !strings.Contains(body, "नई दिल्ली") {
		t.Error("a missing input must be said, and the record still shown")
	}
}

func TestUnits(t *testing.T) {
	blocks := []pipeline.Block{{Start: 1, End: 1, Text: "a"}, {Start: 4, End: 4, Text: "b"}}
	us := units(blocks, true)
	var ns []int
	for _, u := range us {
		ns = append(ns, u.N)
	}
	if len(ns) != 4 || ns[0] != 1 || ns[3] != 4 || us[1].Text != "" {
		t.Errorf("units %v", us)
	}
	raw := &Raw{Unit: "line", Units: us}
	placeSpans(raw, []pipeline.Span{{Start: 1, End: 4, Role: pipeline.RoleBoilerplate}})
	gs := groups(raw.Units)
	if len(gs) != 1 || len(gs[0].Units) != 4 || !gs[0].Units[0].First {
		t.Errorf("groups %+v", gs)
	}
	if roleClass("Bad Role\"><x") != "role-badrolex" || roleClass("") != "role-none" {
		t.Error("roleClass lets markup through")
	}
}

func TestSeveralCorpora(t *testing.T) {
	dir := webtest.CopyTestdata(t)
	a := filepath.Join(dir, "corpus.jsonl")
	b := filepath.Join(t.TempDir(), "again.jsonl.zst")
	w, err := sink.CreateJSONL(b)
	if err != nil {
		t.Fatal(err)
	}
	corpus.Scan(context.Background(), a, func(e *corpus.Entry) error {
		e.Record.ID += "-b"
		return w.Write(&e.Record)
	})
	w.Close()
	var ixs []*index.Index
	for _, p := range []string{a, b} {
		ix, err := index.Open(context.Background(), p, index.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		ixs = append(ixs, ix)
	}
	s, err := New(ixs, Options{Logf: t.Logf})
	if err != nil {
		t.Fatal(err)
	}
	ids := func(q index.Query) (int, []string) {
		res, err := s.search(q)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, h := range res.Hits {
			out = append(out, h.Record.ID)
		}
		return res.Total, out
	}
	if n, got := ids(index.Query{Offset: 4, Limit: 4}); n != 12 || strings.Join(got, ",") != "ben-1,xss-1,000_6b62018fc8430769-b,eng-1-b" {
		t.Errorf("page across corpora: %d %v", n, got)
	}
	if n, got := ids(index.Query{Text: "சென்னையில்", Sort: "-date", Limit: 3}); n != 4 || strings.Join(got, ",") != "tam-2,tam-2-b,tam-1" {
		t.Errorf("newest first across corpora: %d %v", n, got)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	if code, _, body := get(t, ts.URL+"/record/1/1"); code != 200 || !strings.Contains(body, "eng-1-b") {
		t.Errorf("record of the second corpus: %d", code)
	}
}

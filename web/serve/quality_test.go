package serve

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/web/corpus"
	"github.com/akhbar/akhbar/web/webtest"
)

// qualityCorpus copies the test corpus with a quality map on each record
// (word_count, and a share of upper-case letters on some), and returns
// a server over it with the records written.
func qualityCorpus(t *testing.T) (*httptest.Server, []pipeline.Record) {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "q.jsonl")
	w, err := sink.CreateJSONL(dst)
	if err != nil {
		t.Fatal(err)
	}
	var recs []pipeline.Record
	err = corpus.Scan(context.Background(), filepath.Join(webtest.Dir(), "corpus.jsonl"), func(e *corpus.Entry) error {
		r := e.Record
		r.Quality = map[string]float64{"word_count": float64(len(strings.Fields(r.Text)))}
		if len(recs)%2 == 0 {
			r.Quality["upper_ratio"] = float64(len(recs)) / 10
		}
		recs = append(recs, r)
		return w.Write(&r)
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return serveCorpus(t, dst), recs
}

func TestQualityThresholds(t *testing.T) {
	ts, recs := qualityCorpus(t)
	// The bounds come from the records, so that each one splits them.
	var wcs []float64
	for _, r := range recs {
		wcs = append(wcs, r.Quality["word_count"])
	}
	mid := wcs[len(wcs)/2]
	want := func(keep func(q map[string]float64) bool) []string {
		var out []string
		for _, r := range recs {
			if keep(r.Quality) {
				out = append(out, r.ID)
			}
		}
		return out
	}
	tests := []struct {
		query string
		want  []string
	}{
		{"min.word_count=" + fmtF(mid), want(func(q map[string]float64) bool { return q["word_count"] >= mid })},
		{"max.word_count=" + fmtF(mid), want(func(q map[string]float64) bool { return q["word_count"] <= mid })},
		{"max.upper_ratio=0.2", want(func(q map[string]float64) bool { v, ok := q["upper_ratio"]; return ok && v <= 0.2 })},
		{"min.word_count=&max.upper_ratio=", want(func(map[string]float64) bool { return true })},
	}
	for _, tt := range tests {
		code, _, body := get(t, ts.URL+"/api/search?limit=100&"+tt.query)
		var res struct {
			Total int
			Hits  []struct{ Record pipeline.Record }
		}
		if code != 200 || json.Unmarshal([]byte(body), &res) != nil {
			t.Fatalf("%s: %d %s", tt.query, code, body)
		}
		var got []string
		for _, h := range res.Hits {
			got = append(got, h.Record.ID)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") || res.Total != len(tt.want) {
			t.Errorf("%s: %v (%d), want %v", tt.query, got, res.Total, tt.want)
		}
		if len(tt.want) == 0 || len(tt.want) == len(recs) && !strings.Contains(tt.query, "=&") {
			t.Errorf("%s: the bound does not split the records", tt.query)
		}
		// The download applies the same bounds.
		_, _, dl := get(t, ts.URL+"/download.jsonl?"+tt.query)
		if n := strings.Count(dl, "\n"); n != len(tt.want) {
			t.Errorf("%s: download of %d records, want %d", tt.query, n, len(tt.want))
		}
	}
	// The search page offers a min and a max box per signal, filled in.
	_, _, body := get(t, ts.URL+"/?min.word_count=12")
	for _, w := range []string{`name="min.word_count"`, `name="max.upper_ratio"`, `id="f-min-word_count" value="12"`, `min.word_count: 12`} {
		if !strings.Contains(body, w) {
			t.Errorf("search page lacks %q", w)
		}
	}
	for _, q := range []string{"min.word_count=ten", "max.word_count=NaN"} {
		if code, _, _ := get(t, ts.URL+"/?"+q); code != 400 {
			t.Errorf("%s: status %d, want 400", q, code)
		}
	}
	if _, _, body := get(t, ts.URL+"/?min.nope=1"); !strings.Contains(body, `id="total">0<`) || !strings.Contains(body, "no record has quality signal") {
		t.Error("an unknown signal is not said")
	}
}

func fmtF(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

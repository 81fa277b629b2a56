package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/web/corpus"
	"github.com/akhbar/akhbar/web/internal/words"
)

// copyCorpus copies the test corpus into a temp dir (the index is built
// beside it), recompressed by the name's extension.
func copyCorpus(t *testing.T, name string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), name)
	w, err := sink.CreateJSONL(dst)
	if err != nil {
		t.Fatal(err)
	}
	err = corpus.Scan(context.Background(), filepath.Join("..", "testdata", "corpus.jsonl"), func(e *corpus.Entry) error {
		return w.Write(&e.Record)
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return dst
}

func open(t *testing.T, path string, o Options) *Index {
	t.Helper()
	ix, err := Open(context.Background(), path, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func ids(t *testing.T, ix *Index, rows []int) []string {
	t.Helper()
	var out []string
	for _, r := range rows {
		rec, err := ix.Record(r)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, rec.ID)
	}
	return out
}

func TestSearchTestdata(t *testing.T) {
	for _, name := range []string{"c.jsonl", "c.jsonl.zst", "c.jsonl.gz"} {
		t.Run(name, func(t *testing.T) {
			ix := open(t, copyCorpus(t, name), Options{})
			if ix.Len() != 6 {
				t.Fatalf("Len = %d", ix.Len())
			}
			tests := []struct {
				q    Query
				want string
			}{
				{Query{}, "000_6b62018fc8430769,eng-1,tam-1,tam-2,ben-1,xss-1"},
				{Query{Text: "जयशंकर लावरोव"}, "000_6b62018fc8430769"},
				{Query{Text: "MONSOON kerala"}, "eng-1"},
				{Query{Text: "monsoon jaishankar"}, ""},
				{Query{Text: "monso*"}, "eng-1"},
				{Query{Text: "चेन्नई"}, ""},
				{Query{Text: "சென்னையில்"}, "tam-1,tam-2"},
				{Query{Text: "id:tam-2"}, "tam-2"},
				{Query{Site: "Dinamani"}, "tam-1"},
				{Query{Lang: "eng_Latn"}, "eng-1,xss-1"},
				{Query{Lang: "eng_Latn", Text: "markup"}, "xss-1"},
				{Query{Section: "international"}, "000_6b62018fc8430769"},
				{Query{PageType: "listing"}, "ben-1"},
				{Query{Flag: "near-duplicate"}, "tam-2"},
				{Query{Flag: "no-such-flag"}, ""},
				{Query{Dup: "c-tam"}, "tam-1,tam-2"},
				{Query{From: "2024-07-01", To: "2024-07-02"}, "tam-1,tam-2"},
				{Query{From: "2024-07-03"}, "000_6b62018fc8430769"},
				{Query{Sort: "-date"}, "000_6b62018fc8430769,tam-2,tam-1,eng-1,xss-1,ben-1"},
				{Query{Sort: "date", Offset: 1, Limit: 2}, "eng-1,tam-1"},
				{Query{Offset: 4, Limit: 10}, "ben-1,xss-1"},
			}
			for _, tt := range tests {
				res, err := ix.Search(tt.q)
				if err != nil {
					t.Fatalf("%+v: %v", tt.q, err)
				}
				if got := strings.Join(ids(t, ix, res.Rows), ","); got != tt.want {
					t.Errorf("%+v: got %s, want %s", tt.q, got, tt.want)
				}
			}
			res, _ := ix.Search(Query{Facets: true, Limit: 1})
			if res.Total != 6 || len(res.Facets["lang"]) != 4 || res.Facets["flag"][0].N != 1 {
				t.Errorf("facets %+v total %d", res.Facets, res.Total)
			}
			if _, err := ix.Search(Query{From: "July"}); err == nil {
				t.Error("a bad date is an error")
			}
		})
	}
}

func TestRebuildWhenCorpusChanges(t *testing.T) {
	path := copyCorpus(t, "c.jsonl")
	var builds []string
	o := Options{Building: func(dir, why string) { builds = append(builds, why) }}
	ix := open(t, path, o)
	if !strings.HasSuffix(ix.Dir(), "c.jsonl.idx") {
		t.Errorf("index at %s, want beside the corpus", ix.Dir())
	}
	open(t, path, o)
	if len(builds) != 1 {
		t.Fatalf("builds %v: the second open must reuse the index", builds)
	}
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"id":"new-1","title":"fresh","text":"appended later","spans":[]}` + "\n")
	f.Close()
	if !ix.Stale() {
		t.Error("Stale() after the corpus grew")
	}
	ix2 := open(t, path, o)
	if len(builds) != 2 || ix2.Len() != 7 {
		t.Fatalf("builds %v len %d: a changed corpus must be reindexed", builds, ix2.Len())
	}
	if res, _ := ix2.Search(Query{Text: "appended"}); res.Total != 1 {
		t.Errorf("new record not found: %+v", res)
	}
	// Same size and time, other content: the hash tells.
	st, _ := os.Stat(path)
	b, _ := os.ReadFile(path)
	b = []byte(strings.Replace(string(b), "appended later", "appended LATER", 1))
	os.WriteFile(path, b, 0o644)
	os.Chtimes(path, st.ModTime(), st.ModTime())
	open(t, path, o)
	if len(builds) != 3 {
		t.Errorf("builds %v: same size and mtime but other bytes must be reindexed", builds)
	}
}

func TestUnwritableFallsBackToCache(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write anywhere")
	}
	path := copyCorpus(t, "c.jsonl")
	os.Chmod(filepath.Dir(path), 0o555)
	defer os.Chmod(filepath.Dir(path), 0o755)
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	ix := open(t, path, Options{})
	if strings.HasPrefix(ix.Dir(), filepath.Dir(path)) {
		t.Errorf("index in %s", ix.Dir())
	}
}

// TestSearchMatchesBruteForce checks the index against a scan of the
// records on a random corpus, with segments small enough to be merged.
func TestSearchMatchesBruteForce(t *testing.T) {
	defer func(p, tm int) { segPostings, segTerms = p, tm }(segPostings, segTerms)
	segPostings, segTerms = 500, 300
	rng := rand.New(rand.NewPCG(7, 7))
	vocab := []string{"नई", "दिल्ली", "मंत्री", "news", "monsoon", "rain", "rainfall", "rainy", "சென்னை", "vote", "voter", "election", "कहा", "the", "a"}
	sites := []string{"A", "B", "C"}
	var recs []pipeline.Record
	for i := range 400 {
		var sb strings.Builder
		for range 3 + rng.IntN(30) {
			sb.WriteString(vocab[rng.IntN(len(vocab))] + " ")
		}
		r := pipeline.Record{ID: fmt.Sprint("r", i), Site: sites[rng.IntN(3)], Text: sb.String(), Lang: []string{"hin_Deva", "eng_Latn"}[rng.IntN(2)]}
		if rng.IntN(3) > 0 {
			r.Published = pipeline.Time(time.Date(2024, 1, 1+rng.IntN(60), 0, 0, 0, 0, time.UTC).Format("2006-01-02"))
		}
		recs = append(recs, r)
	}
	path := filepath.Join(t.TempDir(), "r.jsonl.zst")
	w, _ := sink.CreateJSONL(path)
	for i := range recs {
		w.Write(&recs[i])
	}
	w.Close()
	ix := open(t, path, Options{})
	if n := len(ix.dicts.Sites); n != 3 {
		t.Fatalf("%d sites", n)
	}
	has := func(r pipeline.Record, w string, prefix bool) bool {
		found := false
		words.Each(r.Text, func(x string) {
			if x == w || prefix && strings.HasPrefix(x, w) {
				found = true
			}
		})
		return found
	}
	queries := []Query{
		{Text: "rain"}, {Text: "rain*"}, {Text: "rain* voter"}, {Text: "नई मंत्री", Site: "B"},
		{Text: "the", Lang: "eng_Latn", From: "2024-01-10", To: "2024-02-01"}, {Site: "C", Sort: "-date", Limit: 500},
	}
	for _, q := range queries {
		q.Limit = 1000
		res, err := ix.Search(q)
		if err != nil {
			t.Fatal(err)
		}
		var want []int
		for i, r := range recs {
			ok := (q.Site == "" || r.Site == q.Site) && (q.Lang == "" || r.Lang == q.Lang)
			if q.From != "" {
				d := string(r.Published)
				ok = ok && d != "" && d >= q.From && d <= q.To
			}
			for _, f := range strings.Fields(q.Text) {
				p := strings.HasSuffix(f, "*")
				ok = ok && has(r, strings.TrimSuffix(f, "*"), p)
			}
			if ok {
				want = append(want, i)
			}
		}
		got := slices.Clone(res.Rows)
		if q.Sort != "" {
			slices.Sort(got)
		}
		if res.Total != len(want) || !slices.Equal(got, want) {
			t.Errorf("%+v: got %d %v, want %d %v", q, res.Total, got, len(want), want)
		}
	}
}

// TestRegisteredFormat indexes a corpus in a format read by a registered
// reader (as Parquet will be): records are kept in the frame store.
func TestRegisteredFormat(t *testing.T) {
	var recs []pipeline.Record
	corpus.Scan(context.Background(), filepath.Join("..", "testdata", "corpus.jsonl"), func(e *corpus.Entry) error {
		recs = append(recs, e.Record)
		return nil
	})
	corpus.Register(".columns", func(ctx context.Context, path string, fn func(*corpus.Entry) error) error {
		for i, r := range recs {
			if err := fn(&corpus.Entry{N: int64(i), Record: r, Offset: -1}); err != nil {
				return err
			}
		}
		return nil
	})
	path := filepath.Join(t.TempDir(), "c.columns")
	os.WriteFile(path, []byte("not json"), 0o644)
	ix := open(t, path, Options{})
	res, err := ix.Search(Query{Text: "monsoon"})
	if err != nil || res.Total != 1 {
		t.Fatalf("search: %+v %v", res, err)
	}
	rec, err := ix.Record(res.Rows[0])
	if err != nil || rec.ID != "eng-1" || len(rec.Spans) != 4 {
		t.Errorf("record %+v %v", rec, err)
	}
}

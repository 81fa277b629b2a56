package serve

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/akhbar/akhbar/web/index"
	"github.com/akhbar/akhbar/web/internal/synth"
)

// The benchmarks run on a synthetic corpus of AKHBAR_BENCH_RECORDS
// records (default 1,000,000), generated on first use into
// AKHBAR_BENCH_DIR (kept, so that later runs reuse corpus and index) or a
// temporary folder (removed at the end). They run only under -bench:
//
//	go test -run '^$' -bench . -benchtime 1x ./web/serve/   # build figures
//	go test -run '^$' -bench 'Page|Fetch' ./web/serve/       # latencies

var bench struct {
	once sync.Once
	dir  string
	tmp  bool
	n    int
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bench.tmp {
		os.RemoveAll(bench.dir)
	}
	os.Exit(code)
}

func benchCorpus(b *testing.B, ext string) string {
	b.Helper()
	bench.once.Do(func() {
		bench.n = 1_000_000
		if v, err := strconv.Atoi(os.Getenv("AKHBAR_BENCH_RECORDS")); err == nil && v > 0 {
			bench.n = v
		}
		bench.dir = os.Getenv("AKHBAR_BENCH_DIR")
		if bench.dir == "" {
			d, err := os.MkdirTemp("", "akhbar-bench-")
			if err != nil {
				b.Fatal(err)
			}
			bench.dir, bench.tmp = d, true
		}
	})
	path := filepath.Join(bench.dir, fmt.Sprintf("synth-%d.%s", bench.n, ext))
	if _, err := os.Stat(path); err != nil {
		start := time.Now()
		if err := synth.Write(path, bench.n, 1); err != nil {
			b.Fatal(err)
		}
		st, _ := os.Stat(path)
		b.Logf("generated %s: %d records, %.0f MB in %v", path, bench.n, float64(st.Size())/1e6, time.Since(start).Round(time.Second))
	}
	return path
}

func openBench(b *testing.B, path string, rebuild bool) *index.Index {
	b.Helper()
	start := time.Now()
	ix, err := index.Open(context.Background(), path, index.Options{Rebuild: rebuild})
	if err != nil {
		b.Fatal(err)
	}
	if d := time.Since(start); d > 5*time.Second {
		b.Logf("indexed %s in %v", path, d.Round(time.Second))
	}
	return ix
}

// BenchmarkIndexBuild builds the index from scratch (run with
// -benchtime 1x: one build of a million records takes minutes).
func BenchmarkIndexBuild(b *testing.B) {
	for _, ext := range []string{"jsonl", "jsonl.zst"} {
		b.Run(ext, func(b *testing.B) {
			path := benchCorpus(b, ext)
			b.ResetTimer()
			var ix *index.Index
			for range b.N {
				if ix != nil {
					ix.Close()
				}
				ix = openBench(b, path, true)
			}
			b.StopTimer()
			st, _ := os.Stat(path)
			b.ReportMetric(float64(ix.Size())/1e6, "index-MB")
			b.ReportMetric(float64(st.Size())/1e6, "corpus-MB")
			b.ReportMetric(float64(ix.Len())/b.Elapsed().Seconds()*float64(b.N), "records/s")
			ix.Close()
		})
	}
}

func serveOnce(b *testing.B, h http.Handler, target string) {
	b.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
	if rec.Code != 200 {
		b.Fatalf("%s: %d %s", target, rec.Code, rec.Body.String())
	}
}

// BenchmarkFirstPage is the time from a process with a built index to
// the first page: open the index, make the server, render the home page.
func BenchmarkFirstPage(b *testing.B) {
	for _, ext := range []string{"jsonl", "jsonl.zst"} {
		b.Run(ext, func(b *testing.B) {
			path := benchCorpus(b, ext)
			openBench(b, path, false).Close() // build outside the timing
			b.ResetTimer()
			for range b.N {
				ix, err := index.Open(context.Background(), path, index.Options{})
				if err != nil {
					b.Fatal(err)
				}
				s, err := New([]*index.Index{ix}, Options{})
				if err != nil {
					b.Fatal(err)
				}
				serveOnce(b, s, "/")
				ix.Close()
			}
		})
	}
}

// BenchmarkPage renders pages on an open server: searches of words of
// every frequency, filters, sorting, and a record's audit view.
func BenchmarkPage(b *testing.B) {
	path := benchCorpus(b, "jsonl")
	ix := openBench(b, path, false)
	defer ix.Close()
	s, err := New([]*index.Index{ix}, Options{})
	if err != nil {
		b.Fatal(err)
	}
	g := synth.New(1)
	common, mid, rare := g.Word("hin_Deva", 0), g.Word("hin_Deva", 200), g.Word("hin_Deva", 15000)
	eng := g.Word("eng_Latn", 50)
	res, _ := ix.Search(index.Query{Text: common, Limit: 1})
	b.Logf("%q in %d records, %q in %d", common, res.Total, rare, func() int { r, _ := ix.Search(index.Query{Text: rare}); return r.Total }())
	site := ix.Values("site")[0].V
	pages := []struct{ name, q string }{
		{"home", "/"},
		{"search-common", "/?q=" + url.QueryEscape(common)},
		{"search-mid", "/?q=" + url.QueryEscape(mid)},
		{"search-rare", "/?q=" + url.QueryEscape(rare)},
		{"search-2words", "/?q=" + url.QueryEscape(common+" "+mid)},
		{"search-prefix", "/?q=" + url.QueryEscape(eng[:2]+"*")},
		{"search+filters", "/?q=" + url.QueryEscape(mid) + "&lang=hin_Deva&from=2020-01-01&to=2022-12-31"},
		{"filter-site", "/?site=" + url.QueryEscape(site)},
		{"filter-dup-cluster", "/?dup=syn-00000100"},
		{"sort-newest", "/?sort=-date"},
		{"page-1000", "/?offset=25000"},
	}
	for _, p := range pages {
		b.Run(p.name, func(b *testing.B) {
			for range b.N {
				serveOnce(b, s, p.q)
			}
		})
	}
	b.Run("record", func(b *testing.B) {
		rng := rand.New(rand.NewPCG(1, 1))
		for range b.N {
			serveOnce(b, s, fmt.Sprintf("/record/0/%d", rng.IntN(ix.Len())))
		}
	})
}

// BenchmarkFetch reads random records: in place from a plain corpus, or
// by decompressing a frame of the store for a compressed one.
func BenchmarkFetch(b *testing.B) {
	for _, ext := range []string{"jsonl", "jsonl.zst"} {
		b.Run(ext, func(b *testing.B) {
			ix := openBench(b, benchCorpus(b, ext), false)
			defer ix.Close()
			rng := rand.New(rand.NewPCG(2, 2))
			b.ResetTimer()
			for range b.N {
				if _, err := ix.Record(rng.IntN(ix.Len())); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

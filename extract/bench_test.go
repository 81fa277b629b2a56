package extract

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/akhbar/akhbar/pipeline"
)

// benchEvalDir is the eval kit the benchmarks read: AKHBAR_EVAL, else
// the shared kit's place on the project's machines.
func benchEvalDir() string {
	if dir := os.Getenv("AKHBAR_EVAL"); dir != "" {
		return dir
	}
	return "/work/shared/eval"
}

// kitDumps loads the kit's text dumps (AKHBAR_EVAL or the shared kit)
// and their total size; benchmarks skip without them.
func kitDumps(b *testing.B) (bodies [][]byte, size int) {
	b.Helper()
	dir := benchEvalDir()
	files, _ := filepath.Glob(filepath.Join(dir, "dumps", "*", "inputs", "*.txt"))
	if len(files) == 0 {
		b.Skip("no dumps (AKHBAR_EVAL)")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		bodies = append(bodies, raw)
		size += len(raw)
	}
	return bodies, size
}

// benchPages loads the ScrapingHub eval pages (AKHBAR_EVAL or the shared
// kit); benchmarks skip without them.
func benchPages(b *testing.B) [][]byte {
	b.Helper()
	dir := benchEvalDir()
	files, _ := filepath.Glob(filepath.Join(dir, "extraction", "scrapinghub", "inputs", "*.html.gz"))
	if len(files) == 0 {
		b.Skip("eval pages not found")
	}
	var pages [][]byte
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(fh)
		if err != nil {
			b.Fatal(err)
		}
		p, err := io.ReadAll(zr)
		fh.Close()
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
	}
	return pages
}

func reportPages(b *testing.B, n int) {
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkHTML is akhbar's HTML extraction as "akhbar clean" runs it,
// and with the two slow parts switched off, on all pages per iteration.
func BenchmarkHTML(b *testing.B) {
	pages := benchPages(b)
	for _, bc := range []struct {
		name string
		o    HTMLOptions
	}{
		{"default", HTMLOptions{}},
		{"fastdates", HTMLOptions{FastDates: true}},
		{"fastdates-nofallback", HTMLOptions{FastDates: true, NoFallback: true}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				for _, p := range pages {
					d := pipeline.NewDoc(pipeline.Item{ID: "x", Body: p})
					_ = HTMLWith(d, bc.o)
					d.Assemble()
					n++
				}
			}
			reportPages(b, n)
		})
	}
}

// BenchmarkTrafilatura is plain go-trafilatura on the same pages: the
// baseline the figures are reported against.
func BenchmarkTrafilatura(b *testing.B) {
	pages := benchPages(b)
	for _, bc := range []struct {
		name string
		o    trafilatura.Options
	}{
		{"default", trafilatura.Options{}},
		{"fallback", trafilatura.Options{EnableFallback: true}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				for _, p := range pages {
					_, _ = trafilatura.Extract(bytes.NewReader(p), bc.o)
					n++
				}
			}
			reportPages(b, n)
		})
	}
}

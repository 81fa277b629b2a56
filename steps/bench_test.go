package steps

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/akhbar/akhbar/pipeline"
)

// evalDir finds the evaluation kit: $AKHBAR_EVAL, or shared/eval in a
// folder above the package (the repository sits next to it).
func evalDir() string {
	if d := os.Getenv("AKHBAR_EVAL"); d != "" {
		return d
	}
	dir := ".."
	for range 4 {
		if st, err := os.Stat(filepath.Join(dir, "shared", "eval")); err == nil && st.IsDir() {
			return filepath.Join(dir, "shared", "eval")
		}
		dir = filepath.Join("..", dir)
	}
	return ""
}

// corpus is a set of text dumps held in memory.
type corpus struct {
	items []pipeline.Item
	bytes int64
}

func loadCorpus(b *testing.B, globs ...string) corpus {
	b.Helper()
	var c corpus
	for _, g := range globs {
		files, err := filepath.Glob(g)
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range files {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			format := "text"
			if strings.HasSuffix(p, ".html.gz") {
				format = "html"
				if data, err = gunzip(data); err != nil {
					b.Fatalf("%s: %v", p, err)
				}
			}
			c.items = append(c.items, pipeline.Item{ID: filepath.Base(p), Source: pipeline.Source{Path: p, Format: format}, Body: data})
			c.bytes += int64(len(data))
		}
	}
	return c
}

func gunzip(b []byte) ([]byte, error) {
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

// BenchmarkClean measures the per-document pipeline of "akhbar clean" on
// real dumps held in memory, in input MB per second on one goroutine:
// "all" runs every step as the runner does, then each step of Build runs
// alone, under its own name, on the output of the steps before it.
//
// Corpora: "seed+w3m" is the seed and the 85 w3m dumps of the evaluation
// kit (mostly English), "webcorpus" its 675 Hindi and Kannada crawler
// dumps; both are skipped when the kit is absent. "testdata" is the dumps
// kept in the repository, always there.
func BenchmarkClean(b *testing.B) {
	eval := evalDir()
	sets := []struct {
		name  string
		globs []string
		need  string
	}{
		{"seed+w3m", []string{"../testdata/seed/*.txt", filepath.Join(eval, "dumps/scrapinghub-w3m/inputs/*.txt")}, filepath.Join(eval, "dumps/scrapinghub-w3m")},
		{"webcorpus", []string{filepath.Join(eval, "dumps/webcorpus/inputs/*.txt")}, filepath.Join(eval, "dumps/webcorpus")},
		{"testdata", []string{"../testdata/seed/*.txt", "../testdata/dumps/*.txt"}, ""},
		{"html", []string{filepath.Join(eval, "metadata/trafilatura/inputs/*.html.gz")}, filepath.Join(eval, "metadata/trafilatura")},
	}
	now := time.Date(2024, 7, 10, 0, 0, 0, 0, time.UTC)
	for _, set := range sets {
		b.Run(set.name, func(b *testing.B) {
			if set.need != "" && (eval == "" || !exists(set.need)) {
				b.Skip("evaluation kit not found; set AKHBAR_EVAL")
			}
			c := loadCorpus(b, set.globs...)
			if len(c.items) == 0 {
				b.Skip("no dumps")
			}
			benchStages(b, c, now)
		})
	}
}

var lineSink int

func exists(p string) bool { _, err := os.Stat(p); return err == nil }

func benchStages(b *testing.B, c corpus, now time.Time) {
	steps := Build(Config{Now: now})
	// in[k] holds the docs as step k receives them: the output of the
	// steps before it, prepared here, outside the timer.
	in := make([][]*pipeline.Doc, len(steps))
	var cur []*pipeline.Doc
	for _, it := range c.items {
		cur = append(cur, pipeline.NewDoc(it))
	}
	for k, s := range steps {
		var next []*pipeline.Doc
		for _, d := range cur {
			in[k] = append(in[k], cloneDoc(d))
			if s.Run(d) == nil {
				next = append(next, d)
			}
		}
		cur = next
	}

	// The baseline: splitting every dump into lines, the least any text
	// pass does (DESIGN.md measured ~3,300 MB/s). The other figures read
	// best as ratios to it, taken in the same run.
	b.Run("lines", func(b *testing.B) {
		measure(b, c.bytes, func() {
			n := 0
			for _, it := range c.items {
				n += len(bytes.Split(it.Body, []byte{'\n'}))
			}
			lineSink = n
		})
	})
	b.Run("all", func(b *testing.B) {
		measure(b, c.bytes, func() {
			for _, it := range c.items {
				d := pipeline.NewDoc(it)
				for _, s := range steps {
					if s.Run(d) != nil {
						break
					}
				}
			}
		})
	})
	// The same through the runner, one worker, under the command's
	// per-item deadline: what the runner adds to the steps (ordering, the
	// goroutine the steps run on under a deadline).
	b.Run("runner", func(b *testing.B) {
		r := pipeline.Runner{Steps: steps, Workers: 1, ItemTimeout: time.Minute}
		measure(b, c.bytes, func() {
			err := r.Run(b.Context(), func(emit func(pipeline.Item) error) error {
				for _, it := range c.items {
					if err := emit(it); err != nil {
						return err
					}
				}
				return nil
			}, func(pipeline.Outcome) error { return nil })
			if err != nil {
				b.Fatal(err)
			}
		})
	})
	// One step at a time, on copies of its prepared input; copying a few
	// hundred blocks costs little next to any step, and is timed with it.
	// MB/s counts the corpus's input bytes, so the stages compare.
	for k, s := range steps {
		b.Run(s.Name, func(b *testing.B) {
			measure(b, c.bytes, func() {
				for _, d := range in[k] {
					s.Run(cloneDoc(d))
				}
			})
		})
	}
}

// measure runs one pass over the corpus per iteration and reports, next
// to the wall-clock MB/s, MB per CPU-second of the whole process: on a
// shared machine wall time counts the time other processes took the
// core, CPU time does not.
func measure(b *testing.B, size int64, pass func()) {
	b.SetBytes(size)
	b.ReportAllocs()
	cpu0 := cpuSeconds()
	for b.Loop() {
		pass()
	}
	if cpu := cpuSeconds() - cpu0; cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/cpu/1e6, "MB/cpu-s")
	}
}

func cloneDoc(d *pipeline.Doc) *pipeline.Doc {
	c := *d
	c.Blocks = slices.Clone(d.Blocks)
	c.Record.Flags = slices.Clone(d.Record.Flags)
	c.Record.Headings = slices.Clone(d.Record.Headings)
	return &c
}

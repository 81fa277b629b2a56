//go:build unix

package lang

import (
	"math/rand/v2"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
)

// BenchmarkFlores labels every row of the FLORES-200 dev file of the
// evaluation kit (the second column), the rows the LID speed target is
// stated in, and reports sentences per CPU second: on a shared machine the
// wall clock also counts the time other jobs held the core. Set
// AKHBAR_LID_TSV to use another file.
//
// Its loop comes back to the same 25,500 rows, so the word caches hold
// what they held the last time round: it measures a worker that has
// labelled text like this before. TestFloresOnePass measures a worker
// that has not.
func BenchmarkFlores(b *testing.B) {
	texts, err := floresTexts()
	if err != nil {
		b.Skipf("no LID file: %v", err)
	}
	Identify("warm up")
	b.ReportAllocs()
	n := 0
	t0 := cpuTime()
	for b.Loop() {
		Identify(texts[n%len(texts)])
		n++
	}
	if d := cpuTime() - t0; d > 0 {
		b.ReportMetric(float64(n)/d.Seconds(), "sentences/cpu-s")
	}
}

// TestFloresOnePass labels every FLORES row once, from a fresh process's
// caches, and logs sentences per CPU second: the speed of a first pass
// over text no worker has seen, in the file's order (a language at a
// time, as a corpus of one site arrives) or, with
// AKHBAR_LID_ONEPASS=shuffled, in an order that changes language every
// row. Run it alone (go test -run FloresOnePass -v ./lang with
// AKHBAR_LID_ONEPASS=1 or shuffled): other tests in the same process
// warm the caches.
func TestFloresOnePass(t *testing.T) {
	mode := os.Getenv("AKHBAR_LID_ONEPASS")
	if mode == "" {
		t.Skip("a measurement: set AKHBAR_LID_ONEPASS=1 or shuffled")
	}
	texts, err := floresTexts()
	if err != nil {
		t.Skipf("no LID file: %v", err)
	}
	order := "the file's"
	if mode == "shuffled" {
		order = "a shuffled"
		r := rand.New(rand.NewPCG(1, 2))
		r.Shuffle(len(texts), func(i, j int) { texts[i], texts[j] = texts[j], texts[i] })
	}
	t0 := cpuTime()
	for _, s := range texts {
		Identify(s)
	}
	if d := cpuTime() - t0; d > 0 {
		t.Logf("%d rows once, in %s order: %.0f sentences/cpu-s", len(texts), order, float64(len(texts))/d.Seconds())
	}
}

// floresTexts reads the second column of the FLORES-200 dev file
// (AKHBAR_LID_TSV, else the kit's).
func floresTexts() ([]string, error) {
	path := os.Getenv("AKHBAR_LID_TSV")
	if path == "" {
		path = "/work/shared/eval/lid/flores-dev.tsv"
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var texts []string
	for line := range strings.Lines(string(raw)) {
		if _, text, ok := strings.Cut(strings.TrimRight(line, "\n"), "\t"); ok {
			texts = append(texts, text)
		}
	}
	return texts, nil
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

//go:build unix

package lang

import (
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
func BenchmarkFlores(b *testing.B) {
	path := os.Getenv("AKHBAR_LID_TSV")
	if path == "" {
		path = "/work/shared/eval/lid/flores-dev.tsv"
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		b.Skipf("no LID file: %v", err)
	}
	var texts []string
	for line := range strings.Lines(string(raw)) {
		if _, text, ok := strings.Cut(strings.TrimRight(line, "\n"), "\t"); ok {
			texts = append(texts, text)
		}
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

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

package job

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkRun runs the whole job over the eval slice named by
// AKHBAR_BENCH_INPUT (e.g. one file of scripts/gen-scale-corpus), with one
// worker per -cpu. It shows how the run scales with cores, and with
// -cpuprofile where the time goes.
func BenchmarkRun(b *testing.B) {
	in := os.Getenv("AKHBAR_BENCH_INPUT")
	if in == "" {
		b.Skip("AKHBAR_BENCH_INPUT not set")
	}
	st, err := os.Stat(in)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(st.Size())
	for b.Loop() {
		out := filepath.Join(b.TempDir(), "out") + "/"
		if _, err := Run(context.Background(), Options{Inputs: []string{in}, Output: out, ItemTimeout: time.Minute, Steps: stepsAt(time.Now())}); err != nil {
			b.Fatal(err)
		}
	}
}

package sink

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// FuzzReadParquet: a damaged Parquet corpus is an error, never a crash.
func FuzzReadParquet(f *testing.F) {
	dir := f.TempDir()
	p := filepath.Join(dir, "seed.parquet")
	w, err := Create(p, Records)
	if err != nil {
		f.Fatal(err)
	}
	recs := sampleRecords()
	for i := range recs {
		w.Write(&recs[i])
	}
	if err := w.Close(); err != nil {
		f.Fatal(err)
	}
	seed, _ := os.ReadFile(p)
	f.Add(seed)
	f.Add(seed[:len(seed)/2])
	f.Add([]byte("PAR1PAR1"))
	f.Fuzz(func(t *testing.T, b []byte) {
		p := filepath.Join(t.TempDir(), "x.parquet")
		os.WriteFile(p, b, 0o644)
		ReadRecords(p, func(pipeline.Record) error { return nil })
	})
}

package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/akhbar/akhbar/web/internal/synth"
)

// BenchmarkFrameSize compares frame sizes of the record store of a
// compressed corpus: the bytes it takes beside the corpus (store-ratio:
// store size / the corpus's single zstd stream) against the time to read
// one random record (ns/op, each read in a new frame, as a record page
// does). 20,000 synthetic records; the 256 KiB default is the knee.
func BenchmarkFrameSize(b *testing.B) {
	dir := b.TempDir()
	path := filepath.Join(dir, "c.jsonl.zst")
	if err := synth.Write(path, 20000, 1); err != nil {
		b.Fatal(err)
	}
	st, _ := os.Stat(path)
	defer func(v int) { frameTarget = v }(frameTarget)
	for _, kb := range []int{16, 64, 256, 1024} {
		b.Run(fmt.Sprintf("%dKiB", kb), func(b *testing.B) {
			frameTarget = kb << 10
			ix, err := Open(context.Background(), path, Options{Dir: filepath.Join(dir, fmt.Sprint("idx", kb))})
			if err != nil {
				b.Fatal(err)
			}
			defer ix.Close()
			ss, _ := os.Stat(filepath.Join(ix.Dir(), "store.zst"))
			fs := ix.store.(*frameStore)
			rng := rand.New(rand.NewPCG(1, 1))
			b.ResetTimer()
			for range b.N {
				// Empty the cache so that every read decompresses a frame.
				for i := range fs.cache {
					fs.cache[i].n = -1
				}
				if _, err := ix.Record(rng.IntN(ix.Len())); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(ss.Size())/float64(st.Size()), "store-ratio")
		})
	}
}

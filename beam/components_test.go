package beam

import (
	"encoding/binary"
	"runtime"
	"testing"
)

// BenchmarkComponents measures the one-worker union–find of the dedup
// stages: the heap it holds per clustered document (the figure behind its
// ceiling in docs/beam.md) and its time per edge. Documents come in
// clusters of four, joined by three edges each, as near-duplicates do.
//
//	go test -run - -bench Components -benchtime 1x
func BenchmarkComponents(b *testing.B) {
	const docs = 1 << 20
	key := func(i int) string {
		var k [keyLen]byte
		binary.BigEndian.PutUint64(k[:], uint64(i)*0x9e3779b97f4a7c15)
		binary.BigEndian.PutUint64(k[8:], uint64(i))
		return string(k[:])
	}
	var edges [][]byte
	for i := 0; i < docs; i += 4 {
		for j := 1; j < 4; j++ {
			edges = append(edges, []byte(key(i)+key(i+j)))
		}
	}
	b.ResetTimer()
	for range b.N {
		runtime.GC()
		var before, peak runtime.MemStats
		runtime.ReadMemStats(&before)
		n := 0
		iter := func(v *[]byte) bool {
			if n == len(edges) {
				return false
			}
			*v = edges[n]
			n++
			return true
		}
		first := true
		var f componentsFn
		err := f.ProcessElement(0, iter, func(doc, root string) {
			if first {
				// Everything is still live here (the map is garbage
				// but not yet collected): the peak.
				runtime.ReadMemStats(&peak)
				first = false
			}
		})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(peak.HeapAlloc-before.HeapAlloc)/docs, "heap-B/doc")
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(edges)), "ns/edge")
}

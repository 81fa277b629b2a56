package dedup

import (
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// BenchmarkIndex is the whole local dedup of 2,000 synthetic documents of
// about 3 KB (15% copies): fingerprints, spill, sort, verify, cluster,
// keepers, apply. Throughput is per text byte.
func BenchmarkIndex(b *testing.B) {
	g := newCorpusGen(5)
	var recs []pipeline.Record
	var size int64
	for i := range 2000 {
		var text string
		switch {
		case i > 10 && i%20 == 0:
			text = recs[i-7].Text
		case i > 10 && i%10 == 0:
			text = g.edit(recs[i-3].Text, 0.02)
		default:
			text = g.text(450)
		}
		recs = append(recs, pipeline.Record{ID: string(rune('a'+i%26)) + string(rune(i)), Text: text})
		size += int64(len(text))
	}
	cpuLoop(b, int(size), func() {
		x := NewIndex(Options{Workers: 1, MemoryBudget: 1 << 20})
		ptrs := make([]*pipeline.Record, len(recs))
		for i := range recs {
			ptrs[i] = &recs[i]
		}
		if err := x.AddBatch(ptrs, nil); err != nil {
			b.Fatal(err)
		}
		res, err := x.Finish()
		if err != nil {
			b.Fatal(err)
		}
		for i := range recs {
			r := recs[i]
			if _, err := res.Apply(&r); err != nil {
				b.Fatal(err)
			}
		}
		res.Close()
	})
}

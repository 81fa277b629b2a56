package model

import (
	"math/rand/v2"

	"github.com/akhbar/akhbar/lang/internal/textfeat"
)

// groupsBuilder is a small model whose labels are in four script groups,
// interleaved in label order: 61 like Latin (dense vectors of eight words),
// 14 (two words), 8 (exactly one word) and 130 (too many labels for lanes
// or dense vectors). Its n-grams have postings in one group, in two, and
// one label twice; testdata/groups-v3.bin is what the version 3 writer
// (commit 7266246) wrote for it.
func groupsBuilder() *Builder {
	rng := rand.New(rand.NewPCG(19, 4))
	scripts := []string{"Latn", "Deva", "Beng", "Xwid"}
	sizes := []int{61, 14, 8, 130}
	var labels []Label
	var members [4][]int
	for len(labels) < 61+14+8+130 {
		g := rng.IntN(4)
		if len(members[g]) == sizes[g] {
			continue
		}
		l := Label{Name: scripts[g] + string(rune('a'+len(members[g])%26)) + string(rune('a'+len(members[g])/26)), Script: scripts[g], Prior: 1}
		for o := range textfeat.MaxOrder {
			l.Floor[o] = -float32(10 + o + len(labels)%7)
		}
		members[g] = append(members[g], len(labels))
		labels = append(labels, l)
	}
	b := NewBuilder(labels)
	for range 4000 {
		h := rng.Uint64()
		g := rng.IntN(4)
		n := 1 + rng.IntN(len(members[g]))
		if rng.IntN(3) == 0 {
			n = 1 + rng.IntN(4)
		}
		for _, i := range rng.Perm(len(members[g]))[:n] {
			b.Add(h, members[g][i], float64(1+rng.IntN(300))*Step)
		}
		switch rng.IntN(20) {
		case 0: // a label of another group too
			b.Add(h, members[(g+1)%4][0], 2)
		case 1: // a label twice
			b.Add(h, members[g][0], 3)
		}
	}
	return b
}

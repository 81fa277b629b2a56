package lang

import (
	"hash/maphash"

	"github.com/akhbar/akhbar/lang/internal/model"
	"github.com/akhbar/akhbar/lang/internal/stage2"
	"github.com/akhbar/akhbar/lang/internal/textfeat"
)

// wordCache remembers what a word added to a tally: its first-stage
// evidence (model.Evidence's integer boosts and n-gram counts) and its
// second-stage sums. Both are integer sums, so adding a remembered word's
// numbers gives exactly what scoring its n-grams again would, in any order.
//
// It pays because text repeats its words (the, of, और, ಮತ್ತು): scoring one
// word walks up to five n-grams per letter through a table far larger than
// the caches, and for Latin every n-gram has postings for dozens of labels,
// while a remembered word costs one hash and one add per label. The cache
// is direct-mapped (4096 words, 1.3 MB) and lives in the pooled state, so
// it warms up over the documents a worker labels and never changes a
// result, only its cost.
type wordCache struct {
	seed   maphash.Seed
	keys   []cacheKey // cacheSlots
	vals   []int32    // cacheSlots × stride
	stride int
}

const (
	cacheSlots   = 4096
	cacheWordMax = 30 // longest padded word remembered, in bytes
)

type cacheKey struct {
	script textfeat.Script
	n      uint8 // length of the padded word; 0 for an empty slot
	word   [cacheWordMax]byte
}

// cacheStride is the most int32s one word's numbers take in any group: a
// boost per label and the spare slot, the n-gram counts, and the second
// stage's sums and feature count.
func cacheStride() int {
	n := 0
	for _, g := range groups {
		if g != nil {
			n = max(n, len(g.Labels)+1)
		}
	}
	return n + textfeat.MaxOrder + stage2.MaxClasses + 1
}

// addWord adds the evidence of one word of script s (group g, second stage
// s2 or nil) to t, from the cache when the word is there.
func (st *state) addWord(t *tally, s textfeat.Script, g *model.Group, s2 *secondStage, padded []byte) {
	c := &st.cache
	if len(padded) > cacheWordMax {
		st.scoreWord(&t.ev, &t.s2, g, s2, padded)
		return
	}
	if c.keys == nil {
		c.seed = maphash.MakeSeed()
		c.keys = make([]cacheKey, cacheSlots)
		c.stride = cacheStride()
		c.vals = make([]int32, cacheSlots*c.stride)
	}
	i := int((maphash.Bytes(c.seed, padded) ^ uint64(s)) % cacheSlots)
	k := &c.keys[i]
	v := c.vals[i*c.stride : (i+1)*c.stride]
	nb := len(g.Labels) + 1
	if k.script != s || int(k.n) != len(padded) || string(k.word[:k.n]) != string(padded) {
		// Score the word alone, add it, and remember it if its numbers
		// fit the cache's int32s (a word of up to 28 letters nearly
		// always does; one that does not is scored again next time).
		st.wev.Reset(len(g.Labels))
		st.wacc = stage2.Acc{}
		st.scoreWord(&st.wev, &st.wacc, g, s2, padded)
		t.ev.Add(&st.wev)
		if s2 != nil {
			t.s2.Add(&st.wacc)
		}
		for _, x := range st.wev.Boost {
			if x != int64(int32(x)) {
				k.n = 0
				return
			}
		}
		for j, x := range st.wev.Boost {
			v[j] = int32(x)
		}
		for o, n := range st.wev.Counts {
			v[nb+o] = int32(n)
		}
		if s2 != nil {
			w := v[nb+textfeat.MaxOrder:]
			copy(w, st.wacc.Sum[:])
			w[stage2.MaxClasses] = st.wacc.N
		}
		k.script, k.n = s, uint8(len(padded))
		copy(k.word[:], padded)
		return
	}
	b := t.ev.Boost[:nb]
	for j, x := range v[:nb] {
		b[j] += int64(x)
	}
	for o := range t.ev.Counts {
		t.ev.Counts[o] += int(v[nb+o])
	}
	t.ev.Words++
	if s2 != nil {
		w := v[nb+textfeat.MaxOrder:]
		for j := range t.s2.Sum {
			t.s2.Sum[j] += w[j]
		}
		t.s2.N += w[stage2.MaxClasses]
	}
}

// scoreWord adds one word's evidence to ev and, for a group with a second
// stage, to acc.
func (st *state) scoreWord(ev *model.Evidence, acc *stage2.Acc, g *model.Group, s2 *secondStage, padded []byte) {
	if s2 == nil {
		mdl.AddWord(ev, g, padded)
		return
	}
	// The second stage reads the first stage's n-grams and the whole word.
	st.hashes = mdl.AddWordHashes(ev, g, padded, st.hashes[:0])
	st.hashes = append(st.hashes, stage2.WholeWord(padded))
	s2.g.AddHashes(acc, st.hashes)
}

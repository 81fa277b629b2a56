package lang

import (
	"hash/maphash"
	"unsafe"

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
// while a remembered word costs one hash and one add per label. A miss
// costs about ten hits, so misses are most of Identify's time.
//
// Each script group has its own cache, made when the group is first met,
// with room for exactly its numbers (a Devanagari word's take 32 int32s, a
// Latin word's 67; one shared stride of 80 wasted half of most entries):
// 8,192 entries in sets of two, or 4,096 for a group of more than 32
// labels, about 1.3 MB each. A new word replaces the way of its set used
// least recently, and each set's first key says which way that is, so an
// entry never moves (moving one copied up to 320 bytes per miss) and a
// word met again stays while a one-off takes the other way. The two keys
// of a set are 64 bytes, one cache line. English quoted in a Hindi page
// no longer evicts the Hindi words, and two words whose hashes collide
// both stay.
// The caches live in the pooled state, so they warm up over the documents
// a worker labels and never change a result, only its cost.
type wordCache struct {
	seed   maphash.Seed
	groups []*groupCache // by script group, nil until met
}

type groupCache struct {
	keys   []cacheKey // sets × cacheWays
	vals   []int32    // sets × cacheWays × stride
	stride int
	sets   uint64
}

const (
	cacheWays    = 2
	cacheWordMax = 30 // longest padded word remembered, in bytes
)

type cacheKey struct {
	n    uint8 // length of the padded word; 0 for an empty slot
	old  uint8 // in a set's first key: the way to replace next
	word [cacheWordMax]byte
}

// A set's keys fill one cache line (large slices are page-aligned).
var _ [64 - cacheWays*unsafe.Sizeof(cacheKey{})]struct{}
var _ [cacheWays*unsafe.Sizeof(cacheKey{}) - 64]struct{}

// newGroupCache sizes the cache of a group of labels labels, with or
// without a second stage: a boost per label and the spare slot, the n-gram
// counts, and the second stage's sums and feature count.
func newGroupCache(labels int, second bool) *groupCache {
	stride := labels + 1 + textfeat.MaxOrder
	if second {
		stride += stage2.MaxClasses + 1
	}
	entries := 8192
	if labels > 32 {
		entries = 4096
	}
	return &groupCache{
		keys:   make([]cacheKey, entries),
		vals:   make([]int32, entries*stride),
		stride: stride,
		sets:   uint64(entries / cacheWays),
	}
}

// addWord adds the evidence of one word of script s (group g, second stage
// s2 or nil) to t, from the cache when the word is there.
func (st *state) addWord(t *tally, s textfeat.Script, g *model.Group, s2 *secondStage, padded []byte) {
	c := &st.cache
	if len(padded) > cacheWordMax {
		st.scoreWord(&t.ev, &t.s2, g, s2, padded)
		return
	}
	if c.groups == nil {
		c.seed = maphash.MakeSeed()
		c.groups = make([]*groupCache, len(textfeat.Codes))
	}
	gc := c.groups[s]
	if gc == nil {
		gc = newGroupCache(len(g.Labels), s2 != nil)
		c.groups[s] = gc
	}
	set := int(maphash.Bytes(c.seed, padded)%gc.sets) * cacheWays
	nb := len(g.Labels) + 1
	for way := set; way < set+cacheWays; way++ {
		k := &gc.keys[way]
		if int(k.n) != len(padded) || string(k.word[:k.n]) != string(padded) {
			continue
		}
		gc.keys[set].old = uint8(set + 1 - way) // the other way
		v := gc.vals[way*gc.stride : (way+1)*gc.stride]
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
		return
	}
	// Score the word alone, add it, and remember it in the set's least
	// recently used way if its numbers fit the cache's int32s (a word of
	// up to 28 letters nearly always does; one that does not is scored
	// again next time).
	st.wev.Reset(len(g.Labels))
	st.wacc = stage2.Acc{}
	st.scoreWord(&st.wev, &st.wacc, g, s2, padded)
	t.ev.Add(&st.wev)
	if s2 != nil {
		t.s2.Add(&st.wacc)
	}
	for _, x := range st.wev.Boost {
		if x != int64(int32(x)) {
			return
		}
	}
	way := set + int(gc.keys[set].old)
	gc.keys[set].old = uint8(set + 1 - way)
	k := &gc.keys[way]
	v := gc.vals[way*gc.stride : (way+1)*gc.stride]
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
	k.n = uint8(len(padded))
	copy(k.word[:], padded)
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

package model

import (
	"encoding/binary"
	"math"

	"github.com/akhbar/akhbar/lang/internal/textfeat"
)

// Params are the knobs of scoring that are not learnt from counts.
type Params struct {
	// OrderScale divides the summed log-likelihood. The n-grams of one word
	// overlap and are far from independent, so the raw naive-Bayes sum is
	// overconfident by roughly the number of orders; dividing it lets the
	// priors and the confidence mean something.
	OrderScale float64
	// PriorWeight multiplies log(prior).
	PriorWeight float64
}

// DefaultParams are the values the shipped model was checked with.
var DefaultParams = Params{OrderScale: textfeat.MaxOrder, PriorWeight: 1}

// Group is the set of labels written in one script group, the candidates
// when a text's words are in that script.
type Group struct {
	Labels []int // indices into Model.Labels
	// slot maps a model label index to its position in Labels, or to
	// len(Labels), a spare slot of Evidence that gathers the postings of
	// labels outside the group, so the scoring loop needs no test.
	slot [256]uint16
	// floor is the cost of an n-gram a label lacks.
	floor [][textfeat.MaxOrder]float64
	// logPrior is log(Prior) of each label, which Scores adds for every
	// text.
	logPrior []float64
	// dfix is, per order and slot, what a posting adds on top of its stored
	// boost when floor is not the label's own (lowFloor), in units of
	// 2^-fix nats; nil when every one of them is zero.
	dfix [textfeat.MaxOrder][]int64
	fix  uint // evidence is counted in units of 2^-fix nats
	unit float64
}

// Evidence is counted in fixed point (see Evidence), in units of 2^-fix
// nats with fix at least log2(1/Step) and at most maxFix. A posting adds its
// boost, a multiple of Step, plus the difference of two float32 floors
// (lowFloor): the finest fix that holds every such difference exactly is
// chosen, so the sums are exactly those floating point would give, which
// adds these same values without rounding as long as a sum stays under
// 2^(53-fix) nats. maxFix bounds it so that an int64 cannot overflow
// (2^(63-maxFix) nats is far more than any text can gather); a floor
// difference finer than that would be rounded to it (none of the shipped
// model's is: TestFixedPointExact).
const (
	stepFix = 4 // Step is 2^-stepFix
	maxFix  = 28
)

// Groups returns the label groups of the model by script code. For the
// scripts in common, every label of the group is charged the same, lowest,
// floor for an n-gram it lacks instead of its own: see lang's doc for why
// Latin is one of them.
func (m *Model) Groups(common map[string]bool) map[string]*Group {
	out := map[string]*Group{}
	for i, l := range m.Labels {
		g := out[l.Script]
		if g == nil {
			g = &Group{}
			out[l.Script] = g
		}
		g.Labels = append(g.Labels, i)
		var f [textfeat.MaxOrder]float64
		for o, v := range l.Floor {
			f[o] = float64(v)
		}
		g.floor = append(g.floor, f)
		g.logPrior = append(g.logPrior, math.Log(float64(l.Prior)))
	}
	for script, g := range out {
		n := len(g.Labels)
		for k := range g.slot {
			g.slot[k] = uint16(n)
		}
		for p, c := range g.Labels {
			g.slot[c] = uint16(p)
		}
		g.fix = stepFix
		if common[script] || common["all"] {
			g.lowFloor()
		}
		g.unit = math.Ldexp(1, -int(g.fix))
	}
	return out
}

// lowFloor charges every label of g the lowest floor of the group and sets
// dfix to the difference from its own.
func (g *Group) lowFloor() {
	var low [textfeat.MaxOrder]float64
	for i := range g.Labels {
		for o, v := range g.floor[i] {
			if i == 0 || v < low[o] {
				low[o] = v
			}
		}
	}
	delta := make([][textfeat.MaxOrder]float64, len(g.Labels))
	any := false
	for i := range g.Labels {
		for o := range low {
			delta[i][o] = g.floor[i][o] - low[o]
			g.floor[i][o] = low[o]
			if d := delta[i][o]; d != 0 {
				any = true
				for g.fix < maxFix && math.Ldexp(d, int(g.fix)) != math.Trunc(math.Ldexp(d, int(g.fix))) {
					g.fix++
				}
			}
		}
	}
	if !any {
		return
	}
	for o := range g.dfix {
		g.dfix[o] = make([]int64, len(g.Labels)+1) // the spare slot adds 0
		for i := range g.Labels {
			g.dfix[o][i] = int64(math.Round(math.Ldexp(delta[i][o], int(g.fix))))
		}
	}
}

// Evidence is what some words say about the labels of one Group. Naive
// Bayes evidence adds up, so the evidence of a document is the sum of its
// paragraphs'.
//
// The boosts are integers, in the group's fixed-point unit: a posting's
// weight is a whole number of Steps, and an integer add is cheaper than a
// floating one and needs no conversion; Scores turns them into nats.
type Evidence struct {
	// Boost is, per label of the group, its evidence above its floor in
	// units of 2^-fix nats, plus a last, spare slot (see Group.slot).
	Boost  []int64
	Counts [textfeat.MaxOrder]int
	Words  int
	touch  uint32 // keeps AddWord's cache-warming loads from being optimised away
}

// Reset empties e for a group of n labels.
func (e *Evidence) Reset(n int) {
	e.Boost = e.Boost[:0]
	for range n + 1 {
		e.Boost = append(e.Boost, 0)
	}
	e.Counts = [textfeat.MaxOrder]int{}
	e.Words = 0
}

// Add adds o (of the same group) to e.
func (e *Evidence) Add(o *Evidence) {
	if len(e.Boost) < len(o.Boost) {
		e.Reset(len(o.Boost) - 1)
	}
	for i, v := range o.Boost {
		e.Boost[i] += v
	}
	for i, n := range o.Counts {
		e.Counts[i] += n
	}
	e.Words += o.Words
}

// AddWord adds the n-grams of one padded word (see textfeat.Scanner) to e.
//
// Only n-grams that some label has count: an n-gram no label in the model
// has seen (most of a foreign name, a typo) says nothing about which label is
// right, and charging every label its floor for it would favour the labels
// with the least training text, whose floors are the kindest. A miss also
// ends the longer n-grams of its start: the model stores every prefix of what
// it stores, so none of them can be there, which spares most lookups on
// unseen words.
//
// The table is far larger than the caches, so nearly every lookup is a
// cache miss, and the rule above makes each wait for the one before. The
// word's n-gram hashes are therefore computed first and their slots touched
// in one sweep of independent loads, which the processor overlaps, and
// likewise the posting lists stored apart from their slots; the lookups
// then run on cached lines. The sums are integers, so the order they are
// added in changes nothing.
func (m *Model) AddWord(e *Evidence, g *Group, padded []byte) {
	m.addWord(e, g, padded, nil, false)
}

// AddWordHashes is AddWord that also appends the hash of every n-gram of the
// word (all of them, in textfeat.Ngrams's order) to hs and returns it, so
// that package lang's second stage reads the same n-grams without hashing
// them again.
func (m *Model) AddWordHashes(e *Evidence, g *Group, padded []byte, hs []uint64) []uint64 {
	return m.addWord(e, g, padded, hs, true)
}

func (m *Model) addWord(e *Evidence, g *Group, padded []byte, out []uint64, keep bool) []uint64 {
	e.Words++
	var hs [batch]uint64
	var ords [batch]uint8
	n := textfeat.NgramsInto(padded, hs[:], ords[:])
	if n < 0 {
		// A word too long to batch (rare): the plain, serial walk.
		textfeat.Ngrams(padded, func(order int, h uint64) bool { return m.add(e, g, order, h) })
		if keep {
			textfeat.Ngrams(padded, func(_ int, h uint64) bool {
				out = append(out, h)
				return true
			})
		}
		return out
	}
	if keep {
		out = append(out, hs[:n]...)
	}
	var touch uint32
	for _, h := range hs[:n] {
		touch += m.head(h)
	}
	// The same for the lists stored apart that the slots point at; most
	// n-grams have their postings in the slot itself.
	var vals [batch]uint32
	for k, h := range hs[:n] {
		v := m.find(h)
		vals[k] = v
		if v&inline == 0 { // an offset; missing has the bit set
			touch += uint32(m.postings[v])
		}
	}
	e.touch += touch
	// The word's postings are summed in acc, indexed by model label (so
	// neither a slot lookup nor a bounds check per posting), each posting
	// adding its boost and one to its order's count in a packed word (see
	// countShift); fold then turns the sums into the group's units, adding
	// the floor differences once per label and order instead of per posting.
	var acc [256]uint64
	prev, skip := 0, false
	for k := range hs[:n] {
		order := int(ords[k])
		if order <= prev {
			skip = false // a new start
		}
		prev = order
		if skip {
			continue
		}
		v := vals[k]
		if v == missing {
			skip = true
			continue
		}
		inc := uint64(1) << (countShift + countBits*(order-1))
		if v&inline != 0 {
			if v&0xff == 0 {
				continue // only a prefix of longer n-grams
			}
			e.Counts[order-1]++
			acc[v>>8&maxInlineLabel] += uint64(v&0xff) + inc
			if v>>inlineBits&0xff != 0 {
				acc[v>>(inlineBits+8)&maxInlineLabel] += uint64(v>>inlineBits&0xff) + inc
			}
			continue
		}
		ps := m.postingsAt(int(v))
		if len(ps) == 0 {
			continue // Builder stores an empty list inline; safe all the same
		}
		e.Counts[order-1]++
		for i := 0; i+1 < len(ps); i += 2 {
			acc[ps[i]] += uint64(ps[i+1]) + inc
		}
	}
	g.fold(e, &acc)
	return out
}

// A word's postings are summed per model label in one uint64 each: the sum
// of the label's boosts in the low countShift bits, then, for each order,
// how many of the word's n-grams of that order have a posting of the label,
// in countBits bits. A word gives at most batch n-grams, so a boost sum is
// below batch*255 < 2^countShift and a count below batch < 2^countBits:
// no field overflows into the next.
const (
	countShift = 16
	countBits  = 8
)

// Compile-time checks: no field overflows at batch n-grams a word, and fold
// reads the counts of exactly five orders.
var (
	_ [1<<countBits - 1 - batch]struct{}
	_ [1<<countShift - 1 - 255*batch]struct{}
	_ [64 - countShift - textfeat.MaxOrder*countBits]struct{}
	_ [textfeat.MaxOrder - 5]struct{}
	_ [5 - textfeat.MaxOrder]struct{}
)

// fold adds a word's packed sums (see countShift) of the labels of g to e.
// Labels outside g (an n-gram some label of another script also has) are
// dropped, as Group.slot's spare slot drops them.
func (g *Group) fold(e *Evidence, acc *[256]uint64) {
	b := e.Boost[:len(g.Labels)]
	sh := (g.fix - stepFix) & 63
	if g.dfix[0] == nil {
		for i, c := range g.Labels {
			b[i] += int64(acc[c]&(1<<countShift-1)) << sh
		}
		return
	}
	d0, d1, d2, d3, d4 := g.dfix[0][:len(b)], g.dfix[1][:len(b)], g.dfix[2][:len(b)], g.dfix[3][:len(b)], g.dfix[4][:len(b)]
	const m = 1<<countBits - 1
	for i, c := range g.Labels {
		a := acc[c]
		if a == 0 {
			continue
		}
		v := int64(a&(1<<countShift-1)) << sh
		v += int64(a>>countShift&m) * d0[i]
		v += int64(a>>(countShift+countBits)&m) * d1[i]
		v += int64(a>>(countShift+2*countBits)&m) * d2[i]
		v += int64(a>>(countShift+3*countBits)&m) * d3[i]
		v += int64(a>>(countShift+4*countBits)&m) * d4[i]
		b[i] += v
	}
}

// batch is the most n-grams of one word AddWord looks up together: five
// orders of a word of up to 18 letters.
const batch = 96

// head loads the first word of the table slot of h, to bring its line into
// the cache ahead of Lookup.
func (m *Model) head(h uint64) uint32 {
	i := h & m.mask
	return binary.LittleEndian.Uint32(m.slots[8*i : 8*i+4])
}

// add looks up one n-gram and adds its postings to e; false when the model
// lacks it (see AddWord). It is the serial walk for words too long to
// batch.
func (m *Model) add(e *Evidence, g *Group, order int, h uint64) bool {
	v := m.find(h)
	if v == missing {
		return false
	}
	counted := false
	b := e.Boost
	d := g.dfix[order-1]
	sh := (g.fix - stepFix) & 63
	m.postings2(v, func(label, boost uint8) {
		if !counted {
			e.Counts[order-1]++
			counted = true
		}
		s := g.slot[label]
		b[s] += int64(boost) << sh
		if d != nil {
			b[s] += d[s]
		}
	})
	return true
}

// Scores writes the final score of each label of g into out and returns it.
func (m *Model) Scores(e *Evidence, g *Group, p Params, out []float64) []float64 {
	out = out[:0]
	for i := range g.Labels {
		v := 0.0
		if i < len(e.Boost) {
			// Exact: a power-of-two unit, and far fewer than 2^53 units.
			v = float64(e.Boost[i]) * g.unit
		}
		for o, n := range e.Counts {
			v += float64(n) * g.floor[i][o]
		}
		v /= p.OrderScale
		v += p.PriorWeight * g.logPrior[i]
		out = append(out, v)
	}
	return out
}

// Best returns the index of the highest score and its softmax probability
// among all scores.
func Best(scores []float64) (int, float64) {
	if len(scores) == 0 {
		return -1, 0
	}
	best := 0
	for i, v := range scores {
		if v > scores[best] {
			best = i
		}
	}
	sum := 0.0
	for _, v := range scores {
		sum += math.Exp(v - scores[best])
	}
	return best, 1 / sum
}

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
	// id is the group's number in dense slot values (labelGroups), and
	// words the size of its dense vectors in 8-byte words; 0 for a group
	// too large for lanes, which has no dense vectors either.
	id    uint32
	words int
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
	gid, _ := labelGroups(m.Labels)
	for i, l := range m.Labels {
		g := out[l.Script]
		if g == nil {
			g = &Group{id: uint32(gid[i])}
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
		if w := denseWidth(n); w <= maxDenseWidth {
			g.words = w / 8
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
			off := v
			if v&dense != 0 {
				off = v & maxDenseOffset
			}
			touch += uint32(m.postings[off])
		}
	}
	e.touch += touch
	if g.words > 0 {
		var l lanesSums
		m.walkLanes(e, g, &l, ords[:n], vals[:n])
		g.foldLanes(e, &l)
	} else {
		var acc [256]uint64
		m.walkPacked(e, g, &acc, ords[:n], vals[:n])
		g.fold(e, &acc)
	}
	return out
}

// walkPacked sums the postings of a word's n-grams (their orders and slot
// values, in textfeat.Ngrams's order) in acc, indexed by model label (so
// neither a slot lookup nor a bounds check per posting), each posting
// adding its boost and one to its order's count in a packed word (see
// countShift); fold then turns the sums into the group's units, adding the
// floor differences once per label and order instead of per posting. It
// is the walk for a group too large for lanes (Group.words is 0), which
// has no dense vectors either.
func (m *Model) walkPacked(e *Evidence, g *Group, acc *[256]uint64, ords []uint8, vals []uint32) {
	prev, skip := 0, false
	for k, order := range ords {
		order := int(order)
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
		if v&dense != 0 {
			// Another group's vector (g has none), whose labels fold
			// drops; read all the same, so that this walk checks
			// walkLanes's reading of vectors (TestLanesMatchPacked).
			e.Counts[order-1]++
			m.postings2(v, func(label, boost uint8) { acc[label] += uint64(boost) + inc })
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
}

// lanesSums holds a word's sums for a group of up to maxDenseWidth labels by
// position in the group, in SWAR: sum the boosts of even and odd positions
// in 16-bit lanes (position p in sum[p&1][p>>3], lane p>>1&3), cnt per
// order a count per position in byte lanes (position p in cnt[o][p>>3],
// byte p&7). A dense vector is added eight positions to an operation
// (addDense); a posting of a list or a slot one position at a time. A word
// gives at most batch n-grams, so a 16-bit lane stays below 255*batch and
// a byte lane below batch: no lane carries into the next.
type lanesSums struct {
	sum [2][maxDenseWidth / 8]uint64
	cnt [textfeat.MaxOrder][maxDenseWidth / 8]uint64
}

// add adds one posting of an n-gram of order to l, if its label is in g.
func (l *lanesSums) add(g *Group, order int, label, boost uint8) {
	p := uint(g.slot[label])
	if p >= uint(len(g.Labels)) {
		return // a label of another group
	}
	l.sum[p&1][p>>3] += uint64(boost) << (16 * (p >> 1 & 3))
	l.cnt[order-1][p>>3] += 1 << (8 * (p & 7))
}

// walkLanes is walkPacked for a group that fits lanes.
func (m *Model) walkLanes(e *Evidence, g *Group, l *lanesSums, ords []uint8, vals []uint32) {
	prev, skip := 0, false
	for k, order := range ords {
		order := int(order)
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
		if v&inline != 0 {
			if v&0xff == 0 {
				continue // only a prefix of longer n-grams
			}
			e.Counts[order-1]++
			l.add(g, order, uint8(v>>8&maxInlineLabel), uint8(v))
			if v>>inlineBits&0xff != 0 {
				l.add(g, order, uint8(v>>(inlineBits+8)&maxInlineLabel), uint8(v>>inlineBits))
			}
			continue
		}
		if v&dense != 0 {
			e.Counts[order-1]++
			if v>>denseOffBits&(maxDenseGroups-1) == g.id {
				// A vector of another group adds nothing to g, as
				// its labels would not in a list.
				m.addDense(g, v&maxDenseOffset, l, order)
			}
			continue
		}
		ps := m.postingsAt(int(v))
		if len(ps) == 0 {
			continue // Builder stores an empty list inline; safe all the same
		}
		e.Counts[order-1]++
		for i := 0; i+1 < len(ps); i += 2 {
			l.add(g, order, ps[i], ps[i+1])
		}
	}
}

// SWAR lanes: lanes16 picks the even bytes of a word into 16-bit lanes,
// low7 and ones find its nonzero bytes.
const (
	lanes16 = 0x00FF00FF00FF00FF
	low7    = 0x7F7F7F7F7F7F7F7F
	ones    = 0x0101010101010101
)

// addDense adds the dense vector at off (of group g) to l for an n-gram of
// order: per 8-byte word of the vector, its even and odd bytes to sum, and,
// for a group whose fold needs counts (dfix), a one per nonzero byte to
// cnt.
func (m *Model) addDense(g *Group, off uint32, l *lanesSums, order int) {
	vec := m.postings[off:][:8*g.words]
	ev, od := l.sum[0][:len(vec)/8], l.sum[1][:len(vec)/8]
	if g.dfix[0] == nil {
		for j := range ev {
			x := binary.LittleEndian.Uint64(vec[8*j:])
			ev[j] += x & lanes16
			od[j] += x >> 8 & lanes16
		}
		return
	}
	c := l.cnt[order-1][:len(vec)/8]
	for j := range ev {
		x := binary.LittleEndian.Uint64(vec[8*j:])
		ev[j] += x & lanes16
		od[j] += x >> 8 & lanes16
		c[j] += ((x&low7 + low7) | x) >> 7 & ones
	}
}

// foldLanes adds a word's sums l to e, as fold adds packed ones: for each
// label of g, its boost sum in the group's units and, where the floors
// differ, its count of n-grams per order times the floor difference.
func (g *Group) foldLanes(e *Evidence, l *lanesSums) {
	dsum, dcnt := &l.sum, &l.cnt
	b := e.Boost[:len(g.Labels)]
	sh := (g.fix - stepFix) & 63
	if g.dfix[0] == nil {
		for p := range b {
			j, r := p>>3, uint(p&7)
			b[p] += int64(dsum[r&1][j]>>(16*(r>>1))&0xFFFF) << sh
		}
		return
	}
	d0, d1, d2, d3, d4 := g.dfix[0][:len(b)], g.dfix[1][:len(b)], g.dfix[2][:len(b)], g.dfix[3][:len(b)], g.dfix[4][:len(b)]
	for p := range b {
		j, r := p>>3, uint(p&7)
		v := int64(dsum[r&1][j]>>(16*(r>>1))&0xFFFF) << sh
		v += int64(dcnt[0][j]>>(8*r)&0xFF) * d0[p]
		v += int64(dcnt[1][j]>>(8*r)&0xFF) * d1[p]
		v += int64(dcnt[2][j]>>(8*r)&0xFF) * d2[p]
		v += int64(dcnt[3][j]>>(8*r)&0xFF) * d3[p]
		v += int64(dcnt[4][j]>>(8*r)&0xFF) * d4[p]
		b[p] += v
	}
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

package model

import (
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"testing"

	"github.com/akhbar/akhbar/lang/internal/textfeat"
)

// shipped loads the model package lang embeds.
func shipped(t testing.TB) *Model {
	t.Helper()
	b, err := os.ReadFile("../../data/model.bin")
	if err != nil {
		t.Skipf("no model: %v", err)
	}
	m, err := Load(b)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// langCommon is package lang's choice of common-floor scripts.
var langCommon = map[string]bool{"Latn": true}

// TestFixedPointExact checks that every floor difference of the shipped
// model fits the fixed point of its group without rounding, which is what
// makes the integer sums equal to the floating-point sums they replaced.
func TestFixedPointExact(t *testing.T) {
	m := shipped(t)
	for script, g := range m.Groups(langCommon) {
		if g.fix > maxFix {
			t.Fatalf("%s: fix %d above %d", script, g.fix, maxFix)
		}
		ref := refGroup(m, g)
		for o := range textfeat.MaxOrder {
			for i := range g.Labels {
				want := ref.delta[i][o]
				got := 0.0
				if g.dfix[o] != nil {
					got = math.Ldexp(float64(g.dfix[o][i]), -int(g.fix))
				}
				if got != want {
					t.Fatalf("%s order %d label %d: fixed point %v, floor difference %v", script, o+1, i, got, want)
				}
			}
		}
	}
}

// ref is the first, floating-point, scoring: a posting adds its boost in
// nats plus the label's floor difference to a float64 sum.
type ref struct {
	delta [][textfeat.MaxOrder]float64
	boost []float64
	count [textfeat.MaxOrder]int
}

func refGroup(m *Model, g *Group) *ref {
	r := &ref{boost: make([]float64, len(g.Labels))}
	low := g.floor[0] // every label's floor is the group's low one when lowFloor ran
	for _, c := range g.Labels {
		var d [textfeat.MaxOrder]float64
		for o, v := range m.Labels[c].Floor {
			d[o] = float64(v) - low[o]
		}
		r.delta = append(r.delta, d)
	}
	if g.dfix[0] == nil {
		// No common floor: each label's floor is its own.
		for i := range r.delta {
			r.delta[i] = [textfeat.MaxOrder]float64{}
		}
	}
	return r
}

func (r *ref) addWord(m *Model, g *Group, padded []byte) {
	textfeat.Ngrams(padded, func(order int, h uint64) bool {
		ps, ok := m.Lookup(h)
		if !ok {
			return false
		}
		if len(ps) == 0 {
			return true
		}
		r.count[order-1]++
		for _, q := range ps {
			for p, c := range g.Labels {
				if c == int(q.Label) {
					r.boost[p] += float64(q.Boost)*Step + r.delta[p][order-1]
				}
			}
		}
		return true
	})
}

// TestScoresMatchFloatReference scores random words of every group's
// script, and real ones, with AddWord and with the floating-point
// reference, and wants the same score bits.
func TestScoresMatchFloatReference(t *testing.T) {
	m := shipped(t)
	groups := m.Groups(langCommon)
	rng := rand.New(rand.NewPCG(1, 2))
	// Letters to draw words from, by script: the runes of the labels'
	// scripts below U+3000 that textfeat puts in the group.
	letters := map[string][]rune{}
	for r := rune(0x41); r < 0x3000; r++ {
		if textfeat.Letter(r) {
			c := textfeat.Of(r).Group().Code()
			letters[c] = append(letters[c], r)
		}
	}
	var sc textfeat.Scanner
	n := 0
	for script, g := range groups {
		if len(g.Labels) < 2 || len(letters[script]) == 0 {
			continue
		}
		for range 40 {
			var e Evidence
			e.Reset(len(g.Labels))
			r := refGroup(m, g)
			text := make([]rune, 0, 200)
			for range 1 + rng.IntN(40) {
				runes := 1 + rng.IntN(8)
				if rng.IntN(10) == 0 {
					// Too long to batch: AddWord's serial walk.
					runes = 20 + rng.IntN(10)
				}
				for range runes {
					// Mostly frequent letters, so n-grams hit.
					ls := letters[script]
					text = append(text, ls[rng.IntN(min(len(ls), 1+rng.IntN(64)))])
				}
				text = append(text, ' ')
			}
			sc.Words(string(text), func(w textfeat.Word) {
				if w.Script.Code() != script {
					return
				}
				m.AddWord(&e, g, w.Padded)
				r.addWord(m, g, w.Padded)
			})
			if e.Counts != r.count {
				t.Fatalf("%s: counts %v, reference %v", script, e.Counts, r.count)
			}
			got := m.Scores(&e, g, DefaultParams, nil)
			want := refScores(m, g, r)
			for i := range got {
				if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
					t.Fatalf("%s %q: label %d scores %v, reference %v", script, string(text), i, got[i], want[i])
				}
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no group scored")
	}
}

func refScores(m *Model, g *Group, r *ref) []float64 {
	var out []float64
	for i, c := range g.Labels {
		v := r.boost[i]
		for o, n := range r.count {
			v += float64(n) * g.floor[i][o]
		}
		v /= DefaultParams.OrderScale
		v += DefaultParams.PriorWeight * math.Log(float64(m.Labels[c].Prior))
		out = append(out, v)
	}
	return out
}

// BenchmarkAddWord scores the words of an English and a Hindi sentence,
// the work lang's word cache saves on a repeated word.
func BenchmarkAddWord(b *testing.B) {
	m := shipped(b)
	groups := m.Groups(langCommon)
	for _, tc := range []struct{ name, script, text string }{
		{"Latn", "Latn", "The government announced on Wednesday that the new railway line would open to passengers next month"},
		{"Deva", "Deva", "भारत दक्षिण एशिया में स्थित एक देश है। इसकी राजधानी नई दिल्ली है और यहाँ की सबसे अधिक बोली जाने वाली भाषा हिंदी है।"},
	} {
		var words [][]byte
		var sc textfeat.Scanner
		sc.Words(tc.text, func(w textfeat.Word) { words = append(words, append([]byte(nil), w.Padded...)) })
		g := groups[tc.script]
		b.Run(tc.name, func(b *testing.B) {
			var e Evidence
			for b.Loop() {
				e.Reset(len(g.Labels))
				for _, w := range words {
					m.AddWord(&e, g, w)
				}
			}
		})
	}
}

// TestLanesMatchPacked sums random runs of groupsBuilder's n-grams with
// the walk by lanes and with the packed walk of label-indexed sums, for
// each group that fits lanes, and wants the same evidence: dense vectors
// of the group and of others, lists with a label of another group or a
// label twice, inline postings.
func TestLanesMatchPacked(t *testing.T) {
	b := groupsBuilder()
	raw, err := b.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	m, err := Load(raw)
	if err != nil {
		t.Fatal(err)
	}
	var hs []uint64
	for h := range b.grams {
		hs = append(hs, h)
	}
	slices.Sort(hs)
	rng := rand.New(rand.NewPCG(5, 6))
	for script, g := range m.Groups(map[string]bool{"Latn": true}) {
		if g.words == 0 {
			continue
		}
		for range 300 {
			var ords []uint8
			var vals []uint32
			for range 1 + rng.IntN(batch) {
				ords = append(ords, uint8(1+rng.IntN(textfeat.MaxOrder)))
				v := missing
				if rng.IntN(10) > 0 {
					v = m.find(hs[rng.IntN(len(hs))])
				}
				vals = append(vals, v)
			}
			var lanes, packed Evidence
			lanes.Reset(len(g.Labels))
			packed.Reset(len(g.Labels))
			var l lanesSums
			m.walkLanes(&lanes, g, &l, ords, vals)
			g.foldLanes(&lanes, &l)
			var acc [256]uint64
			m.walkPacked(&packed, g, &acc, ords, vals)
			g.fold(&packed, &acc)
			if !slices.Equal(lanes.Boost[:len(g.Labels)], packed.Boost[:len(g.Labels)]) || lanes.Counts != packed.Counts {
				t.Fatalf("%s: lanes %v %v, packed %v %v", script, lanes.Boost, lanes.Counts, packed.Boost, packed.Counts)
			}
		}
	}
}

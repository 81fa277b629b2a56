package lang

import (
	"bufio"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/internal/evalset"
	"github.com/akhbar/akhbar/lang/internal/model"
	"github.com/akhbar/akhbar/lang/internal/stage2"
	"github.com/akhbar/akhbar/lang/internal/textfeat"
)

// The ways of labelling a document from its paragraphs that
// TestDocumentAggregation compares. aggStage2Log is Document's.
const (
	// aggSum decides each script on the sum of every paragraph's evidence,
	// the second stage included (Document's until the measurement).
	aggSum = iota
	// aggVote gives each script the label most of its letters get when
	// every paragraph is labelled alone.
	aggVote
	// aggPost sums, per script, every paragraph's posterior over the labels
	// (the second stage's where it runs), weighted by the paragraph's
	// letters in that script, and takes the largest.
	aggPost
	// aggStage2Post is aggSum's first stage, but where the second stage
	// runs on the sum's label, it runs on every paragraph of at least
	// stage2.MinWords words whose script is the script, instead of on the
	// sum (on the sum when there are fewer than two), and its posteriors,
	// weighted by the paragraph's letters, are summed (a kept class leaves
	// the sum's first-stage label).
	aggStage2Post
	// aggStage2Log is aggStage2Post with the paragraphs' log-posteriors
	// summed, unweighted: Document's (decideDoc).
	aggStage2Log
	nAgg
)

var aggNames = [nAgg]string{"sum (before)", "letter vote", "posterior sum", "stage-2 posterior sum", "stage-2 log-posterior sum (Document)"}

// documentBy labels a document as Document does, but with the document's
// label of each script chosen by agg; it returns the document's label and
// every paragraph's.
// st is scratch space of the current model (its word cache holds that
// model's numbers).
func documentBy(st *state, paragraphs []string, agg int) (string, []string) {
	type para struct {
		n       int
		s       textfeat.Script
		tallies map[textfeat.Script]*tally
	}
	paras := make([]para, len(paragraphs))
	doc := make([]tally, len(textfeat.Codes))
	var touched []textfeat.Script
	total := 0
	for i, p := range paragraphs {
		n := st.scan(p, paragraphWords)
		total += n
		pt := para{n: n, tallies: map[textfeat.Script]*tally{}}
		bestW := -1
		for _, s := range st.touched {
			t := st.tallies[s]
			t.ev.Boost = slices.Clone(t.ev.Boost)
			pt.tallies[s] = &t
			w := 2 * t.letters
			if s == latn {
				w = t.letters
			}
			if w > bestW {
				pt.s, bestW = s, w
			}
			if doc[s].letters == 0 {
				touched = append(touched, s)
				doc[s].ev.Boost = make([]int64, 0, len(t.ev.Boost))
			}
			doc[s].add(&t)
		}
		paras[i] = pt
	}
	per := make([]string, len(paragraphs))
	if total == 0 {
		for i := range per {
			per[i] = "und"
		}
		return "und", per
	}
	label := map[textfeat.Script]string{}
	for _, s := range touched {
		sum, _ := st.decide(s, &doc[s], "", 0)
		label[s] = sum
		if agg == aggSum {
			continue
		}
		if agg == aggStage2Post || agg == aggStage2Log {
			var ts []*tally
			for _, pt := range paras {
				if pt.n > 0 && pt.s == s {
					ts = append(ts, pt.tallies[s])
				}
			}
			label[s] = st.stage2Paragraphs(s, &doc[s], sum, ts, agg == aggStage2Log)
			continue
		}
		mass := map[string]float64{}
		for _, pt := range paras {
			t := pt.tallies[s]
			if t == nil {
				continue
			}
			w := float64(t.letters)
			if agg == aggVote {
				l, _ := st.decide(s, t, "", 0)
				mass[l] += w
				continue
			}
			for l, p := range st.posterior(s, t) {
				mass[l] += w * p
			}
		}
		// The largest; a tie goes to the sum's label, then to the first
		// label in order.
		best := sum
		keys := make([]string, 0, len(mass))
		for l := range mass {
			keys = append(keys, l)
		}
		sort.Strings(keys)
		for _, l := range keys {
			if mass[l] > mass[best] {
				best = l
			}
		}
		label[s] = best
	}
	for i, pt := range paras {
		if pt.n == 0 {
			per[i] = "und"
			continue
		}
		t := pt.tallies[pt.s]
		per[i], _ = st.decide(pt.s, t, label[pt.s], leaning(t.ev.Words))
	}
	return label[dominant(doc, touched)], per
}

// stage2Paragraphs is aggStage2Post's (log: aggStage2Log's) label of script
// s: sum is the document's tally in s and sumLabel aggSum's label of it,
// paras the paragraphs' tallies in s.
func (st *state) stage2Paragraphs(s textfeat.Script, sum *tally, sumLabel string, paras []*tally, log bool) string {
	g := groups[s]
	s2 := secondOf(s)
	if g == nil || s2 == nil || len(g.Labels) < 2 || sum.ev.Words < stage2.MinWords {
		return sumLabel
	}
	scores := mdl.Scores(&sum.ev, g, model.DefaultParams, nil)
	i, _ := model.Best(scores)
	if !s2.trigger[i] {
		return sumLabel
	}
	mass := make([]float64, len(s2.class))
	n := 0
	for _, t := range paras {
		if t.ev.Words < stage2.MinWords {
			continue
		}
		n++
		ps := mdl.Scores(&t.ev, g, model.DefaultParams, nil)
		z := softmax(s2.g.Logits(&t.s2, ps, slices.Max(ps), nil))
		for c, p := range z {
			if log {
				mass[c] += math.Log(max(p, 1e-300))
			} else {
				mass[c] += p * float64(t.letters)
			}
		}
	}
	if n < 2 {
		return sumLabel
	}
	c, _ := model.Best(mass)
	if k := s2.class[c]; k >= 0 {
		return mdl.Labels[k].Name
	}
	return mdl.Labels[g.Labels[i]].Name
}

// posterior is the distribution over labels behind decide(s, t, "", 0): the
// first stage's, or the second stage's where it runs, a kept class's share
// going to the first stage's label.
func (st *state) posterior(s textfeat.Script, t *tally) map[string]float64 {
	g := groups[s]
	if g == nil || (s == latn && t.roman.isHindi()) || len(g.Labels) == 1 {
		l, _ := st.decide(s, t, "", 0)
		return map[string]float64{l: 1}
	}
	scores := mdl.Scores(&t.ev, g, model.DefaultParams, nil)
	i, _ := model.Best(scores)
	out := map[string]float64{}
	if s2 := secondOf(s); s2 != nil && s2.trigger[i] && t.ev.Words >= stage2.MinWords {
		z := s2.g.Logits(&t.s2, scores, slices.Max(scores), nil)
		for c, p := range softmax(z) {
			k := s2.class[c]
			if k < 0 {
				k = g.Labels[i]
			}
			out[mdl.Labels[k].Name] += p
		}
		return out
	}
	for j, p := range softmax(scores) {
		out[mdl.Labels[g.Labels[j]].Name] += p
	}
	return out
}

func softmax(z []float64) []float64 {
	m := slices.Max(z)
	out := make([]float64, len(z))
	sum := 0.0
	for i, v := range z {
		out[i] = math.Exp(v - m)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}

// Documents of the measurement: k = docMinK..docMaxK consecutive FLORES
// dev sentences, in windows that do not overlap and do not cross the
// second stage's folds (blocks of 100 sentence ids, see
// lang/internal/train2); the bootstrap resamples blocks of docBlock
// sentence ids, a document going with the block of its first sentence.
const (
	docMinK, docMaxK = 2, 6
	docFolds         = 5
	docBlock         = 10
	docBoot          = 1000
)

// scheduledPlusEnglish are the labels of the 22 scheduled languages and
// English that FLORES dev has (scripts/eval-lid.sh's filter).
var scheduledPlusEnglish = strings.Fields(`asm_Beng ben_Beng eng_Latn guj_Gujr hin_Deva kan_Knda kas_Arab kas_Deva
	mai_Deva mal_Mlym mar_Deva mni_Beng npi_Deva ory_Orya pan_Guru san_Deva sat_Olck snd_Arab tam_Taml tel_Telu urd_Arab`)

// TestDocumentAggregation measures how often a document's label is right
// under each aggregation (aggSum, Document's, and the alternatives), held
// out: $AKHBAR_LID_DOCS holds fold-K.bin, the second stage trained without
// fold K's sentences (go run ./lang/internal/train2 -out ” -folds DIR), and
// a document of fold K's sentences is labelled with it. The report goes to
// $AKHBAR_LID_DOCS/report.md (scripts/eval-lid-docs.sh runs both). Without
// the variable there is nothing to do.
func TestDocumentAggregation(t *testing.T) {
	dir := os.Getenv("AKHBAR_LID_DOCS")
	if dir == "" {
		t.Skip("AKHBAR_LID_DOCS not set (see scripts/eval-lid-docs.sh)")
	}
	rows, labels, err := floresRows()
	if err != nil {
		t.Fatal(err)
	}
	nsent := len(rows["eng_Latn"])
	for _, l := range labels {
		if len(rows[l]) != nsent {
			t.Fatalf("%s has %d rows, eng_Latn %d: the rows are not parallel", l, len(rows[l]), nsent)
		}
	}
	foldSize := nsent / docFolds
	nblock := (nsent + docBlock - 1) / docBlock
	// right[agg][label][k][block] counts right documents, docs[k][block]
	// the documents (of every label); paraRight and paras the same for
	// paragraphs.
	type counts [docMaxK + 1][]int
	newCounts := func() *counts {
		var c counts
		for k := range c {
			c[k] = make([]int, nblock)
		}
		return &c
	}
	right := make([]map[string]*counts, nAgg)
	paraRight := make([]map[string]*counts, nAgg)
	for a := range nAgg {
		right[a], paraRight[a] = map[string]*counts{}, map[string]*counts{}
		for _, l := range labels {
			right[a][l], paraRight[a][l] = newCounts(), newCounts()
		}
	}
	docs, paras := newCounts(), newCounts()
	confusion := make([]map[string]int, nAgg)
	for a := range confusion {
		confusion[a] = map[string]int{}
	}
	mismatch, single := 0, [nAgg]int{}
	// gained and lost count the documents of scheduled+English labels an
	// aggregation gets right and the sum wrong, and the reverse.
	var gained, lost [nAgg]int
	for f := range docFolds {
		raw, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("fold-%d.bin", f)))
		if err != nil {
			t.Fatal(err)
		}
		withSecondBytes(t, raw, func() {
			st := emptyState()
			lo, hi := f*foldSize, (f+1)*foldSize
			// One paragraph: every aggregation must give Document's
			// label.
			for s := lo; s < hi; s++ {
				for _, l := range labels {
					want, _, _ := Document([]string{rows[l][s]})
					for a := range nAgg {
						if got, _ := documentBy(st, []string{rows[l][s]}, a); got != want.Label {
							single[a]++
						}
					}
				}
			}
			for k := docMinK; k <= docMaxK; k++ {
				for start := lo; start+k <= hi; start += k {
					b := start / docBlock
					docs[k][b]++
					paras[k][b] += k
					for _, l := range labels {
						ps := rows[l][start : start+k]
						d, _, per := Document(ps)
						sumRight := false
						for a := range nAgg {
							got, gotPer := documentBy(st, ps, a)
							if a == aggSum {
								sumRight = got == l
							} else if slices.Contains(scheduledPlusEnglish, l) && (got == l) != sumRight {
								if got == l {
									gained[a]++
								} else {
									lost[a]++
								}
							}
							if a == aggStage2Log && (got != d.Label || !slices.Equal(gotPer, resultLabels(per))) {
								mismatch++
							}
							if got == l {
								right[a][l][k][b]++
							} else {
								confusion[a][l+"→"+got]++
							}
							for _, p := range gotPer {
								if p == l {
									paraRight[a][l][k][b]++
								}
							}
						}
					}
				}
			}
		})
	}
	if mismatch > 0 {
		t.Errorf("documentBy(aggStage2Log) differs from Document on %d documents", mismatch)
	}
	for a := range nAgg {
		if single[a] > 0 {
			t.Logf("%s: %d one-paragraph documents labelled otherwise than by Document", aggNames[a], single[a])
		}
	}
	// A one-paragraph document keeps the label it had (aggSum's), on the
	// FLORES rows above and on the lingua sentences, with the shipped model.
	if single[aggSum] > 0 {
		t.Errorf("Document labels %d one-paragraph FLORES documents otherwise than the sum did", single[aggSum])
	}
	kit, err := evalset.FindKit("")
	if err != nil {
		t.Fatal(err)
	}
	lingua, err := readRows(filepath.Join(kit, "lid", "lingua-sentences.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	st, changed, n := emptyState(), 0, 0
	for _, texts := range lingua {
		for _, text := range texts {
			d, _, _ := Document([]string{text})
			if sum, _ := documentBy(st, []string{text}, aggSum); sum != d.Label {
				changed++
			}
			n++
		}
	}
	if changed > 0 {
		t.Errorf("Document labels %d of %d one-paragraph lingua documents otherwise than the sum did", changed, n)
	}

	// Accuracy of one label over the chosen k, with block weights w (nil:
	// every block once).
	acc := func(c *counts, n *counts, ks []int, w []int) float64 {
		num, den := 0, 0
		for _, k := range ks {
			for b := range nblock {
				x := 1
				if w != nil {
					x = w[b]
				}
				num += x * c[k][b]
				den += x * n[k][b]
			}
		}
		if den == 0 {
			return 0
		}
		return float64(num) / float64(den)
	}
	macro := func(r map[string]*counts, n *counts, ks []int, w []int) float64 {
		sum := 0.0
		for _, l := range scheduledPlusEnglish {
			sum += acc(r[l], n, ks, w)
		}
		return sum / float64(len(scheduledPlusEnglish))
	}
	allK := []int{}
	for k := docMinK; k <= docMaxK; k++ {
		allK = append(allK, k)
	}
	type metric struct {
		name string
		f    func(a int, w []int) float64
	}
	var metrics []metric
	metrics = append(metrics, metric{"macro 22+En, documents, k=2..6", func(a int, w []int) float64 { return macro(right[a], docs, allK, w) }})
	for _, k := range allK {
		metrics = append(metrics, metric{fmt.Sprintf("macro 22+En, documents, k=%d", k), func(a int, w []int) float64 { return macro(right[a], docs, []int{k}, w) }})
	}
	metrics = append(metrics, metric{"macro 22+En, paragraphs, k=2..6", func(a int, w []int) float64 { return macro(paraRight[a], paras, allK, w) }})
	for _, l := range labels {
		if !slices.Contains(scheduledPlusEnglish, l) {
			continue
		}
		metrics = append(metrics, metric{l + " documents", func(a int, w []int) float64 { return acc(right[a][l], docs, allK, w) }})
	}
	for _, l := range []string{"mai_Deva", "kas_Deva", "kas_Arab", "san_Deva", "mar_Deva", "npi_Deva", "hin_Deva", "urd_Arab"} {
		metrics = append(metrics, metric{l + " paragraphs", func(a int, w []int) float64 { return acc(paraRight[a][l], paras, allK, w) }})
	}
	// The bootstrap: the same resamples of blocks for every aggregation,
	// so the differences are paired.
	rng := rand.New(rand.NewPCG(2026, 16))
	samples := make([][nAgg][]float64, len(metrics))
	diffs := make([][nAgg][]float64, len(metrics))
	w := make([]int, nblock)
	for range docBoot {
		clear(w)
		for range nblock {
			w[rng.IntN(nblock)]++
		}
		for i, m := range metrics {
			base := m.f(aggSum, w)
			for a := range nAgg {
				v := m.f(a, w)
				samples[i][a] = append(samples[i][a], v)
				diffs[i][a] = append(diffs[i][a], v-base)
			}
		}
	}
	ci := func(v []float64) string {
		v = slices.Clone(v)
		sort.Float64s(v)
		return fmt.Sprintf("[%.3f, %.3f]", v[int(0.025*float64(len(v)))], v[min(len(v)-1, int(0.975*float64(len(v))))])
	}
	var out strings.Builder
	fmt.Fprintf(&out, "FLORES dev documents of k = %d..%d consecutive sentences (windows inside one fold of %d sentence ids), %d labels; "+
		"second stage trained without the document's fold; 95%% bootstrap intervals over %d blocks of %d sentence ids (%d resamples, paired)\n\n",
		docMinK, docMaxK, foldSize, len(labels), nblock, docBlock, docBoot)
	fmt.Fprintf(&out, "documents per label:")
	for _, k := range allK {
		n := 0
		for _, x := range docs[k] {
			n += x
		}
		fmt.Fprintf(&out, " k=%d %d,", k, n)
	}
	fmt.Fprintf(&out, "\n\n| metric |")
	for a := range nAgg {
		fmt.Fprintf(&out, " %s |", aggNames[a])
		if a != aggSum {
			fmt.Fprintf(&out, " − sum |")
		}
	}
	fmt.Fprintf(&out, "\n|---|")
	for a := range nAgg {
		fmt.Fprintf(&out, "---|")
		if a != aggSum {
			fmt.Fprintf(&out, "---|")
		}
	}
	fmt.Fprintln(&out)
	for i, m := range metrics {
		fmt.Fprintf(&out, "| %s |", m.name)
		base := m.f(aggSum, nil)
		for a := range nAgg {
			v := m.f(a, nil)
			fmt.Fprintf(&out, " %.3f %s |", v, ci(samples[i][a]))
			if a != aggSum {
				fmt.Fprintf(&out, " %+.3f %s |", v-base, ci(diffs[i][a]))
			}
		}
		fmt.Fprintln(&out)
	}
	fmt.Fprintf(&out, "\ndocuments of scheduled+English labels right only under the aggregation / only under the sum:")
	for a := range nAgg {
		if a != aggSum {
			fmt.Fprintf(&out, " %s %d / %d,", aggNames[a], gained[a], lost[a])
		}
	}
	fmt.Fprintln(&out)
	for a := range nAgg {
		fmt.Fprintf(&out, "\n%s, wrong documents of (or given) a scheduled+English label:", aggNames[a])
		var keys []string
		for c := range confusion[a] {
			g, p, _ := strings.Cut(c, "→")
			if slices.Contains(scheduledPlusEnglish, g) || slices.Contains(scheduledPlusEnglish, p) {
				keys = append(keys, c)
			}
		}
		sort.Slice(keys, func(i, j int) bool {
			if confusion[a][keys[i]] != confusion[a][keys[j]] {
				return confusion[a][keys[i]] > confusion[a][keys[j]]
			}
			return keys[i] < keys[j]
		})
		for _, c := range keys {
			fmt.Fprintf(&out, " %s %d,", c, confusion[a][c])
		}
		fmt.Fprintln(&out)
	}
	if err := os.WriteFile(filepath.Join(dir, "report.md"), []byte(out.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
}

func resultLabels(rs []Result) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Label
	}
	return out
}

// floresRows reads the kit's FLORES dev rows by label, with the labels
// sorted.
func floresRows() (map[string][]string, []string, error) {
	kit, err := evalset.FindKit("")
	if err != nil {
		return nil, nil, err
	}
	rows, err := readRows(filepath.Join(kit, "lid", "flores-dev.tsv"))
	if err != nil {
		return nil, nil, err
	}
	labels := slices.Sorted(maps.Keys(rows))
	return rows, labels, nil
}

// readRows reads a label<TAB>text file into the texts of every label, in
// the file's order.
func readRows(path string) (map[string][]string, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	rows := map[string][]string{}
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		gold, text, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			return nil, fmt.Errorf("%s: no tab in %q", path, sc.Text())
		}
		rows[gold] = append(rows[gold], text)
	}
	return rows, sc.Err()
}

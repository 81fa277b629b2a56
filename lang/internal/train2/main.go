// Command train2 trains the second stage of package lang (see package
// stage2) on FLORES-200 dev sentences and measures it by cross-validation.
//
//	go run ./lang/internal/train2 -flores shared/eval/lid/flores-dev.tsv            # CV table, then write lang/data/stage2.bin
//	go run ./lang/internal/train2 -flores ... -out '' -cv 5                          # CV table only
//	go run ./lang/internal/train2 -flores ... -out '' -folds DIR                     # and every fold's model (scripts/eval-lid-docs.sh)
//
// The file's rows are parallel translations: the i-th row of every label is
// the same sentence. Folds therefore group rows by sentence index (the
// sentence and all its translations stay on one side), in contiguous blocks
// of sentence ids, so that the sentences of one article mostly stay
// together too. Figures are pooled over the k held-out folds with a
// bootstrap 95% interval over sentence ids. The shipped model is trained on
// every row, with the same settings.
//
// Features come through stage2.Probe, i.e. through package lang's own first
// stage, so training sees what Identify sees.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"log"
	"math/rand/v2"
	"os"
	"slices"
	"sort"
	"strings"

	// lang sets stage2.Probe to its first stage.
	_ "github.com/akhbar/akhbar/lang"
	"github.com/akhbar/akhbar/lang/internal/stage2"
)

// spec is one group: the classes it decides between, the classes among them
// that are kept (see stage2.Group.Kept), and the first-stage labels it runs
// on.
type spec struct {
	script  string
	classes []string
	keep    []string
	trigger []string
}

// specs: the languages with FLORES prose that the first stage confuses
// (docs/lang.md, "The confusions that matter"). The Hindi-belt languages
// are kept, so their first-stage label (mostly Hindi, by its prior) stands;
// Konkani, Dogri, Bodo and Sindhi in Devanagari have no prose here and are
// left to the first stage entirely.
var specs = []spec{
	{
		script:  "Deva",
		classes: []string{"hin_Deva", "mai_Deva", "san_Deva", "kas_Deva", "mar_Deva", "npi_Deva", "bho_Deva", "mag_Deva", "hne_Deva", "awa_Deva"},
		keep:    []string{"bho_Deva", "mag_Deva", "hne_Deva", "awa_Deva"},
		trigger: []string{"hin_Deva", "mai_Deva", "san_Deva", "kas_Deva", "mar_Deva", "npi_Deva", "bho_Deva", "mag_Deva", "hne_Deva"},
	},
	{
		script:  "Arab",
		classes: []string{"urd_Arab", "kas_Arab", "snd_Arab", "pes_Arab", "prs_Arab", "arb_Arab", "pbt_Arab"},
		keep:    []string{"pes_Arab", "prs_Arab", "arb_Arab", "pbt_Arab"},
		trigger: []string{"urd_Arab", "kas_Arab", "snd_Arab"},
	},
}

// scheduled are the 22 scheduled languages of India (all their labels) and
// English, as scripts/eval-lid.sh counts them.
var scheduled = map[string]bool{}

func init() {
	for _, l := range strings.Fields(`asm_Beng ben_Beng brx_Deva doi_Deva gom_Deva guj_Gujr hin_Deva kan_Knda
		kas_Arab kas_Deva mai_Deva mal_Mlym mar_Deva mni_Beng mni_Mtei npi_Deva ory_Orya pan_Guru san_Deva
		sat_Olck snd_Arab snd_Deva tam_Taml tel_Telu urd_Arab eng_Latn`) {
		scheduled[l] = true
	}
}

// item is one row of the file with what the first stage made of it.
type item struct {
	gold, text string
	sent       int // sentence index: the row's rank among its label's rows
	f          stage2.Features
	frags      []stage2.Features // short fragments of text (training only)
}

// fragments is how many runs of 2 to 10 consecutive words of each training
// sentence are added as rows of their own: FLORES sentences are long, and
// without short rows the second stage overrules the first on headlines and
// captions it has too few words to judge.
var fragments = 6

func main() {
	flores := flag.String("flores", "/work/shared/eval/lid/flores-dev.tsv", "FLORES dev rows: label<TAB>sentence, 500 parallel rows per label")
	out := flag.String("out", "lang/data/stage2.bin", "model to write, trained on every row ('' = none)")
	k := flag.Int("cv", 5, "folds of the cross-validation (0 = none)")
	boot := flag.Int("boot", 1000, "bootstrap resamples of sentence ids for the intervals")
	sample := flag.String("sample", "", "write held-out sentences of fold 0 (target labels) to this TSV")
	fold0 := flag.String("fold0", "", "write the model trained without fold 0 to this file (the test of the sample uses it)")
	folds := flag.String("folds", "", "write the model trained without fold K to DIR/fold-K.bin for every K (lang's document test uses them)")
	perSample := flag.Int("sample-n", 40, "sentences per label in -sample")
	bits := flag.Int("bits", int(stage2.DefaultTrain.Bits), "2^bits hashed buckets")
	epochs := flag.Int("epochs", stage2.DefaultTrain.Epochs, "SGD passes")
	rate := flag.Float64("rate", stage2.DefaultTrain.Rate, "learning rate")
	l2 := flag.Float64("l2", stage2.DefaultTrain.L2, "weight decay")
	cvPred := flag.String("cv-pred", "", "write the held-out label of every row (one a line, the file's order) to this file")
	checkTSV := flag.String("check-tsv", "", "label<TAB>text file to compare first stage and the model trained on every row on (measure only)")
	flag.IntVar(&fragments, "fragments", fragments, "short fragments of each training sentence added as rows")
	keepWeight := flag.Float64("keep-weight", defaultKeepWeight, "weight of the Keep class relative to the others")
	flag.Parse()
	keepW = *keepWeight
	p := stage2.DefaultTrain
	p.Bits, p.Epochs, p.Rate, p.L2 = uint8(*bits), *epochs, *rate, *l2
	items, err := read(*flores)
	if err != nil {
		log.Fatal(err)
	}
	nsent := 0
	for _, it := range items {
		nsent = max(nsent, it.sent+1)
	}
	addFragments(items)
	if *k > 1 {
		pred := make([]string, len(items))
		for f := range *k {
			m := train(items, p, func(s int) bool { return foldOf(s, nsent, *k) != f })
			for i := range items {
				if foldOf(items[i].sent, nsent, *k) == f {
					pred[i] = decide(m, &items[i].f)
				}
			}
			if *folds != "" {
				if err := write(fmt.Sprintf("%s/fold-%d.bin", *folds, f), m); err != nil {
					log.Fatal(err)
				}
			}
			if f == 0 {
				if err := writeFold0(*fold0, *sample, m, items, nsent, *k, *perSample); err != nil {
					log.Fatal(err)
				}
			}
		}
		report(os.Stdout, items, pred, nsent, *boot)
		if *cvPred != "" {
			if err := os.WriteFile(*cvPred, []byte(strings.Join(pred, "\n")+"\n"), 0o644); err != nil {
				log.Fatal(err)
			}
		}
	}
	if *out != "" || *checkTSV != "" {
		m := train(items, p, func(int) bool { return true })
		if *checkTSV != "" {
			other, err := read(*checkTSV)
			if err != nil {
				log.Fatal(err)
			}
			compare(os.Stdout, m, other)
			if *out == "" {
				return
			}
		}
		if err := write(*out, m); err != nil {
			log.Fatal(err)
		}
	}
}

// defaultKeepWeight: Keep (the Hindi-belt languages) weighs this many times
// a language class, so the second stage gives them to Maithili no more
// often than the first stage did.
const defaultKeepWeight = 1.0

var keepW = defaultKeepWeight

// addFragments cuts the fragments of the rows some group trains on; the
// words and lengths are drawn from a generator seeded by the row's label and
// sentence index, so they do not depend on the order of the file.
func addFragments(items []item) {
	want := map[string]bool{}
	for _, s := range specs {
		for _, c := range s.classes {
			want[c] = true
		}
	}
	for i := range items {
		it := &items[i]
		if !want[it.gold] || fragments == 0 {
			continue
		}
		words := strings.Fields(it.text)
		h := fnv.New64a()
		fmt.Fprintf(h, "%s/%d", it.gold, it.sent)
		rng := rand.New(rand.NewPCG(h.Sum64(), 7))
		for range fragments {
			n := min(len(words), 2+rng.IntN(9))
			start := rng.IntN(len(words) - n + 1)
			it.frags = append(it.frags, stage2.Probe(strings.Join(words[start:start+n], " ")))
		}
	}
}

func foldOf(sent, nsent, k int) int { return sent * k / nsent }

func read(path string) ([]item, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	var items []item
	rank := map[string]int{}
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		gold, text, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			return nil, fmt.Errorf("%s:%d: no tab", path, n)
		}
		items = append(items, item{gold: gold, text: text, sent: rank[gold], f: stage2.Probe(text)})
		rank[gold]++
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return items, nil
}

// train fits every group on the rows whose sentence use accepts.
func train(items []item, p stage2.TrainParams, use func(sent int) bool) *stage2.Model {
	m := &stage2.Model{}
	for _, s := range specs {
		var inputs []string
		class := map[string]int{}
		for c, l := range s.classes {
			class[l] = c
		}
		var rows []stage2.Row
		count := make([]int, len(s.classes))
		for i := range items {
			it := &items[i]
			c, ok := class[it.gold]
			if !ok || it.f.Script != s.script || !use(it.sent) {
				continue
			}
			if inputs == nil {
				inputs = it.f.Labels
			}
			rows = append(rows, stage2.Row{Hashes: it.f.Hashes, Inputs: it.f.Scores, Class: c})
			count[c]++
			for _, f := range it.frags {
				if f.Script == s.script {
					rows = append(rows, stage2.Row{Hashes: f.Hashes, Inputs: f.Scores, Class: c})
					count[c]++
				}
			}
		}
		// Every class weighs the same in total; the kept ones keepW times
		// that.
		for i := range rows {
			rows[i].Weight = float64(len(rows)) / float64(len(s.classes)*count[rows[i].Class])
			if slices.Contains(s.keep, s.classes[rows[i].Class]) {
				rows[i].Weight *= keepW
			}
		}
		m.Groups = append(m.Groups, stage2.Train(stage2.Group{
			Script: s.script, Classes: s.classes, Kept: s.keep, Inputs: inputs, Trigger: s.trigger,
		}, rows, p))
	}
	return m
}

// decide is package lang's decision for one row.
func decide(m *stage2.Model, f *stage2.Features) string { return m.Decide(f) }

func write(path string, m *stage2.Model) error {
	raw, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, raw, 0o644); err != nil {
		return err
	}
	log.Printf("wrote %s: %d bytes", path, len(raw))
	return os.Rename(tmp, path)
}

// sampleLabels are the labels whose held-out sentences the test checks.
var sampleLabels = []string{"hin_Deva", "mai_Deva", "san_Deva", "kas_Deva", "kas_Arab", "urd_Arab", "mar_Deva", "npi_Deva"}

func writeFold0(model, sample string, m *stage2.Model, items []item, nsent, k, n int) error {
	if model != "" {
		if err := write(model, m); err != nil {
			return err
		}
	}
	if sample == "" {
		return nil
	}
	var b strings.Builder
	for _, l := range sampleLabels {
		c := 0
		for _, it := range items {
			if it.gold == l && foldOf(it.sent, nsent, k) == 0 && c < n {
				fmt.Fprintf(&b, "%s\t%s\n", it.gold, it.text)
				c++
			}
		}
	}
	return os.WriteFile(sample, []byte(b.String()), 0o644)
}

// stats are the counts one set of predictions gives.
type stats struct {
	tp, gold, pred map[string]int
	predSched      map[string]int // predictions on rows of scheduled gold labels
	sched, schedOK int
}

func count(items []item, pred []string, weight []int) stats {
	s := stats{tp: map[string]int{}, gold: map[string]int{}, pred: map[string]int{}, predSched: map[string]int{}}
	for i, it := range items {
		w := 1
		if weight != nil {
			w = weight[it.sent]
		}
		if w == 0 {
			continue
		}
		s.gold[it.gold] += w
		s.pred[pred[i]] += w
		if pred[i] == it.gold {
			s.tp[it.gold] += w
		}
		if scheduled[it.gold] {
			s.predSched[pred[i]] += w
			s.sched += w
			if pred[i] == it.gold {
				s.schedOK += w
			}
		}
	}
	return s
}

func (s stats) recall(l string) float64    { return ratio(s.tp[l], s.gold[l]) }
func (s stats) precision(l string) float64 { return ratio(s.tp[l], s.pred[l]) }
func (s stats) f1(l string) float64 {
	p, r := s.precision(l), s.recall(l)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// f1Sched is F1 with precision counted on the rows of scheduled gold labels
// only, as scripts/eval-lid.sh's "22 scheduled + English" report does (a
// Magahi sentence taken for Maithili does not count against it).
func (s stats) f1Sched(l string) float64 {
	p, r := ratio(s.tp[l], s.predSched[l]), s.recall(l)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s stats) acc() float64 { return ratio(s.schedOK, s.sched) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// report prints, per label of interest, recall, precision and F1 before (the
// first stage alone) and after (with the second stage, held-out folds
// only), each with a bootstrap 95% interval over sentence ids.
func report(w io.Writer, items []item, after []string, nsent, nboot int) {
	before := make([]string, len(items))
	for i, it := range items {
		before[i] = it.f.Stage1
	}
	labels := []string{"hin_Deva", "mai_Deva", "san_Deva", "kas_Deva", "mar_Deva", "npi_Deva", "urd_Arab", "kas_Arab", "snd_Arab",
		"bho_Deva", "mag_Deva", "hne_Deva", "awa_Deva", "pes_Arab", "prs_Arab"}
	type metric struct {
		name string
		f    func(stats) float64
	}
	metrics := []metric{{"22 scheduled + English: accuracy", stats.acc}}
	for _, l := range labels {
		metrics = append(metrics,
			metric{l + " recall", func(s stats) float64 { return s.recall(l) }},
			metric{l + " precision", func(s stats) float64 { return s.precision(l) }},
			metric{l + " F1", func(s stats) float64 { return s.f1(l) }})
		if scheduled[l] {
			metrics = append(metrics, metric{l + " F1 (22+En rows)", func(s stats) float64 { return s.f1Sched(l) }})
		}
	}
	sb, sa := count(items, before, nil), count(items, after, nil)
	rng := rand.New(rand.NewPCG(2026, 16))
	samples := make([][3][]float64, len(metrics))
	weight := make([]int, nsent)
	for range nboot {
		clear(weight)
		for range nsent {
			weight[rng.IntN(nsent)]++
		}
		bb, ba := count(items, before, weight), count(items, after, weight)
		for i, m := range metrics {
			x, y := m.f(bb), m.f(ba)
			samples[i][0] = append(samples[i][0], x)
			samples[i][1] = append(samples[i][1], y)
			samples[i][2] = append(samples[i][2], y-x)
		}
	}
	ci := func(v []float64) string {
		if len(v) == 0 {
			return ""
		}
		v = slices.Clone(v)
		sort.Float64s(v)
		return fmt.Sprintf(" [%.3f, %.3f]", v[int(0.025*float64(len(v)))], v[min(len(v)-1, int(0.975*float64(len(v))))])
	}
	fmt.Fprintf(w, "FLORES dev, %d rows, %d sentence ids; after = held-out folds; 95%% bootstrap intervals over sentence ids (%d resamples)\n\n", len(items), nsent, nboot)
	fmt.Fprintln(w, "| metric | before (first stage) | after (CV) | after − before |")
	fmt.Fprintln(w, "|---|---|---|---|")
	for i, m := range metrics {
		x, y := m.f(sb), m.f(sa)
		fmt.Fprintf(w, "| %s | %.3f%s | %.3f%s | %+.3f%s |\n", m.name, x, ci(samples[i][0]), y, ci(samples[i][1]), y-x, ci(samples[i][2]))
	}
	// The confusions left: scheduled gold labels, or a scheduled label
	// given to another language.
	conf := map[string]int{}
	for i, it := range items {
		if (scheduled[it.gold] || scheduled[after[i]]) && after[i] != it.gold {
			conf[it.gold+"→"+after[i]]++
		}
	}
	keys := make([]string, 0, len(conf))
	for c := range conf {
		keys = append(keys, c)
	}
	sort.Slice(keys, func(a, b int) bool {
		if conf[keys[a]] != conf[keys[b]] {
			return conf[keys[a]] > conf[keys[b]]
		}
		return keys[a] < keys[b]
	})
	fmt.Fprint(w, "\nconfusions after (gold→predicted, scheduled on either side):")
	for _, c := range keys[:min(len(keys), 20)] {
		fmt.Fprintf(w, " %s %d,", c, conf[c])
	}
	fmt.Fprintln(w)
}

// compare prints the accuracy of the first stage and of m on items, and the
// labels that changed.
func compare(w io.Writer, m *stage2.Model, items []item) {
	before, after := 0, 0
	changed := map[string]int{}
	for i := range items {
		it := &items[i]
		p := decide(m, &it.f)
		if it.f.Stage1 == it.gold {
			before++
		}
		if p == it.gold {
			after++
		}
		if p != it.f.Stage1 {
			changed[it.gold+": "+it.f.Stage1+"→"+p]++
		}
	}
	fmt.Fprintf(w, "check: accuracy %.4f → %.4f (%d rows); changed:", ratio(before, len(items)), ratio(after, len(items)), len(items))
	keys := make([]string, 0, len(changed))
	for k := range changed {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, " %s %d,", k, changed[k])
	}
	fmt.Fprintln(w)
}

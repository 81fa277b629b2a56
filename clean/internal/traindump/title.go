package main

// The headline picker of text dumps (clean/titlemodel.go): trained on the
// dump set's pages that have a title truth, with the title candidates
// each dump's held-out block probabilities give (the -probs file of a
// -cv run), so that the body the candidates stand over is the one an
// unseen page gets.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/internal/evalset"
	"github.com/akhbar/akhbar/internal/learn"
)

var titleParams = learn.GBDTParams{Trees: 150, Depth: 4, LearningRate: 0.1, MinLeaf: 5, L2: 1, Bins: 64}

// titleDump is one dump's title candidates and their labels.
type titleDump struct {
	d     *dump
	cands []clean.TitleCandidate
	y     []float32 // 1 where the candidate gives the truth
}

// mergedPage is a line of the merged.jsonl make-dump-set.sh keeps
// beside truth.jsonl: a page's truths.
type mergedPage struct {
	ID     string
	Title  *string
	Author json.RawMessage
	Date   *string
	Fold   int
}

// eachMerged calls f on every page of the set's merged.jsonl that is
// not in the frozen dev-test fold.
func eachMerged(dir string, f func(mergedPage) error) error {
	file, err := os.Open(filepath.Join(dir, "merged.jsonl"))
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var r mergedPage
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return fmt.Errorf("merged.jsonl: %w", err)
		}
		if r.Fold == evalset.DevTest {
			continue
		}
		if err := f(r); err != nil {
			return fmt.Errorf("merged.jsonl: %s: %w", r.ID, err)
		}
	}
	return sc.Err()
}

// loadTitles reads the title truths of the set's pages.
func loadTitles(dir string) (map[string]string, error) {
	out := map[string]string{}
	err := eachMerged(dir, func(r mergedPage) error {
		if r.Title != nil && strings.TrimSpace(*r.Title) != "" {
			out[r.ID] = *r.Title
		}
		return nil
	})
	return out, err
}

// titleSeps are what parts a headline from the site's name in a line:
// the record's title drops such a part (meta's title tails).
var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", ": "}

// givesTitle reports whether a candidate line, as the record's title,
// is the truth: the same words, or the truth with a site's part cut off
// after or before a separator. It does not cut a heading's permalink
// mark ("Models¶"), as the record's title does since the pickers were
// trained: labels that cut it (9 of a renderer's 1,259 dumps) retrained
// all three pickers to figures inside a retrain's noise (README), so the
// embedded ones stay those of these labels.
func givesTitle(line, truth string) bool {
	l, t := strings.Join(strings.Fields(line), " "), strings.Join(strings.Fields(truth), " ")
	if l == t {
		return true
	}
	for _, sep := range titleSeps {
		if strings.HasPrefix(l, t+sep) || strings.HasSuffix(l, sep+t) {
			return true
		}
	}
	return false
}

// titleDumps gathers the candidates of every dump with a title truth.
func titleDumps(dumps []*dump, probs [][]float64, titles map[string]string, p clean.DumpModel) []*titleDump {
	return gather(dumps, probs, titles, func(i int, d *dump, t string) *titleDump {
		m := p
		td := &titleDump{d: d, cands: clean.DumpTitleCandidates(d.doc(), &m, probs[i], now)}
		for _, c := range td.cands {
			y := float32(0)
			if givesTitle(c.Text, t) {
				y = 1
			}
			td.y = append(td.y, y)
		}
		return td
	})
}

// gather calls f, two at a time, on every dump that has a truth and
// held-out probabilities, and returns what it made in the dumps' order.
func gather[T any](dumps []*dump, probs [][]float64, truths map[string]string, f func(i int, d *dump, truth string) *T) []*T {
	out := make([]*T, len(dumps))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, d := range dumps {
		t, ok := truths[d.page.id]
		if !ok || probs[i] == nil {
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			out[i] = f(i, d, t)
		}()
	}
	wg.Wait()
	var kept []*T
	for _, x := range out {
		if x != nil {
			kept = append(kept, x)
		}
	}
	return kept
}

// trainTitle fits the ranker on the dumps keep accepts: a softmax over
// each dump's candidates and "none", the right candidates sharing the
// dump's one unit.
func trainTitle(tds []*titleDump, keep func(*titleDump) bool) *clean.TitleModel {
	var X [][]float32
	var y, w []float32
	var group []int32
	g := int32(0)
	for _, td := range tds {
		if !keep(td) || len(td.cands) == 0 {
			continue
		}
		right := float32(0)
		for k, v := range td.y {
			if !td.cands[k].Menu {
				right += v
			}
		}
		for k, c := range td.cands {
			if c.Menu {
				continue
			}
			X = append(X, c.Row)
			v := float32(0)
			if right > 0 {
				v = td.y[k] / right
			}
			y = append(y, v)
			w = append(w, 1)
			group = append(group, g)
		}
		g++
	}
	return &clean.TitleModel{Trees: learn.TrainGBDTGroups(X, y, w, group, titleParams), Min: 0.5}
}

// pickTitle is the candidate clean's title takes with model m (-1:
// none).
func pickTitle(m *clean.TitleModel, td *titleDump) int {
	if c := m.Choose(td.cands); c >= 0 {
		return c
	}
	return rulesTitle(td)
}

// rulesTitle is the hand-set score's pick (-1: none).
func rulesTitle(td *titleDump) int {
	for k, c := range td.cands {
		if c.Rules {
			return k
		}
	}
	return -1
}

// runTitle prints the held-out title accuracy per renderer, learned and
// rules (a fold of sites and a family of renderers left out together),
// with the paired difference's 95 % interval over sites; with out set,
// it writes the model trained on every dump there, and with foldsDir the
// model of each held-out cell into foldsDir/<fold>-<family>/.
func runTitle(dumps []*dump, probs [][]float64, titles map[string]string, p clean.DumpModel, cv bool, out, foldsDir string) {
	tds := titleDumps(dumps, probs, titles, p)
	fmt.Fprintf(os.Stderr, "%d dumps with a title truth\n", len(tds))
	if cv || foldsDir != "" {
		learned := make([]float64, len(tds))
		ds := make([]*dump, len(tds))
		for i, td := range tds {
			ds[i] = td.d
		}
		forCells(ds, func(k int, fam string, train func(*dump) bool) {
			m := trainTitle(tds, func(td *titleDump) bool { return train(td.d) })
			if foldsDir != "" {
				writeModel(m, filepath.Join(foldsDir, fmt.Sprintf("%d-%s", k, fam)), clean.TitleModelFile)
			}
			for i, td := range tds {
				if td.d.page.fold == k && family(td.d.renderer) == fam {
					if c := pickTitle(m, td); c >= 0 {
						learned[i] = float64(td.y[c])
					}
				}
			}
		})
		if cv {
			printTitleCV(tds, learned)
		}
	}
	if out != "" {
		writeModel(trainTitle(tds, func(*titleDump) bool { return true }), out, clean.TitleModelFile)
	}
}

// forCells calls cell once per held-out (site fold, renderer family)
// cell of ds, in a fixed order, with train telling the dumps its model
// may learn from: those of the other folds and the other families.
func forCells(ds []*dump, cell func(k int, fam string, train func(*dump) bool)) {
	famList := sortedSet(ds, func(d *dump) string { return family(d.renderer) })
	for k := 0; k < evalset.K; k++ {
		for _, fam := range famList {
			cell(k, fam, func(d *dump) bool { return d.page.fold != k && family(d.renderer) != fam })
		}
	}
}

// printTitleCV prints the held-out figures per renderer beside the
// rules' and the best any candidate gives.
func printTitleCV(tds []*titleDump, learned []float64) {
	rules := make([]float64, len(tds))
	oracle := make([]float64, len(tds))
	for i, td := range tds {
		if c := rulesTitle(td); c >= 0 {
			rules[i] = float64(td.y[c])
		}
		for k, v := range td.y {
			if !td.cands[k].Menu {
				oracle[i] = math.Max(oracle[i], float64(v))
			}
		}
	}
	ds := make([]*dump, len(tds))
	for i, td := range tds {
		ds[i] = td.d
	}
	printHeldOut("title exact", ds, learned, rules, oracle)
}

// printHeldOut prints a field's held-out figure per renderer, learned,
// rules and the best any candidate gives, with the paired difference's
// interval over sites.
func printHeldOut(what string, ds []*dump, learned, rules, oracle []float64) {
	rl := sortedSet(ds, func(d *dump) string { return d.renderer })
	fmt.Printf("%s, held out (fold of sites and renderer family), mean over folds\n", what)
	fmt.Printf("%-18s %6s %8s %8s %8s  %s\n", "renderer", "dumps", "learned", "rules", "oracle", "learned - rules [95 % over sites]")
	for _, r := range append(rl, "all") {
		only := func(d *dump) bool { return r == "all" || d.renderer == r }
		lo, hi := pairedInterval(ds, learned, rules, only)
		fmt.Printf("%-18s %6d %8.4f %8.4f %8.4f  %+.4f [%+.4f, %+.4f]\n", r, count(ds, only),
			foldMean(ds, learned, only), foldMean(ds, rules, only), foldMean(ds, oracle, only),
			foldMean(ds, learned, only)-foldMean(ds, rules, only), lo, hi)
	}
}

// sortedSet is the distinct keys of the dumps, sorted.
func sortedSet(ds []*dump, key func(*dump) string) []string {
	seen := map[string]bool{}
	var out []string
	for _, d := range ds {
		if k := key(d); !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func count(ds []*dump, only func(*dump) bool) int {
	n := 0
	for _, d := range ds {
		if only(d) {
			n++
		}
	}
	return n
}

// foldMean is the mean over folds of the per-fold mean of v.
func foldMean(ds []*dump, v []float64, only func(*dump) bool) float64 {
	var sum [evalset.K]float64
	var n [evalset.K]int
	for i, d := range ds {
		if only(d) {
			sum[d.page.fold] += v[i]
			n[d.page.fold]++
		}
	}
	var m float64
	var k int
	for f := range sum {
		if n[f] > 0 {
			m += sum[f] / float64(n[f])
			k++
		}
	}
	if k == 0 {
		return 0
	}
	return m / float64(k)
}

// pairedInterval is the 95 % bootstrap interval, over sites (1,000
// resamples, fixed seed), of the mean of a - b.
func pairedInterval(ds []*dump, a, b []float64, only func(*dump) bool) (float64, float64) {
	bySite := map[string][]int{}
	for i, d := range ds {
		if only(d) {
			bySite[d.page.domain] = append(bySite[d.page.domain], i)
		}
	}
	sites := make([]string, 0, len(bySite))
	for s := range bySite {
		sites = append(sites, s)
	}
	sort.Strings(sites)
	if len(sites) == 0 {
		return 0, 0
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var means []float64
	for range 1000 {
		var sum float64
		var n int
		for range sites {
			for _, i := range bySite[sites[rng.IntN(len(sites))]] {
				sum += a[i] - b[i]
				n++
			}
		}
		means = append(means, sum/float64(max(n, 1)))
	}
	sort.Float64s(means)
	return means[25], means[974]
}

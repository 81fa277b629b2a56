package main

import (
	"fmt"
	"math"
	"os"
	"regexp"
	"slices"
	"strings"

	"github.com/akhbar/akhbar/extract"
	"github.com/akhbar/akhbar/internal/evalset"
	"github.com/akhbar/akhbar/internal/learn"
)

// Experiment: does the block model gain from knowing the page's type
// (article, forum, product, ...), as the HTML block model does? -type
// oracle appends the page's true type (one-hot) to every row, an upper
// bound; -type learned appends the probabilities of a type classifier
// trained on dump-level features, out of fold at every level: a test
// cell's dumps get a classifier trained without its site fold and
// renderer family, its training dumps one trained without their own
// fold too.
var typeMode string

var typeParams = learn.GBDTParams{Trees: 60, Depth: 4, LearningRate: 0.1, MinLeaf: 10, L2: 1, Bins: 64}

func typeIndex(t string) int {
	if i := slices.Index(extract.PageTypes, t); i >= 0 {
		return i
	}
	return 0 // ScrapingHub's pages are news articles
}

var priceRx = regexp.MustCompile(`(?:[$€£₹¥]\s?\d|\d[.,]\d\d\s?(?:€|USD|EUR|GBP|zł|kr)\b|\bRs\.?\s?\d)`)

// Columns of a block's row (clean/dumpfeat.go's order) that the page
// features read.
const (
	colDigits      = 8  // digits per letter
	colLink        = 9  // link share
	colTag         = 10 // 1 list item, 2 and 3 headings
	colDate        = 14 // a date line
	colNumbered    = 15
	colProse       = 16
	colColon       = 17 // ends in a colon
	colLegal       = 19
	colDupes       = 23 // other blocks with its text
	colFingerprint = 39 // the dump's fingerprint, nine values
	colInRule      = 49 // inside the hand-set rules' body
)

// pageFeat is what the dump shows as a whole: its layout (the rows'
// fingerprint) and the shares of its blocks of each kind.
func pageFeat(d *dump) []float32 {
	if len(d.rows) == 0 {
		return nil
	}
	n := float32(len(d.rows))
	f := append([]float32(nil), d.rows[0][colFingerprint:colFingerprint+9]...)
	var prose, link, date, numbered, li, head, short, digits, colon, legal, dupes, price, code, question, long20, inRule float32
	var words, ruleWords, longest, top3 int
	ws := append([]int(nil), d.words...)
	for i, r := range d.rows {
		w := d.words[i]
		words += w
		prose += r[colProse]
		if r[colLink] > 0.5 {
			link++
		}
		date += r[colDate]
		numbered += r[colNumbered]
		switch r[colTag] {
		case 1:
			li++
		case 2, 3:
			head++
		}
		if w <= 5 {
			short++
		}
		if r[colDigits] > 0.3 {
			digits++
		}
		colon += r[colColon]
		legal += r[colLegal]
		if r[colDupes] > 0 {
			dupes++
		}
		t := d.blocks[i].Text
		if priceRx.MatchString(t) {
			price++
		}
		if strings.ContainsAny(t, "{};") && strings.Count(t, "(") > 0 {
			code++
		}
		if strings.HasSuffix(strings.TrimSpace(t), "?") {
			question++
		}
		if w >= 20 {
			long20 += float32(w)
		}
		if r[colInRule] > 0 {
			inRule++
			ruleWords += w
		}
		longest = max(longest, w)
	}
	slices.Sort(ws)
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-3; i-- {
		top3 += ws[i]
	}
	tw := float32(max(words, 1))
	// Runs of three or more blocks of one shape (tag, mostly link or
	// not, length class): a grid of cards, a list of threads.
	shape := func(i int) int {
		r := d.rows[i]
		s := int(r[colTag]) * 16
		if r[colLink] > 0.5 {
			s += 8
		}
		return s + min(int(math.Log2(float64(d.words[i]+1))), 7)
	}
	inRun, run := 0, 1
	for i := 1; i <= len(d.rows); i++ {
		if i < len(d.rows) && shape(i) == shape(i-1) {
			run++
			continue
		}
		if run >= 3 {
			inRun += run
		}
		run = 1
	}
	f = append(f, prose/n, link/n, date/n, numbered/n, li/n, head/n, short/n, digits/n, colon/n, legal/n, dupes/n,
		price/n, float32(math.Log1p(float64(price))), code/n, question/n, long20/tw, inRule/n, float32(ruleWords)/tw,
		float32(longest)/tw, float32(top3)/tw, float32(inRun)/n, float32(math.Log1p(float64(words))))
	return f
}

// typeProbs gives every dump in want the type probabilities of a
// classifier trained on the dumps train accepts.
func typeProbs(dumps []*dump, pf [][]float32, train, want func(*dump) bool, out [][]float32) {
	var X [][]float32
	var labels []int
	var w []float32
	for i, d := range dumps {
		if pf[i] != nil && train(d) {
			X = append(X, pf[i])
			labels = append(labels, typeIndex(d.page.pageType))
			w = append(w, 1)
		}
	}
	m := learn.TrainMulti(X, labels, extract.PageTypes, w, typeParams)
	for i, d := range dumps {
		if pf[i] != nil && want(d) {
			_, ps := m.Predict(pf[i])
			out[i] = make([]float32, len(ps))
			for c, p := range ps {
				out[i][c] = float32(p)
			}
		}
	}
}

// cellTypes returns, for the cell (fold k, family fam), each dump's type
// features: the test cell's from a classifier without fold k and family
// fam, the training dumps' (fold j) from one without folds j and k and
// family fam. Oracle mode gives the true type.
func cellTypes(dumps []*dump, pf [][]float32, k int, fam string) [][]float32 {
	out := make([][]float32, len(dumps))
	if typeMode == "oracle" {
		for i, d := range dumps {
			out[i] = make([]float32, len(extract.PageTypes))
			out[i][typeIndex(d.page.pageType)] = 1
		}
		return out
	}
	typeProbs(dumps, pf,
		func(d *dump) bool { return d.page.fold != k && family(d.renderer) != fam },
		func(d *dump) bool { return d.page.fold == k && family(d.renderer) == fam }, out)
	for j := 0; j < evalset.K; j++ {
		if j == k {
			continue
		}
		typeProbs(dumps, pf,
			func(d *dump) bool { return d.page.fold != k && d.page.fold != j && family(d.renderer) != fam },
			func(d *dump) bool { return d.page.fold == j && family(d.renderer) != fam }, out)
	}
	return out
}

// typeAccuracy prints the held-out accuracy of the type classifier
// (cells of site fold and renderer family), with the confusion counts.
func typeAccuracy(dumps []*dump, pf [][]float32) {
	out := make([][]float32, len(dumps))
	for k := 0; k < evalset.K; k++ {
		for _, fam := range sortedSet(dumps, func(d *dump) string { return family(d.renderer) }) {
			typeProbs(dumps, pf,
				func(d *dump) bool { return d.page.fold != k && family(d.renderer) != fam },
				func(d *dump) bool { return d.page.fold == k && family(d.renderer) == fam }, out)
		}
	}
	conf := map[[2]int]int{}
	right, n := 0, 0
	for i, d := range dumps {
		if out[i] == nil {
			continue
		}
		best := 0
		for c, p := range out[i] {
			if p > out[i][best] {
				best = c
			}
		}
		t := typeIndex(d.page.pageType)
		conf[[2]int{t, best}]++
		n++
		if best == t {
			right++
		}
	}
	fmt.Fprintf(os.Stderr, "dump page type accuracy %.3f (%d dumps)\n", float64(right)/float64(max(n, 1)), n)
	for t, name := range extract.PageTypes {
		var b strings.Builder
		for c := range extract.PageTypes {
			fmt.Fprintf(&b, " %5d", conf[[2]int{t, c}])
		}
		fmt.Fprintf(os.Stderr, "%-14s%s\n", name, b.String())
	}
}

func pageFeats(dumps []*dump) [][]float32 {
	pf := make([][]float32, len(dumps))
	for i, d := range dumps {
		pf[i] = pageFeat(d)
	}
	return pf
}

func withExtra(row, extra []float32) []float32 {
	if extra == nil {
		return row
	}
	return append(slices.Clip(row), extra...)
}

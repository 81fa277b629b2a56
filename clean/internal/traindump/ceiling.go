package main

import (
	"fmt"
	"math"
	"os"
	"strings"

	"github.com/akhbar/akhbar/clean"
)

// runCeiling prints, per renderer and per page type, how far the held-out
// body F1 stands from what the design could give: the learned model's
// probabilities through clean's body search; each block's label (is most
// of it in the gold?) given as its probability, through the same search;
// and every labelled block taken, with no search at all. The first gap is
// the block model's, the second the search's (one segment and the rules
// around it), and the last figure the most that blocks labelled this way
// can score: a target above it needs another unit than the dump's blocks.
func runCeiling(dumps []*dump, probs [][]float64, p clean.DumpModel) {
	learned, oracle, perfect := ceilings(dumps, probs, p)
	scored := map[*dump]bool{}
	for i, d := range dumps {
		scored[d] = !math.IsNaN(learned[i]) && !math.IsNaN(oracle[i])
	}
	fmt.Printf("%-26s %6s %8s %14s %18s\n", "dumps", "n", "learned", "labels, search", "labels, no search")
	row := func(name string, keep func(*dump) bool) {
		only := func(d *dump) bool { return scored[d] && keep(d) }
		fmt.Printf("%-26s %6d %8.4f %14.4f %18.4f\n", name, count(dumps, only),
			foldMean(dumps, learned, only), foldMean(dumps, oracle, only), foldMean(dumps, perfect, only))
	}
	row("all", func(*dump) bool { return true })
	for _, r := range sortedSet(dumps, func(d *dump) string { return d.renderer }) {
		row("renderer "+r, func(d *dump) bool { return d.renderer == r })
	}
	for _, t := range sortedSet(dumps, func(d *dump) string { return d.page.pageType }) {
		row("type "+t, func(d *dump) bool { return d.page.pageType == t })
	}
	fmt.Fprintln(os.Stderr, "figures: mean over site folds of the per-dump body F1")
}

// ceilings is each dump's body F1 the three ways runCeiling prints (NaN
// for a dump without held-out probabilities).
func ceilings(dumps []*dump, probs [][]float64, p clean.DumpModel) (learned, oracle, perfect []float64) {
	labels := make([][]float64, len(dumps))
	for i, d := range dumps {
		if probs[i] == nil {
			continue
		}
		labels[i] = make([]float64, len(d.y))
		for j, v := range d.y {
			labels[i][j] = float64(v)
		}
	}
	learned = dumpF1(dumps, probs, &p, nil)
	oracle = dumpF1(dumps, labels, &p, nil)
	perfect = make([]float64, len(dumps))
	for i, d := range dumps {
		perfect[i] = math.NaN()
		if probs[i] == nil {
			continue
		}
		var b strings.Builder
		for j, bl := range d.blocks {
			if d.y[j] > 0 {
				b.WriteString(bl.Text)
				b.WriteByte('\n')
			}
		}
		perfect[i] = bodyF1(d.page.gold, b.String())
	}
	return learned, oracle, perfect
}

package main

// What the byline and date pickers' trainers share: each dump's
// candidates for the field, how well each gives the page's truth, the
// softmax ranker over them and "none", and the held-out figures per
// (site fold, renderer family) cell.

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/internal/learn"
	"github.com/akhbar/akhbar/meta"
	"github.com/akhbar/akhbar/pipeline"
)

// choice is one dump's candidates for a field: their feature rows, each
// one's score against the truth (none's when the page names nothing),
// and which one the rules read (-1: none). The model is not trained on
// the candidates skip marks (ones its picker never takes), nor on the
// dump at all when fixed (the rules' reading stands there).
type choice struct {
	d     *dump
	rows  [][]float32
	score []float64
	none  float64
	rules int
	skip  []bool
	fixed bool
}

// scoreOf is the score of the candidate k (-1: none).
func (c *choice) scoreOf(k int) float64 {
	if k < 0 {
		return c.none
	}
	return c.score[k]
}

func (c *choice) skipped(k int) bool { return c.skip != nil && c.skip[k] }

// trainChoice fits the ranker on the choices keep accepts: a softmax
// over each dump's candidates and none. A candidate scoring at least good
// is a right answer, the right ones sharing the dump's unit by score; a
// page that names nothing teaches none; one whose truth no candidate
// gives teaches nothing (every answer scores the same there).
func trainChoice(cs []*choice, keep func(*choice) bool, good float64, p learn.GBDTParams) *learn.GBDT {
	var X [][]float32
	var y, w []float32
	var group []int32
	g := int32(0)
	for _, c := range cs {
		if !keep(c) || len(c.rows) == 0 || c.fixed {
			continue
		}
		right := 0.0
		for k, s := range c.score {
			if s >= good && !c.skipped(k) {
				right += s
			}
		}
		if right == 0 && c.none < 1 {
			continue
		}
		for k, row := range c.rows {
			if c.skipped(k) {
				continue
			}
			X = append(X, row)
			v := float32(0)
			if right > 0 && c.score[k] >= good {
				v = float32(c.score[k] / right)
			}
			y = append(y, v)
			w = append(w, 1)
			group = append(group, g)
		}
		g++
	}
	return learn.TrainGBDTGroups(X, y, w, group, p)
}

// cellTitles loads, one goroutine, the headline picker each dump with a
// truth is read with: the one its cell was trained without, in the
// -title-folds folder titleDir (nil everywhere when it is "").
func cellTitles(dumps []*dump, probs [][]float64, truths map[string]string, titleDir string) []*clean.TitleModel {
	models := map[string]*clean.TitleModel{}
	out := make([]*clean.TitleModel, len(dumps))
	for i, d := range dumps {
		if _, ok := truths[d.page.id]; !ok || probs[i] == nil || titleDir == "" {
			continue
		}
		cell := fmt.Sprintf("%d-%s", d.page.fold, family(d.renderer))
		m, ok := models[cell]
		if !ok {
			raw, err := os.ReadFile(filepath.Join(titleDir, cell, clean.TitleModelFile))
			check(err)
			m, err = clean.ParseTitleModel(raw)
			check(err)
			models[cell] = m
		}
		out[i] = m
	}
	return out
}

// gatherRead is gather over the dumps read as an unseen page is: with
// their held-out block probabilities and the headline picker of their
// cell (cellTitles), then meta's gallery marks; f reads the candidates
// of the document.
func gatherRead[T any](dumps []*dump, probs [][]float64, truths map[string]string, p clean.DumpModel, titleDir string, f func(d *dump, pd *pipeline.Doc, truth string) *T) []*T {
	tms := cellTitles(dumps, probs, truths, titleDir)
	return gather(dumps, probs, truths, func(i int, d *dump, t string) *T {
		m := p
		pd := d.doc()
		clean.ClassifyDumpWith(pd, &m, probs[i], now, tms[i])
		meta.MarkGallery(pd)
		return f(d, pd, t)
	})
}

// picker is what runPicker needs of a field's model.
type picker interface{ MarshalBinary() ([]byte, error) }

// runPicker prints the held-out figure of a picker per renderer beside
// the rules' and the best any candidate gives (cv), writes one model per
// held-out cell into foldsDir, and one trained on every dump into out.
// fit trains a model on the choices keep accepts; pick is the candidate
// a model takes on the choice i (-1: none).
func runPicker[M picker](what, file string, cs []*choice, fit func(keep func(*choice) bool) M, pick func(m M, i int) int, cv bool, out, foldsDir string) {
	ds := make([]*dump, len(cs))
	for i, c := range cs {
		ds[i] = c.d
	}
	if cv || foldsDir != "" {
		learned := make([]float64, len(cs))
		forCells(ds, func(k int, fam string, train func(*dump) bool) {
			m := fit(func(c *choice) bool { return train(c.d) })
			if foldsDir != "" {
				writeModel(m, filepath.Join(foldsDir, fmt.Sprintf("%d-%s", k, fam)), file)
			}
			for i, c := range cs {
				if c.d.page.fold == k && family(c.d.renderer) == fam {
					learned[i] = c.scoreOf(pick(m, i))
				}
			}
		})
		if cv {
			rules := make([]float64, len(cs))
			oracle := make([]float64, len(cs))
			for i, c := range cs {
				rules[i] = c.scoreOf(c.rules)
				oracle[i] = c.none
				for _, s := range c.score {
					oracle[i] = max(oracle[i], s)
				}
			}
			printHeldOut(what, ds, learned, rules, oracle)
		}
	}
	if out != "" {
		writeModel(fit(func(*choice) bool { return true }), out, file)
	}
}

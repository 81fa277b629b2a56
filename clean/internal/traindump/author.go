package main

// The byline picker of text dumps (meta/authormodel.go): trained on the
// dump set's pages that have an author truth, with the candidates each
// dump gives when read as an unseen page is: its held-out block
// probabilities (the -probs file of a -cv run) and the headline picker
// its cell was trained without (the -title-folds models).

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/internal/evalset"
	"github.com/akhbar/akhbar/internal/learn"
	"github.com/akhbar/akhbar/meta"
)

var authorParams = learn.GBDTParams{Trees: 150, Depth: 4, LearningRate: 0.1, MinLeaf: 5, L2: 1, Bins: 64}

// authorDump is one dump's author candidates and how well each gives the
// truth (the scorer's token F1); none is the F1 of naming no author.
type authorDump struct {
	d     *dump
	cands []meta.AuthorCandidate
	f1    []float64
	none  float64
}

// loadAuthors reads the author truths of the set's pages ("" where the
// page names none).
func loadAuthors(dir string) (map[string]string, error) {
	out := map[string]string{}
	err := eachMerged(dir, func(r mergedPage) error {
		if len(r.Author) == 0 || string(r.Author) == "null" {
			return nil
		}
		var s string
		var list []string
		if json.Unmarshal(r.Author, &s) != nil {
			if err := json.Unmarshal(r.Author, &list); err != nil {
				return fmt.Errorf("author: %w", err)
			}
			s = strings.Join(list, "; ")
		}
		out[r.ID] = s
		return nil
	})
	return out, err
}

// authorDumps gathers the candidates of every dump with an author truth.
func authorDumps(dumps []*dump, probs [][]float64, truths map[string]string, p clean.DumpModel, titleDir string) []*authorDump {
	titleModels := map[string]*clean.TitleModel{}
	titleOf := func(d *dump) *clean.TitleModel {
		if titleDir == "" {
			return nil
		}
		cell := fmt.Sprintf("%d-%s", d.page.fold, family(d.renderer))
		if m, ok := titleModels[cell]; ok {
			return m
		}
		raw, err := os.ReadFile(filepath.Join(titleDir, cell, clean.TitleModelFile))
		check(err)
		m, err := clean.ParseTitleModel(raw)
		check(err)
		titleModels[cell] = m
		return m
	}
	// The cells' pickers are loaded here, one goroutine, before the
	// candidates are read two at a time.
	tms := make([]*clean.TitleModel, len(dumps))
	for i, d := range dumps {
		if _, ok := truths[d.page.id]; ok && probs[i] != nil {
			tms[i] = titleOf(d)
		}
	}
	return gather(dumps, probs, truths, func(i int, d *dump, t string) *authorDump {
		m := p
		pd := d.doc()
		clean.ClassifyDumpWith(pd, &m, probs[i], now, tms[i])
		meta.MarkGallery(pd)
		ad := &authorDump{d: d, cands: meta.AuthorCandidates(pd, meta.Options{Now: now}), none: evalset.TokenF1(t, "")}
		for _, c := range ad.cands {
			ad.f1 = append(ad.f1, evalset.TokenF1(t, strings.Join(c.Names, "; ")))
		}
		return ad
	})
}

// authorOverride is how sure the model must be of another candidate to
// replace the rules' reading. Held out on the dump set (author token F1,
// all renderers, against the rules' 0.587): no such bar 0.655, 0.8
// 0.651; the rules' reading kept whenever there is one 0.622. The bar
// costs little there and keeps the readings of layouts the set has few
// of (the scheduled languages' bylines and agencies) from being taken
// for a site's name.
var authorOverride = 0.8

// goodAuthor is the F1 a candidate needs to count as a right answer in
// training.
const goodAuthor = 0.5

// trainAuthor fits the ranker on the dumps keep accepts: a softmax over
// each dump's candidates and none. A page that names no author teaches
// none; one whose author no candidate gives teaches nothing (every
// answer scores the same there).
func trainAuthor(ads []*authorDump, keep func(*authorDump) bool) *meta.AuthorModel {
	var X [][]float32
	var y, w []float32
	var group []int32
	g := int32(0)
	for _, ad := range ads {
		if !keep(ad) || len(ad.cands) == 0 {
			continue
		}
		right := 0.0
		for _, f := range ad.f1 {
			if f >= goodAuthor {
				right += f
			}
		}
		if right == 0 && ad.none < 1 {
			continue
		}
		for k, c := range ad.cands {
			X = append(X, c.Row)
			v := float32(0)
			if right > 0 && ad.f1[k] >= goodAuthor {
				v = float32(ad.f1[k] / right)
			}
			y = append(y, v)
			w = append(w, 1)
			group = append(group, g)
		}
		g++
	}
	return &meta.AuthorModel{Trees: learn.TrainGBDTGroups(X, y, w, group, authorParams), Min: 0.5, Override: authorOverride}
}

// authorScore is the F1 of the candidate k (-1: none).
func (ad *authorDump) score(k int) float64 {
	if k < 0 {
		return ad.none
	}
	return ad.f1[k]
}

func (ad *authorDump) rules() int {
	for k, c := range ad.cands {
		if c.Rules {
			return k
		}
	}
	return -1
}

// runAuthor prints the held-out author F1 per renderer, learned and
// rules, and writes the models as runTitle does.
func runAuthor(dumps []*dump, probs [][]float64, truths map[string]string, p clean.DumpModel, titleDir string, cv bool, out, foldsDir string) {
	ads := authorDumps(dumps, probs, truths, p, titleDir)
	fmt.Fprintf(os.Stderr, "%d dumps with an author truth\n", len(ads))
	ds := make([]*dump, len(ads))
	for i, ad := range ads {
		ds[i] = ad.d
	}
	if cv || foldsDir != "" {
		learned := make([]float64, len(ads))
		forCells(ds, func(k int, fam string, train func(*dump) bool) {
			m := trainAuthor(ads, func(ad *authorDump) bool { return train(ad.d) })
			if foldsDir != "" {
				writeModel(m, filepath.Join(foldsDir, fmt.Sprintf("%d-%s", k, fam)), meta.AuthorModelFile)
			}
			for i, ad := range ads {
				if ad.d.page.fold == k && family(ad.d.renderer) == fam {
					learned[i] = ad.score(m.Choose(ad.cands))
				}
			}
		})
		if cv {
			rules := make([]float64, len(ads))
			oracle := make([]float64, len(ads))
			for i, ad := range ads {
				rules[i] = ad.score(ad.rules())
				oracle[i] = ad.none
				for _, f := range ad.f1 {
					oracle[i] = max(oracle[i], f)
				}
			}
			printHeldOut("author token F1", ds, learned, rules, oracle)
		}
	}
	if out != "" {
		writeModel(trainAuthor(ads, func(*authorDump) bool { return true }), out, meta.AuthorModelFile)
	}
}

func writeModel(m interface{ MarshalBinary() ([]byte, error) }, dir, name string) {
	raw, err := m.MarshalBinary()
	check(err)
	check(os.MkdirAll(dir, 0o755))
	check(os.WriteFile(filepath.Join(dir, name), raw, 0o644))
	fmt.Fprintf(os.Stderr, "wrote %s (%d bytes)\n", filepath.Join(dir, name), len(raw))
}

package main

// The publication-date picker of text dumps (meta/datemodel.go): trained
// on the dump set's pages that have a date truth, with the candidates
// each dump gives when read as an unseen page is (as the byline
// picker's: held-out block probabilities and headline pickers).

import (
	"fmt"
	"os"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/internal/learn"
	"github.com/akhbar/akhbar/meta"
	"github.com/akhbar/akhbar/pipeline"
)

var dateParams = learn.GBDTParams{Trees: 150, Depth: 4, LearningRate: 0.1, MinLeaf: 5, L2: 1, Bins: 64}

// dateOverride is how sure the date picker must be of another day, or
// that the page shows none, to overrule the rules' day: no surer than
// it must be of any day. Held out on the dump set (publication day, all
// renderers, against the rules' 0.696): 0.5 0.750, 0.65 0.743, 0.8
// 0.736. The byline picker keeps a bar for the layouts its set has few
// of; here the scheduled languages' pages keep every date without one
// (steps/testdata), and an age, the form the set cannot teach, stands
// anyway (meta.DateCandidate).
var dateOverride = 0.5

// dateDump is one dump's publication-day candidates, scored as the
// scorer does: 1 for the truth's day, else 0.
type dateDump struct {
	choice
	cands []meta.DateCandidate
}

// loadDates reads the date truths of the set's pages: the day, or ""
// where the page shows no publication date; a page with no truth is not
// read.
func loadDates(dir string) (map[string]string, error) {
	out := map[string]string{}
	err := eachMerged(dir, func(r mergedPage) error {
		if r.Date != nil {
			out[r.ID] = (*r.Date)[:min(len(*r.Date), 10)]
		}
		return nil
	})
	return out, err
}

// dateDumps gathers the candidates of every dump with a date truth.
func dateDumps(dumps []*dump, probs [][]float64, truths map[string]string, p clean.DumpModel, titleDir string) []*dateDump {
	return gatherRead(dumps, probs, truths, p, titleDir, func(d *dump, pd *pipeline.Doc, t string) *dateDump {
		dd := &dateDump{choice: choice{d: d, none: b2f(t == ""), rules: -1}, cands: meta.DateCandidates(pd, meta.Options{Now: now})}
		for k, c := range dd.cands {
			dd.rows = append(dd.rows, c.Row)
			dd.score = append(dd.score, b2f(t != "" && c.Day == t))
			dd.skip = append(dd.skip, c.Relative)
			if c.Rules {
				dd.rules = k
				dd.fixed = c.Relative
			}
		}
		return dd
	})
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// runDate prints the held-out date accuracy per renderer, learned and
// rules, and writes the models as runPicker does.
func runDate(dumps []*dump, probs [][]float64, truths map[string]string, p clean.DumpModel, titleDir string, cv bool, out, foldsDir string) {
	dds := dateDumps(dumps, probs, truths, p, titleDir)
	fmt.Fprintf(os.Stderr, "%d dumps with a date truth\n", len(dds))
	cs := make([]*choice, len(dds))
	for i, dd := range dds {
		cs[i] = &dd.choice
	}
	fit := func(keep func(*choice) bool) *meta.DateModel {
		return &meta.DateModel{Picker: meta.Picker{Trees: trainChoice(cs, keep, 1, dateParams), Min: 0.5, Override: dateOverride}}
	}
	pick := func(m *meta.DateModel, i int) int { return m.Choose(dds[i].cands) }
	runPicker("publication day", meta.DateModelFile, cs, fit, pick, cv, out, foldsDir)
}

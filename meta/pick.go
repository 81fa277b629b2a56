package meta

import (
	"github.com/akhbar/akhbar/internal/learn"
	"github.com/akhbar/akhbar/internal/modelfile"
	"github.com/akhbar/akhbar/pipeline"
)

// What the learned pickers of text dumps (authors, publication date)
// share: their file, the decision from their candidates' probabilities,
// and where the body starts.

// Picker is a learned picker: boosted trees that score each candidate,
// and the bars choose reads.
type Picker struct {
	Trees    *learn.GBDT `json:"-"`
	Min      float64     `json:"min"`
	Override float64     `json:"override"`
}

// marshal writes the picker's file: the magic line, Min and Override as
// one JSON line, then the trees (modelfile.MarshalTrees).
func (m *Picker) marshal(magic string) ([]byte, error) {
	return modelfile.MarshalTrees(magic, m, m.Trees)
}

// parse reads what marshal wrote; what names the model in errors, and
// the trees must read nFeat features.
func (m *Picker) parse(data []byte, magic, what string, nFeat int) error {
	trees, err := modelfile.ParseTrees(data, magic, what, m, nFeat)
	if err != nil {
		return err
	}
	m.Trees = trees
	return nil
}

// chooseAmong is the picker's choice among n candidates; cand gives the
// k-th one's features, whether it is the rules' reading, and whether
// the model judges it. One it does not judge is never taken, unless it
// is the rules' reading: then that stands.
func (m *Picker) chooseAmong(n int, cand func(k int) (row []float32, rules, judged bool)) int {
	p := make([]float64, n)
	rules := -1
	for k := range n {
		row, isRules, judged := cand(k)
		if !judged {
			if isRules {
				return k
			}
			p[k] = -1 // never chosen
			continue
		}
		p[k] = m.Trees.Predict(row)
		if isRules {
			rules = k
		}
	}
	return choose(p, rules, m.Min, m.Override)
}

// choose is the pickers' decision from their candidates' probabilities
// p: the best when it scores at least min and the rules read nothing;
// against the rules' reading (rules ≥ 0), another only at override and
// none only when the rules' reading scores under 1-override, as sure
// that it is wrong as it must be that another is right.
func choose(p []float64, rules int, min, override float64) int {
	best, bestP := -1, -1.0
	for k, v := range p {
		if v > bestP {
			best, bestP = k, v
		}
	}
	switch {
	case rules < 0 && bestP < min:
		return -1
	case rules < 0 || best != rules && bestP >= override:
		return best
	case p[rules] < 1-override:
		return -1
	}
	return rules
}

// bodyIndex is the index of the body's first block, or len(blocks).
func bodyIndex(blocks []pipeline.Block) int {
	if b := firstBody(blocks); b != nil {
		return indexOf(blocks, b)
	}
	return len(blocks)
}

// indexOf is the index of the block b points to in blocks.
func indexOf(blocks []pipeline.Block, b *pipeline.Block) int {
	for i := range blocks {
		if &blocks[i] == b {
			return i
		}
	}
	return -1
}

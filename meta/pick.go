package meta

import "github.com/akhbar/akhbar/pipeline"

// What the learned pickers of text dumps (authors, publication date)
// share: where the body starts, and the decision from their candidates'
// probabilities.

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

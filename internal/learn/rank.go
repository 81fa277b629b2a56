package learn

import "math"

// TrainGBDTGroups fits a model that ranks the rows of each group against
// each other and against "none of them": a softmax over the group's
// margins and a fixed margin of 0 that stands for none, so that
// Predict's probability is above one half exactly when a row beats none.
// Rows group[i] are contiguous per group; y[i] is the share of the
// group's right answer row i holds (the group's ys sum to at most 1, the
// rest being none's), and w[i] the group's weight (read from its first
// row; nil: 1).
//
// It is what a choice among a page's candidates wants where the
// pointwise TrainGBDT learns each candidate alone: that a candidate is
// good is a fact about the page's other candidates too, and a page
// whose right answer is none is then one example, not one negative per
// candidate.
func TrainGBDTGroups(X [][]float32, y, w []float32, group []int32, p GBDTParams) *GBDT {
	n := len(X)
	if n == 0 {
		return &GBDT{}
	}
	m := &GBDT{NFeat: len(X[0])}
	cuts, bins := binFeatures(X, p.Bins)
	// starts are the groups' first rows, and n at the end.
	var starts []int
	for i := 0; i < n; i++ {
		if i == 0 || group[i] != group[i-1] {
			starts = append(starts, i)
		}
	}
	starts = append(starts, n)
	margin := make([]float64, n)
	g := make([]float64, n)
	h := make([]float64, n)
	idx := make([]int32, n)
	for t := 0; t < p.Trees; t++ {
		for k := 0; k+1 < len(starts); k++ {
			a, b := starts[k], starts[k+1]
			wt := 1.0
			if w != nil {
				wt = float64(w[a])
			}
			// The softmax with none's margin 0, shifted by the largest
			// margin so that no exponential overflows.
			hi := 0.0
			for i := a; i < b; i++ {
				hi = math.Max(hi, margin[i])
			}
			sum := math.Exp(-hi)
			for i := a; i < b; i++ {
				sum += math.Exp(margin[i] - hi)
			}
			for i := a; i < b; i++ {
				pr := math.Exp(margin[i]-hi) / sum
				g[i] = wt * (pr - float64(y[i]))
				h[i] = wt * math.Max(pr*(1-pr), 1e-6)
				idx[i] = int32(i)
			}
		}
		m.addTree(bins, cuts, g, h, idx, margin, p)
	}
	return m
}

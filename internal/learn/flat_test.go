package learn

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestFlatMargin checks the flat layout against following the trees'
// links, bit for bit, on rows that hit thresholds exactly, NaN and
// infinities, for trees of uneven depth.
func TestFlatMargin(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var X [][]float32
	var y []float32
	for i := 0; i < 600; i++ {
		row := make([]float32, 6)
		for j := range row {
			row[j] = float32(rng.IntN(20)) / 4
		}
		X = append(X, row)
		if row[0]+row[1]*row[2] > 6 || row[5] < 0.5 {
			y = append(y, 1)
		} else {
			y = append(y, 0)
		}
	}
	for k, depth := range []int{1, 3, 5, 6} {
		// 40 trees are walked eight at a time; 47 also four and one.
		trees := []int{40, 47, 47, 40}[k]
		raw, _ := TrainGBDT(X, y, nil, GBDTParams{Trees: trees, Depth: depth, LearningRate: 0.2, MinLeaf: 20, L2: 1, Bins: 16}).MarshalBinary()
		var m GBDT
		if err := m.UnmarshalBinary(raw); err != nil {
			t.Fatal(err)
		}
		if m.flat == nil {
			t.Fatalf("depth %d: no flat layout", depth)
		}
		specials := []float32{float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)), 0, 2.5}
		for i := 0; i < 3000; i++ {
			x := append([]float32(nil), X[i%len(X)]...)
			for j := range x {
				switch rng.IntN(6) {
				case 0:
					x[j] = specials[rng.IntN(len(specials))]
				case 1:
					x[j] = rng.Float32() * 6
				}
			}
			if got, want := m.Margin(x), m.walkMargin(x); math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("depth %d, x %v: flat margin %v, walked %v", depth, x, got, want)
			}
		}
	}
}

package learn

import (
	"bytes"
	"testing"
)

// rankData are groups of three rows. In a group with an answer the
// right row has feature 0 set while a decoy has feature 1 set and the
// others neither; a group whose answer is none has feature 2 set on every
// row (a page-level sign) and a decoy too.
func rankData(n int) (X [][]float32, y []float32, group []int32) {
	for g := 0; g < n; g++ {
		none := g%3 == 0
		right := g % 3 // the row holding the answer
		for r := 0; r < 3; r++ {
			x := []float32{0, 0, 0, float32(g%5) / 4}
			lab := float32(0)
			switch {
			case none && r == 1:
				x[1], x[2] = 1, 1
			case none:
				x[2] = 1
			case r == right:
				x[0] = 1
				lab = 1
			case r == (right+1)%3:
				x[1] = 1
			}
			X, y, group = append(X, x), append(y, lab), append(group, int32(g))
		}
	}
	return X, y, group
}

func TestGBDTGroupsRanksAndSaysNone(t *testing.T) {
	X, y, group := rankData(90)
	p := GBDTParams{Trees: 40, Depth: 3, LearningRate: 0.3, MinLeaf: 1, L2: 1, Bins: 16}
	m := TrainGBDTGroups(X, y, nil, group, p)
	for _, tc := range []struct {
		name string
		x    []float32
		over bool // scores above one half: beats none
	}{
		{"the right row", []float32{1, 0, 0, 0.5}, true},
		{"a decoy", []float32{0, 1, 0, 0.5}, false},
		{"a plain row", []float32{0, 0, 0, 0.5}, false},
		{"a row of a page without answer", []float32{0, 0, 1, 0.5}, false},
		{"a decoy of a page without answer", []float32{0, 1, 1, 0.5}, false},
	} {
		if got := m.Predict(tc.x) > 0.5; got != tc.over {
			t.Errorf("%s: %.3f", tc.name, m.Predict(tc.x))
		}
	}
	a, _ := m.MarshalBinary()
	b, _ := TrainGBDTGroups(X, y, nil, group, p).MarshalBinary()
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same groups differ")
	}
}

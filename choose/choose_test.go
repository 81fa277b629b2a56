package choose

import (
	"testing"

	"github.com/akhbar/akhbar/extract/candidate"
	"github.com/akhbar/akhbar/internal/learn"
)

// tiny trains a model that scores a candidate by its first feature.
func tiny(nfeat int, threshold float64) *Model {
	var X [][]float32
	var y []float32
	for i := 0; i < 40; i++ {
		x := make([]float32, nfeat)
		x[0] = float32(i % 2)
		X = append(X, x)
		y = append(y, float32(i%2))
	}
	p := learn.DefaultGBDT
	p.Trees, p.Depth = 10, 2
	return &Model{GBDT: learn.TrainGBDT(X, y, nil, p), Threshold: threshold, NFeat: nfeat}
}

func TestPick(t *testing.T) {
	cand := func(x0 float32) candidate.Candidate { return candidate.Candidate{Features: []float32{x0, 0}} }
	tests := []struct {
		name      string
		threshold float64
		xs        []float32
		want      int
	}{
		{"the better one", 0, []float32{0, 1, 0}, 1},
		{"ties keep the first", 0, []float32{1, 1}, 0},
		{"none below the threshold", 0.9, []float32{0, 0}, -1},
		{"no candidates", 0, nil, -1},
	}
	for _, tc := range tests {
		m := tiny(2, tc.threshold)
		var cs []candidate.Candidate
		for _, x := range tc.xs {
			cs = append(cs, cand(x))
		}
		if got := Pick(m, cs); got != tc.want {
			t.Errorf("%s: %d, want %d", tc.name, got, tc.want)
		}
	}
}

func TestModelRoundTrip(t *testing.T) {
	m := tiny(3, 0.25)
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Model
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if back.Threshold != 0.25 || back.NFeat != 3 {
		t.Errorf("threshold %v nfeat %d", back.Threshold, back.NFeat)
	}
	x := []float32{1, 0, 0}
	if back.GBDT.Predict(x) != m.GBDT.Predict(x) {
		t.Error("scores differ after a round trip")
	}
	for _, bad := range [][]byte{nil, []byte("x"), b[:len(magic)+5], append(append([]byte{}, b[:len(magic)+12]...), 1, 2)} {
		if (&Model{}).UnmarshalBinary(bad) == nil {
			t.Errorf("%q read without error", bad)
		}
	}
}

func FuzzModel(f *testing.F) {
	b, _ := tiny(2, 0.5).MarshalBinary()
	f.Add(b)
	f.Add([]byte("akhbar-choose-1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var m Model
		if m.UnmarshalBinary(data) == nil {
			m.GBDT.Predict(make([]float32, m.NFeat))
		}
	})
}

func TestApplyWithoutModelKeepsRule(t *testing.T) {
	var s candidate.Set
	s.Add(candidate.Author, candidate.Candidate{Value: "A", Sources: []string{"meta"}})
	s.Add(candidate.Author, candidate.Candidate{Value: "B", Sources: []string{"rule"}})
	loadOnce.Do(func() {}) // as when no model is embedded
	saved := models
	defer func() { models = saved }()
	models = [candidate.NFields]*Model{}
	Apply(&s)
	if s.Chosen[candidate.Author] != 1 || s.Chosen[candidate.Title] != -1 {
		t.Errorf("chosen %v, want the rule's pick", s.Chosen)
	}
}

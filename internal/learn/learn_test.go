package learn

import (
	"bytes"
	"math"
	"testing"
)

// xorData is not linearly separable: trees must learn it, a linear model
// cannot.
func xorData(n int) ([][]float32, []float32) {
	var X [][]float32
	var y []float32
	for i := 0; i < n; i++ {
		a := float32(i%7) / 6
		b := float32((i/7)%5) / 4
		noise := float32(i%3) / 10
		X = append(X, []float32{a, b, noise})
		if (a > 0.5) != (b > 0.5) {
			y = append(y, 1)
		} else {
			y = append(y, 0)
		}
	}
	return X, y
}

func accuracy(pred func([]float32) float64, X [][]float32, y []float32) float64 {
	ok := 0
	for i := range X {
		if (pred(X[i]) > 0.5) == (y[i] == 1) {
			ok++
		}
	}
	return float64(ok) / float64(len(X))
}

func TestGBDTLearnsXor(t *testing.T) {
	X, y := xorData(700)
	m := TrainGBDT(X, y, nil, GBDTParams{Trees: 30, Depth: 3, LearningRate: 0.3, MinLeaf: 1, L2: 1, Bins: 32})
	if a := accuracy(m.Predict, X, y); a < 0.99 {
		t.Fatalf("accuracy %.3f on xor", a)
	}
	if l := TrainLogistic(X, y, nil, 1, 20); accuracy(l.Predict, X, y) > 0.8 {
		t.Fatalf("a linear model should not fit xor")
	}
}

// Training twice writes the same bytes, and the bytes read back predict
// what the trained model predicts.
func TestGBDTReproducibleRoundTrip(t *testing.T) {
	X, y := xorData(500)
	p := GBDTParams{Trees: 20, Depth: 4, LearningRate: 0.2, MinLeaf: 1, L2: 1, Bins: 16}
	a, _ := TrainGBDT(X, y, nil, p).MarshalBinary()
	b, _ := TrainGBDT(X, y, nil, p).MarshalBinary()
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same data differ")
	}
	m := TrainGBDT(X, y, nil, p)
	var r GBDT
	if err := r.UnmarshalBinary(a); err != nil {
		t.Fatal(err)
	}
	for i := range X {
		if math.Abs(m.Predict(X[i])-r.Predict(X[i])) > 1e-6 {
			t.Fatalf("row %d: %v vs %v after the round trip", i, m.Predict(X[i]), r.Predict(X[i]))
		}
	}
	for _, bad := range [][]byte{nil, []byte("junk"), a[:len(a)-3], append(append([]byte{}, a...), 0)} {
		if err := new(GBDT).UnmarshalBinary(bad); err == nil {
			t.Errorf("%d bytes of junk read as a model", len(bad))
		}
	}
}

func TestLogisticSeparable(t *testing.T) {
	var X [][]float32
	var y []float32
	for i := 0; i < 200; i++ {
		v := float32(i) / 200
		X = append(X, []float32{v, 5})
		if v > 0.3 {
			y = append(y, 1)
		} else {
			y = append(y, 0)
		}
	}
	m := TrainLogistic(X, y, nil, 0.01, 30)
	if a := accuracy(m.Predict, X, y); a < 0.97 {
		t.Fatalf("accuracy %.3f", a)
	}
}

func TestMultiRoundTrip(t *testing.T) {
	X, y := xorData(300)
	labels := make([]int, len(y))
	for i := range y {
		labels[i] = int(y[i])
		if X[i][2] > 0.15 {
			labels[i] = 2
		}
	}
	m := TrainMulti(X, labels, []string{"a", "b", "c"}, nil, GBDTParams{Trees: 20, Depth: 3, LearningRate: 0.3, MinLeaf: 1, L2: 1, Bins: 16})
	raw, _ := m.MarshalBinary()
	var r Multi
	if err := r.UnmarshalBinary(raw); err != nil {
		t.Fatal(err)
	}
	ok := 0
	for i := range X {
		c, _ := r.Predict(X[i])
		if c == labels[i] {
			ok++
		}
	}
	if float64(ok)/float64(len(X)) < 0.95 {
		t.Fatalf("multi accuracy %d/%d", ok, len(X))
	}
}

func FuzzGBDTUnmarshal(f *testing.F) {
	X, y := xorData(100)
	raw, _ := TrainGBDT(X, y, nil, GBDTParams{Trees: 3, Depth: 2, LearningRate: 0.3, MinLeaf: 1, L2: 1, Bins: 8}).MarshalBinary()
	f.Add(raw)
	f.Fuzz(func(t *testing.T, data []byte) {
		var m GBDT
		if m.UnmarshalBinary(data) == nil && m.NFeat >= 0 {
			x := make([]float32, m.NFeat)
			m.Predict(x)
			// The flat layout agrees with the links on any model read.
			for i := range x {
				x[i] = float32(int(data[i%len(data)])-128) / 16
				if data[i%len(data)] == 0xff {
					x[i] = float32(math.NaN())
				}
			}
			if a, b := m.Margin(x), m.walkMargin(x); math.Float64bits(a) != math.Float64bits(b) && !(math.IsNaN(a) && math.IsNaN(b)) {
				t.Fatalf("flat margin %v, walked %v", a, b)
			}
		}
	})
}

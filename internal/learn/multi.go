package learn

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
)

// Multi is a one-vs-rest classifier: one boosted model per class, the
// class with the highest probability wins.
type Multi struct {
	Classes []string
	Models  []*GBDT
}

// TrainMulti fits one model per class; labels index classes.
func TrainMulti(X [][]float32, labels []int, classes []string, w []float32, p GBDTParams) *Multi {
	m := &Multi{Classes: classes}
	y := make([]float32, len(labels))
	for c := range classes {
		for i, l := range labels {
			y[i] = 0
			if l == c {
				y[i] = 1
			}
		}
		m.Models = append(m.Models, TrainGBDT(X, y, w, p))
	}
	return m
}

// Predict returns the winning class and every class's probability,
// normalised to sum to one.
func (m *Multi) Predict(x []float32) (int, []float64) {
	ps := make([]float64, len(m.Models))
	best, sum := 0, 0.0
	for c, g := range m.Models {
		ps[c] = g.Predict(x)
		sum += ps[c]
		if ps[c] > ps[best] {
			best = c
		}
	}
	if sum > 0 {
		for c := range ps {
			ps[c] /= sum
		}
	}
	return best, ps
}

// MarshalBinary writes the class names and every model.
func (m *Multi) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	put := func(v any) { _ = binary.Write(&b, binary.LittleEndian, v) }
	put(int32(len(m.Classes)))
	for i, c := range m.Classes {
		put(int32(len(c)))
		b.WriteString(c)
		raw, err := m.Models[i].MarshalBinary()
		if err != nil {
			return nil, err
		}
		put(int32(len(raw)))
		b.Write(raw)
	}
	return b.Bytes(), nil
}

// UnmarshalBinary reads what MarshalBinary wrote.
func (m *Multi) UnmarshalBinary(data []byte) error {
	r := bytes.NewReader(data)
	var n int32
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil || n <= 0 || n > 1000 {
		return errors.New("learn: not a multi-class model")
	}
	m.Classes, m.Models = nil, nil
	for i := int32(0); i < n; i++ {
		var k int32
		if err := binary.Read(r, binary.LittleEndian, &k); err != nil || k < 0 || int(k) > r.Len() {
			return fmt.Errorf("learn: class %d: bad name", i)
		}
		name := make([]byte, k)
		r.Read(name)
		if err := binary.Read(r, binary.LittleEndian, &k); err != nil || k < 0 || int(k) > r.Len() {
			return fmt.Errorf("learn: class %s: bad model size", name)
		}
		raw := make([]byte, k)
		r.Read(raw)
		g := &GBDT{}
		if err := g.UnmarshalBinary(raw); err != nil {
			return fmt.Errorf("learn: class %s: %w", name, err)
		}
		m.Classes = append(m.Classes, string(name))
		m.Models = append(m.Models, g)
	}
	return nil
}

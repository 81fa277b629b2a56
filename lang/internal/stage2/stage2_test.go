package stage2

import (
	"bytes"
	"testing"
)

// toy is a two-language problem: words of language a use one set of
// letters, of b another, and the first stage's scores say nothing.
func toy() (Group, []Row) {
	g := Group{Script: "Latn", Classes: []string{"a", "b", "c"}, Kept: []string{"c"}, Inputs: []string{"a", "b", "c"}, Trigger: []string{"a", "b"}}
	words := [][]string{{"kala", "lala", "kaka"}, {"mumu", "numu", "nunu"}, {"zizi", "zaza"}}
	var rows []Row
	for i := range 90 {
		c := i % 3
		var hs []uint64
		for _, w := range words[c] {
			WordHashes([]byte(" "+w+" "), func(h uint64) { hs = append(hs, h) })
		}
		rows = append(rows, Row{Hashes: hs, Inputs: []float64{0, 0, 0}, Class: c, Weight: 1})
	}
	return g, rows
}

func TestTrainSeparatesAndIsReproducible(t *testing.T) {
	spec, rows := toy()
	p := TrainParams{Bits: 10, Epochs: 5, Rate: 0.5, L2: 1e-5, Seed: 1}
	g := Train(spec, rows, p)
	for i := range rows {
		if got := g.Predict(&rows[i]); got != rows[i].Class {
			t.Fatalf("row %d: class %d, want %d", i, got, rows[i].Class)
		}
	}
	a, err := (&Model{Groups: []*Group{g}}).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := (&Model{Groups: []*Group{Train(spec, rows, p)}}).MarshalBinary()
	if !bytes.Equal(a, b) {
		t.Fatal("the same rows and settings gave different models")
	}
}

func TestRoundTripAndDecide(t *testing.T) {
	spec, rows := toy()
	g := Train(spec, rows, TrainParams{Bits: 10, Epochs: 5, Rate: 0.5, Seed: 1})
	raw, err := (&Model{Groups: []*Group{g}}).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	m, err := Load(raw)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := m.MarshalBinary()
	if !bytes.Equal(raw, again) {
		t.Fatal("load and marshal changed the model")
	}
	tests := []struct {
		stage1 string
		class  int
		words  int
		want   string
	}{
		{"a", 1, MinWords, "b"},     // triggered, the second stage decides
		{"b", 0, MinWords, "a"},     // the same the other way
		{"a", 2, MinWords, "a"},     // a kept class leaves the first stage's label
		{"c", 1, MinWords, "c"},     // not a trigger: never runs
		{"a", 1, MinWords - 1, "a"}, // too few words: never runs
	}
	for _, tt := range tests {
		r := rows[tt.class]
		f := Features{Script: "Latn", Stage1: tt.stage1, Labels: spec.Inputs, Scores: r.Inputs, Hashes: r.Hashes, Words: tt.words}
		if got := m.Decide(&f); got != tt.want {
			t.Errorf("first stage %s, text of class %d: %s, want %s", tt.stage1, tt.class, got, tt.want)
		}
	}
	// AddWord sums what Predict sums.
	var acc Acc
	for _, w := range []string{"kala", "lala", "kaka"} {
		m.Groups[0].AddWord(&acc, []byte(" "+w+" "))
	}
	if int(acc.N) != len(rows[0].Hashes) {
		t.Fatalf("AddWord counted %d features, the row has %d", acc.N, len(rows[0].Hashes))
	}
}

func TestLoadRejectsDamage(t *testing.T) {
	spec, rows := toy()
	raw, _ := (&Model{Groups: []*Group{Train(spec, rows, TrainParams{Bits: 8, Epochs: 1, Rate: 0.5})}}).MarshalBinary()
	for _, n := range []int{0, 3, len(magic) + 1, len(raw) / 2, len(raw) - 1} {
		if _, err := Load(raw[:n]); err == nil {
			t.Errorf("truncated to %d bytes: no error", n)
		}
	}
	if _, err := Load(append(bytes.Clone(raw), 0)); err == nil {
		t.Error("a trailing byte: no error")
	}
}

func FuzzLoad(f *testing.F) {
	spec, rows := toy()
	raw, _ := (&Model{Groups: []*Group{Train(spec, rows, TrainParams{Bits: 4, Epochs: 1, Rate: 0.5})}}).MarshalBinary()
	f.Add(raw)
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Load(b)
		if err != nil {
			return
		}
		// A model that loads can score without panicking.
		for _, g := range m.Groups {
			var acc Acc
			g.AddWord(&acc, []byte(" ab "))
			g.Logits(&acc, make([]float64, len(g.Inputs)), 0, nil)
		}
	})
}

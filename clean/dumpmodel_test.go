package clean

import (
	"testing"

	"github.com/akhbar/akhbar/internal/learn"
	"github.com/akhbar/akhbar/pipeline"
)

func TestDumpRowsLength(t *testing.T) {
	pd := pipeline.NewDoc(pipeline.Item{ID: "x"})
	pd.Record.Source.Unit = "line"
	for _, s := range []string{"Home", "World", "A long paragraph of running text that says something, and then ends like a sentence does.", "Share this", "© 2024 Example"} {
		pd.Blocks = append(pd.Blocks, pipeline.Block{Start: len(pd.Blocks) + 1, End: len(pd.Blocks) + 1, Text: s})
	}
	rows := DumpRows(pd)
	if len(rows) != len(pd.Blocks) {
		t.Fatalf("%d rows for %d blocks", len(rows), len(pd.Blocks))
	}
	for i, r := range rows {
		if len(r) != nDumpFeatures {
			t.Errorf("row %d: %d features, want %d", i, len(r), nDumpFeatures)
		}
	}
	if pd.Blocks[0].Role != pipeline.RoleUnknown {
		t.Errorf("DumpRows changed the document")
	}
}

func TestDumpModelRoundTrip(t *testing.T) {
	X := [][]float32{make([]float32, nDumpFeatures), make([]float32, nDumpFeatures)}
	X[1][0] = 1
	m := &DumpModel{Trees: learn.TrainGBDT(X, []float32{0, 1}, nil, learn.GBDTParams{Trees: 2, Depth: 1, LearningRate: 0.1, MinLeaf: 0, L2: 1, Bins: 4}), Theta: 0.4, Cost: 2}
	raw, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	got, err := ParseDumpModel(raw)
	if err != nil {
		t.Fatal(err)
	}
	if got.Theta != 0.4 || got.Cost != 2 || len(got.Trees.Nodes) != 2 {
		t.Errorf("round trip: %+v", got)
	}
	for _, bad := range [][]byte{nil, []byte("akhbar-dump-lines 1\n"), []byte("akhbar-dump-lines 1\n{}\nxx"), raw[:len(raw)-3]} {
		if _, err := ParseDumpModel(bad); err == nil {
			t.Errorf("ParseDumpModel(%q) gave no error", bad)
		}
	}
}

func FuzzParseDumpModel(f *testing.F) {
	f.Add([]byte("akhbar-dump-lines 1\n{\"theta\":0.5}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseDumpModel(data)
		if err == nil && m.Trees.NFeat != nDumpFeatures {
			t.Fatalf("accepted a model of %d features", m.Trees.NFeat)
		}
	})
}

package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/akhbar/akhbar/internal/learn"
)

// The embedded models load, and writing one back gives the same bytes
// (the trainer's files are reproducible only if the format is).
func TestEmbeddedModels(t *testing.T) {
	ms, err := htmlModels()
	if err != nil {
		t.Fatal(err)
	}
	if len(ms.pageType.Classes) != len(PageTypes) {
		t.Errorf("page type classes %v, want %v", ms.pageType.Classes, PageTypes)
	}
	b, err := ms.blocks.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, embeddedBlocks) {
		t.Error("block model does not round-trip byte for byte")
	}
	if ms.blocks.Threshold <= 0 || ms.blocks.Threshold >= 1 {
		t.Errorf("threshold %v", ms.blocks.Threshold)
	}
}

func TestBlockModelRoundTrip(t *testing.T) {
	X := [][]float32{{0, 1}, {1, 0}, {1, 1}, {0, 0}}
	y := []float32{0, 1, 1, 0}
	m := &BlockModel{Threshold: 0.4, Weights: map[string]float32{"post": 1.5, "nav": -2, "<p>": 0.25},
		Trees: learn.TrainGBDT(X, y, nil, learn.GBDTParams{Trees: 3, Depth: 2, LearningRate: 0.3, MinLeaf: 0.1, L2: 1, Bins: 8})}
	a, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back BlockModel
	if err := back.UnmarshalBinary(a); err != nil {
		t.Fatal(err)
	}
	b, _ := back.MarshalBinary()
	if !bytes.Equal(a, b) {
		t.Error("second write differs")
	}
	for _, bad := range [][]byte{nil, blockMagic, a[:len(blockMagic)+6], []byte("x")} {
		if err := new(BlockModel).UnmarshalBinary(bad); err == nil {
			t.Errorf("UnmarshalBinary(%q) accepted", bad)
		}
	}
}

func FuzzBlockModel(f *testing.F) {
	f.Add(embeddedBlocks[:min(len(embeddedBlocks), 4096)])
	f.Add(append(append([]byte{}, blockMagic...), 0, 0, 0, 63, 1, 0, 0, 0))
	f.Fuzz(func(t *testing.T, data []byte) {
		var m BlockModel
		_ = m.UnmarshalBinary(data) // must not panic
	})
}

func TestChoose(t *testing.T) {
	cases := []struct {
		probs []float64
		want  []bool
	}{
		{[]float64{0.9, 0.3, 0.8}, []bool{true, true, true}},  // a seam is bridged
		{[]float64{0.9, 0.1, 0.8}, []bool{true, false, true}}, // a clear miss is not
		{[]float64{0.3, 0.9, 0.3}, []bool{false, true, false}},
		{nil, []bool{}},
	}
	for _, c := range cases {
		got := Choose(c.probs, 0.5)
		if len(got) != len(c.want) {
			t.Fatalf("Choose(%v) = %v", c.probs, got)
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("Choose(%v) = %v, want %v", c.probs, got, c.want)
				break
			}
		}
	}
}

func TestChooseFor(t *testing.T) {
	// A long sure stretch, a weak block far after it, a sure one after that.
	probs := []float64{0.6, 0.1, 0.9, 0.9, 0.2, 0.1, 0.55, 0.1, 0.85}
	words := []int{3, 5, 40, 60, 4, 10, 20, 3, 12}
	cases := []struct {
		typ  string
		want []bool
	}{
		{"article", []bool{false, false, true, true, false, false, false, false, true}},
		{"documentation", []bool{false, false, true, true, false, false, false, false, true}},
		{"forum", []bool{true, false, true, true, false, false, true, false, true}}, // posts are spread over the page
	}
	for _, c := range cases {
		got := ChooseFor(c.typ, probs, words, 0.5)
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("ChooseFor(%s) = %v, want %v", c.typ, got, c.want)
				break
			}
		}
	}
	if got := ChooseFor("article", nil, nil, 0.5); len(got) != 0 {
		t.Errorf("no blocks: %v", got)
	}
}

// Analyse gives every block a row of the same length, and the same rows
// on a second run.
func TestAnalyseRows(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "article.html"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Analyse(raw, "https://samachar.example/international/jaishankar-lavrov-123")
	if err != nil {
		t.Fatal(err)
	}
	pt := make([]float64, len(PageTypes))
	rows := a.Rows(map[string]float32{"article": 1}, pt)
	if len(rows) == 0 || len(rows) != len(a.Texts()) {
		t.Fatalf("%d rows for %d blocks", len(rows), len(a.Texts()))
	}
	b, _ := Analyse(raw, "https://samachar.example/international/jaishankar-lavrov-123")
	again := b.Rows(map[string]float32{"article": 1}, pt)
	for i := range rows {
		if len(rows[i]) != len(rows[0]) {
			t.Errorf("row %d has %d features, row 0 %d", i, len(rows[i]), len(rows[0]))
		}
		for j := range rows[i] {
			if rows[i][j] != again[i][j] {
				t.Fatalf("row %d feature %d differs between runs", i, j)
			}
		}
	}
}

func TestSplitClass(t *testing.T) {
	cases := map[string][]string{
		"post-body entry_content": {"post", "body", "entry", "content"},
		"postBody x":              {"post", "body"},
		"  ":                      nil,
		"a1b2 navbar":             {"navbar"},
	}
	for in, want := range cases {
		got := splitClass(in)
		if len(got) != len(want) {
			t.Errorf("splitClass(%q) = %q, want %q", in, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("splitClass(%q) = %q, want %q", in, got, want)
			}
		}
	}
}

// TestClassTokensNodeIDs: the words numbered for an element are those
// splitClass cuts from its class and id joined by a space, then its tag,
// whatever the scratch buffers held before.
func TestClassTokensNodeIDs(t *testing.T) {
	cases := []struct{ class, id, tag string }{
		{"post-body entry_content", "mainContent", "div"},
		{"postBody", "", "section"},
		{"", "", "p"},
		{"NAVBAR navBar", "x1y2", "nav"},
		{"end", "start", "custom-element"},
	}
	c := newClassTokens()
	for _, tc := range cases {
		n := &html.Node{Type: html.ElementNode, Data: tc.tag}
		for k, v := range map[string]string{"class": tc.class, "id": tc.id} {
			if v != "" {
				n.Attr = append(n.Attr, html.Attribute{Key: k, Val: v})
			}
		}
		want := append(splitClass(tc.class+" "+tc.id), "<"+tc.tag+">")
		var got []string
		for _, id := range c.nodeIDs(n) {
			got = append(got, c.words[id])
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("nodeIDs(class=%q id=%q) = %q, want %q", tc.class, tc.id, got, want)
		}
	}
}

// TestLoadModelsRowLength: models trained on rows of another length (a
// feature added since) are refused with a message to retrain, not used
// to score pages by the wrong features.
func TestLoadModelsRowLength(t *testing.T) {
	if _, err := loadModels(embeddedPageType, embeddedBlocks); err != nil {
		t.Fatalf("embedded models: %v", err)
	}
	page, rows := rowLengths()
	tiny := func(n int) *learn.GBDT {
		X := [][]float32{make([]float32, n), make([]float32, n)}
		X[1][0] = 1
		return learn.TrainGBDT(X, []float32{0, 1}, nil, learn.GBDTParams{Trees: 1, Depth: 1, LearningRate: 0.3, MinLeaf: 0.1, L2: 1, Bins: 4})
	}
	short, err := (&BlockModel{Threshold: 0.4, Trees: tiny(rows - 1)}).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := loadModels(embeddedPageType, short); err == nil || !strings.Contains(err.Error(), "retrain") {
		t.Errorf("a block model one feature short: %v, want a refusal", err)
	}
	var pt learn.Multi
	if err := pt.UnmarshalBinary(embeddedPageType); err != nil {
		t.Fatal(err)
	}
	pt.Models[0] = tiny(page + 1)
	long, err := pt.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := loadModels(long, embeddedBlocks); err == nil || !strings.Contains(err.Error(), "retrain") {
		t.Errorf("a page type model one feature long: %v, want a refusal", err)
	}
}

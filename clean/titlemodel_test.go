package clean

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/akhbar/akhbar/internal/learn"
	"github.com/akhbar/akhbar/pipeline"
)

// titleDump is a text dump with a menu, a headline, a date line and an
// article, as a text browser prints a news page.
const titleDump = `Home   News   Sport   Opinion

Markets rally as inflation cools in November

3 December 2024

Stocks rose on Wednesday after figures showed that prices grew more slowly than expected last month, and traders bet that rates would fall sooner than the central bank had said.

Analysts said the rally could fade if the next figures disappoint, but most expected the trend to hold into the new year as energy costs kept falling across the region.

Bonds gained as well, and the currency slipped against the dollar for a third day in a row as investors moved money into shares.
`

func textDoc(t *testing.T, text string) *pipeline.Doc {
	t.Helper()
	pd := pipeline.NewDoc(pipeline.Item{ID: "t", Source: pipeline.Source{Format: "text"}})
	pd.Record.Source.Unit = "line"
	line := 1
	for _, para := range strings.Split(strings.TrimSpace(text), "\n\n") {
		n := strings.Count(para, "\n") + 1
		pd.Blocks = append(pd.Blocks, pipeline.Block{Text: para, Start: line, End: line + n - 1})
		line += n + 1
	}
	return pd
}

var pinned = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

func TestDumpTitleCandidates(t *testing.T) {
	pd := textDoc(t, titleDump)
	cands := DumpTitleCandidates(pd, defaultDumpModel(), nil, pinned)
	if len(cands) == 0 {
		t.Fatal("no title candidates")
	}
	rules, headline := 0, false
	for _, c := range cands {
		if !c.Menu && len(c.Row) != NTitleFeatures {
			t.Errorf("candidate %q: %d features, want %d", c.Text, len(c.Row), NTitleFeatures)
		}
		if c.Rules {
			rules++
		}
		headline = headline || c.Text == "Markets rally as inflation cools in November"
	}
	if rules != 1 {
		t.Errorf("%d candidates marked as the rules' pick, want 1", rules)
	}
	if !headline {
		t.Errorf("the headline is no candidate: %+v", cands)
	}
}

// A model that scores a candidate by one feature picks the candidate
// that feature favours, whatever the rules chose.
func TestTitleModelPicks(t *testing.T) {
	cands := DumpTitleCandidates(textDoc(t, titleDump), nil, nil, pinned)
	var X [][]float32
	var y, w []float32
	var group []int32
	// Teach "the candidate furthest above the body" (feature 3).
	for g := range 40 {
		for k := range 3 {
			x := make([]float32, NTitleFeatures)
			x[3] = float32(k + 1)
			X = append(X, x)
			v := float32(0)
			if k == 2 {
				v = 1
			}
			y, w, group = append(y, v), append(w, 1), append(group, int32(g))
		}
	}
	m := &TitleModel{Trees: learn.TrainGBDTGroups(X, y, w, group, learn.GBDTParams{Trees: 20, Depth: 2, LearningRate: 0.3, MinLeaf: 1, L2: 1, Bins: 16}), Min: 0.5}
	raw, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	m2, err := ParseTitleModel(raw)
	if err != nil {
		t.Fatal(err)
	}
	pd := textDoc(t, titleDump)
	classifyOpts(pd, nil, nil, pinned, m2, nil)
	var far TitleCandidate
	for _, c := range cands {
		if !c.Menu && (far.Row == nil || c.Row[3] > far.Row[3]) {
			far = c
		}
	}
	var titles []string
	for _, b := range pd.Blocks {
		if b.Reason == ReasonTitle {
			titles = append(titles, b.Text)
		}
	}
	if len(titles) != 1 || titles[0] != far.Text {
		t.Errorf("titles %q, want the furthest candidate %q", titles, far.Text)
	}
}

func TestParseTitleModelErrors(t *testing.T) {
	for _, in := range []string{"", "junk", titleModelMagic, titleModelMagic + "{}\n"} {
		if _, err := ParseTitleModel([]byte(in)); err == nil {
			t.Errorf("ParseTitleModel(%q): no error", in)
		}
	}
	if err := TitleModelError(); err != nil {
		t.Errorf("embedded title model: %v", err)
	}
}

func TestMenuLine(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Home › News › World", true},
		{"Home › World › Floods close schools across the state", true},
		{"होम | देश", true},
		{"Home | News | Sport | Opinion", true},
		{"Trending: India, Mumbai, The Daily Chronicle", true},
		{"Related: Floods close schools", true},
		{"Markets rally as inflation cools in November", false},
		{"Budget 2024: what changes for you", false},
		{"Floods close schools | The Daily Chronicle", false},
		{"Recipes: breakfast, lunch, dinner", false},
	} {
		if got := menuLine(c.in, measure(c.in)); got != c.want {
			t.Errorf("menuLine(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// With the embedded model, the headline under a menu line wins over the
// menu line the hand-set score prefers (first at the top, title-cased).
func TestEmbeddedTitleModelPicksHeadline(t *testing.T) {
	if defaultTitleModel() == nil {
		t.Skip("no embedded title model")
	}
	pd := textDoc(t, titleDump)
	ClassifyAt(pd, pinned)
	var titles []string
	for _, b := range pd.Blocks {
		if b.Reason == ReasonTitle {
			titles = append(titles, b.Text)
		}
	}
	if len(titles) != 1 || titles[0] != "Markets rally as inflation cools in November" {
		t.Errorf("titles %q, want the headline", titles)
	}
}

// The embedded files are what MarshalBinary writes of what they parse
// to, so a model the trainer writes again compares byte for byte.
func TestModelFilesRoundTrip(t *testing.T) {
	if len(embeddedDumpModel) > 0 {
		m, err := ParseDumpModel(embeddedDumpModel)
		if err != nil {
			t.Fatal(err)
		}
		if b, _ := m.MarshalBinary(); !bytes.Equal(b, embeddedDumpModel) {
			t.Error("the dump model marshals to other bytes")
		}
	}
	if len(embeddedTitleModel) > 0 {
		m, err := ParseTitleModel(embeddedTitleModel)
		if err != nil {
			t.Fatal(err)
		}
		if b, _ := m.MarshalBinary(); !bytes.Equal(b, embeddedTitleModel) {
			t.Error("the title model marshals to other bytes")
		}
	}
}

package clean

import (
	"fmt"
	"slices"
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
	rows := DumpRows(pd, testNow)
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
	m := &DumpModel{Trees: learn.TrainGBDT(X, []float32{0, 1}, nil, learn.GBDTParams{Trees: 2, Depth: 1, LearningRate: 0.1, MinLeaf: 0, L2: 1, Bins: 4}), Theta: 0.4, Cost: 2, FixedTheta: true}
	raw, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	got, err := ParseDumpModel(raw)
	if err != nil {
		t.Fatal(err)
	}
	if got.Theta != 0.4 || got.Cost != 2 || !got.FixedTheta || len(got.Trees.Nodes) != 2 {
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

// TestRowsIntoReuse checks that rows written into a reused buffer (as
// applyModel does with rowBufs) are the rows of a fresh one, for documents
// of growing and shrinking length in turn.
func TestRowsIntoReuse(t *testing.T) {
	texts := []string{"Home", "World", "A long paragraph of running text that says something, and then ends like a sentence does.",
		"Share this", "© 2024 Example", "By A Writer", "Updated: 3 July 2024", "Also read: another story here", "नई दिल्ली: एक लंबा वाक्य जो कुछ कहता है।"}
	var rb rowBuf
	for _, n := range []int{9, 2, 7, 1, 9, 5} {
		var blocks []pipeline.Block
		for i := range n {
			blocks = append(blocks, pipeline.Block{Start: i + 1, End: i + 1, Text: texts[(i*7+n)%len(texts)]})
		}
		fresh := newDoc(append([]pipeline.Block(nil), blocks...), testNow)
		fresh.markSingles()
		want := fresh.rows()
		d := newDoc(append([]pipeline.Block(nil), blocks...), testNow)
		d.markSingles()
		d.rowsInto(&rb)
		if len(rb.out) != len(want) {
			t.Fatalf("%d blocks: %d rows, want %d", n, len(rb.out), len(want))
		}
		for i := range want {
			if !slices.Equal(rb.out[i], want[i]) {
				t.Fatalf("%d blocks: row %d differs in a reused buffer", n, i)
			}
		}
	}
}

// TestPageTheta checks the page's threshold against the fixed one on
// made-up probabilities: where the model is sure of the body, doubtful
// short lines after it stay out; where it is unsure, the segment bridges
// a doubtful block between two parts of the body; a page without a body
// at Theta keeps none.
func TestPageTheta(t *testing.T) {
	para := "The council met on Tuesday evening to discuss the new budget for the town, and after a long debate the members agreed to spend more on roads, schools and the library next year."
	line := "Weather in the north this week"
	gap := "Photographs from the meeting were taken by the council staff and the local paper"
	tests := []struct {
		name       string
		texts      []string
		probs      []float64
		fixed, got [2]int // the body segment with FixedTheta, and with the page's threshold
	}{
		{"sure page drops a doubtful tail", []string{para, para, para, line, line}, []float64{0.95, 0.95, 0.95, 0.45, 0.45}, [2]int{0, 4}, [2]int{0, 2}},
		{"unsure page bridges a gap", []string{para, gap, para}, []float64{0.38, 0.25, 0.38}, [2]int{0, 0}, [2]int{0, 2}},
		{"no body at Theta", []string{para, line}, []float64{0.2, 0.2}, [2]int{-1, -1}, [2]int{-1, -1}},
	}
	for _, tt := range tests {
		for _, fixed := range []bool{true, false} {
			var blocks []pipeline.Block
			for i, s := range tt.texts {
				blocks = append(blocks, pipeline.Block{Start: i + 1, End: i + 1, Text: s})
			}
			d := newDoc(blocks, testNow)
			d.markSingles()
			d.applyModel(&DumpModel{Theta: 0.35, Cost: 2, FixedTheta: fixed}, tt.probs)
			s, e, _ := d.bestSegment(0, len(blocks))
			want := tt.got
			if fixed {
				want = tt.fixed
			}
			if [2]int{s, e} != want {
				t.Errorf("%s (fixed %v): segment [%d, %d], want %v", tt.name, fixed, s, e, want)
			}
		}
	}
}

// TestLeadAlone: a page that is a story's lead paragraph alone (under a
// line of keywords) is an article whatever the model's scores say, and a
// page of short labels that scores low stays without a body.
func TestLeadAlone(t *testing.T) {
	lead := "Leeds, Jul 2 - The council will close the old bridge for repairs from Monday, its engineers said on Tuesday. Traffic will be sent through the town centre until the works end in the spring."
	for _, c := range []struct {
		name  string
		lines []string
		probs []float64
		want  string
	}{
		{"lead, embedded model", []string{"Bridge , council , Leeds news", lead}, nil, "article"},
		{"lead scored as furniture", []string{"Bridge , council , Leeds news", lead}, []float64{0.01, 0.01}, "article"},
		{"labels scored as furniture", []string{"Home", "Login", "Sign up for Facebook today"}, []float64{0.01, 0.01, 0.01}, "empty"},
	} {
		d := page(c.lines...)
		classifyProbs(d, defaultDumpModel(), c.probs, testNow)
		checkInvariants(t, d)
		if d.Record.PageType != c.want {
			t.Errorf("%s: page type %q, want %q\n%s", c.name, d.Record.PageType, c.want, dump(d))
		}
	}
}

// TestCommentsMarkerWithModel: a comments marker inside the model's body
// segment cuts the thread after the article off, however much the thread
// weighs, unless what follows the marker is what the model is surer of
// (teasers, then a comment form's label, then the article).
func TestCommentsMarkerWithModel(t *testing.T) {
	teaser := "Council members argue over the new parking rules for the town centre"
	comment := "I have lived in this city for thirty years and I have never seen the roads in such a poor state, so I am glad someone is finally doing something about it."
	var lines []string
	var probs []float64
	add := func(p float64, ls ...string) {
		for _, l := range ls {
			lines = append(lines, l)
			probs = append(probs, p)
		}
	}
	// Teasers the model doubts, a comment form, the article it is sure of.
	add(0.5, "Five things to know about the river festival before this weekend. Why the old mill on the hill is finally getting a new roof this year.",
		teaser+". The best places to eat near the station, picked by our readers.",
		"Schools to stay open later in the summer, the board says. Two new bus routes start on Monday across the north of the city.")
	add(0.1, "Comment (required)")
	add(0.9, enBody...)
	d := page(lines...)
	classifyProbs(d, &DumpModel{Theta: 0.35, Cost: 2}, probs, testNow)
	for _, p := range enBody {
		if b := blockAt(t, d, lineOf(t, d, p[:30], 0)); b.Role != pipeline.RoleBody {
			t.Errorf("teasers, form, article: paragraph %.30q is %s/%s, want body\n%s", p, b.Role, b.Reason, dump(d))
		}
	}

	// The article, then a heavier thread the model believes less.
	lines, probs = nil, nil
	add(0.9, enBody...)
	add(0.1, "23 Comments")
	for i := range 12 {
		add(0.6, fmt.Sprintf("%s (%d)", comment, i))
	}
	d = page(lines...)
	classifyProbs(d, &DumpModel{Theta: 0.35, Cost: 2}, probs, testNow)
	head := lineOf(t, d, "23 Comments", 0)
	for _, b := range d.Blocks {
		if b.Start > head && b.Role == pipeline.RoleBody {
			t.Errorf("article, thread: line %d %.40q after the comments heading is body\n%s", b.Start, b.Text, dump(d))
			break
		}
	}

	// A story's own line with a comment count that the model holds body
	// is no marker: the story goes on after it.
	lines, probs = nil, nil
	add(0.9, enBody[:2]...)
	add(0.7, "Our most read post - 2,100 views, 40 likes, 12 comments")
	add(0.9, enBody[2:]...)
	d = page(lines...)
	classifyProbs(d, &DumpModel{Theta: 0.35, Cost: 2}, probs, testNow)
	for _, p := range enBody[2:] {
		if b := blockAt(t, d, lineOf(t, d, p[:30], 0)); b.Role != pipeline.RoleBody {
			t.Errorf("a story's line with comments in it: paragraph %.30q after it is %s/%s, want body\n%s", p, b.Role, b.Reason, dump(d))
		}
	}
}

package meta

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/extract"
	"github.com/akhbar/akhbar/pipeline"
)

func TestUnglueLabel(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"ByJane Doe Updated 3 July 2024", "By Jane Doe Updated 3 July 2024"},
		{"By Jane Doe", ""},
		{"Byron Smith", ""},
		{"BYRON SMITH", ""},
		{"Bystanders", ""},
	} {
		if got := unglueLabel(tc.in); got != tc.want {
			t.Errorf("unglueLabel(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// authorDoc classifies a text dump as clean does.
func authorDoc(text string) *pipeline.Doc {
	d := pipeline.NewDoc(pipeline.Item{ID: "t", Body: []byte(text), Source: pipeline.Source{Format: "text"}})
	if err := extract.Text(d); err != nil {
		panic(err)
	}
	clean.ClassifyAt(d, time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC))
	return d
}

func TestAuthorCandidates(t *testing.T) {
	body := strings.Repeat("The council met on Tuesday to discuss the new budget for the coming year, and the members agreed on most of it. ", 3)
	for _, tc := range []struct {
		name, text string
		want       []string
		not        []string
	}{
		{"name under a bare label", "Home | News | Sport\n\nCouncil agrees on the budget for next year\n\nBy\n\nJane Doe\n\n3 July 2024\n\n" + body + "\n\n" + body, []string{"Jane Doe"}, nil},
		{"label run into the name", "Home | News | Sport\n\nCouncil agrees on the budget for next year\n\nByJane Doe UpdatedJuly 3, 2024\n\n" + body + "\n\n" + body, []string{"Jane Doe"}, nil},
		{"share button under the label", "Home | News | Sport\n\nCouncil agrees on the budget for next year\n\nBy\n\nPinterest\n\nJane Doe\n\n" + body + "\n\n" + body, []string{"Jane Doe"}, []string{"Pinterest"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cands := AuthorCandidates(authorDoc(tc.text), Options{Now: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)})
			var got [][]string
			for _, c := range cands {
				if len(c.Row) != NAuthorFeatures {
					t.Fatalf("row of %d features", len(c.Row))
				}
				got = append(got, c.Names)
			}
			if !slices.ContainsFunc(got, func(n []string) bool { return slices.Equal(n, tc.want) }) {
				t.Errorf("candidates %q, want one %q", got, tc.want)
			}
			if tc.not != nil && slices.ContainsFunc(got, func(n []string) bool { return slices.Equal(n, tc.not) }) {
				t.Errorf("candidates %q hold %q", got, tc.not)
			}
		})
	}
}

func TestFoldedLinesHolding(t *testing.T) {
	var blocks []pipeline.Block
	for _, s := range []string{"Home", "By Jane Doe", "Jane Doe", "jane doe and jane doe", "Other"} {
		blocks = append(blocks, pipeline.Block{Text: s})
	}
	f := newFoldedLines(blocks)
	for _, tc := range []struct {
		s            string
		n, wantFirst int
	}{
		{"jane doe", 3, 1},
		{"home", 1, 0},
		{"other", 1, 4},
		{"nobody", 0, -1},
	} {
		if n, first := f.holding(tc.s); n != tc.n || first != tc.wantFirst {
			t.Errorf("holding(%q) = %d, %d, want %d, %d", tc.s, n, first, tc.n, tc.wantFirst)
		}
	}
}

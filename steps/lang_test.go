package steps

import (
	"errors"
	"math"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

func TestMergeShares(t *testing.T) {
	got := mergeShares(map[string]float64{"hin_Deva": 1}, 90, map[string]float64{"eng_Latn": 0.5, "hin_Deva": 0.5}, 10)
	want := map[string]float64{"hin_Deva": 0.95, "eng_Latn": 0.05}
	for k, v := range want {
		if math.Abs(got[k]-v) > 1e-9 {
			t.Errorf("%s = %v, want %v", k, got[k], v)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %v", got)
	}
}

// TestLangNoText: a page with no body gets no language of its own ("und"),
// whatever its menus are in, and the filter still reads those.
func TestLangNoText(t *testing.T) {
	d := pipeline.NewDoc(pipeline.Item{ID: "x"})
	d.Blocks = []pipeline.Block{{Start: 1, End: 1, Text: "Home News Sports Business Entertainment Contact us about the team", Role: pipeline.RoleBoilerplate}}
	if err := langStep(nil, 0, false)(d); err != nil {
		t.Fatal(err)
	}
	if d.Record.Lang != "und" || d.Record.LangScore != 0 || d.Record.Langs["eng_Latn"] == 0 {
		t.Errorf("lang %q score %v shares %v; want und, 0 and the menu's shares", d.Record.Lang, d.Record.LangScore, d.Record.Langs)
	}
	keepEng := func(l string) bool { return l == "eng_Latn" }
	if err := langStep(keepEng, 0, false)(d); err != nil {
		t.Errorf("an English page without a body was filtered out: %v", err)
	}
}

// TestLangMinScore: a minimum score rejects a document whose label is
// less sure than asked (a page without a body scores 0) and keeps one
// above it; zero keeps everything.
func TestLangMinScore(t *testing.T) {
	body := func(text string) *pipeline.Doc {
		d := pipeline.NewDoc(pipeline.Item{ID: "x"})
		d.Blocks = []pipeline.Block{{Start: 1, End: 1, Text: text, Role: pipeline.RoleBody}}
		return d
	}
	const article = "The monsoon reached the coast of Kerala on Saturday, two days ahead of its usual date, and the weather office expects rain across the south by the end of the week."
	for _, tc := range []struct {
		name   string
		doc    *pipeline.Doc
		min    float64
		reject bool
	}{
		{"clear English, no minimum", body(article), 0, false},
		{"clear English above a low minimum", body(article), 0.3, false},
		{"clear English below an impossible minimum", body(article), 1.01, true},
		{"no body, any minimum", pipeline.NewDoc(pipeline.Item{ID: "x"}), 0.1, true},
		{"no body, no minimum", pipeline.NewDoc(pipeline.Item{ID: "x"}), 0, false},
	} {
		err := langStep(nil, tc.min, false)(tc.doc)
		if got := err != nil; got != tc.reject {
			t.Errorf("%s: rejected %v (score %.2f, err %v), want %v", tc.name, got, tc.doc.Record.LangScore, err, tc.reject)
		}
		var re *pipeline.RejectError
		if err != nil && (!errors.As(err, &re) || re.Reason != "filter:lang-score") {
			t.Errorf("%s: %v, want a filter:lang-score reject", tc.name, err)
		}
	}
}

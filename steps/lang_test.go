package steps

import (
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
	if err := langStep(nil)(d); err != nil {
		t.Fatal(err)
	}
	if d.Record.Lang != "und" || d.Record.LangScore != 0 || d.Record.Langs["eng_Latn"] == 0 {
		t.Errorf("lang %q score %v shares %v; want und, 0 and the menu's shares", d.Record.Lang, d.Record.LangScore, d.Record.Langs)
	}
	keepEng := func(l string) bool { return l == "eng_Latn" }
	if err := langStep(keepEng)(d); err != nil {
		t.Errorf("an English page without a body was filtered out: %v", err)
	}
}

package steps

import (
	"math"
	"testing"
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

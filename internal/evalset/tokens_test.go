package evalset

import (
	"math"
	"testing"
)

func TestTokenF1(t *testing.T) {
	for _, tc := range []struct {
		gold, pred string
		want       float64
	}{
		{"", "", 1},
		{"Jane Doe", "", 0},
		{"", "Jane Doe", 0},
		{"Jane Doe", "jane  DOE", 1},
		{"Jane Doe", "Jane Doe; John Roe", 2 * 1 * 0.5 / 1.5},
		{"Jane Doe", "By Jane", 2 * 0.5 * 0.5 / 1},
		{"अमित मिश्रा", "अमित  मिश्रा", 1},
	} {
		if got := TokenF1(tc.gold, tc.pred); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("TokenF1(%q, %q) = %v, want %v", tc.gold, tc.pred, got, tc.want)
		}
	}
}

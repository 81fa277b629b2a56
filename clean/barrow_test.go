package clean

import "testing"

// TestBarRow: a table's row is three cells or more of a word or two or a
// number; a headline and its site, a sentence with a bar, or a menu of
// long items are not.
func TestBarRow(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Party | Won | Leading | Total", true},
		{"NDA | 230 | 0 | 230", true},
		{"Others | 12 | 0 | 12", true},
		{"होम | देश | विदेश", true},
		{"सात अजूबों में से केवल एक आज भी खड़ा है | दैनिक प्रहरी", false},
		{"Source | ECI", false},
		{"Sensex 79,476.19 ▲ 391.26 (0.49%) | Nifty 24,123.85 | Gold ₹72,150", false},
		{"NDA | | 230", false},
	} {
		if got := barRow(c.in); got != c.want {
			t.Errorf("barRow(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

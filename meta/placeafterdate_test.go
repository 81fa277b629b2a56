package meta

import "testing"

func TestPlaceAfterDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Published - July 03, 2024 10:30 am IST - CHENNAI", "CHENNAI"},
		{"வெளியிடப்பட்டது - ஜூலை 03, 2024 10:30 am IST - மதுரை", "மதுரை"},
		{"Updated: 3 July 2024, 10:30 IST – New Delhi", "New Delhi"},
		{"Published - July 03, 2024 - CHENNAI", ""},                       // no clock time
		{"Published - July 03, 2024 10:30 am IST", ""},                    // nothing after
		{"July 03, 2024 10:30 am IST - By Rahul Verma", ""},               // a byline
		{"July 03, 2024 10:30 am IST - Read the full story here now", ""}, // more than three words
		{"July 03, 2024 10:30 am IST - 4 min read", ""},
		{"July 03, 2024 10:30 am IST | CHENNAI", ""}, // a bar, not a dash
	} {
		if got := placeAfterDate(c.in); got != c.want {
			t.Errorf("placeAfterDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

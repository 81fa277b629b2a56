package dates

import (
	"slices"
	"testing"
	"time"
)

// A text dump prints a page's inline elements with no space between
// them; with RunTogether the dates in such lines are read, without it
// the text is read as before (clean's and the HTML path's models were
// trained on that reading).
func TestRunTogether(t *testing.T) {
	ref := time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		in       string
		together []string // with RunTogether
		apart    []string // without
	}{
		{"ByJane SmithMar 5, 2025 | 6 comments", []string{"2025-03-05"}, nil},
		{"calendarApr 16, 2024", []string{"2024-04-16"}, nil},
		{"Mental HealthDECEMBER 22, 2022Updated: JANUARY 02, 2026", []string{"2022-12-22", "2026-01-02"}, []string{"2026-01-02"}},
		{"October 17, 20236:01 PM ET", []string{"2023-10-17T18:01:00-05:00"}, nil},
		{"Updated November 11, 20228:23 PM ET", []string{"2022-11-11T20:23:00-05:00"}, nil},
		{"Mar 27, 20255 mins", []string{"2025-03-27"}, nil},
		{"January 14, 202620 Mins Read", []string{"2026-01-14"}, nil},
		{"Ana Maio on January 21, 2023", []string{"2023-01-21"}, nil},
		// Not a year and a count: a round number, a count before no word.
		{"July 3, 20000 people", nil, nil},
		{"July 3, 20245", nil, nil},
		// Case changes inside a word that are no dates.
		{"iPhone 15 and McDonald 3", nil, nil},
		{"By Jane Smith, July 3, 2024", []string{"2024-07-03"}, []string{"2024-07-03"}},
	} {
		for _, v := range []struct {
			on   bool
			want []string
		}{{true, tc.together}, {false, tc.apart}} {
			var got []string
			for _, r := range Find(tc.in, Options{Ref: ref, RunTogether: v.on}) {
				got = append(got, r.String())
			}
			if !slices.Equal(got, v.want) {
				t.Errorf("Find(%q, RunTogether %v) = %q, want %q", tc.in, v.on, got, v.want)
			}
		}
	}
}

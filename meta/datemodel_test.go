package meta

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestChoose(t *testing.T) {
	for _, tc := range []struct {
		name          string
		p             []float64
		rules         int
		min, override float64
		want          int
	}{
		{"no rules, best under min", []float64{0.3, 0.4}, -1, 0.5, 0.8, -1},
		{"no rules, best over min", []float64{0.3, 0.6}, -1, 0.5, 0.8, 1},
		{"rules best", []float64{0.9, 0.6}, 0, 0.5, 0.8, 0},
		{"another under the bar", []float64{0.3, 0.7}, 0, 0.5, 0.8, 0},
		{"another over the bar", []float64{0.1, 0.85}, 0, 0.5, 0.8, 1},
		{"rules sure wrong, none", []float64{0.1, 0.3}, 0, 0.5, 0.8, -1},
		{"no bar: another over min wins", []float64{0.4, 0.55}, 0, 0.5, 0.5, 1},
		{"no bar: none when none reaches min", []float64{0.4, 0.45}, 0, 0.5, 0.5, -1},
		{"no bar: none under min", []float64{0.2, 0.3}, 0, 0.5, 0.5, -1},
		{"never-chosen candidate", []float64{-1, 0.2}, -1, 0.5, 0.5, -1},
	} {
		if got := choose(tc.p, tc.rules, tc.min, tc.override); got != tc.want {
			t.Errorf("%s: choose = %d, want %d", tc.name, got, tc.want)
		}
	}
}

func TestDateModelRoundTrip(t *testing.T) {
	m := defaultDateModel()
	if m == nil {
		t.Fatal("no embedded date model")
	}
	raw, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(raw, embeddedDateModel) {
		t.Error("the embedded date model does not write back the same bytes")
	}
	if _, err := ParseDateModel([]byte("akhbar-dump-author 1\n{}\n")); err == nil {
		t.Error("a byline picker's file parsed as a date model")
	}
	if err := DateModelError(); err != nil {
		t.Error(err)
	}
}

func TestDateCandidates(t *testing.T) {
	now := time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)
	body := strings.Repeat("The council met on Tuesday to discuss the new budget for the coming year, and the members agreed on most of it. ", 3)
	for _, tc := range []struct {
		name, text string
		days       []string // every candidate day, in page order
		rules      string   // the rules' day
		relative   string   // a day read from an age
	}{
		{"labelled and plain",
			"Home | News | Sport\n\nCouncil agrees on the budget for next year\n\nBy Jane Doe\n\nPublished: 3 July 2024\n\nMore: 1 June 2024\n\n" + body + "\n\n" + body,
			[]string{"2024-07-03", "2024-06-01"}, "2024-07-03", ""},
		{"one day twice",
			"Home | News | Sport\n\nCouncil agrees on the budget for next year\n\n3 July 2024\n\nUpdated: 3 July 2024, 10:30\n\n" + body + "\n\n" + body,
			[]string{"2024-07-03"}, "2024-07-03", ""},
		{"an age",
			"Home | News | Sport\n\nCouncil agrees on the budget for next year\n\nBy Jane Doe\n\n2 days ago\n\n" + body + "\n\n" + body,
			[]string{"2026-03-30"}, "2026-03-30", "2026-03-30"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cands := DateCandidates(authorDoc(tc.text), Options{Now: now})
			var days []string
			rules, relative := "", ""
			for _, c := range cands {
				if len(c.Row) != NDateFeatures {
					t.Fatalf("row of %d features", len(c.Row))
				}
				days = append(days, c.Day)
				if c.Rules {
					rules = c.Day
				}
				if c.Relative {
					relative = c.Day
				}
			}
			if !slices.Equal(days, tc.days) || rules != tc.rules || relative != tc.relative {
				t.Errorf("days %q rules %q relative %q, want %q %q %q", days, rules, relative, tc.days, tc.rules, tc.relative)
			}
		})
	}
}

// An age the rules read stands whatever the model scores it, and the
// model never takes another age: it learned from pages saved long before
// the run (DateCandidate).
func TestDateModelKeepsAges(t *testing.T) {
	m := defaultDateModel()
	row := make([]float32, NDateFeatures)
	cands := []DateCandidate{{Day: "2024-07-03", Row: row}, {Day: "2026-03-30", Row: row, Rules: true, Relative: true}}
	if k := m.Choose(cands); k != 1 {
		t.Errorf("Choose = %d, want the rules' age (1)", k)
	}
	cands = []DateCandidate{{Day: "2026-03-30", Row: row, Relative: true}}
	if k := m.Choose(cands); k != -1 {
		t.Errorf("Choose = %d, want none: an age the rules did not read", k)
	}
}

// A time the input stated stands: the model weighs only what the rules
// read from the page's lines.
func TestDateModelKeepsStatedTime(t *testing.T) {
	d := authorDoc("Home | News\n\nCouncil agrees on the budget\n\nPublished: 3 July 2024\n\n" +
		strings.Repeat("The council met on Tuesday to discuss the new budget for the coming year. ", 5))
	d.Record.Published = "2020-01-01"
	var log []DateCandidate
	Extract(d, Options{Now: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC), dateLog: &log})
	if d.Record.Published != "2020-01-01" || log != nil {
		t.Errorf("published %q, %d candidates read; want the stated day and none", d.Record.Published, len(log))
	}
}

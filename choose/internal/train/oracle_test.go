package main

import (
	"testing"

	"github.com/akhbar/akhbar/extract/candidate"
)

func TestDateRelation(t *testing.T) {
	for _, tc := range []struct{ gold, got, want string }{
		{"2024-03-05", "2024-03-04", "off by one day"},
		{"2024-03-01", "2024-02-29", "off by one day"},
		{"2024-03-05", "2024-05-03", "day and month swapped"},
		{"2024-03-05", "2023-03-05", "year differs"},
		{"2024-03-05", "2024-03-20", "same month, other day"},
		{"2024-03-25", "2024-04-10", "later, within a month"},
		{"2024-03-05", "2024-02-10", "earlier, within a month"},
		{"2024-03-05", "2025-01-10", "later by more than a month"},
		{"2024-03-05", "2021-01-10", "earlier by more than a month"},
		{"2022-25-10", "2022-10-25", "truth not a valid day"},
		{"", "2022-10-25", "other"},
	} {
		if got := dateRelation(tc.gold, tc.got); got != tc.want {
			t.Errorf("dateRelation(%q, %q) = %q, want %q", tc.gold, tc.got, got, tc.want)
		}
	}
}

func TestNearestDate(t *testing.T) {
	cands := func(days ...string) []candidate.Candidate {
		var cs []candidate.Candidate
		for _, d := range days {
			cs = append(cs, candidate.Candidate{Value: d})
		}
		return cs
	}
	for _, tc := range []struct {
		name, gold string
		cs         []candidate.Candidate
		body, want string
	}{
		{"nearest wins", "2024-03-05", cands("2024-03-20", "2024-03-04"), "", "a candidate off by one day"},
		{"printed", "2024-03-05", cands("2019-01-01"), "<p>Posted March 5, 2024</p>", "candidates far; the day in the HTML"},
		{"dotted", "2024-03-05", cands("2019-01-01"), "<p>05.03.2024</p>", "candidates far; the day in the HTML"},
		{"absent", "2024-03-05", cands("2019-01-01"), "<p>no day</p>", "candidates far; the day not in the HTML in a common form"},
		{"no candidate", "2024-03-05", nil, "2024-03-05", "no candidate; the day in the HTML"},
	} {
		if got := nearestDate(tc.gold, tc.cs, tc.body); got != tc.want {
			t.Errorf("%s: nearestDate = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestDateClass(t *testing.T) {
	for _, tc := range []struct {
		sources []string
		want    string
	}{
		{[]string{"rule", "meta-modified", "htmldate"}, "modified"},
		{[]string{"ld-published", "ld-modified"}, "published and modified"},
		{[]string{"meta-published", "header"}, "published metadata"},
		{[]string{"header-text", "time"}, "header"},
		{[]string{"rule", "htmldate"}, "htmldate"},
		{[]string{"url"}, "url"},
	} {
		if got := dateClass(candidate.Candidate{Sources: tc.sources}); got != tc.want {
			t.Errorf("dateClass(%v) = %q, want %q", tc.sources, got, tc.want)
		}
	}
}

func TestNearestAuthor(t *testing.T) {
	cands := func(values ...string) []candidate.Candidate {
		var cs []candidate.Candidate
		for _, v := range values {
			cs = append(cs, candidate.Candidate{Value: v, Names: []string{v}})
		}
		return cs
	}
	for _, tc := range []struct {
		name, gold string
		cs         []candidate.Candidate
		body, want string
	}{
		{"more words", "Ann Lee", cands("Ann Lee; Bo Chan; Cy Dee"), "", "a candidate holds the truth and more words"},
		{"part", "Ann Lee; Bo Chan; Cy Dee", cands("Ann Lee"), "", "a candidate holds part of the truth"},
		{"most words", "Ann B. Lee Jr", cands("Ann Lee Sr"), "", "a candidate shares most words (F1 0.5-0.8)"},
		{"one word", "Ann Lee", cands("Lee Foundation Press Office"), "", "a candidate shares a word (F1 under 0.5)"},
		{"in the HTML", "Ann Lee", cands("Bo Chan"), "<p>by ann lee</p>", "candidates, none sharing a word; the truth in the HTML"},
		{"nowhere", "Ann Lee", nil, "<p>nobody</p>", "no candidate; the truth not in the HTML as one string"},
	} {
		if got := nearestAuthor(tc.gold, tc.cs, tc.body); got != tc.want {
			t.Errorf("%s: nearestAuthor = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestAuthorClass(t *testing.T) {
	for _, tc := range []struct {
		sources []string
		want    string
	}{
		{[]string{"rule", "byline-element", "ld-article"}, "JSON-LD"},
		{[]string{"meta-other", "other-byline"}, "<meta>"},
		{[]string{"header-byline"}, "byline element or header"},
		{[]string{"rule", "post-author"}, "post author"},
		{[]string{"rule"}, "rule"},
	} {
		if got := authorClass(candidate.Candidate{Sources: tc.sources}); got != tc.want {
			t.Errorf("authorClass(%v) = %q, want %q", tc.sources, got, tc.want)
		}
	}
}

func TestTypeKey(t *testing.T) {
	for _, tc := range []struct{ typ, gold, want string }{
		{"article", "2024-03-05", "article, truth given"},
		{"product", "", "product, truth none"},
		{"forum", "Jane Doe", "forum, truth given"},
	} {
		if got := typeKey(tc.typ, tc.gold); got != tc.want {
			t.Errorf("typeKey(%q, %q) = %q, want %q", tc.typ, tc.gold, got, tc.want)
		}
	}
}

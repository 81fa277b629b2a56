package main

import (
	"fmt"
	"html"
	"sort"
	"strings"

	"github.com/akhbar/akhbar/choose"
	"github.com/akhbar/akhbar/extract/candidate"
	"github.com/akhbar/akhbar/internal/evalset"
)

// printOracle splits a field's held-out misses (-errors oracle) into the
// pages where no candidate scores under the kit's scorer, which only
// better candidates can mend, and the pages where one does and the
// ranker took another, by set and by the sources of the right and the
// chosen candidates. Where no candidate is right it says how near the
// nearest one comes: the same words in other capitals, quotes or
// dashes; the truth inside a longer candidate (a site name, a section or
// a kicker left on); a candidate inside the truth (a heading the truth
// joins with another line, or a cut one); the truth elsewhere in the
// page's HTML; nowhere. models[k] is the ranker trained without fold k.
func printOracle(kit string, pages []page, f candidate.Field, models []*choose.Model) error {
	all, err := evalset.LoadKit(kit)
	if err != nil {
		return err
	}
	byID := map[string]evalset.Page{}
	for _, p := range all {
		byID[p.ID] = p
	}
	type tally struct{ n, right, oracle, noCand, wrongPick int }
	sets := map[string]*tally{}
	rightSrc := map[string]int{} // pages on which a source gives a right candidate
	onlySrc := map[string]int{}  // ... and is the only source that does
	pairs := map[string]int{}    // misses with a right candidate: what was taken, what was right
	near := map[string]int{}
	nearSet := map[string]int{}
	total := &tally{}
	for _, pg := range pages {
		if pg.Fold < 0 || !pg.Has[f] {
			continue
		}
		set := setOf(pg.ID)
		if sets[set] == nil {
			sets[set] = &tally{}
		}
		t := sets[set]
		t.n++
		total.n++
		gold := pg.Gold[f]
		cs := pg.Cands[f]
		i := choose.Pick(models[pg.Fold], cs)
		ok := false
		if i >= 0 {
			ok = score(f, gold, cs[i]) >= labelAt(f)
		} else if f != candidate.Title {
			ok = gold == ""
		}
		var right []int
		for k, c := range cs {
			if score(f, gold, c) >= labelAt(f) {
				right = append(right, k)
			}
		}
		has := len(right) > 0 || (f != candidate.Title && gold == "")
		if ok {
			t.right++
			total.right++
		}
		if has {
			t.oracle++
			total.oracle++
		}
		srcs := map[string]bool{}
		for _, k := range right {
			for _, s := range cs[k].Sources {
				srcs[s] = true
			}
		}
		for s := range srcs {
			rightSrc[s]++
			if len(srcs) == 1 {
				onlySrc[s]++
			}
		}
		switch {
		case ok:
		case has:
			t.wrongPick++
			total.wrongPick++
			got := "none"
			if i >= 0 {
				got = sourceClass(cs[i])
			}
			want := sourceClass(cs[right[0]])
			pairs[got+" taken, "+want+" right"]++
		default:
			t.noCand++
			total.noCand++
			body := ""
			if p, ok := byID[pg.ID]; ok {
				if raw, err := evalset.ReadPage(p); err == nil {
					body = normWS(html.UnescapeString(string(raw)))
				}
			}
			k := nearest(gold, cs, body)
			near[k]++
			nearSet[set+" "+k]++
		}
	}
	pct := func(a, b int) string { return fmt.Sprintf("%d/%d = %.3f", a, b, float64(a)/float64(max(b, 1))) }
	fmt.Printf("%s oracle (held-out choice by the ranker trained without the page's fold)\n", f)
	var keys []string
	for k := range sets {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range append(keys, "all") {
		t := sets[k]
		if k == "all" {
			t = total
		}
		fmt.Printf("  %-9s pages %4d  right %s  oracle %s  no right candidate %d  right candidate not taken %d\n",
			k, t.n, pct(t.right, t.n), pct(t.oracle, t.n), t.noCand, t.wrongPick)
	}
	printCounts := func(title string, m map[string]int) {
		fmt.Println(title)
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Slice(ks, func(a, b int) bool {
			if m[ks[a]] != m[ks[b]] {
				return m[ks[a]] > m[ks[b]]
			}
			return ks[a] < ks[b]
		})
		for _, k := range ks {
			fmt.Printf("  %5d %s\n", m[k], k)
		}
	}
	printCounts("pages on which a source gives a right candidate:", rightSrc)
	printCounts("... the only source that does:", onlySrc)
	printCounts("right candidate not taken, by what was taken and what was right:", pairs)
	printCounts("no right candidate, the nearest:", near)
	printCounts("no right candidate, by set:", nearSet)
	return nil
}

// sourceClass is a coarse name for where a title candidate comes from:
// a heading, the whole <title>, a metadata title, or a part of one.
func sourceClass(c candidate.Candidate) string {
	switch {
	case c.Has("h1"):
		return "h1"
	case c.Has("title"):
		return "<title>"
	case c.Has("og") || c.Has("twitter") || c.Has("meta") || c.Has("ld-article") || c.Has("ld-other") || c.Has("microdata"):
		return "meta"
	case c.Has("h2"):
		return "h2"
	case c.Has("derived"):
		return "part"
	}
	return strings.Join(c.Sources, "+")
}

// nearest classes a truth no candidate equals by the nearest candidate.
func nearest(gold string, cs []candidate.Candidate, body string) string {
	g := normWS(gold)
	typo := func(s string) string {
		r := strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`, "\u2013", "-", "\u2014", "-", "\u00a0", " ", "\u2026", "...", "&amp;", "&")
		return strings.ToLower(normWS(r.Replace(html.UnescapeString(s))))
	}
	for _, c := range cs {
		if strings.EqualFold(normWS(c.Value), g) {
			return "case only"
		}
	}
	for _, c := range cs {
		if typo(c.Value) == typo(g) {
			return "quotes, dashes or entities"
		}
	}
	tg := typo(g)
	for _, c := range cs {
		if strings.Contains(typo(c.Value), tg) {
			return "truth inside a candidate (site name, section or kicker left on)"
		}
	}
	for _, c := range cs {
		if tc := typo(c.Value); len(tc) > 0 && strings.Contains(tg, tc) {
			if len(tc)*2 >= len(tg) {
				return "candidate inside the truth (most of it)"
			}
			return "candidate inside the truth (less than half)"
		}
	}
	if body != "" && strings.Contains(strings.ToLower(body), strings.ToLower(g)) {
		return "truth in the HTML, no candidate near"
	}
	if body != "" && strings.Contains(typo(body), tg) {
		return "truth in the HTML in other quotes or case, no candidate near"
	}
	return "truth not in the HTML as one string"
}

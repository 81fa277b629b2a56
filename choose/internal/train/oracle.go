package main

import (
	"fmt"
	"html"
	"slices"
	"sort"
	"strings"
	"time"

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
	type tally struct {
		n, right, oracle, noCand, wrongPick int
		got, best                           float64 // authors: the figure (token F1), taken and best on offer
	}
	sets := map[string]*tally{}
	rightSrc := map[string]int{} // pages on which a source gives a right candidate
	onlySrc := map[string]int{}  // ... and is the only source that does
	pairs := map[string]int{}    // misses with a right candidate: what was taken, what was right
	near := map[string]int{}
	nearSet := map[string]int{}
	kinds := map[string]int{} // authors and dates: a wrong choice by set, between one, another or none
	taken := map[string]int{} // dates: how the taken day stands to the truth's where a right one was offered
	byType := map[string]*typeTally{}
	total := &tally{}
	for _, pg := range pages {
		if pg.Fold < 0 || !pg.Has[f] {
			continue
		}
		// A page merged from two sets counts in each for dates (the kit's
		// htmldate and trafilatura sets share pages, and both date them),
		// as the kit's per-set scores do; only one of them has titles and
		// authors, the set the page's id names.
		names := []string{setOf(pg.ID)}
		if p, ok := byID[pg.ID]; ok && len(p.Sets) > 0 && f == candidate.Date {
			names = nil
			for _, s := range p.Sets {
				if !slices.Contains(names, s) {
					names = append(names, s)
				}
			}
		}
		var ts []*tally
		for _, s := range names {
			if sets[s] == nil {
				sets[s] = &tally{}
			}
			ts = append(ts, sets[s])
		}
		set := strings.Join(names, "+")
		each := func(inc func(*tally)) {
			for _, t := range ts {
				inc(t)
			}
		}
		each(func(t *tally) { t.n++ })
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
			each(func(t *tally) { t.right++ })
			total.right++
		}
		if f == candidate.Author {
			got, best := b2f(gold == ""), b2f(gold == "")
			if i >= 0 {
				got = score(f, gold, cs[i])
			}
			for _, c := range cs {
				best = max(best, score(f, gold, c))
			}
			each(func(t *tally) { t.got += got; t.best += best })
			total.got += got
			total.best += best
		}
		if has {
			each(func(t *tally) { t.oracle++ })
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
		class := sourceClass
		switch f {
		case candidate.Date:
			class = dateClass
		case candidate.Author:
			class = authorClass
		}
		var tt *typeTally
		if p, ok := byID[pg.ID]; ok && p.PageType != "" {
			k := typeKey(p.PageType, gold)
			if byType[k] == nil {
				byType[k] = &typeTally{miss: map[string]int{}}
			}
			tt = byType[k]
			tt.n++
		}
		miss := func(kind string) {
			if tt != nil {
				tt.miss[kind]++
			}
		}
		switch {
		case ok:
		case has:
			each(func(t *tally) { t.wrongPick++ })
			total.wrongPick++
			got, want := "none", "none"
			if i >= 0 {
				got = class(cs[i])
			}
			if len(right) > 0 {
				want = class(cs[right[0]])
			}
			pairs[got+" taken, "+want+" right"]++
			if f == candidate.Date && i >= 0 && gold != "" {
				taken[dateRelation(gold, cs[i].Value)]++
			}
			if f != candidate.Title {
				kind := "another candidate taken"
				switch {
				case i < 0:
					kind = "none taken"
				case len(right) == 0:
					kind = "one taken, the truth none"
				}
				for _, s := range names {
					kinds[s+" "+kind]++
				}
				kinds["all "+kind]++
				miss(kind)
			} else {
				miss("another candidate taken")
			}
		default:
			each(func(t *tally) { t.noCand++ })
			total.noCand++
			miss("no right candidate")
			body := ""
			if p, ok := byID[pg.ID]; ok {
				if raw, err := evalset.ReadPage(p); err == nil {
					body = normWS(html.UnescapeString(string(raw)))
				}
			}
			var k string
			switch f {
			case candidate.Date:
				k = nearestDate(gold, cs, body)
			case candidate.Author:
				k = nearestAuthor(gold, cs, body)
			default:
				k = nearest(gold, cs, body)
			}
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
		fmt.Printf("  %-11s pages %4d  right %s  oracle %s  no right candidate %d  right candidate not taken %d",
			k, t.n, pct(t.right, t.n), pct(t.oracle, t.n), t.noCand, t.wrongPick)
		if f == candidate.Author {
			fmt.Printf("  token F1 %.3f, best on offer %.3f", t.got/float64(max(t.n, 1)), t.best/float64(max(t.n, 1)))
		}
		fmt.Println()
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
	if f != candidate.Title {
		printCounts("right candidate not taken, by set and kind:", kinds)
	}
	if f == candidate.Date {
		printCounts("right candidate not taken, the taken day against the truth's:", taken)
	}
	printCounts("no right candidate, the nearest:", near)
	printCounts("no right candidate, by set:", nearSet)
	if len(byType) > 0 {
		fmt.Println("misses by page type (the sets that type their pages), the truth given or none:")
		var ks []string
		for k := range byType {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		for _, k := range ks {
			t := byType[k]
			var ms []string
			for m := range t.miss {
				ms = append(ms, m)
			}
			sort.Strings(ms)
			total := 0
			for i, m := range ms {
				total += t.miss[m]
				ms[i] = fmt.Sprintf("%s %d", m, t.miss[m])
			}
			fmt.Println(strings.TrimRight(fmt.Sprintf("  %-28s pages %4d  missed %3d  %s", k, t.n, total, strings.Join(ms, ", ")), " "))
		}
	}
	return nil
}

// typeTally counts a page type's pages and its misses by kind.
type typeTally struct {
	n    int
	miss map[string]int
}

// typeKey names a page's row in the split by page type: the type, and
// whether the truth gives the field (a product page's truth has no date,
// an article's mostly has; the ranker's misses differ between the two).
func typeKey(pageType, gold string) string {
	if gold == "" {
		return pageType + ", truth none"
	}
	return pageType + ", truth given"
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

// dateClass is a coarse name for where a date candidate comes from,
// most telling source first: a day labelled updated or a modified stamp
// is not the publication the truths mostly take, whatever else gives it.
func dateClass(c candidate.Candidate) string {
	has := func(srcs ...string) bool {
		for _, s := range srcs {
			if c.Has(s) {
				return true
			}
		}
		return false
	}
	switch {
	case has("ld-modified", "meta-modified", "microdata-modified", "time-updated", "label-updated"):
		if has("ld-published", "meta-published", "microdata-published", "time-pubdate", "label-published") {
			return "published and modified"
		}
		return "modified"
	case has("ld-published", "ld-created", "meta-published", "meta-date", "microdata-published", "time-pubdate", "label-published"):
		return "published metadata"
	case has("header", "header-text"):
		return "header"
	case has("time"):
		return "<time>"
	case has("htmldate", "htmldate-refused"):
		return "htmldate"
	case has("url"):
		return "url"
	case has("utc-day"):
		return "utc-day"
	}
	return strings.Join(c.Sources, "+")
}

// dateRelation says how a wrong day stands to the truth's: the near
// misses a reader, a zone or a convention makes.
func dateRelation(gold, got string) string {
	if len(gold) < 10 || len(got) < 10 {
		return "other"
	}
	g, errG := time.Parse("2006-01-02", gold[:10])
	c, errC := time.Parse("2006-01-02", got[:10])
	if errG != nil || errC != nil {
		return "truth not a valid day"
	}
	d := c.Sub(g).Hours() / 24
	switch {
	case d == 1 || d == -1:
		return "off by one day"
	case gold[:4] == got[:4] && gold[5:7] == got[8:10] && gold[8:10] == got[5:7]:
		return "day and month swapped"
	case gold[4:] == got[4:]:
		return "year differs"
	case gold[:7] == got[:7]:
		return "same month, other day"
	case d > 0 && d <= 31:
		return "later, within a month"
	case d < 0 && d >= -31:
		return "earlier, within a month"
	case d > 0:
		return "later by more than a month"
	}
	return "earlier by more than a month"
}

// nearestDate classes a dated truth no candidate equals by the nearest
// candidate, else by whether the page's HTML prints the day in a common
// form.
func nearestDate(gold string, cs []candidate.Candidate, body string) string {
	if gold == "" {
		return "truth none" // cannot happen: none is always offered
	}
	if len(cs) == 0 {
		if inHTML(gold, body) {
			return "no candidate; the day in the HTML"
		}
		return "no candidate; the day not in the HTML in a common form"
	}
	order := []string{"off by one day", "day and month swapped", "year differs", "same month, other day"}
	best := len(order)
	for _, c := range cs {
		r := dateRelation(gold, c.Value)
		if r == "truth not a valid day" {
			return r
		}
		for k, o := range order {
			if r == o && k < best {
				best = k
			}
		}
	}
	if best < len(order) {
		return "a candidate " + order[best]
	}
	if inHTML(gold, body) {
		return "candidates far; the day in the HTML"
	}
	return "candidates far; the day not in the HTML in a common form"
}

// inHTML reports whether the page prints a day in one of the common
// numeric or English forms.
func inHTML(gold, body string) bool {
	t, err := time.Parse("2006-01-02", gold[:min(len(gold), 10)])
	if err != nil || body == "" {
		return false
	}
	b := strings.ToLower(body)
	for _, layout := range []string{"2006-01-02", "2006/01/02", "2006/1/2", "02.01.2006", "2.1.2006", "02/01/2006", "01/02/2006", "2/1/2006", "1/2/2006",
		"20060102", "January 2, 2006", "Jan 2, 2006", "2 January 2006", "2 Jan 2006", "Jan. 2, 2006", "January 2 2006", "2. January 2006", "2006年1月2日"} {
		if strings.Contains(b, strings.ToLower(t.Format(layout))) {
			return true
		}
	}
	return false
}

// authorClass is a coarse name for where an author candidate comes from,
// structured sources first: a name the page's metadata types as its
// author, then the bylines the page prints, then the weaker guesses.
func authorClass(c candidate.Candidate) string {
	switch {
	case c.Has("ld-article") || c.Has("ld-other"):
		return "JSON-LD"
	case c.Has("microdata"):
		return "microdata"
	case c.Has("meta-author") || c.Has("meta-other"):
		return "<meta>"
	case c.Has("rel-author"):
		return "rel=author"
	case c.Has("byline-element") || c.Has("header-byline"):
		return "byline element or header"
	case c.Has("other-byline") || c.Has("sign-off"):
		return "other byline"
	case c.Has("post-author"):
		return "post author"
	case c.Has("site-byline"):
		return "site byline"
	}
	return strings.Join(c.Sources, "+")
}

// nearestAuthor classes an author truth no candidate matches (token F1
// under 0.8) by the nearest candidate: one that holds the truth's names
// and others (co-authors the truth leaves out, a role or the site's
// name), one that holds part of them, one that shares a word; else by
// whether the page's HTML holds the truth at all.
func nearestAuthor(gold string, cs []candidate.Candidate, body string) string {
	if gold == "" {
		return "truth none" // cannot happen: none is always offered
	}
	best, bi := 0.0, -1
	for k, c := range cs {
		if s := evalset.TokenF1(gold, strings.Join(c.Names, "; ")); s > best {
			best, bi = s, k
		}
	}
	if bi >= 0 {
		g, c := evalset.Tokens(gold), evalset.Tokens(strings.Join(cs[bi].Names, "; "))
		inC, inG := true, true
		for t, n := range g {
			inC = inC && c[t] >= n
		}
		for t, n := range c {
			inG = inG && g[t] >= n
		}
		switch {
		case inC:
			return "a candidate holds the truth and more words"
		case inG:
			return "a candidate holds part of the truth"
		case best >= 0.5:
			return "a candidate shares most words (F1 0.5-0.8)"
		}
		return "a candidate shares a word (F1 under 0.5)"
	}
	lead := "candidates, none sharing a word"
	if len(cs) == 0 {
		lead = "no candidate"
	}
	if body != "" && strings.Contains(strings.ToLower(body), strings.ToLower(normWS(gold))) {
		return lead + "; the truth in the HTML"
	}
	return lead + "; the truth not in the HTML as one string"
}

package extract

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/akhbar/akhbar/dates"
	"github.com/akhbar/akhbar/extract/candidate"
	"github.com/akhbar/akhbar/pipeline"
)

// rulePicks are what the hand-written rules chose for each field; they
// are one candidate (and one feature) among the others.
type rulePicks struct {
	title     string
	authors   []string
	published pipeline.Time
}

// pageView is what the candidates' features are measured against: the
// page's blocks, folded once, and where the headline stands.
type pageView struct {
	blocks   []pipeline.Block
	folded   []string
	headline int // block of the headline, or -1
	anchor   int // the headline, or the first body block, or 0
	shown    map[string]bool
	shows    map[string][2]int // showsTitle's answer by folded text
	// the page features, measured once (pageFeatures)
	pageDone bool
	page     [5]float64
}

func newPageView(blocks []pipeline.Block, title string) *pageView {
	v := &pageView{blocks: blocks, folded: make([]string, len(blocks)), headline: -1}
	first := -1
	for i, b := range blocks {
		v.folded[i] = fold(b.Text)
		if first < 0 && b.Role == pipeline.RoleBody {
			first = i
		}
	}
	v.headline = headlineBlock(blocks, v.folded, fold(title))
	switch {
	case v.headline >= 0:
		v.anchor = v.headline
	case first >= 0:
		v.anchor = first
	}
	return v
}

// candidates gathers every value the page offers for the title, the
// authors and the publication date, with their features.
func (m *pageMeta) candidates(s *candidate.Set, d *pipeline.Doc, rule rulePicks) {
	v := newPageView(d.Blocks, rule.title)
	m.titleCandidates(s, v, rule.title)
	m.authorCandidates(s, v, rule.authors)
	m.dateCandidates(s, v, rule.published)
	s.Finish()
}

type sourced struct{ src, value string }

// pageFeatures are what the page as a whole says about whether it is an
// article that has a byline and a date: the length of its main text, an
// og:type of article, how deep its URL is and whether the URL is dated.
func (m *pageMeta) pageFeatures(f candidate.Field, x []float32, v *pageView) {
	// Measured once per page, not per candidate: a walk of every block
	// for each of thousands of candidates is quadratic in the page.
	if !v.pageDone {
		v.pageDone = true
		blocks, chars := 0, 0
		for _, b := range v.blocks {
			if b.Role == pipeline.RoleBody {
				blocks++
				chars += len(b.Text)
			}
		}
		u := m.canonical
		if u == "" {
			u = m.pageURL
		}
		path := u
		if i := strings.Index(path, "://"); i >= 0 {
			path = path[i+3:]
		}
		path, _, _ = strings.Cut(path, "?")
		v.page = [5]float64{
			math.Log1p(float64(blocks)),
			math.Log1p(float64(chars)),
			b2f(strings.EqualFold(m.prop("og:type"), "article")),
			float64(strings.Count(strings.TrimSuffix(path, "/"), "/")),
			b2f(urlDay(u, m.now) != ""),
		}
	}
	set := func(name string, val float64) { x[candidate.Index(f, name)] = float32(val) }
	set("page:body-blocks", v.page[0])
	set("page:body-chars", v.page[1])
	set("page:og-article", v.page[2])
	set("page:url-depth", v.page[3])
	set("page:url-date", v.page[4])
}

func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

func (m *pageMeta) titleCandidates(s *candidate.Set, v *pageView, rule string) {
	var raw []sourced
	add := func(src, val string) {
		if val = trimTitle(normSpace(val)); val != "" && len(val) < 1000 {
			raw = append(raw, sourced{src, val})
		}
	}
	for _, o := range m.ld {
		if isArticleType(o.types) {
			add("ld-article", o.headline)
			add("ld-other", o.name)
			add("ld-other", o.alternative)
		} else {
			add("ld-other", o.headline)
			add("ld-other", o.name)
		}
	}
	for _, h := range m.itemprop["headline"] {
		add("microdata", h)
	}
	for _, k := range []string{"og:title", "twitter:title", "title", "dc.title", "parsely-title", "sailthru.title", "headline"} {
		src := "meta"
		switch k {
		case "og:title":
			src = "og"
		case "twitter:title":
			src = "twitter"
		}
		for _, t := range m.props[k] {
			add(src, t)
		}
	}
	add("title", m.title)
	for i, h := range m.h1 {
		if i < 4 {
			add("h1", h)
		}
	}
	for i, h := range m.h2 {
		if i < 3 {
			add("h2", h)
		}
	}
	// The parts of a title that carries a site name or a section: the
	// part before the first separator and after the last, and what is
	// left when the site's name is cut.
	n := len(raw)
	for _, r := range raw[:n] {
		if r.src == "h2" {
			continue
		}
		add("derived", m.stripSite(r.value))
		for _, sep := range titleSeps {
			// Every cut at the separator: "A | B | C" gives "A",
			// "A | B", "B | C" and "C".
			for from, cuts := 0, 0; cuts < 4; cuts++ {
				i := strings.Index(r.value[from:], sep)
				if i < 0 {
					break
				}
				i += from
				if i > 0 {
					add("derived", r.value[:i])
					add("derived", r.value[i+len(sep):])
				}
				from = i + len(sep)
			}
		}
	}
	if rule = trimTitle(normSpace(rule)); rule != "" {
		s.Add(candidate.Title, candidate.Candidate{Value: rule, Sources: []string{"rule"}})
	}
	for _, r := range raw {
		s.Add(candidate.Title, candidate.Candidate{Value: r.value, Sources: []string{r.src}})
	}
	cs := s.Fields[candidate.Title]
	// The sources' agreement with a candidate is counted from tables of
	// the sources (not derived) by value, by folded value and by what
	// their folded values hold, not by a scan of every source per
	// candidate: a page can offer tens of thousands of titles.
	exactN := map[string]int{}
	foldedN := map[string]int{}
	var folds []string
	for _, r := range raw {
		if r.src == "derived" {
			continue
		}
		exactN[r.value]++
		f := fold(r.value)
		if foldedN[f] == 0 {
			folds = append(folds, f)
		}
		foldedN[f]++
	}
	weights := make([]int, len(folds))
	for i, f := range folds {
		weights[i] = foldedN[f]
	}
	holds := newContainCounter(folds, weights)
	h1At := map[string]int{}
	for k, h := range m.h1 {
		if t := trimTitle(normSpace(h)); h1At[t] == 0 {
			h1At[t] = k + 1
		}
	}
	ftitle := fold(m.title)
	nh1 := len(m.h1)
	var h1Words, bareWords map[string]bool
	if nh1 > 0 {
		h1Words = wordSet(m.h1[0])
	}
	bare := m.stripSite(trimTitle(normSpace(m.title)))
	bareWords = wordSet(bare)
	pageOverlap := -1.0
	if nh1 > 0 && bare != "" {
		pageOverlap = jaccard(h1Words, bareWords)
	}
	for i := range cs {
		c := &cs[i]
		f := make([]float32, len(candidate.TitleFeatures))
		set := func(name string, x float64) { f[candidate.Index(candidate.Title, name)] = float32(x) }
		set("rule", b2f(c.Has("rule")))
		for _, src := range []string{"ld-article", "ld-other", "microdata", "og", "twitter", "meta", "title", "h1", "h2"} {
			set("src:"+src, b2f(c.Has(src)))
		}
		set("derived", b2f(c.Has("derived")))
		fc := fold(c.Value)
		exact, agree, contain := exactN[c.Value], foldedN[fc], 0
		if fc != "" {
			contain = holds.count(fc) - agree
		}
		set("n-sources", float64(exact))
		set("n-agree", float64(agree))
		set("n-contain", float64(contain))
		runes := utf8.RuneCountInString(c.Value)
		set("runes", math.Min(float64(runes), 400))
		set("words", math.Min(float64(len(strings.Fields(c.Value))), 60))
		set("has-separator", b2f(strings.ContainsAny(c.Value, "|–—:·•»«") || strings.Contains(c.Value, " - ")))
		set("is-site", b2f(m.isSiteName(c.Value) && len(fc) <= len(fold(m.site))+3))
		set("has-site", b2f(m.site != "" && strings.Contains(fc, fold(m.site))))
		if k, rank := v.showsTitle(fc); k >= 0 {
			set("shown", 1)
			set("shown-pos", float64(k)/float64(len(v.blocks)))
			set("shown-rank", float64(rank))
			set("shown-body", b2f(v.blocks[k].Role == pipeline.RoleBody))
		} else {
			set("shown-pos", -1)
			set("shown-rank", 8)
		}
		if m.title != "" {
			set("ratio-title", float64(runes)/float64(utf8.RuneCountInString(m.title)))
		}
		up, dig, letters := shape(c.Value)
		set("upper", up)
		set("digits", dig)
		set("n-h1", float64(nh1))
		set("h1-index", float64(h1At[c.Value]-1))
		set("ellipsis", b2f(strings.HasSuffix(c.Value, "...") || strings.HasSuffix(c.Value, "…")))
		set("all-caps", b2f(letters > 3 && up == 1))
		set("is-title", b2f(fc == ftitle))
		set("prefix-of-title", b2f(fc != ftitle && fc != "" && strings.HasPrefix(ftitle, fc)))
		set("suffix-of-title", b2f(fc != ftitle && fc != "" && strings.HasSuffix(ftitle, fc)))
		set("n-candidates", float64(len(cs)))
		m.pageFeatures(candidate.Title, f, v)
		cw := wordSet(c.Value)
		set("page:h1-title-overlap", pageOverlap)
		set("overlap-h1", -1)
		if nh1 > 0 {
			set("overlap-h1", jaccard(cw, h1Words))
		}
		set("overlap-bare-title", -1)
		if bare != "" {
			set("overlap-bare-title", jaccard(cw, bareWords))
		}
		c.Features = f
	}
}

// showsTitle is the block whose whole text is the folded title (the most
// prominent heading first), and its heading rank; -1 when none.
func (v *pageView) showsTitle(fc string) (int, int) {
	if fc == "" {
		return -1, 0
	}
	if v.shows == nil {
		// Once for all candidates: the best block per folded text.
		v.shows = map[string][2]int{}
		for i, f := range v.folded {
			r := headingRank(v.blocks[i].Tag)
			if b, ok := v.shows[f]; (!ok && r < 9) || ok && r < b[1] {
				v.shows[f] = [2]int{i, r}
			}
		}
	}
	if b, ok := v.shows[fc]; ok {
		return b[0], b[1]
	}
	return -1, 9
}

// shape is the share of capitals among cased letters and of digits among
// letters and digits, and the count of letters.
func shape(s string) (upper, digits float64, letters int) {
	cased, up, dig := 0, 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			up++
			cased++
			letters++
		case unicode.IsLower(r):
			cased++
			letters++
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			dig++
		}
	}
	if cased > 0 {
		upper = float64(up) / float64(cased)
	}
	if letters+dig > 0 {
		digits = float64(dig) / float64(letters+dig)
	}
	return upper, digits, letters
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func (m *pageMeta) authorCandidates(s *candidate.Set, v *pageView, rule []string) {
	sites := m.siteNames()
	type src struct {
		name  string
		names []string
	}
	var all, siteNamed []src
	// A name that is the site's own (a CMS's default, an organisation
	// signing its pages) is left out, but where no source names anyone
	// else and the host spells it as a name of two words or more
	// (janedoe.example by Jane Doe) it is a personal site's author;
	// is-site and is-host mark it. An organisation's name stays out: the
	// kit's sets part on it (WCXB's truths take it, the trafilatura set's
	// leave the page without an author).
	add := func(name string, raw []string, withSites bool) {
		names := cleanAuthors(raw)
		if len(names) == 0 || len(names) > 12 {
			return
		}
		var kept []string
		for _, n := range names {
			if !withSites || !isSiteName(n, sites) {
				kept = append(kept, n)
			}
		}
		if len(kept) > 0 {
			all = append(all, src{name, kept})
		}
		if len(kept) < len(names) && personalHost(names, sites) {
			siteNamed = append(siteNamed, src{name, names})
		}
	}
	if len(rule) > 0 {
		all = append(all, src{"rule", rule})
	}
	articleLD := false
	for _, o := range m.ld {
		if len(o.authors) == 0 {
			continue
		}
		if isArticleType(o.types) && !articleLD {
			articleLD = true
			add("ld-article", o.authors, true)
		} else {
			add("ld-other", o.authors, true)
		}
	}
	add("microdata", m.itemprop["author"], true)
	add("microdata", m.itemprop["creator"], true)
	add("header-byline", m.headerByline, true)
	for _, k := range []string{"author", "article:author", "dc.creator", "byl"} {
		add("meta-author", m.props[k], true)
	}
	for _, k := range []string{"parsely-author", "sailthru.author", "citation_author", "twitter:creator", "dcterms.creator"} {
		add("meta-other", m.props[k], true)
	}
	for _, b := range m.relAuthor {
		add("rel-author", []string{b}, true)
	}
	for _, b := range m.bylines {
		add("byline-element", []string{b}, true)
	}
	add("other-byline", otherByline(v.blocks, sites, m.now), true)
	if m.postAuthor != "" {
		add("post-author", []string{m.postAuthor}, true)
	}
	add("site-byline", m.siteByline(), false)
	if len(all) == 0 {
		all = siteNamed
	}
	for _, c := range all {
		s.Add(candidate.Author, candidate.Candidate{Value: strings.Join(c.names, "; "), Names: c.names, Sources: []string{c.name}})
	}
	cs := s.Fields[candidate.Author]
	foldedNames := make([][]string, len(cs))
	for i, c := range cs {
		for _, n := range c.Names {
			foldedNames[i] = append(foldedNames[i], fold(n))
		}
	}
	notArticle := m.notAnArticle()
	// Which names the page's text shows and the first short block that
	// holds each candidate's first name, for all candidates in one read
	// of the text and the blocks, not one per name.
	var flat, firsts []string
	for i := range cs {
		flat = append(flat, foldedNames[i]...)
		firsts = append(firsts, foldedNames[i][0])
	}
	visibleAt := firstHolding(flat, []string{m.visible}, func(int) bool { return true })
	blockAt := firstHolding(firsts, v.folded, func(k int) bool { return len(v.blocks[k].Text) <= 300 })
	flatAt := 0
	overlaps := nameOverlaps(foldedNames)
	for i := range cs {
		c := &cs[i]
		f := make([]float32, len(candidate.AuthorFeatures))
		set := func(name string, x float64) { f[candidate.Index(candidate.Author, name)] = float32(x) }
		set("rule", b2f(c.Has("rule")))
		for _, src := range []string{"ld-article", "ld-other", "microdata", "header-byline", "meta-author", "meta-other", "byline-element", "other-byline", "site-byline", "rel-author", "post-author"} {
			set("src:"+src, b2f(c.Has(src)))
		}
		n := 0
		for _, s := range c.Sources {
			if s != "rule" {
				n++
			}
		}
		set("n-sources", float64(n))
		set("n-overlap", float64(overlaps[i]))
		shown, words, runes, digits, lower, initials, totalWords := 0, 0, 0, 0, 0, 0, 0
		isSite, hasSite, isHost := false, false, false
		for k, name := range c.Names {
			fn := foldedNames[i][k]
			if visibleAt[flatAt+k] >= 0 {
				shown++
			}
			for si, st := range sites {
				if fs := fold(st); fs != "" {
					isSite = isSite || fs == fn
					hasSite = hasSite || strings.Contains(fn, fs)
					isHost = isHost || si > 0 && fs == fn
				}
			}
			ws := strings.Fields(name)
			words += len(ws)
			runes += utf8.RuneCountInString(name)
			for _, w := range ws {
				totalWords++
				r, _ := utf8.DecodeRuneInString(w)
				if unicode.IsLower(r) {
					lower++
				}
				if unicode.IsUpper(r) {
					initials++
				}
			}
			for _, r := range name {
				if unicode.IsDigit(r) {
					digits++
				}
			}
		}
		nn := len(c.Names)
		set("shown", float64(shown)/float64(nn))
		set("names", float64(nn))
		set("words-per-name", float64(words)/float64(nn))
		set("runes", math.Min(float64(runes), 200))
		set("is-site", b2f(isSite))
		set("has-site", b2f(hasSite))
		set("is-host", b2f(isHost))
		set("digits", float64(digits))
		set("lower-word", float64(lower))
		if totalWords > 0 {
			set("upper-initials", float64(initials)/float64(totalWords))
		}
		set("shown-pos", 99)
		flatAt += len(c.Names)
		if k := blockAt[i]; k >= 0 {
			set("shown-pos", math.Max(-60, math.Min(60, float64(k-v.anchor))))
			set("shown-body", b2f(v.blocks[k].Role == pipeline.RoleBody))
			set("shown-len", math.Min(float64(len(v.blocks[k].Text)), 300))
			set("has-label-before", b2f(bylineLine.MatchString(strings.TrimLeft(v.blocks[k].Text, "-–—=*•· ")) || k > 0 && bylineLabel.MatchString(v.blocks[k-1].Text)))
		}
		set("headline-found", b2f(v.headline >= 0))
		set("article-kind", b2f(articleLD))
		set("not-article", b2f(notArticle))
		set("n-candidates", float64(len(cs)))
		set("page:post-authors", math.Log1p(float64(m.postAuthors)))
		m.pageFeatures(candidate.Author, f, v)
		c.Features = f
	}
}

// isSiteName reports whether a name is the site's own (its name or its
// host's), as plausibleName refuses it.
func isSiteName(n string, sites []string) bool {
	fn := fold(n)
	for _, st := range sites {
		if fs := fold(st); fs != "" && fs == fn {
			return true
		}
	}
	return false
}

// personalHost reports whether one of the names is a person's the
// host spells (two words or more: janedoe.example by Jane Doe);
// sites[1:] are the host's names siteNames gives.
func personalHost(names []string, sites []string) bool {
	for _, n := range names {
		if len(strings.Fields(n)) < 2 {
			continue
		}
		fn := fold(n)
		for _, st := range sites[min(1, len(sites)):] {
			if fs := fold(st); fs != "" && fs == fn {
				return true
			}
		}
	}
	return false
}

// dateCand is one reading of a date before candidates are merged by day.
type dateCand struct {
	src   string
	stamp pipeline.Time
}

func (m *pageMeta) dateCandidates(s *candidate.Set, v *pageView, rule pipeline.Time) {
	zone := m.pageZone()
	var raw []dateCand
	add := func(src string, t pipeline.Time) {
		if len(t) >= 10 {
			raw = append(raw, dateCand{src, t})
		}
	}
	// structured adds a machine-readable stamp in the page's zone, and its
	// day as written when that is another day.
	structured := func(src, val string) {
		t, ok := parseStructuredIn(val, zone, m.now)
		if !ok {
			return
		}
		add(src, t)
		if w, ok := parseStructured(val, m.now); ok && day(w) != day(t) {
			add("utc-day", w)
		}
	}
	add("rule", rule)
	for _, o := range m.ld {
		if isArticleType(o.types) {
			structured("ld-published", o.datePublished)
			structured("ld-created", o.dateCreated)
			structured("ld-modified", o.dateModified)
		} else {
			structured("meta-date", o.datePublished)
			structured("meta-date", o.dateCreated)
			structured("meta-modified", o.dateModified)
		}
	}
	for _, k := range publishedKeys {
		src := "meta-date"
		if strongDateSource["meta:"+k] {
			src = "meta-published"
		}
		for _, val := range m.props[k] {
			structured(src, val)
		}
	}
	for _, k := range updatedKeys {
		for _, val := range m.props[k] {
			structured("meta-modified", val)
		}
	}
	for _, val := range m.itemprop["datepublished"] {
		structured("microdata-published", val)
	}
	for _, val := range m.itemprop["datemodified"] {
		structured("microdata-modified", val)
	}
	// timeIndex is the first <time> element giving each day, in page
	// order: a thread's first post comes before its replies.
	timeIndex := map[string]int{}
	for i, te := range m.times {
		if i >= 20 {
			break
		}
		src := "time"
		switch {
		case te.pubdate:
			src = "time-pubdate"
		case strings.Contains(te.class, "updat") || strings.Contains(te.class, "modif"):
			src = "time-updated"
		}
		t, ok := parseStructuredIn(te.datetime, zone, m.now)
		if !ok {
			t, ok = parseTextDate(te.text, m.lang, m.now)
		}
		if ok {
			add(src, t)
			if _, seen := timeIndex[day(t)]; !seen && len(t) >= 10 {
				timeIndex[day(t)] = i
			}
		}
	}
	if m.htmldateTaken != "" {
		add("htmldate", m.htmldateTaken)
	}
	if m.htmldateRead != "" && m.htmldateRead != m.htmldateTaken {
		add("htmldate-refused", m.htmldateRead)
	}
	if m.header != "" {
		if m.headerFromText {
			add("header-text", m.header)
		} else {
			add("header", m.header)
		}
	}
	for _, u := range []string{m.canonical, m.pageURL} {
		if t := urlDay(u, m.now); t != "" {
			add("url", t)
			break
		}
	}
	// Dates a line near the headline labels as published or updated.
	lo, hi := max(v.anchor-3, 0), min(v.anchor+12, len(v.blocks)-1)
	o := dates.Options{Ref: m.now, Lang: langBase(m.lang), MinYear: minYear, DefaultZone: zone}
	for i := lo; i <= hi; i++ {
		if len(v.blocks[i].Text) > 200 {
			continue
		}
		for _, l := range dates.Labels(v.blocks[i].Text, o) {
			if l.Relative || !validDay(l.Time.Year(), int(l.Time.Month()), l.Time.Day(), m.now) {
				continue
			}
			t := pipeline.Time(l.Time.Format("2006-01-02"))
			switch l.Kind {
			case dates.Published:
				add("label-published", t)
			case dates.Updated:
				add("label-updated", t)
			}
		}
	}
	// Merge by day; the stamp kept is the most precise one of the most
	// trusted source, in the order the readings were added.
	for _, r := range raw {
		i := s.Add(candidate.Date, candidate.Candidate{Value: day(r.stamp), Stamp: string(r.stamp), Sources: []string{r.src}})
		c := &s.Fields[candidate.Date][i]
		if len(c.Stamp) <= 10 && len(r.stamp) > 10 {
			c.Stamp = string(r.stamp)
		}
	}
	cs := s.Fields[candidate.Date]
	if len(cs) == 0 {
		return
	}
	shown := m.shownDays(v)
	var lo2, hi2 time.Time
	days := make([]time.Time, len(cs))
	for i, c := range cs {
		t, _ := time.Parse("2006-01-02", c.Value)
		days[i] = t
		if lo2.IsZero() || t.Before(lo2) {
			lo2 = t
		}
		if hi2.IsZero() || t.After(hi2) {
			hi2 = t
		}
	}
	notArticle := m.notAnArticle()
	ldArticle := false
	for _, o := range m.ld {
		ldArticle = ldArticle || isArticleType(o.types)
	}
	for i := range cs {
		c := &cs[i]
		f := make([]float32, len(candidate.DateFeatures))
		set := func(name string, x float64) { f[candidate.Index(candidate.Date, name)] = float32(x) }
		set("rule", b2f(c.Has("rule")))
		n := 0
		for _, src := range c.Sources {
			if src != "rule" {
				set("src:"+src, 1)
				n++
			}
		}
		set("n-sources", float64(n))
		set("earliest", b2f(days[i].Equal(lo2)))
		set("latest", b2f(days[i].Equal(hi2)))
		set("after-earliest", math.Log1p(days[i].Sub(lo2).Hours()/24))
		set("before-latest", math.Log1p(hi2.Sub(days[i]).Hours()/24))
		set("future", b2f(days[i].After(m.now.Add(48*time.Hour))))
		set("shown", b2f(shown[c.Value]))
		y, mo, dd := days[i].Date()
		in := false
		for _, u := range []string{m.canonical, m.pageURL} {
			in = in || urlHasDate(u, y, int(mo), dd)
		}
		set("in-url", b2f(in))
		set("has-time", b2f(len(c.Stamp) > 10))
		set("has-zone", b2f(len(c.Stamp) > 19))
		set("not-article", b2f(notArticle))
		set("n-candidates", float64(len(cs)))
		set("first-of-month", b2f(dd == 1))
		set("n-days", math.Log1p(hi2.Sub(lo2).Hours()/24))
		if c.Has("htmldate") || c.Has("htmldate-refused") {
			src := m.htmldateSrc
			set("htmldate-from-url", b2f(strings.HasPrefix(src, "http") || strings.HasPrefix(src, "/")))
			set("htmldate-from-text", b2f(strings.ContainsFunc(src, unicode.IsLetter) && strings.Contains(src, " ")))
			set("htmldate-src-len", math.Min(float64(len(src)), 300))
		}
		set("ld-article", b2f(ldArticle))
		set("page:type-forum", m.forumProb)
		set("page:times", math.Log1p(float64(len(timeIndex))))
		if k, ok := timeIndex[c.Value]; ok {
			set("time-index", float64(k))
			earliest := true
			for d := range timeIndex {
				earliest = earliest && d >= c.Value
			}
			set("time-earliest", b2f(earliest))
		} else {
			set("time-index", -1)
		}
		// Product, listing and documentation pages seldom carry a date
		// of their own, while a stamp they merely hold looks the same as
		// an article's.
		set("page:type-article", m.articleProb)
		m.pageFeatures(candidate.Date, f, v)
		c.Features = f
	}
}

// shownDays are the days the page's short blocks print, read in the
// page's language.
func (m *pageMeta) shownDays(v *pageView) map[string]bool {
	out := map[string]bool{}
	o := dates.Options{Ref: m.now, Lang: langBase(m.lang), MinYear: minYear}
	for _, b := range v.blocks {
		if len(b.Text) > 300 || !strings.ContainsAny(b.Text, "0123456789") && !hasNonASCIIDigit(b.Text) {
			continue
		}
		for _, r := range dates.Find(b.Text, o) {
			if !r.Relative {
				out[r.Time.Format("2006-01-02")] = true
			}
		}
	}
	return out
}

func hasNonASCIIDigit(s string) bool {
	for _, r := range s {
		if r > 127 && unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// urlDay is the day a URL's path gives: /2019/07/04/, /2019-07-04-,
// 20190704 between separators; "" when none.
func urlDay(u string, now time.Time) pipeline.Time {
	if u == "" {
		return ""
	}
	runs := digitRun().FindAllString(u, -1)
	num := func(s string) int { n, _ := strconv.Atoi(s); return n }
	for i, r := range runs {
		switch {
		case len(r) == 8 && validDay(num(r[:4]), num(r[4:6]), num(r[6:]), now):
			return pipeline.Time(r[:4] + "-" + r[4:6] + "-" + r[6:])
		case len(r) == 4 && i+2 < len(runs) && len(runs[i+1]) <= 2 && len(runs[i+2]) <= 2 &&
			validDay(num(r), num(runs[i+1]), num(runs[i+2]), now):
			return pipeline.Time(r + "-" + pad2(num(runs[i+1])) + "-" + pad2(num(runs[i+2])))
		}
	}
	return ""
}

// applyChoice sets the record's title, authors and publication date to
// the chosen candidates, and returns the chosen date's sources.
func (m *pageMeta) applyChoice(d *pipeline.Doc, s *candidate.Set) string {
	r := &d.Record
	if i := s.Chosen[candidate.Title]; i >= 0 {
		r.Title = s.Fields[candidate.Title][i].Value
	}
	if i := s.Chosen[candidate.Author]; i >= 0 {
		r.Authors = s.Fields[candidate.Author][i].Names
	} else {
		r.Authors = nil
	}
	m.authorNames = r.Authors
	how := ""
	if i := s.Chosen[candidate.Date]; i >= 0 {
		c := s.Fields[candidate.Date][i]
		r.Published = pipeline.Time(c.Stamp)
		how = strings.Join(c.Sources, ",")
		flags := r.Flags[:0]
		for _, f := range r.Flags {
			if f != "date-unshown" {
				flags = append(flags, f)
			}
		}
		r.Flags = flags
	} else {
		r.Published = ""
	}
	if r.Updated != "" && r.Published != "" && day(r.Updated) < day(r.Published) {
		r.Updated = ""
	}
	return how
}

// jaccard is the share of two word sets' union that both hold.
func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

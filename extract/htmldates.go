package extract

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	dps "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/akhbar/akhbar/dates"
	"github.com/akhbar/akhbar/pipeline"
)

// publishedKeys are <meta> names and properties that state when an article
// was first published, most specific first.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "article:published", "published_time",
	"datepublished", "article.published", "parsely-pub-date", "sailthru.date", "publish-date",
	"publishdate", "publish_date", "pubdate", "dc.date.issued", "dcterms.issued", "dc.date.created",
	"dcterms.created", "citation_publication_date", "citation_date", "date", "dc.date", "dcterms.date",
	"og:published_time", "originalpublicationdate", "article_date_original", "cxenseparse:recs:publishtime",
	"displaydate", "created", "datecreated",
}

var updatedKeys = []string{
	"article:modified_time", "og:updated_time", "article:modified", "datemodified", "dc.date.modified",
	"dcterms.modified", "last-modified", "lastmod", "modified", "updated_time",
}

// dateParseBudget is how many strings go-htmldate may hand go-dateparser
// on one page. Its extensive search tries every short text with four or
// more digits, and one no locale reads costs a full locale search (some
// milliseconds): a gallery of 3,000 slide counters ("12 / 3000") made
// 2,100 calls and 22 CPU-seconds. Over the kit's 2,504 HTML pages a page
// made at most 298 calls (median 0, 99th percentile 39), so a budget
// above that bounds the cost of such pages and changes no record there.
// A variable only so that a test can lower it.
var dateParseBudget = 400

// chooseDates fills Published and Updated from two independent readings:
// what the page's metadata states (JSON-LD, <meta>, microdata, <time
// pubdate>), and htmldate's search of the whole page (its own ranking of
// date expressions in the markup, the visible text and the URL). Metadata
// gives a time and a zone; htmldate tends to find the date a reader sees.
// When both exist and disagree, the visible reading wins: metadata dates
// are often a CMS's record-creation or re-publication stamp, and UTC
// stamps fall on the previous or next day in the page's own zone. A date
// htmldate took from a weak place (a copyright line, a comment, an image
// path, a "last updated" note) is not taken as the publication date.
func (m *pageMeta) chooseDates(doc *html.Node, extensive bool, header pipeline.Time) (published, updated pipeline.Time, how string) {
	zone := m.pageZone()
	structured, how := m.structuredPublished(zone)
	asWritten, _ := m.structuredPublished(nil)
	for _, o := range m.ld {
		if isArticleType(o.types) {
			if t, ok := parseStructuredIn(o.dateModified, zone, m.now); ok {
				updated = t
				break
			}
		}
	}
	if updated == "" {
		for _, k := range updatedKeys {
			if t, ok := parseStructuredIn(m.prop(k), zone, m.now); ok {
				updated = t
				break
			}
		}
	}
	// go-htmldate reads the clock itself: its latest acceptable date is a
	// year after the process started, and its date parser resolves a date
	// without a year against today. Both are given the run's pinned time,
	// so that a record (and the rankers trained on these candidates) does
	// not depend on the day it was made. The parser's settings are
	// go-htmldate's own defaults otherwise.
	m.dateBudget = dps.NewBudget(dateParseBudget)
	opts := htmldate.Options{
		UseOriginalDate: true, SkipExtensiveSearch: !extensive, URL: m.canonical,
		MaxDate: m.now.AddDate(1, 0, 0),
		DateParserConfig: &dps.Configuration{
			PreferredDateSource: dps.Past, StrictParsing: true, CurrentTime: m.now.UTC(),
			Budget: m.dateBudget,
		},
	}
	if opts.URL == "" {
		opts.URL = m.pageURL
	}
	if structured != "" {
		m.noteDate("metadata %s (%s)", structured, how)
	}
	var found pipeline.Time
	if r, err := htmldate.FromDocument(doc, opts); err == nil && !r.IsZero() {
		why := "it belongs to another item: a comment, a rating, a teaser, a cited date"
		if !m.othersDate(doc, r.SrcString) {
			found, why = m.htmldateDay(r)
		}
		m.htmldateRead = pipeline.Time(r.DateTime.Format("2006-01-02"))
		m.htmldateSrc = r.SrcString
		m.htmldateTaken = found
		if found != "" {
			m.noteDate("htmldate %s from %.60q", found, r.SrcString)
		} else {
			m.noteDate("htmldate %s from %.60q refused: %s", r.DateTime.Format("2006-01-02"), r.SrcString, why)
		}
	}
	if header != "" {
		m.noteDate("header %s", header)
	}
	r := dateReadings{structured: structured, asWritten: asWritten, found: found, header: header, how: how}
	r.agree = structured != "" && (found == "" || day(structured) == day(found) || day(asWritten) == day(found))
	for _, row := range dateArbitration {
		if row.when(&r) {
			published, how = row.take(&r)
			m.noteDate("rules: %s", row.why)
			break
		}
	}
	if updated != "" && published != "" && updated[:10] < published[:10] {
		updated = ""
	}
	return published, updated, how
}

// dateReadings are the three readings of a page's publication date the
// rules arbitrate between: the metadata's stamp (in the page's zone, and
// as written), htmldate's day, and the date the article's header shows.
type dateReadings struct {
	structured, asWritten, found, header pipeline.Time
	how                                  string // where the stamp is from
	agree                                bool   // htmldate read no other day than the stamp
}

// headerSays reports whether the header shows no date or the day t.
func (r *dateReadings) headerSays(t pipeline.Time) bool {
	return r.header == "" || day(r.header) == day(t)
}

// dateArbitration is the rules' order of trust, one row per case: the
// first row whose condition holds gives the publication date. Metadata
// and htmldate agreeing win unless the header shows another day; the
// header's date gives way only to an article-specific statement htmldate
// confirms, and to htmldate's reading when the header repeats the
// metadata htmldate overruled.
var dateArbitration = []struct {
	why  string
	when func(r *dateReadings) bool
	take func(r *dateReadings) (pipeline.Time, string)
}{
	{"the header shows the stamp's UTC day: the site's clock runs on UTC",
		func(r *dateReadings) bool {
			return r.agree && r.header != "" && r.headerSays(r.asWritten) && !r.headerSays(r.structured)
		},
		func(r *dateReadings) (pipeline.Time, string) { return r.asWritten, r.how }},
	{"metadata and htmldate agree, and the header does not say otherwise",
		func(r *dateReadings) bool { return r.agree && r.headerSays(r.structured) },
		func(r *dateReadings) (pipeline.Time, string) { return r.structured, r.how }},
	{"an article-specific stamp htmldate confirms, against the header",
		func(r *dateReadings) bool { return r.agree && r.found != "" && strongDateSource[r.how] },
		func(r *dateReadings) (pipeline.Time, string) { return r.structured, r.how }},
	{"htmldate's day, which the header shows or does not contradict",
		func(r *dateReadings) bool { return r.found != "" && r.headerSays(r.found) },
		func(r *dateReadings) (pipeline.Time, string) { return r.found, "htmldate" }},
	{"htmldate's day, against a header that repeats the metadata htmldate overruled",
		func(r *dateReadings) bool {
			return r.found != "" && r.structured != "" && !r.agree && r.headerSays(r.structured)
		},
		func(r *dateReadings) (pipeline.Time, string) { return r.found, "htmldate" }},
	{"the date shown in the article's header",
		func(r *dateReadings) bool { return r.header != "" },
		func(r *dateReadings) (pipeline.Time, string) { return r.header, "header-time" }},
}

// htmldateDay is the day htmldate found, unless the place it took it
// from does not date the page: a copyright line, a comment, an expiry, a
// period, a month or a year with no day. A weak place that labels a
// publication date of its own ("Letzte Änderung: 31.10.2023 Erschienen
// am: 01.11.2023") gives that date.
func (m *pageMeta) htmldateDay(r htmldate.Result) (pipeline.Time, string) {
	src := r.SrcString
	switch {
	case weakDateSource().MatchString(src) || m.notPublication(src):
		if p := m.labelledPublished(src); p != "" {
			return p, ""
		}
		return "", "a copyright line, a comment, an update note, an expiry, a version, an HTML comment"
	case isPeriod(src, m.lang, m.now):
		return "", "a period's date"
	}
	// A line that labels its dates ("Updated: … | Published: …",
	// "अपडेटेड: … प्रकाशित: …") says which is the publication date, in
	// every language package dates knows. (A date labelled only as an
	// update stays: where a page shows nothing else, readers and the
	// benchmarks' annotators take it.)
	if p := m.labelledPublished(src); p != "" {
		return p, ""
	}
	found := dayFirst(pipeline.Time(r.DateTime.Format("2006-01-02")), src, m.now)
	if dayless(found, src, m.now) {
		return "", "a month or a year with no day"
	}
	return found, ""
}

// labelledPublished is the day a text labels as published, or "".
func (m *pageMeta) labelledPublished(src string) pipeline.Time {
	for _, l := range dates.Labels(src, dates.Options{Ref: m.now, Lang: langBase(m.lang), MinYear: minYear}) {
		if l.Kind == dates.Published && !l.Relative {
			return pipeline.Time(l.Time.Format("2006-01-02"))
		}
	}
	return ""
}

// noteDate keeps one reading of the page's dates, for "akhbar explain".
func (m *pageMeta) noteDate(format string, args ...any) {
	m.dateNotes = append(m.dateNotes, fmt.Sprintf(format, args...))
}

// dottedDate is a numeric date written with dots, "4. 2. 2022" or
// "04.02.2022": day first wherever dots separate a date's parts.
var dottedDate = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b`) })

// dayFirst corrects a date htmldate read month first from a dotted date
// with spaces ("4. 2. 2022." is 4 February).
func dayFirst(found pipeline.Time, src string, now time.Time) pipeline.Time {
	m := dottedDate().FindStringSubmatch(src)
	if m == nil {
		return found
	}
	d, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	y, _ := strconv.Atoi(m[3])
	if !validDay(y, mo, d, now) {
		return found
	}
	return pipeline.Time(pad4(y) + "-" + pad2(mo) + "-" + pad2(d))
}

// strongDateSource are metadata that state an article's publication
// itself, unlike a page's generic "date".
var strongDateSource = map[string]bool{
	"json-ld": true, "microdata": true, "time-pubdate": true, "meta:article:published_time": true,
	"meta:og:article:published_time": true, "meta:datepublished": true, "meta:article.published": true,
	"meta:parsely-pub-date": true, "meta:sailthru.date": true,
}

func day(t pipeline.Time) string {
	if len(t) >= 10 {
		return string(t[:10])
	}
	return string(t)
}

// weakDateSource matches the text around a date that does not date the
// page: a copyright line, a comment ("X says:"), an asset or script path,
// a form option, a "last updated" note.
var weakDateSource = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(©|\(c\)|copyright|&copy;|\.(jpe?g|png|gif|webp|svg|js|css)\b|wp-content|/uploads/|\b(says|sagt|schreibt|dit|wrote|escribió|disse)\s*:|last updated|letzte änderung|zuletzt aktualisiert|</option>|<script|\*/|licensed)`)
})

// notDateKey is what precedes a date that is not a publication date in
// a page's scripts and comments: an expiry ("expires": a session's or a
// cookie's), a version-control stamp ("$Id: file.ccml 21 2014-06-01"),
// a version number ("Joomla! - Version 3.9.15" read as 3 September 2015).
var notDateKey = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(expir[a-z_]*["']?\s*[:=]\s*["']?|\$Id:[^$\n]{0,80}|\bversion\s*)$`)
})

// notPublication reports whether the text htmldate took its date from
// is, where the page has it, inside an HTML comment, an expiry, a
// version-control stamp or a software's version number.
func (m *pageMeta) notPublication(src string) bool {
	if len(src) < 8 || len(m.raw) == 0 {
		return false
	}
	i := dateIndex(m.raw, src)
	if i < 0 {
		return false
	}
	if bytes.LastIndex(m.raw[:i], []byte("<!--")) > bytes.LastIndex(m.raw[:i], []byte("-->")) {
		return true
	}
	return notDateKey().Match(m.raw[max(0, i-100):i])
}

// dateIndex is where the first number of htmldate's source text stands
// in the page's bytes, or -1. The source text may have had its white
// space collapsed and its markup re-serialised, and may start inside a
// word ("on 3.9.15" of "Version 3.9.15"), so when it is not in the page
// as it is, its words up to the end of that number are looked for, with
// any white space between them.
func dateIndex(raw []byte, src string) int {
	k := strings.IndexAny(src, "0123456789")
	if k < 0 {
		return -1
	}
	if i := bytes.Index(raw, []byte(src)); i >= 0 {
		return i + k
	}
	end := k + len(datePart().FindString(src[k:]))
	words := strings.Fields(src[:end])
	if len(words) == 0 {
		return -1
	}
	at := wordsAt(raw, words)
	if at < 0 {
		return -1
	}
	return at + bytes.IndexAny(raw[at:], "0123456789")
}

// wordsAt is where words first stand in raw one after another, separated
// by any white space, or -1. It is the loop a regexp built from the words
// would run, without compiling one per page.
func wordsAt(raw []byte, words []string) int {
	first := []byte(words[0])
	for from := 0; ; {
		i := bytes.Index(raw[from:], first)
		if i < 0 {
			return -1
		}
		i += from
		j, ok := i+len(first), true
		for _, w := range words[1:] {
			k := j
			for k < len(raw) && isSpaceByte(raw[k]) {
				k++
			}
			if k == j || !bytes.HasPrefix(raw[k:], []byte(w)) {
				ok = false
				break
			}
			j = k + len(w)
		}
		if ok {
			return i
		}
		from = i + 1
	}
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

var datePart = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[0-9./:-]+`) })

// structuredPublished is the first publication date the metadata states,
// in the order of trust: JSON-LD of the article, <meta>, microdata,
// <time pubdate>.
func (m *pageMeta) structuredPublished(zone *time.Location) (pipeline.Time, string) {
	for _, o := range m.ld {
		if !isArticleType(o.types) {
			continue
		}
		if t, ok := parseStructuredIn(o.datePublished, zone, m.now); ok {
			return t, "json-ld"
		}
		if t, ok := parseStructuredIn(o.dateCreated, zone, m.now); ok {
			return t, "json-ld"
		}
	}
	for _, k := range publishedKeys {
		for _, v := range m.props[k] {
			if t, ok := parseStructuredIn(v, zone, m.now); ok {
				return t, "meta:" + k
			}
		}
	}
	for _, v := range m.itemprop["datepublished"] {
		if t, ok := parseStructuredIn(v, zone, m.now); ok {
			return t, "microdata"
		}
	}
	for _, te := range m.times {
		if te.pubdate {
			if t, ok := parseStructuredIn(te.datetime, zone, m.now); ok {
				return t, "time-pubdate"
			}
		}
	}
	return "", ""
}

// parseStructuredIn is parseStructured, with UTC timestamps moved into the
// page's own zone when it is known: "2021-11-04T23:00Z" on a German page
// was published on 5 November.
func parseStructuredIn(s string, zone *time.Location, now time.Time) (pipeline.Time, bool) {
	t, ok := parseStructured(s, now)
	if !ok {
		// Some sites put a display date in a machine field
		// ("Di., 25.01.2022 - 14:45"): the date parser reads it in the
		// page's zone.
		return parseWords(s, zone, "", now)
	}
	if zone == nil || len(t) <= 10 {
		return t, ok
	}
	if !strings.HasSuffix(string(t), "Z") && !strings.HasSuffix(string(t), "+00:00") {
		return t, ok
	}
	tt, err := time.Parse(time.RFC3339, string(t))
	if err != nil {
		return t, ok
	}
	return pipeline.Time(tt.In(zone).Format(time.RFC3339)), true
}

func fromHTMLDate(r htmldate.Result) pipeline.Time {
	if r.HasTime && r.HasTimezone {
		return pipeline.Time(r.DateTime.Format(time.RFC3339))
	}
	return pipeline.Time(r.DateTime.Format("2006-01-02"))
}

// isoRe reads the ISO 8601 shapes pages put in machine-readable places:
// 2024-07-03, 2024-07-03T19:43, 2024-07-03 19:43:00+05:30, 20240703,
// 2024/07/03, with optional fractions and zone.
var isoRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{1,2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?`)
})

var minYear = 1995

// parseStructured reads a machine-readable date: ISO 8601 and its common
// variants, RFC 1123, and Unix seconds or milliseconds. Dates before
// 1995 or more than two days ahead of now are refused.
func parseStructured(s string, now time.Time) (pipeline.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if m := isoRe().FindStringSubmatch(s); m != nil && isoDay(m, now) {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		if m[4] == "" || m[7] == "" {
			return pipeline.Time(pad4(y) + "-" + pad2(mo) + "-" + pad2(d)), true
		}
		h, _ := strconv.Atoi(m[4])
		mi, _ := strconv.Atoi(m[5])
		sec, _ := strconv.Atoi(m[6])
		if h > 23 || mi > 59 || sec > 59 {
			return pipeline.Time(pad4(y) + "-" + pad2(mo) + "-" + pad2(d)), true
		}
		loc := zoneOf(m[7])
		if loc == nil {
			return pipeline.Time(pad4(y) + "-" + pad2(mo) + "-" + pad2(d)), true
		}
		return pipeline.Time(time.Date(y, time.Month(mo), d, h, mi, sec, 0, loc).Format(time.RFC3339)), true
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST"} {
		if t, err := time.Parse(layout, s); err == nil && validDay(t.Year(), int(t.Month()), t.Day(), now) {
			return pipeline.Time(t.Format(time.RFC3339)), true
		}
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && len(s) >= 9 {
		if n > 1e12 {
			n /= 1000
		}
		t := time.Unix(n, 0).UTC()
		if validDay(t.Year(), int(t.Month()), t.Day(), now) {
			return pipeline.Time(t.Format(time.RFC3339)), true
		}
	}
	return "", false
}

func isoDay(m []string, now time.Time) bool {
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	return validDay(y, mo, d, now)
}

func validDay(y, mo, d int, now time.Time) bool {
	if y < minYear || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return false
	}
	return t.Before(now.Add(48 * time.Hour))
}

func zoneOf(z string) *time.Location {
	switch z {
	case "":
		return nil
	case "Z", "UTC", "GMT":
		return time.UTC
	}
	sign := 1
	if z[0] == '-' {
		sign = -1
	}
	z = strings.ReplaceAll(z[1:], ":", "")
	h, _ := strconv.Atoi(z[:2])
	mi := 0
	if len(z) >= 4 {
		mi, _ = strconv.Atoi(z[2:4])
	}
	if h > 14 || mi > 59 {
		return nil
	}
	return time.FixedZone("", sign*(h*3600+mi*60))
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func pad4(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

// headerDate is the date of the first <time> element shown in the
// article's header: between the headline and the first few paragraphs of
// the body. A <time> elsewhere (a sidebar, a comment, today's date in the
// site header) does not date the article.
func (m *pageMeta) headerDate(blocks []pipeline.Block, page []pageBlock, origin []int, title string) pipeline.Time {
	lo, hi, ok := headerWindow(blocks, fold(title))
	if !ok {
		return ""
	}
	pageIdx := make(map[*html.Node]int, len(page))
	for i := len(page) - 1; i >= 0; i-- {
		pageIdx[page[i].node] = i
	}
	blockOf := make(map[int]int, len(origin))
	for i, k := range origin {
		if k >= 0 {
			blockOf[k] = i
		}
	}
	zone := m.pageZone()
	for _, t := range m.times {
		pi := -1
		for n := t.node; n != nil; n = n.Parent {
			if k, ok := pageIdx[n]; ok {
				pi = k
				break
			}
		}
		bi, ok := blockOf[pi]
		if !ok || bi < lo || bi > hi {
			continue
		}
		if v, ok := parseStructuredIn(t.datetime, zone, m.now); ok {
			// The day the element shows beats its UTC stamp moved into
			// the page's zone: a site whose clock runs on UTC shows the
			// UTC day.
			if shown, ok := parseTextDate(t.text, m.lang, m.now); ok && shown != pipeline.Time(day(v)) {
				if w, ok := parseStructured(t.datetime, m.now); ok && pipeline.Time(day(w)) == shown {
					return w
				}
			}
			return v
		}
		if v, ok := parseTextDate(t.text, m.lang, m.now); ok {
			return v
		}
	}
	v := m.headerTextDate(blocks, page, origin, lo, hi, zone)
	m.headerFromText = v != ""
	return v
}

// commentClass names the containers of readers' comments, whose dates are
// not the article's.
var commentClass = anyWord("comment")

// headerTextDate is the first date printed in a short line of the
// article's header when no <time> element marks one ("Di., 03.02.2022",
// "mardi 10.12.19", "Veröffentlicht am 5. Februar 2020"): the date a
// reader sees under the headline. Lines that are links or list items
// belong to lists of other articles (a news ticker, "more stories"), and
// dates in a comment are the comment's.
func (m *pageMeta) headerTextDate(blocks []pipeline.Block, page []pageBlock, origin []int, lo, hi int, zone *time.Location) pipeline.Time {
	for i := lo; i <= hi && i < len(blocks); i++ {
		b := blocks[i]
		if len(b.Text) > 80 || origin[i] < 0 {
			continue
		}
		n := page[origin[i]].node
		if inClass(n, commentClass, 4) {
			continue
		}
		// A link or a list item is another story's line in a ticker,
		// unless it holds nothing but the date: the article's meta list
		// ("<li><a href=/time/2020-10-13>13 Oct 2020 18:29</a></li>").
		other := b.Link != "" || inList(n, 4)
		for _, r := range dates.Find(b.Text, dates.Options{Ref: m.now, DefaultZone: zone, Lang: langBase(m.lang), MinYear: minYear}) {
			if r.Relative || !validDay(r.Time.Year(), int(r.Time.Month()), r.Time.Day(), m.now) || periodEnd().MatchString(b.Text[:r.Start]) {
				continue
			}
			if other && strings.ContainsFunc(b.Text[:r.Start]+b.Text[r.End:], unicode.IsLetter) {
				break
			}
			if r.HasTime && r.HasZone {
				return pipeline.Time(r.Time.Format(time.RFC3339))
			}
			return pipeline.Time(r.Time.Format("2006-01-02"))
		}
	}
	return ""
}

// periodEnd matches the text before a date that ends a period: "9-23
// Feb 2017", "vom 9. bis 23. Februar 2017", "3 to 5 March".
var periodEnd = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)[\p{Nd}]{1,2}\.?\s*(?:[-–—]|bis|to|until|au|al|से|पासून|থেকে|ರಿಂದ|முதல்|నుంచి|થી|ਤੋਂ)\s*$`)
})

// inList reports whether n sits in a list item within depth ancestors.
func inList(n *html.Node, depth int) bool {
	for ; n != nil && depth > 0; n, depth = n.Parent, depth-1 {
		if a := tagAtom(n); n.Type == html.ElementNode && (a == atom.Li || a == atom.Ul || a == atom.Ol) {
			return true
		}
	}
	return false
}

func langBase(lang string) string {
	if i := strings.IndexAny(lang, "-_"); i > 0 {
		lang = lang[:i]
	}
	return strings.ToLower(lang)
}

// headerWindow is the range of blocks that make an article's header: from
// a little before the headline (or the first body block) to a few blocks
// into the body.
func headerWindow(blocks []pipeline.Block, headline string) (lo, hi int, ok bool) {
	// The headline may also stand in a list of news above the article
	// (a ticker, "latest"): its most prominent copy, the highest-ranked
	// heading, is the article's.
	start, first := headlineBlock(blocks, nil, headline), -1
	for i, b := range blocks {
		if first < 0 && b.Role == pipeline.RoleBody {
			first = i
		}
	}
	switch {
	case start >= 0:
		return max(start-2, 0), start + 12, true
	case first >= 0:
		return max(first-6, 0), first + 3, true
	}
	return 0, 0, false
}

// headlineBlock is the block that shows the headline: the highest-ranked
// block whose text is the headline (folded), else the highest-ranked
// heading that contains it or that it contains with at least half its
// length (the rules cut a kicker or a site name the heading keeps:
// "Acme introduces X: a method for Y" under the title "A method for Y"),
// else -1. folded holds the blocks' folded texts, or nil.
func headlineBlock(blocks []pipeline.Block, folded []string, headline string) int {
	if headline == "" {
		return -1
	}
	text := func(i int) string {
		if folded != nil {
			return folded[i]
		}
		return fold(blocks[i].Text)
	}
	start, rank := -1, 9
	for i, b := range blocks {
		if headingRank(b.Tag) < rank && text(i) == headline {
			start, rank = i, headingRank(b.Tag)
		}
	}
	if start >= 0 || len(headline) < 12 {
		return start
	}
	for i, b := range blocks {
		r := headingRank(b.Tag)
		if r > 6 || r >= rank {
			continue
		}
		t := text(i)
		short, long := t, headline
		if len(short) > len(long) {
			short, long = long, short
		}
		if 2*len(short) >= len(long) && len(short) >= 12 && strings.Contains(long, short) {
			start, rank = i, r
		}
	}
	return start
}

// headingRank is 1 for <h1> to 6 for <h6>, 7 for any other block.
func headingRank(tag string) int {
	if len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6' {
		return int(tag[1] - '0')
	}
	return 7
}

var numericDate = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\b(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})\b`) })

// parseTextDate reads the day-first numeric dates <time> elements show
// ("25.01.2022", "3/7/2024" in most of the world) and written dates in
// the languages package dates knows.
func parseTextDate(s string, lang string, now time.Time) (pipeline.Time, bool) {
	if t, ok := parseStructured(s, now); ok {
		return t[:10], true
	}
	if t, ok := parseWords(s, nil, lang, now); ok {
		return pipeline.Time(day(t)), true
	}
	m := numericDate().FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	d, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	y, _ := strconv.Atoi(m[3])
	if y < 100 {
		y += 2000
	}
	if !validDay(y, mo, d, now) {
		return "", false
	}
	return pipeline.Time(pad4(y) + "-" + pad2(mo) + "-" + pad2(d)), true
}

// parseWords reads a date written for people with package dates. A clock
// time is kept only with a zone (stated, or the page's).
func parseWords(s string, zone *time.Location, lang string, now time.Time) (pipeline.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 80 {
		return "", false
	}
	if i := strings.IndexByte(lang, '-'); i > 0 {
		lang = lang[:i]
	}
	r, ok := dates.Parse(s, dates.Options{Ref: now, DefaultZone: zone, Lang: strings.ToLower(lang), MinYear: minYear})
	if !ok || r.Relative || r.Time.IsZero() {
		return "", false
	}
	if !validDay(r.Time.Year(), int(r.Time.Month()), r.Time.Day(), now) {
		return "", false
	}
	if r.HasTime && r.HasZone {
		return pipeline.Time(r.Time.Format(time.RFC3339)), true
	}
	return pipeline.Time(r.Time.Format("2006-01-02")), true
}

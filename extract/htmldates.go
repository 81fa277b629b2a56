package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"

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

// chooseDates fills Published and Updated. Structured statements (JSON-LD,
// <meta>, microdata, <time pubdate>) are read first; when the page states
// nothing there, htmldate's search of the whole page (its own ranking of
// date expressions in text, attributes and the URL) decides.
func (m *pageMeta) chooseDates(doc *html.Node, extensive bool) (published, updated pipeline.Time, how string) {
	for _, o := range m.ld {
		if !isArticleType(o.types) {
			continue
		}
		if t, ok := parseStructured(o.datePublished); ok {
			published, how = t, "json-ld"
		} else if t, ok := parseStructured(o.dateCreated); ok {
			published, how = t, "json-ld"
		}
		if t, ok := parseStructured(o.dateModified); ok {
			updated = t
		}
		if published != "" {
			break
		}
	}
	if published == "" {
		for _, k := range publishedKeys {
			for _, v := range m.props[k] {
				if t, ok := parseStructured(v); ok {
					published, how = t, "meta:"+k
					break
				}
			}
			if published != "" {
				break
			}
		}
	}
	if published == "" {
		for _, v := range m.itemprop["datepublished"] {
			if t, ok := parseStructured(v); ok {
				published, how = t, "microdata"
				break
			}
		}
	}
	if published == "" {
		for _, te := range m.times {
			if te.pubdate {
				if t, ok := parseStructured(te.datetime); ok {
					published, how = t, "time-pubdate"
					break
				}
			}
		}
	}
	if updated == "" {
		for _, k := range updatedKeys {
			if t, ok := parseStructured(m.prop(k)); ok {
				updated = t
				break
			}
		}
	}
	if published == "" {
		opts := htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: !extensive, URL: m.canonical, ExtractTime: true}
		if opts.URL == "" {
			opts.URL = m.pageURL
		}
		if r, err := htmldate.FromDocument(doc, opts); err == nil && !r.IsZero() {
			published, how = fromHTMLDate(r), "htmldate"
		}
	}
	if updated != "" && published != "" && updated[:10] < published[:10] {
		updated = ""
	}
	return published, updated, how
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
var isoRe = regexp.MustCompile(`^\s*(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?`)

var minYear = 1995

// parseStructured reads a machine-readable date: ISO 8601 and its common
// variants, RFC 1123, and Unix seconds or milliseconds. Dates before
// 1995 or more than two days ahead of now are refused.
func parseStructured(s string) (pipeline.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if m := isoRe.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		if !validDay(y, mo, d) {
			return "", false
		}
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
		if t, err := time.Parse(layout, s); err == nil && validDay(t.Year(), int(t.Month()), t.Day()) {
			return pipeline.Time(t.Format(time.RFC3339)), true
		}
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && len(s) >= 9 {
		if n > 1e12 {
			n /= 1000
		}
		t := time.Unix(n, 0).UTC()
		if validDay(t.Year(), int(t.Month()), t.Day()) {
			return pipeline.Time(t.Format(time.RFC3339)), true
		}
	}
	return "", false
}

func validDay(y, mo, d int) bool {
	if y < minYear || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return false
	}
	return t.Before(time.Now().Add(48 * time.Hour))
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

package extract

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/akhbar/akhbar/dates"
	"github.com/akhbar/akhbar/pipeline"
)

// thingTypes are schema.org types of what a page can be about that is not
// an article: a recipe, a product, an event, an application, a course.
// Their datePublished is when the entry went into a database.
var thingTypes = map[string]bool{
	"Recipe": true, "Product": true, "ProductGroup": true, "IndividualProduct": true,
	"SoftwareApplication": true, "MobileApplication": true, "WebApplication": true, "Event": true,
	"Course": true, "JobPosting": true, "Offer": true, "AggregateOffer": true, "Vehicle": true,
	"Accommodation": true, "House": true, "Apartment": true, "LodgingBusiness": true,
}

// isStoryType reports whether a schema.org type is an article: a news
// or blog article, a post, a report, a review.
func isStoryType(t string) bool {
	return strings.HasSuffix(t, "Article") || strings.HasSuffix(t, "Posting") || t == "Report" || t == "Review"
}

// notAnArticle reports whether the page describes itself as something
// other than an article: its JSON-LD is about a thing (a recipe, a
// product, an event...) and names no article. (Microdata is not asked:
// shops mark up their products on pages the eval kit's truths date.)
func (m *pageMeta) notAnArticle() bool {
	thing := false
	for _, t := range m.kinds {
		t = strings.TrimPrefix(strings.TrimPrefix(t, "http://schema.org/"), "https://schema.org/")
		if isStoryType(t) {
			return false
		}
		thing = thing || thingTypes[t]
	}
	return thing
}

// unshownStamp reports whether a publication date is a stamp no reader is
// shown: on a page that describes itself as something other than an
// article, a date that neither its text nor its URL gives. Such a date
// says when a recipe was entered or a landing page created, not when an
// article was published. On article pages a hidden date is kept: their
// metadata is what dates them when the template prints no date.
func (m *pageMeta) unshownStamp(published pipeline.Time, blocks []pipeline.Block) bool {
	if len(published) < 10 || !m.notAnArticle() {
		return false
	}
	y, _ := strconv.Atoi(string(published[:4]))
	mo, _ := strconv.Atoi(string(published[5:7]))
	d, _ := strconv.Atoi(string(published[8:10]))
	for _, u := range []string{m.canonical, m.pageURL} {
		if urlHasDate(u, y, mo, d) {
			return false
		}
	}
	o := dates.Options{Lang: langBase(m.lang), MinYear: minYear}
	for _, b := range blocks {
		for _, monthFirst := range []bool{false, true} {
			o.MonthFirst = monthFirst
			for _, r := range dates.Find(b.Text, o) {
				if !r.Relative && r.Time.Year() == y && int(r.Time.Month()) == mo && r.Time.Day() == d {
					return false
				}
			}
		}
	}
	return true
}

var digitRun = regexp.MustCompile(`\d+`)

// urlHasDate reports whether a URL carries the date: /2019/07/04/,
// -20190704-, /04-07-2019, or at least its year and month (/2019/07/).
func urlHasDate(u string, y, mo, d int) bool {
	if u == "" {
		return false
	}
	var n []int
	for _, s := range digitRun.FindAllString(u, -1) {
		if len(s) == 8 && s == pad4(y)+pad2(mo)+pad2(d) {
			return true
		}
		v, err := strconv.Atoi(s)
		if err != nil || len(s) > 4 {
			v = -1
		}
		n = append(n, v)
	}
	for i := 0; i+1 < len(n); i++ {
		if n[i] == y && n[i+1] == mo {
			return true
		}
		if i+2 < len(n) && n[i] == d && n[i+1] == mo && n[i+2] == y {
			return true
		}
	}
	return false
}

// standaloneOne finds a 1 or 01 that is a number of its own.
var standaloneOne = regexp.MustCompile(`(^|[^0-9])0?1([^0-9]|$)`)

// dayless reports whether htmldate's date is the first of a month it
// filled in: a month or a year with no day ("Ausgabe 8/2021", "2022").
// Such a date is not a publication day.
func dayless(found pipeline.Time, src string) bool {
	return strings.HasSuffix(string(found), "-01") && src != "" && !standaloneOne.MatchString(src)
}

// rangeWord joins the two ends of a period: "27/02/2022 – 27/03/2022",
// "Start 27/02/2022 Ende 27/03/2022", "1.3.2022 bis 5.3.2022".
var rangeWord = regexp.MustCompile(`(?i)^\s*(?:[-–—]|bis|to|until|au|al|ende|end|fin)\s*:?\s*$`)

// isPeriod reports whether htmldate's source opens with a period (an
// event, an offer, a campaign), whose dates are not when the page was
// published.
func isPeriod(src string, lang string) bool {
	if len(src) > 120 {
		src = src[:120]
	}
	rs := dates.Find(src, dates.Options{Lang: langBase(lang), MinYear: minYear})
	return len(rs) >= 2 && rs[0].End <= rs[1].Start && rangeWord.MatchString(src[rs[0].End:rs[1].Start])
}

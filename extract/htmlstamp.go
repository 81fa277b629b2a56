package extract

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

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
// product, an event...) or is only a web page (what WordPress's SEO
// plugins emit for a site's pages, where posts get an Article too), and
// names no article. Microdata is not asked: shop templates mark every
// product page up, dated or not.
func (m *pageMeta) notAnArticle() bool {
	other := false
	for _, t := range m.kinds {
		t = strings.TrimPrefix(strings.TrimPrefix(t, "http://schema.org/"), "https://schema.org/")
		if isStoryType(t) {
			return false
		}
		other = other || thingTypes[t] || pageTypes[t]
	}
	return other
}

// pageTypes are schema.org's kinds of web page.
var pageTypes = map[string]bool{
	"WebPage": true, "AboutPage": true, "ContactPage": true, "ItemPage": true, "CollectionPage": true,
	"ProfilePage": true, "FAQPage": true, "SearchResultsPage": true, "CheckoutPage": true, "MedicalWebPage": true,
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
	o := dates.Options{Ref: m.now, Lang: langBase(m.lang), MinYear: minYear}
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

var digitRun = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\d+`) })

// urlHasDate reports whether a URL carries the date: /2019/07/04/,
// -20190704-, /04-07-2019, or at least its year and month (/2019/07/).
func urlHasDate(u string, y, mo, d int) bool {
	if u == "" {
		return false
	}
	var n []int
	for _, s := range digitRun().FindAllString(u, -1) {
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
var standaloneOne = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(^|[^0-9])0?1([^0-9]|$)`) })

// dayless reports whether htmldate's date is the first of a month it
// filled in: a month or a year with no day ("Ausgabe 8/2021", "2022").
// Such a date is not a publication day.
func dayless(found pipeline.Time, src string, now time.Time) bool {
	if !strings.HasSuffix(string(found), "-01") || src == "" || standaloneOne().MatchString(src) {
		return false
	}
	// The day may be written in another script's digits ("१ जुलाई 2024").
	for _, r := range dates.Find(src, dates.Options{Ref: now, MinYear: minYear}) {
		if !r.Relative && r.Time.Format("2006-01-02") == string(found) {
			return false
		}
	}
	return true
}

// rangeWord joins the two ends of a period: "27/02/2022 – 27/03/2022",
// "Start 27/02/2022 Ende 27/03/2022", "1.3.2022 bis 5.3.2022".
var rangeWord = lazyCompile(func() string {
	return `(?i)^\s*(?:[-–—]|bis|to|until|au|al|ende|end|fin|से|पासून|থেকে|ರಿಂದ|முதல்|నుంచి|થી|ਤੋਂ)\s*:?\s*$`
})

// isPeriod reports whether htmldate's source opens with a period (an
// event, an offer, a campaign), whose dates are not when the page was
// published.
func isPeriod(src string, lang string, now time.Time) bool {
	if len(src) > 120 {
		src = src[:120]
	}
	rs := dates.Find(src, dates.Options{Ref: now, Lang: langBase(lang), MinYear: minYear})
	return len(rs) >= 2 && rs[0].End <= rs[1].Start && rangeWord.MatchString(src[rs[0].End:rs[1].Start])
}

// otherItemClass names containers whose dates belong to someone else's
// words: readers' comments, customer ratings, testimonials.
var otherItemClass = anyWord("comment", "rating", "testimonial", "kommentar")

// othersDate reports whether the date htmldate read in the page's text
// belongs to another item: a reader's comment, a customer's rating, a
// teaser of another article in a list of them ("<li><a href=/other>Its
// headline</a> <span>29. September 2020</span></li>"), or a date cited
// in running text.
func (m *pageMeta) othersDate(doc *html.Node, src string) bool {
	src = strings.Join(strings.Fields(src), " ")
	n := sourceNode(doc, src)
	if n == nil {
		return citedDate(doc, src)
	}
	return inClass(n, otherItemClass, 6) || m.inTeaser(n)
}

// inTeaser reports whether n sits in a teaser of another article: the
// nearest of its ancestors that is one of a run of siblings built alike
// links to another page with a headline.
func (m *pageMeta) inTeaser(n *html.Node) bool {
	for depth := 0; n != nil && depth < 5; n, depth = n.Parent, depth+1 {
		if n.Type == html.ElementNode && n.Parent != nil && repeated(n) {
			return m.storyLinkIn(n)
		}
	}
	return false
}

// sourceNode is the first text node that starts with src, or the first
// element with an attribute whose value is src (a <time datetime>).
func sourceNode(doc *html.Node, src string) *html.Node {
	if len(src) < 6 {
		return nil
	}
	first, _, _ := strings.Cut(src, " ")
	return firstShown(doc, func(n *html.Node) bool {
		if n.Type == html.TextNode {
			return strings.Contains(n.Data, first) && strings.HasPrefix(strings.Join(strings.Fields(n.Data), " "), src)
		}
		for _, a := range n.Attr {
			if a.Val == src {
				return true
			}
		}
		return false
	})
}

// citedDate reports whether src's first words stand in the middle of a
// sentence ("... gemäß Düngeverordnung (DüV vom 30.04.2020), ..."): a
// date the text cites, not the page's. A dateline or "Dieser Artikel
// wurde am ..." has a few words before its date at most.
func citedDate(doc *html.Node, src string) bool {
	f := strings.Fields(src)
	if len(f) == 0 || !strings.ContainsAny(f[0], "0123456789") {
		return false
	}
	key := strings.Join(f[:min(len(f), 3)], " ")
	if len(key) < 8 {
		return false
	}
	n := firstShown(doc, func(n *html.Node) bool {
		return n.Type == html.TextNode && strings.Contains(n.Data, f[0]) && strings.Contains(strings.Join(strings.Fields(n.Data), " "), key)
	})
	if n == nil {
		return false
	}
	t := strings.Join(strings.Fields(n.Data), " ")
	return len(strings.Fields(t[:strings.Index(t, key)])) >= 8
}

// firstShown is the first node, in document order, outside scripts,
// styles and the head, that is.
func firstShown(n *html.Node, is func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Head, atom.Noscript, atom.Template:
			return nil
		}
	}
	if n.Type == html.TextNode || n.Type == html.ElementNode {
		if is(n) {
			return n
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := firstShown(c, is); f != nil {
			return f
		}
	}
	return nil
}

// repeated reports whether n is one of a run of siblings built alike:
// the same element with the same class, three or more of them.
func repeated(n *html.Node) bool {
	class := attr(n, "class")
	same := 0
	for s := n.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode && s.DataAtom == n.DataAtom && attr(s, "class") == class {
			same++
		}
	}
	return same >= 3
}

// storyLinkIn reports whether n holds a link of three words or more to
// another page: another article's headline.
func (m *pageMeta) storyLinkIn(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if n.DataAtom == atom.A {
		href := strings.TrimSpace(attr(n, "href"))
		if href == "" || strings.HasPrefix(href, "#") {
			return false
		}
		if u := absURL(m.pageURL, href); u == m.pageURL || u == m.canonical {
			return false
		}
		return len(strings.Fields(textOf(n))) >= 3
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if m.storyLinkIn(c) {
			return true
		}
	}
	return false
}

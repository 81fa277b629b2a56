package extract

import (
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"

	dps "github.com/markusmobius/go-dateparser"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/pipeline"
)

// pageMeta is everything a page states about itself, by source, before
// any choice between sources is made.
type pageMeta struct {
	pageURL string
	// now is the run's pinned reference time: a date more than two days
	// after it is refused as a future date.
	now       time.Time
	raw       []byte // the page as decoded, to see where a date was found
	canonical string
	lang      string
	title     string   // <title>
	h1        []string // <h1> texts in order
	h2        []string // the first <h2>..<h3> texts in order
	// ldRaw holds every JSON-LD block as parsed, until the page is read.
	ldRaw []any
	// ld holds the JSON-LD objects that describe the page's article (or
	// web page), the most article-like first.
	ld []ldObject
	// props are <meta property|name|itemprop=...> values by lower-cased key,
	// in document order.
	props map[string][]string
	// itemprop holds microdata values read from elements (not <meta>):
	// headline, author, datePublished... by lower-cased name.
	itemprop map[string][]string
	// authorScope is the microdata item whose author values are kept.
	authorScope map[string]*html.Node
	// times are <time> elements.
	times []timeElem
	// bylines are texts of elements whose class, id, rel or itemprop says
	// author or byline.
	bylines []string
	// captions are <figcaption> texts with the picture of their figure.
	captions []caption
	// site is what the page calls its publisher; filled while choosing.
	site string
	// authorNames are the chosen authors, used to label byline blocks.
	authorNames []string
	// visible is the folded text of all the page's blocks.
	visible string
	// headerByline are the names a byline line near the headline gives.
	headerByline []string
	// kinds are the schema.org types of every JSON-LD object the page
	// has, kept or not: what it says it is about.
	kinds []string
	// dateNotes are the readings of the page's dates and what was
	// refused, in order (Item.Meta["date_readings"]).
	dateNotes []string
	// htmldateRead is the day htmldate found, taken or not; htmldateTaken
	// is the day taken from it ("" when refused).
	htmldateRead, htmldateTaken pipeline.Time
	htmldateSrc                 string // the text htmldate read its date from
	// dateBudget is what is left of the strings go-htmldate may hand its
	// date parser on this page (dateParseBudget).
	dateBudget *dps.Budget
	// header is the date the article's header shows.
	header pipeline.Time
	// headerFromText says the header date was read from a line of text,
	// not from a <time> element.
	headerFromText bool
	// relAuthor are the texts of rel=author links.
	relAuthor []string
	// postAuthor is the first name forum or comment software marks as a
	// post's author (data-author, class username...), and postAuthors
	// how many elements mark one: a thread names its starter first.
	postAuthor  string
	postAuthors int
	// articleProb is the page type classifier's probability that the
	// page is an article: a page-level feature of the date candidates.
	articleProb float64
	// forumProb is its probability of a forum page: a thread is dated
	// by its first post, printed among its replies' dates.
	forumProb float64
}

type caption struct{ text, src string }

// figureImage is the picture a figcaption describes: the first <img> of
// its <figure>, or an AMP page's <amp-img>, which stands where <img> would.
func figureImage(n *html.Node) string {
	fig := n.Parent
	for fig != nil && tagAtom(fig) != atom.Figure {
		fig = fig.Parent
	}
	if fig == nil {
		return ""
	}
	var src string
	var find func(*html.Node)
	find = func(c *html.Node) {
		for c := c.FirstChild; c != nil && src == ""; c = c.NextSibling {
			if c.Type == html.ElementNode && (tagAtom(c) == atom.Img || c.Data == "amp-img") {
				for _, k := range []string{"src", "data-src", "data-original"} {
					if v := strings.TrimSpace(attr(c, k)); v != "" && !strings.HasPrefix(v, "data:") {
						src = v
						return
					}
				}
			}
			find(c)
		}
	}
	find(fig)
	return src
}

type timeElem struct {
	node     *html.Node
	datetime string
	text     string
	pubdate  bool   // the old pubdate attribute or itemprop=datePublished
	class    string // class and id of the element and its parent
}

type ldObject struct {
	types         []string
	headline      string
	name          string
	alternative   string
	authors       []string
	datePublished string
	dateCreated   string
	dateModified  string
	publisher     string
	section       []string
	keywords      []string
	images        []string
	description   string
	url           string
	inLanguage    string
}

func readMeta(doc *html.Node, pageURL string) *pageMeta {
	m := &pageMeta{pageURL: pageURL, props: map[string][]string{}, itemprop: map[string][]string{}}
	var walk func(n *html.Node, inHead bool)
	walk = func(n *html.Node, inHead bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				m.lang = attr(n, "lang")
			case atom.Head:
				inHead = true
			case atom.Title:
				if m.title == "" && (inHead || n.Parent == nil || n.Parent.DataAtom != atom.Svg) {
					m.title = textOf(n)
				}
				return
			case atom.Meta:
				m.readMetaTag(n)
			case atom.Link:
				rel := strings.ToLower(attr(n, "rel"))
				if rel == "canonical" && m.canonical == "" {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					m.readJSONLD(n.FirstChild.Data)
				}
				return
			case atom.Style, atom.Noscript, atom.Template, atom.Svg:
				return
			case atom.H1:
				if t := textOf(n); t != "" {
					m.h1 = append(m.h1, t)
				}
			case atom.H2, atom.H3:
				if t := textOf(n); t != "" && len(m.h2) < 20 {
					m.h2 = append(m.h2, t)
				}
			case atom.Time:
				m.readTime(n)
			case atom.Figcaption:
				if t := textOf(n); t != "" {
					m.captions = append(m.captions, caption{text: t, src: figureImage(n)})
				}
			}
			if ip := attr(n, "itemprop"); ip != "" && n.DataAtom != atom.Meta {
				m.readItemprop(n, ip)
			}
			if !inHead {
				m.readPostAuthor(n)
			}
			if !inHead && n.DataAtom != atom.Body && n.DataAtom != atom.Html && (isBylineElem(n) || headerCredit(n)) {
				if t := textOf(n); t != "" && len(t) < 200 {
					m.bylines = append(m.bylines, t)
					if strings.EqualFold(attr(n, "rel"), "author") {
						m.relAuthor = append(m.relAuthor, t)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inHead)
		}
	}
	walk(doc, false)
	m.canonical = absURL(pageURL, m.canonical)
	if m.canonical == "" {
		if u := firstOf(m.props["og:url"]); u != "" {
			m.canonical = absURL(pageURL, u)
		}
	}
	ids := map[string]map[string]any{}
	for _, v := range m.ldRaw {
		indexLD(v, ids, 0)
	}
	for _, v := range m.ldRaw {
		m.collectLD(v, ids, 0)
	}
	sortLD(m.ld)
	return m
}

func (m *pageMeta) readMetaTag(n *html.Node) {
	content, ok := attrOK(n, "content")
	if !ok {
		return
	}
	content = clean.Line(html.UnescapeString(content))
	if content == "" {
		return
	}
	for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
		if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" {
			if k == "itemprop" && othersItem(n) {
				continue
			}
			for _, part := range strings.Fields(key) { // RDFa allows several
				m.props[part] = append(m.props[part], content)
			}
		}
	}
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func (m *pageMeta) readTime(n *html.Node) {
	t := timeElem{node: n, datetime: strings.TrimSpace(attr(n, "datetime")), text: textOf(n)}
	t.pubdate = hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datePublished")
	t.class = strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	if p := n.Parent; p != nil {
		t.class += " " + strings.ToLower(attr(p, "class")+" "+attr(p, "id"))
	}
	if t.datetime != "" || t.text != "" {
		m.times = append(m.times, t)
	}
}

func (m *pageMeta) readItemprop(n *html.Node, ip string) {
	if othersItem(n) {
		return
	}
	for _, key := range strings.Fields(strings.ToLower(ip)) {
		var v string
		switch {
		case n.DataAtom == atom.Time && attr(n, "datetime") != "":
			v = attr(n, "datetime")
		case hasAttr(n, "content"):
			v = attr(n, "content")
		case key == "author" || key == "creator":
			// An author element wraps the name in itemprop=name, often with
			// a photo and a job title beside it.
			v = itempropName(n)
		default:
			v = textOf(n)
		}
		if v = clean.Line(v); v != "" && len(v) < 500 {
			// Several authors in different items (the article's and
			// those of the related posts listed beside it) are not the
			// article's co-authors: only the first item's are kept.
			if key == "author" || key == "creator" {
				scope := itemScope(n)
				if s, ok := m.authorScope[key]; ok && s != scope {
					continue
				}
				if m.authorScope == nil {
					m.authorScope = map[string]*html.Node{}
				}
				m.authorScope[key] = scope
			}
			m.itemprop[key] = append(m.itemprop[key], v)
		}
	}
}

// othersItemType are microdata items that pages nest in what they are
// about: a customer's review of a holiday flat, a reader's comment, a
// rating, an offer. Their properties (a review's datePublished, its
// author) are not the page's.
var othersItemType = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)/(Review|Comment|UserComments|Rating|AggregateRating|Offer|Answer|Question)$`)
})

// othersItem reports whether n's property belongs to an item nested in
// another (its itemscope is itself a property) that is a review, a
// comment, a rating or an offer.
func othersItem(n *html.Node) bool {
	s := itemScope(n)
	return s != nil && hasAttr(s, "itemprop") && othersItemType().MatchString(strings.TrimSpace(attr(s, "itemtype")))
}

// itemScope is the microdata item n's property belongs to: its nearest
// ancestor with itemscope (nil for none).
func itemScope(n *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && hasAttr(p, "itemscope") {
			return p
		}
	}
	return nil
}

func itempropName(n *html.Node) string {
	var name string
	var find func(*html.Node)
	find = func(c *html.Node) {
		for c := c.FirstChild; c != nil && name == ""; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if strings.EqualFold(attr(c, "itemprop"), "name") {
				if v := attr(c, "content"); v != "" {
					name = v
				} else {
					name = textOf(c)
				}
				return
			}
			find(c)
		}
	}
	find(n)
	if name != "" {
		return name
	}
	return textOf(n)
}

var bylineRe = wordStart("author", "byline", "by-line", "writer", "autor", "auteur", "verfasser", "reporter", "contributor", "journalist")
var bylineNotRe = anyWord("avatar", "image", "img", "photo", "bio", "description", "comment", "social", "share", "follow", "more", "posts", "box", "list", "links", "twitter", "email", "mail")

// isBylineElem: an element whose name says it holds the author (class,
// id, rel=author, itemprop=author), but not the author's photo, biography
// or the list of their other posts.
func isBylineElem(n *html.Node) bool {
	if strings.EqualFold(attr(n, "rel"), "author") {
		return true
	}
	if strings.EqualFold(attr(n, "itemprop"), "author") {
		return false // read as microdata
	}
	class, id := attr(n, "class"), attr(n, "id")
	if class == "" && id == "" {
		return false // most elements: no string to build
	}
	s := class + " " + id
	if !bylineRe.MatchString(s) || bylineNotRe.MatchString(s) {
		return false
	}
	// A byline holds a few words, not a container of the article.
	return n.FirstChild != nil
}

// postAuthorAttrs and postAuthorClasses are how the common forum engines
// (XenForo, vBulletin, phpBB, Discourse, Invision, and comment systems)
// mark the name of a post's author; none of them is a byline class.
var (
	postAuthorAttrs   = []string{"data-author", "data-username", "data-user-name"}
	postAuthorClasses = map[string]bool{"username": true, "user-name": true, "message-name": true, "creator": true, "postauthor": true, "poster": true}
)

// readPostAuthor counts an element that marks a post's author and keeps
// the first name one gives.
func (m *pageMeta) readPostAuthor(n *html.Node) {
	name := ""
	for _, a := range postAuthorAttrs {
		if v := strings.TrimSpace(attr(n, a)); v != "" {
			name = v
			break
		}
	}
	if name == "" {
		// Class names match case-sensitively, as CSS matches them; the
		// substring test spares splitting every class attribute.
		class := attr(n, "class")
		if !strings.Contains(class, "name") && !strings.Contains(class, "creator") && !strings.Contains(class, "poster") && !strings.Contains(class, "postauthor") {
			return
		}
		marked := false
		for _, c := range strings.Fields(class) {
			marked = marked || postAuthorClasses[c]
		}
		if !marked {
			return
		}
		if name = textOf(n); name == "" || len(name) > 80 {
			return
		}
	}
	m.postAuthors++
	if m.postAuthor == "" {
		m.postAuthor = name
	}
}

var creditRe = wordStart("credit")

// headerCredit is the credit line of an article's <header>, beside its
// <h1> ("<p class="credit">JIJI</p>"), where wire stories name their
// agency; a credit inside a figure is the picture's.
func headerCredit(n *html.Node) bool {
	if !creditRe.MatchString(attr(n, "class")) || bylineNotRe.MatchString(attr(n, "class")+" "+attr(n, "id")) {
		return false
	}
	for p := n.Parent; p != nil; p = p.Parent {
		switch tagAtom(p) {
		case atom.Figure, atom.Figcaption:
			return false
		case atom.Header:
			return hasH1(p)
		}
	}
	return false
}

func hasH1(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (tagAtom(c) == atom.H1 || hasH1(c)) {
			return true
		}
	}
	return false
}

func (m *pageMeta) readJSONLD(raw string) {
	raw = strings.TrimSpace(raw)
	raw = strings.TrimPrefix(raw, "<!--")
	raw = strings.TrimSuffix(raw, "-->")
	raw = strings.TrimPrefix(strings.TrimSpace(raw), "//<![CDATA[")
	raw = strings.TrimSuffix(strings.TrimSpace(raw), "//]]>")
	var v any
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		// Control characters inside strings are the common breakage.
		fixed := strings.Map(func(r rune) rune {
			if r < 0x20 {
				return ' '
			}
			return r
		}, raw)
		if json.Unmarshal([]byte(fixed), &v) != nil {
			return
		}
	}
	m.ldRaw = append(m.ldRaw, v)
}

// indexLD maps the @id of every JSON-LD node that says more than its
// @id to the node, so that references ("author": {"@id": "#/person/1"},
// as Yoast and other SEO plugins write their graphs) can be followed.
func indexLD(v any, ids map[string]map[string]any, depth int) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			indexLD(e, ids, depth+1)
		}
	case map[string]any:
		if id, ok := x["@id"].(string); ok && id != "" && len(x) > 1 {
			if _, seen := ids[id]; !seen {
				ids[id] = x
			}
		}
		for k, e := range x {
			if k != "@context" {
				indexLD(e, ids, depth+1)
			}
		}
	}
}

// resolveLD replaces a bare {"@id": ...} reference by the node it names.
func resolveLD(v any, ids map[string]map[string]any) any {
	switch x := v.(type) {
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = resolveLD(e, ids)
		}
		return out
	case map[string]any:
		if id, ok := x["@id"].(string); ok && len(x) == 1 {
			if n, ok := ids[id]; ok {
				return n
			}
		}
	}
	return v
}

func (m *pageMeta) collectLD(v any, ids map[string]map[string]any, depth int) {
	if depth > 6 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			m.collectLD(e, ids, depth+1)
		}
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			m.collectLD(g, ids, depth+1)
		}
		types := ldTypes(x["@type"])
		if len(types) == 0 {
			return
		}
		m.kinds = append(m.kinds, types...)
		if isArticleType(types) || isPageType(types) {
			m.ld = append(m.ld, parseLD(x, types, ids))
		}
		// Some sites nest the article in a WebPage's mainEntity.
		for _, k := range []string{"mainEntity", "mainEntityOfPage"} {
			if e, ok := x[k].(map[string]any); ok && len(ldTypes(e["@type"])) > 0 {
				m.collectLD(e, ids, depth+1)
			}
		}
	}
}

func ldTypes(v any) []string {
	switch t := v.(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func isArticleType(types []string) bool {
	for _, t := range types {
		t = strings.TrimPrefix(strings.TrimPrefix(t, "http://schema.org/"), "https://schema.org/")
		if strings.HasSuffix(t, "Article") || t == "BlogPosting" || t == "LiveBlogPosting" ||
			t == "Report" || t == "Review" || t == "Recipe" || t == "SocialMediaPosting" || t == "VideoObject" {
			return true
		}
	}
	return false
}

func isPageType(types []string) bool {
	for _, t := range types {
		t = strings.TrimPrefix(strings.TrimPrefix(t, "http://schema.org/"), "https://schema.org/")
		if t == "WebPage" || t == "ItemPage" || t == "AboutPage" || t == "ProfilePage" {
			return true
		}
	}
	return false
}

func parseLD(x map[string]any, types []string, ids map[string]map[string]any) ldObject {
	o := ldObject{types: types}
	o.headline = ldString(x["headline"])
	o.name = ldString(x["name"])
	o.alternative = ldString(x["alternativeHeadline"])
	o.authors = ldPersons(resolveLD(x["author"], ids))
	if len(o.authors) == 0 {
		o.authors = ldPersons(resolveLD(x["creator"], ids))
	}
	o.datePublished = ldString(x["datePublished"])
	o.dateCreated = ldString(x["dateCreated"])
	o.dateModified = ldString(x["dateModified"])
	if o.datePublished == "" {
		o.datePublished = ldString(x["uploadDate"])
	}
	if p := ldNames(resolveLD(x["publisher"], ids)); len(p) > 0 {
		o.publisher = p[0]
	}
	o.section = ldStrings(x["articleSection"])
	o.keywords = ldKeywords(x["keywords"])
	o.images = ldImages(x["image"])
	o.description = ldString(x["description"])
	o.url = ldString(x["url"])
	o.inLanguage = ldString(x["inLanguage"])
	return o
}

// ldString reads a text value: a string, a number, or the first of a list.
func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return clean.Line(html.UnescapeString(t))
	case []any:
		for _, e := range t {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if s := ldString(t["@value"]); s != "" {
			return s
		}
	}
	return ""
}

func ldStrings(v any) []string {
	switch t := v.(type) {
	case string:
		if s := clean.Line(html.UnescapeString(t)); s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, ldStrings(e)...)
		}
		return out
	}
	return nil
}

func ldKeywords(v any) []string {
	var out []string
	for _, s := range ldStrings(v) {
		for _, k := range strings.Split(s, ",") {
			if k = strings.TrimSpace(k); k != "" {
				out = append(out, k)
			}
		}
	}
	return out
}

// ldNames reads persons or organisations: a name string, an object with a
// name (or givenName/familyName), or a list of them.
func ldNames(v any) []string {
	switch t := v.(type) {
	case string:
		s := clean.Line(html.UnescapeString(t))
		if s == "" || strings.HasPrefix(s, "http") {
			return nil
		}
		return []string{s}
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, ldNames(e)...)
		}
		return out
	case map[string]any:
		if n := ldString(t["name"]); n != "" {
			return []string{n}
		}
		g, f := ldString(t["givenName"]), ldString(t["familyName"])
		if n := strings.TrimSpace(g + " " + f); n != "" {
			return []string{n}
		}
	}
	return nil
}

// ldPersons reads authors: like ldNames, but an author typed as an
// organisation is the publisher speaking, not a byline.
func ldPersons(v any) []string {
	switch t := v.(type) {
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, ldPersons(e)...)
		}
		return out
	case map[string]any:
		for _, typ := range ldTypes(t["@type"]) {
			if strings.HasSuffix(typ, "Organization") || typ == "Corporation" || typ == "NGO" {
				return nil
			}
		}
	}
	return ldNames(v)
}

func ldImages(v any) []string {
	switch t := v.(type) {
	case string:
		if t != "" {
			return []string{t}
		}
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, ldImages(e)...)
		}
		return out
	case map[string]any:
		if u := ldString(t["url"]); u != "" {
			return []string{u}
		}
		if u := ldString(t["contentUrl"]); u != "" {
			return []string{u}
		}
	}
	return nil
}

// sortLD puts article objects before web-page objects, stable otherwise.
func sortLD(objs []ldObject) {
	for i := 1; i < len(objs); i++ {
		for j := i; j > 0 && isArticleType(objs[j].types) && !isArticleType(objs[j-1].types); j-- {
			objs[j], objs[j-1] = objs[j-1], objs[j]
		}
	}
}

func firstOf(v []string) string {
	if len(v) > 0 {
		return v[0]
	}
	return ""
}

func absURL(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if r.IsAbs() {
		return r.String()
	}
	b, err := url.Parse(base)
	if err != nil || !b.IsAbs() {
		return ""
	}
	return b.ResolveReference(r).String()
}

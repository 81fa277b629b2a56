package extract

import (
	"math"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The learned HTML body: the page is cut into blocks once (segment), every
// block gets a row of numbers that describe it and where it sits, and a
// boosted-tree model trained on the evaluation kit's gold bodies
// (extract/internal/trainhtml) gives each block the probability that a
// reader counts it as the page's main content. A second model gives the
// page its type (article, forum, product, ...) from its URL, structured
// data and structure; the block model sees the type's probabilities, so
// it learns that a forum's replies or a listing's cards are content.
//
// What is computed here is the same for training and for clean: the
// trainer calls Analyse, clean calls analyse; only the learned parts (the
// class/id word weights, the trees, the thresholds) come from the model
// files.

// pageAnalysis is one parsed page cut into blocks, with the features that
// do not depend on a learned model.
type pageAnalysis struct {
	blocks []pageBlock
	// base[i] are block i's features before the learned word weights
	// and the page type's probabilities are added.
	base [][]float32
	// toks[i] are the class and id words of block i's element and its
	// ancestors, nearest first, each once.
	toks [][]string
	// pageFeat are the page type classifier's inputs.
	pageFeat []float32
	// words[i] is the number of words of block i.
	words []int
}

// PageTypes are the page types the classifier tells apart, in the order of
// its classes (WCXB's seven).
var PageTypes = []string{"article", "forum", "product", "collection", "listing", "documentation", "service"}

const maxTokDepth = 8

// nodeStat sums what the blocks under an element hold.
type nodeStat struct {
	chars, linkChars, blocks int
}

func analyse(doc *html.Node, raw []byte, pageURL string) *pageAnalysis {
	page := segment(doc)
	a := &pageAnalysis{blocks: page, words: make([]int, 0, len(page))}
	stats := make(map[*html.Node]*nodeStat, len(page)*2)
	total, totalLink := 0, 0
	for _, b := range page {
		total += len(b.text)
		totalLink += b.linkChars
		for n, d := b.node, 0; n != nil && d < 12; n, d = n.Parent, d+1 {
			s := stats[n]
			if s == nil {
				s = &nodeStat{}
				stats[n] = s
			}
			s.chars += len(b.text)
			s.linkChars += b.linkChars
			s.blocks++
		}
	}
	same := make(map[string]int, len(page))
	for _, b := range page {
		same[b.text]++
	}
	title := ""
	var el elementCounts
	el.walk(doc)
	title = el.title
	titleWords := wordSet(title)
	toks := newClassTokens()
	repCache := map[*html.Node]int{}
	ancCache := map[*html.Node]ancInfo{}
	words := map[string]bool{}
	before, bestRep := 0, 0
	n := len(page)
	for i, b := range page {
		f := make([]float32, 0, nBase)
		t := textStats(b.text)
		a.words = append(a.words, t.words)
		ld := ratio(b.linkChars, len(b.text))
		f = append(f, lg(len(b.text)), lg(t.words), ld, ratio(t.ends, t.words), ratio(t.commas, t.words),
			ratio(t.digits, t.letters+t.digits), ratio(t.upperStart, t.words), ratio(t.punct, len(b.text)))
		f = append(f, tagFeatures(b)...)
		z := [4]float32{}
		switch b.zone {
		case "header":
			z[0] = 1
		case "nav":
			z[1] = 1
		case "footer":
			z[2] = 1
		case "aside":
			z[3] = 1
		}
		f = append(f, z[:]...)
		depth, anc := ancestryCached(b.node, ancCache)
		f = append(f, float32(depth), anc.main, anc.article, anc.body, anc.form, anc.table, anc.li, anc.pre, anc.header, anc.comment)
		f = append(f, float32(i)/float32(max(n, 1)), ratio(before, total))
		before += len(b.text)
		rep := repeats(b.node, repCache)
		bestRep = max(bestRep, rep)
		f = append(f, lg(same[b.text]-1), lg(rep))
		// The containers around the block: how much text they hold and
		// how much of it is links.
		p := b.node
		for lvl := 0; lvl < 3; lvl++ {
			if p != nil {
				p = p.Parent
			}
			if s := stats[p]; p != nil && s != nil {
				f = append(f, lg(s.chars), ratio(s.linkChars, s.chars), lg(s.blocks), ratio(s.chars, total))
			} else {
				f = append(f, 0, 0, 0, 0)
			}
		}
		f = append(f, overlapIn(b.text, titleWords, words))
		f = append(f, lg(total), lg(n), ratio(totalLink, total))
		a.base = append(a.base, f)
		a.toks = append(a.toks, toks.of(b.node, int32(i)))
	}
	// Neighbours: the two blocks before and after.
	for i := range a.base {
		for _, d := range []int{-2, -1, 1, 2} {
			j := i + d
			if j < 0 || j >= n {
				a.base[i] = append(a.base[i], -1, -1, -1)
				continue
			}
			a.base[i] = append(a.base[i], a.base[j][0], a.base[j][2], a.base[j][3])
		}
	}
	a.pageFeat = pageFeatures(doc, raw, pageURL, &el, page, total, totalLink, bestRep)
	a.pageFeat = append(a.pageFeat, groupFeatures(stats, total, totalLink)...)
	return a
}

// nBase is the length of a block's base row.
const nBase = 8 + 13 + 4 + 10 + 2 + 2 + 12 + 1 + 3 + 12

// nLearned are the features added from the model: the class/id word
// weights (sum, min, max, nearest, known count) and the page type's
// probabilities.
const nWordFeat = 5

// rows are the model's inputs: base features, word weights, page type.
func (a *pageAnalysis) rows(weights map[string]float32, pt []float64) [][]float32 {
	out := make([][]float32, len(a.base))
	for i, b := range a.base {
		out[i] = a.row(i, weights, pt, make([]float32, 0, len(b)+nWordFeat+len(pt)))
	}
	return out
}

// row appends block i's row to r (clean scores the blocks one by one
// and reuses one row).
func (a *pageAnalysis) row(i int, weights map[string]float32, pt []float64, r []float32) []float32 {
	r = append(r, a.base[i]...)
	var sum, lo, hi, near float32
	known := 0
	for k, t := range a.toks[i] {
		w, ok := weights[t]
		if !ok {
			continue
		}
		known++
		sum += w
		lo = min(lo, w)
		hi = max(hi, w)
		if k < 3 {
			near += w
		}
	}
	r = append(r, sum, lo, hi, near, float32(known))
	for _, p := range pt {
		r = append(r, float32(p))
	}
	return r
}

func lg(n int) float32 { return float32(math.Log1p(float64(max(n, 0)))) }

func ratio(a, b int) float32 {
	if b <= 0 {
		return 0
	}
	return float32(a) / float32(b)
}

type textStat struct {
	words, ends, commas, digits, letters, upperStart, punct int
}

func textStats(s string) textStat {
	var t textStat
	inWord := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsMark(r):
			if !inWord {
				t.words++
				if unicode.IsUpper(r) {
					t.upperStart++
				}
			}
			inWord = true
			t.letters++
			continue
		case unicode.IsDigit(r):
			if !inWord {
				t.words++
			}
			inWord = true
			t.digits++
			continue
		}
		inWord = false
		switch r {
		case '.', '!', '?', '।', '。', '؟', '॥':
			t.ends++
			t.punct++
		case ',', '،', '、':
			t.commas++
			t.punct++
		default:
			if unicode.IsPunct(r) || unicode.IsSymbol(r) {
				t.punct++
			}
		}
	}
	return t
}

// tagFeatures say what element the block is.
func tagFeatures(b pageBlock) []float32 {
	f := make([]float32, 13)
	switch b.tag {
	case "p":
		f[0] = 1
	case "li", "dd", "dt":
		f[1] = 1
	case "h1", "h2", "h3", "h4", "h5", "h6":
		f[2] = float32(b.tag[1] - '0')
	case "td", "th", "tr":
		f[3] = 1
	case "pre":
		f[4] = 1
	case "blockquote":
		f[5] = 1
	case "div", "section", "article", "main", "body":
		f[6] = 1
	case "figcaption", "figure", "caption":
		f[7] = 1
	case "header", "footer", "nav", "aside":
		f[8] = 1
	case "form", "fieldset", "legend", "label":
		f[9] = 1
	}
	if b.href != "" {
		f[10] = 1
	}
	if b.node != nil {
		// Code set inline in a paragraph, and blocks that are a heading
		// of a list.
		if first := b.node.FirstChild; first != nil && first.Type == html.ElementNode && (first.DataAtom == atom.Code || first.DataAtom == atom.Kbd) {
			f[11] = 1
		}
		if nx := nextElement(b.node); nx != nil && (nx.DataAtom == atom.Ul || nx.DataAtom == atom.Ol) {
			f[12] = 1
		}
	}
	return f
}

func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s
		}
	}
	return nil
}

type ancestors struct {
	main, article, body, form, table, li, pre, header, comment float32
}

var replyClass = anyWord("comment", "reply", "replies", "discuss", "disqus")

// own adds what element m itself says to a; a block's ancestry is the
// sum over it and its ancestors (ancestryCached).
func own(m *html.Node, a *ancestors) {
	switch tagAtom(m) {
	case atom.Main:
		a.main = 1
	case atom.Article:
		a.article = 1
	case atom.Form:
		a.form = 1
	case atom.Table:
		a.table = 1
	case atom.Li:
		a.li = 1
	case atom.Pre, atom.Code:
		a.pre = 1
	case atom.Header:
		a.header = 1
	}
	for _, at := range m.Attr {
		switch at.Key {
		case "role":
			if at.Val == "main" {
				a.main = 1
			}
		case "itemprop":
			if strings.Contains(at.Val, "articleBody") || strings.Contains(at.Val, "text") {
				a.body = 1
			}
		case "class", "id":
			if a.comment == 0 && replyClass.MatchString(at.Val) {
				a.comment = 1
			}
		}
	}
}

// ancInfo is ancestryCached's answer for one node, packed (the cache
// holds every ancestor of every block of the page): the depth and one
// bit per kind of ancestor.
type ancInfo struct {
	depth int32
	kinds uint16
}

func packAncestors(a ancestors) uint16 {
	var k uint16
	for i, v := range [...]float32{a.main, a.article, a.body, a.form, a.table, a.li, a.pre, a.header, a.comment} {
		if v != 0 {
			k |= 1 << i
		}
	}
	return k
}

func unpackAncestors(k uint16) ancestors {
	f := func(i int) float32 { return float32(k >> i & 1) }
	return ancestors{main: f(0), article: f(1), body: f(2), form: f(3), table: f(4), li: f(5), pre: f(6), header: f(7), comment: f(8)}
}

// ancestryCached is the block's depth and the kinds of element around
// it (itself included), with the answer for every ancestor kept in cache:
// the blocks of a page share most of their ancestors, and walking each
// block's path to the root (matching every class on it) cost as much as
// the rest of a block's features.
func ancestryCached(n *html.Node, cache map[*html.Node]ancInfo) (int, ancestors) {
	if n == nil {
		return 0, ancestors{}
	}
	if r, ok := cache[n]; ok {
		return int(r.depth), unpackAncestors(r.kinds)
	}
	depth, a := ancestryCached(n.Parent, cache)
	depth++
	if n.Type == html.ElementNode {
		own(n, &a)
	}
	cache[n] = ancInfo{int32(depth), packAncestors(a)}
	return depth, a
}

// repeats is how many siblings of the block's element, or of one of its
// three nearest ancestors, share its tag and class: the cards of a
// listing, the posts of a thread, the items of a menu.
func repeats(n *html.Node, cache map[*html.Node]int) int {
	best := 0
	for d := 0; n != nil && d < 4; n, d = n.Parent, d+1 {
		if n.Type != html.ElementNode || n.Parent == nil {
			continue
		}
		c, ok := cache[n]
		if !ok {
			countSiblings(n.Parent, cache)
			c = cache[n]
		}
		best = max(best, c-1)
	}
	return best
}

// countSiblings caches, for every element child of parent, how many of
// its siblings (itself included) share its tag and class: all children in
// one pass, since counting for each child apart is quadratic in a list of
// thousands of items.
func countSiblings(parent *html.Node, cache map[*html.Node]int) {
	type key struct{ tag, class string }
	counts := map[key]int{}
	for s := parent.FirstChild; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			counts[key{s.Data, attr(s, "class")}]++
		}
	}
	for s := parent.FirstChild; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			cache[s] = counts[key{s.Data, attr(s, "class")}]
		}
	}
}

// classTokens gives the words of the class and id attributes of an
// element and its ancestors, nearest first, each once: "post-body" gives
// "post", "body". Each element's words are cut once and numbered; a block
// marks the numbers it has taken with its own index, so that no set is
// built per block (a map per block was a tenth of the page's
// allocations).
type classTokens struct {
	ids   map[string]int32
	words []string
	taken []int32 // the last block that took each word
	nodes map[*html.Node][]int32
	out   []string // scratch
	// scratch of nodeIDs
	scratch []int32
	buf     []byte
}

func newClassTokens() *classTokens {
	return &classTokens{ids: map[string]int32{}, nodes: map[*html.Node][]int32{}}
}

// of is the words of block (an index, new for each block) at n.
func (c *classTokens) of(n *html.Node, block int32) []string {
	out := c.out[:0]
	for d := 0; n != nil && d < maxTokDepth; n, d = n.Parent, d+1 {
		if n.Type != html.ElementNode {
			continue
		}
		ids, ok := c.nodes[n]
		if !ok {
			ids = c.nodeIDs(n)
			c.nodes[n] = ids
		}
		for _, id := range ids {
			if c.taken[id] != block {
				c.taken[id] = block
				out = append(out, c.words[id])
			}
		}
	}
	c.out = out
	if len(out) == 0 {
		return nil
	}
	return slices.Clone(out)
}

// nodeIDs are the ids of n's words: those of its class and id attributes
// (splitClass), then "<tag>". The words are lower-cased in a scratch
// buffer and a string is made only for a word not seen before on the
// page: most nodes repeat their neighbours' classes.
func (c *classTokens) nodeIDs(n *html.Node) []int32 {
	scratch := c.scratch[:0]
	add := func(b []byte) {
		id, ok := c.ids[string(b)]
		if !ok {
			w := string(b)
			id = int32(len(c.words))
			c.ids[w] = id
			c.words = append(c.words, w)
			c.taken = append(c.taken, -1)
		}
		scratch = append(scratch, id)
	}
	for _, s := range [2]string{attr(n, "class"), attr(n, "id")} {
		splitClassFunc(s, func(w string) {
			b := c.buf[:0]
			for i := 0; i < len(w); i++ {
				ch := w[i]
				if ch >= 'A' && ch <= 'Z' {
					ch += 'a' - 'A'
				}
				b = append(b, ch)
			}
			c.buf = b
			add(b)
		})
	}
	b := append(c.buf[:0], '<')
	b = append(b, n.Data...)
	b = append(b, '>')
	c.buf = b
	add(b)
	c.scratch = scratch
	return slices.Clone(scratch)
}

// splitClass cuts an attribute into lower-case words of letters, at
// anything else and at a lower-to-upper change ("postBody").
func splitClass(s string) []string {
	var out []string
	splitClassFunc(s, func(w string) { out = append(out, strings.ToLower(w)) })
	return out
}

// splitClassFunc calls f with each word of s as splitClass cuts them,
// before lower-casing (the words are ASCII letters).
func splitClassFunc(s string, f func(w string)) {
	start := -1
	prevLower := false
	flush := func(i int) {
		if start >= 0 && i-start >= 2 && i-start <= 20 {
			f(s[start:i])
		}
		start = -1
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		isUpper := c >= 'A' && c <= 'Z'
		isLower := c >= 'a' && c <= 'z'
		if !isUpper && !isLower {
			flush(i)
			prevLower = false
			continue
		}
		if isUpper && prevLower {
			flush(i)
		}
		if start < 0 {
			start = i
		}
		prevLower = isLower
	}
	flush(len(s))
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		m[w] = true
	}
	return m
}

// overlapIn is the share of a block's words found in the page title. ws
// is a set to reuse for the block's words (it is emptied first): a new
// map for every block was a sixth of analyse's allocations.
func overlapIn(s string, title map[string]bool, ws map[string]bool) float32 {
	if len(title) == 0 || len(s) > 400 {
		return 0
	}
	clear(ws)
	// The words strings.FieldsFunc(low, notWordRune) gives, without the
	// slice.
	low := strings.ToLower(s)
	start := -1
	for i, r := range low {
		if notWordRune(r) {
			if start >= 0 {
				ws[low[start:i]] = true
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		ws[low[start:]] = true
	}
	hit := 0
	for w := range ws {
		if title[w] {
			hit++
		}
	}
	return ratio(hit, len(ws))
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// elementCounts are counts over the whole tree, for the page type.
type elementCounts struct {
	forms, inputs, buttons, pre, code, tables, h1, h2, h3, li, articles, times, imgs, sections int
	ldTypes, itemTypes                                                                         []string
	ogType, generator, title, bodyClass                                                        string
	// refs are the addresses of the page's scripts and stylesheets,
	// where the software a site runs on shows ("wp-content", "cdn.shopify").
	refs strings.Builder
}

func (c *elementCounts) walk(n *html.Node) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Form:
			c.forms++
		case atom.Input, atom.Select, atom.Textarea:
			c.inputs++
		case atom.Button:
			c.buttons++
		case atom.Pre:
			c.pre++
		case atom.Code:
			c.code++
		case atom.Table:
			c.tables++
		case atom.H1:
			c.h1++
		case atom.H2:
			c.h2++
		case atom.H3:
			c.h3++
		case atom.Li:
			c.li++
		case atom.Article:
			c.articles++
		case atom.Time:
			c.times++
		case atom.Img:
			c.imgs++
		case atom.Section:
			c.sections++
		case atom.Title:
			if c.title == "" {
				c.title = textOf(n)
			}
			return
		case atom.Body, atom.Html:
			c.bodyClass += " " + attr(n, "class") + " " + attr(n, "id")
		case atom.Meta:
			switch strings.ToLower(attr(n, "property") + attr(n, "name")) {
			case "og:type":
				c.ogType = strings.ToLower(attr(n, "content"))
			case "generator":
				c.generator += " " + strings.ToLower(attr(n, "content"))
			}
		case atom.Link:
			if c.refs.Len() < 20000 {
				c.refs.WriteString(attr(n, "href"))
				c.refs.WriteByte(' ')
			}
		case atom.Script:
			if src := attr(n, "src"); src != "" && c.refs.Len() < 20000 {
				c.refs.WriteString(src)
				c.refs.WriteByte(' ')
			}
			if strings.Contains(attr(n, "type"), "ld+json") && n.FirstChild != nil {
				for _, m := range ldType.FindAllStringSubmatch(n.FirstChild.Data, 50) {
					c.ldTypes = append(c.ldTypes, strings.ToLower(m[1]+" "+m[2]))
				}
			}
			return
		}
		if it := attr(n, "itemtype"); it != "" {
			c.itemTypes = append(c.itemTypes, strings.ToLower(it))
		}
	}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c.walk(k)
	}
}

var ldType = lazyCompile(func() string { return `"@type"\s*:\s*(?:"([^"]{1,60})"|\[([^\]]{1,200})\])` })

// typeGroups map schema.org and og:type names to the page types they
// suggest.
var typeGroups = [][]string{
	{"article", "newsarticle", "blogposting", "reportagenewsarticle", "opinionnewsarticle", "report", "liveblogposting"},
	{"discussionforumposting", "qapage", "question", "answer", "comment", "socialmediaposting"},
	{"product", "offer", "aggregateoffer", "individualproduct", "productgroup", "aggregaterating"},
	{"collectionpage", "itemlist", "offercatalog", "searchresultspage", "listitem"},
	{"techarticle", "apireference", "howto", "softwaresourcecode", "faqpage"},
	{"organization", "localbusiness", "service", "professionalservice", "contactpage", "aboutpage", "corporation"},
	{"website", "webpage"},
	{"breadcrumblist"},
	{"person", "profilepage"},
	{"event", "recipe", "course", "jobposting", "softwareapplication"},
}

var urlGroups = [][]string{
	{"forum", "forums", "thread", "threads", "t", "topic", "topics", "viewtopic", "showthread", "community", "discussion", "discussions", "questions", "board", "boards", "comments", "r"},
	{"product", "products", "p", "item", "dp", "shop", "store", "buy", "producto", "produkt", "sku"},
	{"category", "categories", "tag", "tags", "collections", "collection", "search", "archive", "archives", "list", "c", "browse", "catalog", "section", "page"},
	{"docs", "doc", "documentation", "wiki", "reference", "api", "manual", "guide", "guides", "tutorial", "tutorials", "learn", "help", "kb", "support", "faq", "en-us", "latest", "stable"},
	{"blog", "news", "article", "articles", "story", "stories", "post", "posts", "opinion", "politics", "sport", "sports"},
	{"about", "services", "service", "contact", "pricing", "solutions", "company", "team", "careers", "features", "plans"},
}

var cmsNames = []string{"wordpress", "discourse", "xenforo", "phpbb", "vbulletin", "sphinx", "mediawiki", "docusaurus",
	"shopify", "woocommerce", "drupal", "joomla", "hugo", "jekyll", "mkdocs", "gitbook", "ghost", "invision", "vanilla", "squarespace", "wix", "magento", "prestashop", "readthedocs", "wp-content", "cdn.shopify", "discourse-cdn", "_next", "gatsby"}

// priceRe is a price: a currency sign before the amount, or a code
// after it. countPrices counts its matches.
var priceRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:[$€£₹¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|USD|EUR|GBP|Rs\.?|INR|kr|zł))`)
})

// countPrices is len(priceRe().FindAllStringIndex(s, limit)), by hand: the
// expression has no literal to look for first, so the regexp package
// tried it at every byte of the page's text, half a second over the
// evaluation pages. The same leftmost-first, greedy reading: a sign, one
// optional space, a digit and the run of digits, dots and commas after
// it; or a digit, that run, one optional space and a code. Matches do
// not overlap; the search goes on after each. (The test checks it
// against priceRe.)
func countPrices(s string, limit int) int {
	n := 0
	for i := 0; i < len(s) && n < limit; {
		// Only a digit or a sign's first byte can start a price.
		if c := s[i]; c-'0' >= 10 && c != '$' && c != 0xE2 && c != 0xC2 {
			i++
			continue
		}
		if end := priceAt(s, i); end > i {
			n++
			i = end
			continue
		}
		i++
	}
	return n
}

var priceSigns = []string{"$", "€", "£", "₹", "¥"}

var priceCodes = []string{"€", "USD", "EUR", "GBP", "Rs.", "Rs", "INR", "kr", "zł"}

// priceAt is the end of a price starting at s[i], or -1.
func priceAt(s string, i int) int {
	isDigit := func(j int) bool { return j < len(s) && s[j] >= '0' && s[j] <= '9' }
	isSpace := func(j int) bool {
		return j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\f' || s[j] == '\r')
	}
	run := func(j int) int { // [\d.,]*
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.' || s[j] == ',') {
			j++
		}
		return j
	}
	for _, sign := range priceSigns {
		if strings.HasPrefix(s[i:], sign) {
			j := i + len(sign)
			if isSpace(j) {
				j++
			}
			if !isDigit(j) {
				return -1
			}
			return run(j + 1)
		}
	}
	if !isDigit(i) {
		return -1
	}
	k := run(i + 1)
	for _, j := range []int{k + 1, k} {
		if j == k+1 && !isSpace(k) {
			continue
		}
		for _, c := range priceCodes {
			if strings.HasPrefix(s[j:], c) {
				return j + len(c)
			}
		}
	}
	return -1
}

var cueWords = [][]string{
	{"reply", "replies", "quote", "posted", "joined", "likes", "members", "thread", "post #", "#1", "views", "report"},
	{"add to cart", "add to bag", "in stock", "out of stock", "buy now", "sku", "reviews", "shipping", "quantity", "wishlist"},
	{"read more", "continue reading", "load more", "next page", "previous", "filter", "sort by", "showing", "results"},
	{"copyright", "cookie", "privacy", "subscribe", "newsletter", "sign in", "log in", "contact us", "get started", "free trial"},
	{"table of contents", "on this page", "edit this page", "example", "parameters", "returns", "version", "install"},
}

// cueCounter counts every cue word, cueWords' groups one after the other.
var cueCounter = newPhraseCounter(slices.Concat(cueWords...))

// bestRep is the largest repeats of the page's blocks (analyse has
// counted them).
func pageFeatures(doc *html.Node, raw []byte, pageURL string, el *elementCounts, page []pageBlock, total, totalLink, bestRep int) []float32 {
	var f []float32
	// URL path.
	path := ""
	query := false
	if u, err := url.Parse(pageURL); err == nil {
		path = strings.ToLower(u.Path)
		query = u.RawQuery != ""
	}
	segs := strings.FieldsFunc(path, func(r rune) bool { return r == '/' })
	for _, g := range urlGroups {
		c := 0
		for _, s := range segs {
			s = strings.TrimSuffix(strings.TrimSuffix(s, ".html"), ".php")
			for _, w := range g {
				if s == w || strings.HasPrefix(s, w+"-") || strings.HasPrefix(s, w+"_") || (len(w) > 3 && strings.Contains(s, w)) {
					c++
					break
				}
			}
		}
		f = append(f, float32(c))
	}
	hyph, year, digits := 0, 0, 0
	last := ""
	if len(segs) > 0 {
		last = segs[len(segs)-1]
		hyph = strings.Count(last, "-") + strings.Count(last, "_")
	}
	for _, s := range segs {
		if len(s) == 4 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) && isDigits(s) {
			year = 1
		}
		if isDigits(s) {
			digits++
		}
	}
	b2f := func(b bool) float32 {
		if b {
			return 1
		}
		return 0
	}
	f = append(f, float32(len(segs)), float32(hyph), float32(year), float32(digits), b2f(query), float32(len(last)),
		b2f(strings.HasSuffix(path, ".html") || strings.HasSuffix(path, ".htm")))
	// Structured data.
	for _, g := range typeGroups {
		ld, it := 0, 0
		for _, t := range el.ldTypes {
			for _, w := range g {
				if hasWord(t, w) {
					ld++
				}
			}
		}
		for _, t := range el.itemTypes {
			for _, w := range g {
				if strings.HasSuffix(t, "/"+w) {
					it++
				}
			}
		}
		f = append(f, float32(min(ld, 5)), float32(min(it, 5)))
	}
	og := el.ogType
	f = append(f, b2f(strings.Contains(og, "article")), b2f(strings.Contains(og, "product")), b2f(og == "website"), b2f(og != "" && og != "website" && !strings.Contains(og, "article") && !strings.Contains(og, "product")))
	// Software the site runs on.
	bodyClass := strings.ToLower(el.bodyClass)
	refs := strings.ToLower(el.refs.String())
	for _, c := range cmsNames {
		v := float32(0)
		if strings.Contains(el.generator, c) || strings.Contains(bodyClass, c) {
			v = 2
		} else if strings.Contains(refs, c) {
			v = 1
		}
		f = append(f, v)
	}
	// Structure.
	f = append(f, lg(el.forms), lg(el.inputs), lg(el.buttons), lg(el.pre), lg(el.code), lg(el.tables), float32(el.h1), lg(el.h2), lg(el.h3),
		lg(el.li), lg(el.articles), lg(el.times), lg(el.imgs), lg(el.sections), lg(len(page)), lg(total), ratio(totalLink, total))
	var text strings.Builder
	prose, longest, inP, inLi, inTd, inPre, headings, links := 0, 0, 0, 0, 0, 0, 0, 0
	for _, b := range page {
		if text.Len() < 200000 {
			text.WriteString(strings.ToLower(b.text))
			text.WriteByte('\n')
		}
		t := textStats(b.text)
		if t.ends >= 2 && t.words >= 20 {
			prose++
		}
		longest = max(longest, len(b.text))
		switch b.tag {
		case "p":
			inP += len(b.text)
		case "li":
			inLi += len(b.text)
		case "td", "th":
			inTd += len(b.text)
		case "pre":
			inPre += len(b.text)
		}
		if isHeadingTag(b.tag) {
			headings++
		}
		if b.href != "" {
			links++
		}
	}
	all := text.String()
	f = append(f, lg(prose), lg(longest), ratio(inP, total), ratio(inLi, total), ratio(inTd, total), ratio(inPre, total), lg(headings), ratio(links, len(page)))
	f = append(f, lg(countPrices(all, 200)))
	cues := make([]int, len(cueCounter.phrases))
	cueCounter.counts(all, cues)
	k := 0
	for _, g := range cueWords {
		c := 0
		for range g {
			c += cues[k]
			k++
		}
		f = append(f, lg(c))
	}
	// The largest group of repeated siblings (cards, posts).
	f = append(f, lg(bestRep))
	// Headings that are links (the titles of cards), and the URL's
	// paging: a list's later pages, an index's path without a slug.
	hlinks := 0
	for _, b := range page {
		if isHeadingTag(b.tag) && 2*b.linkChars > len(b.text) {
			hlinks++
		}
	}
	paged := query && (strings.Contains(pageURL, "page=") || strings.Contains(pageURL, "p=") || strings.Contains(pageURL, "offset="))
	for i := 1; i < len(segs); i++ {
		if segs[i-1] == "page" && isDigits(segs[i]) {
			paged = true
		}
	}
	f = append(f, lg(hlinks), ratio(hlinks, headings), b2f(paged), b2f(strings.HasSuffix(path, "/")), b2f(isDigits(last)))
	return f
}

// groupFeatures describe the page's largest run of like siblings (the
// same tag and class under one parent, three at least), by the text they
// hold: its share of the page's text and of its link text, how many
// members it has, and how many of them hold a link. Cards, posts and
// products come in such runs; an article's paragraphs are mostly bare p.
func groupFeatures(stats map[*html.Node]*nodeStat, total, totalLink int) []float32 {
	type group struct{ n, chars, links, linked int }
	var best group
	for p := range stats {
		if p.Type != html.ElementNode {
			continue
		}
		var gs map[string]*group
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			s := stats[c]
			if c.Type != html.ElementNode || s == nil {
				continue
			}
			if gs == nil {
				gs = map[string]*group{}
			}
			k := c.Data + "\x00" + attr(c, "class")
			g := gs[k]
			if g == nil {
				g = &group{}
				gs[k] = g
			}
			g.n++
			g.chars += s.chars
			g.links += s.linkChars
			if s.linkChars > 0 {
				g.linked++
			}
		}
		for _, g := range gs {
			if g.n >= 3 && (g.chars > best.chars || g.chars == best.chars && (g.links > best.links || g.links == best.links && g.n > best.n || g.links == best.links && g.n == best.n && g.linked > best.linked)) {
				best = *g
			}
		}
	}
	return []float32{ratio(best.chars, total), ratio(best.links, totalLink), lg(best.n), ratio(best.linked, best.n), ratio(best.links, best.chars), lg(best.chars / max(best.n, 1))}
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// hasWord reports w as a whole word of s (words are split at anything
// that is not a letter).
func hasWord(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		k += i
		e := k + len(w)
		if (k == 0 || !isLetterByte(s[k-1])) && (e == len(s) || !isLetterByte(s[e])) {
			return true
		}
		i = k + 1
	}
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

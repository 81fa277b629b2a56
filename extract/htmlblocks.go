package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/akhbar/akhbar/clean"
)

// pageBlock is one block element of a page (or one <br>-separated line of
// it) with what the later decisions need to know about where it sits.
type pageBlock struct {
	text string
	tag  string
	// node is the block element the text belongs to.
	node *html.Node
	// linkChars counts the characters of text inside <a>.
	linkChars int
	// href is the link target when the whole block is one link, as the
	// block model was trained on it: the link's bytes before
	// normalisation over the block's after (see link).
	href string
	// link is the link target when the whole block is one link, both
	// sides measured before normalisation: NFC lengthens the letters it
	// decomposes (the Indic nukta letters, Bengali য় among them), so
	// href misses a link whose text is full of them. It is the record's
	// link; href, a feature of the trained models, stays as it was.
	link string
	// endLink is the target of a block's one link when nothing but
	// spaces follows it: "also read: <a>headline</a>", where the label
	// keeps the block from being one link.
	endLink string
	// zone is the nearest landmark around the block: "header", "nav",
	// "footer", "aside", or "" (the document flow).
	zone string
}

// skipTags hold no readable text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Head: true, atom.Select: true, atom.Option: true,
	atom.Textarea: true, atom.Input: true, atom.Button: true, atom.Audio: true, atom.Video: true,
}

// blockTags start a new block; text directly inside them is one block.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Center: true, atom.Dd: true, atom.Details: true,
	atom.Dialog: true, atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true,
	atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Form: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Ul: true, atom.Html: true, atom.Menu: true,
	atom.Legend: true, atom.Hgroup: true,
}

var landmarkTags = map[atom.Atom]string{
	atom.Header: "header", atom.Nav: "nav", atom.Footer: "footer", atom.Aside: "aside",
}

// segment cuts a tree into blocks in document order. Hidden elements are
// left out (the reader never sees them).
func segment(root *html.Node) []pageBlock {
	out := segmentOnce(root)
	chars := 0
	for _, b := range out {
		chars += len(b.text)
	}
	if chars < emptyPageChars && unwrapNoscripts(root) {
		out = segmentOnce(root)
	}
	return out
}

// emptyPageChars: a page whose blocks hold fewer characters than this
// shows a reader without scripts almost nothing but its title.
const emptyPageChars = 200

// unwrapNoscripts puts the markup of each <noscript> in the body in the
// element's place and reports whether it found any. A page that draws
// its content with scripts (forum software, web apps) often serves the
// same content to readers without scripts inside <noscript>; the parser,
// run as a browser with scripts on, keeps that markup as raw text, so the
// page looks empty. It is done only for pages that look empty: elsewhere
// <noscript> holds "enable JavaScript" notices and tracking pixels. The
// markup goes through the same pre-scan as a page (htmlbudget.go) before
// it is parsed, since the page's own pre-scan read it as text.
func unwrapNoscripts(root *html.Node) bool {
	var found []*html.Node
	var walk func(n *html.Node, inBody bool)
	walk = func(n *html.Node, inBody bool) {
		if n.Type == html.ElementNode {
			switch tagAtom(n) {
			case atom.Head:
				return
			case atom.Body:
				inBody = true
			case atom.Noscript:
				if inBody && n.Parent != nil && n.FirstChild != nil && n.FirstChild == n.LastChild &&
					n.FirstChild.Type == html.TextNode && strings.Contains(n.FirstChild.Data, "<") {
					found = append(found, n)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inBody)
		}
	}
	walk(root, false)
	done := false
	for _, ns := range found {
		src := ns.FirstChild.Data
		if scanHTMLCost([]byte(src), defaultHTMLLimits).Over != "" {
			continue
		}
		ctx := ns.Parent
		if ctx.Type != html.ElementNode {
			ctx = &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
		}
		nodes, err := html.ParseFragment(strings.NewReader(src), ctx)
		if err != nil {
			continue
		}
		for _, c := range nodes {
			ns.Parent.InsertBefore(c, ns)
		}
		ns.Parent.RemoveChild(ns)
		done = true
	}
	return done
}

func segmentOnce(root *html.Node) []pageBlock {
	s := segmenter{}
	s.walk(root, nil, "")
	s.flush()
	return s.out
}

type segmenter struct {
	out       []pageBlock
	buf       strings.Builder
	linkChars int
	links     int
	href      string
	// textAfter is whether text followed the last link opened.
	textAfter bool
	cur       *html.Node // block element the buffered text belongs to
	zone      string
	// rows caches each table's row count (tableRows).
	rows map[*html.Node]int
	// tableFigs caches tableFigure's answers.
	tableFigs map[*html.Node]bool
}

func (s *segmenter) flush() {
	if s.buf.Len() == 0 {
		return
	}
	raw := s.buf.String()
	text := clean.Line(raw)
	s.buf.Reset()
	if text != "" {
		tag := "div"
		if s.cur != nil {
			tag = s.cur.Data
			if tagAtom(s.cur) == atom.Figcaption && s.tableFigure(s.cur.Parent) {
				tag = "caption"
			}
		}
		b := pageBlock{text: text, tag: tag, node: s.cur, linkChars: s.linkChars, zone: s.zone}
		if s.links == 1 && s.linkChars*10 >= len(text)*9 {
			b.href = s.href
		}
		if b.link = b.href; s.links == 1 && b.link == "" && s.linkChars*10 >= len(strings.TrimSpace(raw))*9 {
			b.link = s.href
		}
		if s.links == 1 && !s.textAfter {
			b.endLink = s.href
		}
		s.out = append(s.out, b)
	}
	s.linkChars, s.links, s.href, s.textAfter = 0, 0, "", false
}

func (s *segmenter) walk(n *html.Node, inLink *html.Node, zone string) {
	switch n.Type {
	case html.TextNode:
		if s.buf.Len() == 0 && strings.TrimSpace(n.Data) == "" {
			return
		}
		s.buf.WriteString(n.Data)
		if inLink != nil {
			s.linkChars += len(strings.TrimSpace(n.Data))
		} else if strings.TrimSpace(n.Data) != "" {
			s.textAfter = true
		}
		return
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			s.walk(c, inLink, zone)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	if skipTags[tagAtom(n)] || hidden(n) {
		return
	}
	switch tagAtom(n) {
	case atom.Br:
		s.flush()
		return
	case atom.Img:
		return
	case atom.A:
		if inLink == nil {
			inLink = n
			s.links++
			s.href, s.textAfter = attr(n, "href"), false
		}
	}
	if z, ok := landmarkTags[tagAtom(n)]; ok && zone == "" {
		zone = z
	} else if zone == "" {
		if r := attr(n, "role"); r == "navigation" || r == "banner" || r == "contentinfo" || r == "complementary" {
			zone = map[string]string{"navigation": "nav", "banner": "header", "contentinfo": "footer", "complementary": "aside"}[r]
		}
	}
	if tagAtom(n) == atom.Tr && s.dataRow(n) {
		s.row(n, inLink, zone)
		return
	}
	block := blockTags[tagAtom(n)]
	if !block {
		// Inline elements: keep words apart that only markup separated.
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			s.walk(c, inLink, zone)
		}
		return
	}
	s.flush()
	saved, savedZone := s.cur, s.zone
	s.cur, s.zone = n, zone
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.walk(c, inLink, zone)
	}
	s.flush()
	s.cur, s.zone = saved, savedZone
}

// Data tables. A results table, a scorecard or a price list is what its
// story reports; read cell by cell it falls apart into blocks of a word or
// a number each, which say nothing alone (the block model takes them for
// furniture, the quality rules for a list of short lines). A row of short
// cells that hold only inline content, in a table of at least
// dataTableRows rows, is therefore one block, its cells joined by " | "
// (the form trafilatura's text output gives a row). Cells holding
// paragraphs, line breaks, lists or tables are a layout table's, whose
// cells are the page's columns: those stay blocks of their own.
const (
	dataTableRows = 3
	// dataCellRunes: a cell longer than this is running text, not a datum.
	dataCellRunes = 80
)

// dataRow reports whether the <tr> n is a row of a data table.
func (s *segmenter) dataRow(n *html.Node) bool {
	cells, filled := 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
			continue
		case html.ElementNode:
		default:
			continue
		}
		if a := tagAtom(c); a != atom.Td && a != atom.Th {
			return false
		}
		if skipTags[tagAtom(c)] || hidden(c) {
			continue
		}
		cells++
		runes, ok := inlineRunes(c, dataCellRunes)
		if !ok {
			return false
		}
		if runes > 0 {
			filled++
		}
	}
	if cells < 2 || filled < 2 {
		return false
	}
	t := n.Parent
	if t != nil && (tagAtom(t) == atom.Tbody || tagAtom(t) == atom.Thead || tagAtom(t) == atom.Tfoot) {
		t = t.Parent
	}
	if t == nil || tagAtom(t) != atom.Table {
		return false
	}
	return s.tableRows(t) >= dataTableRows
}

// inlineRunes counts the visible letters of the cell n's text up to max
// and reports false if it holds a block element or a line break (a layout
// cell) or more than max of them.
func inlineRunes(n *html.Node, max int) (int, bool) {
	runes := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				for _, r := range c.Data {
					if !unicode.IsSpace(r) {
						runes++
					}
				}
				if runes > max {
					return false
				}
			case html.ElementNode:
				a := tagAtom(c)
				if skipTags[a] || hidden(c) {
					continue
				}
				if blockTags[a] || a == atom.Br {
					return false
				}
				if !walk(c) {
					return false
				}
			}
		}
		return true
	}
	ok := walk(n)
	return runes, ok
}

// tableRows counts the table's own rows (not those of tables inside its
// cells), once per table.
func (s *segmenter) tableRows(t *html.Node) int {
	if k, ok := s.rows[t]; ok {
		return k
	}
	k := 0
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		switch tagAtom(c) {
		case atom.Tr:
			k++
		case atom.Tbody, atom.Thead, atom.Tfoot:
			for r := c.FirstChild; r != nil; r = r.NextSibling {
				if tagAtom(r) == atom.Tr {
					k++
				}
			}
		}
	}
	if s.rows == nil {
		s.rows = map[*html.Node]int{}
	}
	s.rows[t] = k
	return k
}

// row writes a data row as one block, its filled cells joined by " | ".
func (s *segmenter) row(n, inLink *html.Node, zone string) {
	s.flush()
	saved, savedZone := s.cur, s.zone
	s.cur, s.zone = n, zone
	filled := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || hidden(c) {
			continue
		}
		if runes, _ := inlineRunes(c, dataCellRunes); runes == 0 {
			continue
		}
		if filled {
			s.buf.WriteString(" | ")
			s.textAfter = true
		}
		filled = true
		s.walkInline(c, inLink, zone)
	}
	s.flush()
	s.cur, s.zone = saved, savedZone
}

// tableFigure reports whether n is a <figure> that holds a table and no
// picture: a block editor's table. Its <figcaption> is then the table's
// caption, part of what the story prints (a <caption> the record keeps),
// not a picture's caption, which is the image's metadata.
func (s *segmenter) tableFigure(n *html.Node) bool {
	if n == nil || tagAtom(n) != atom.Figure {
		return false
	}
	if v, ok := s.tableFigs[n]; ok {
		return v
	}
	table, picture := false, false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !picture; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch tagAtom(c) {
			case atom.Table:
				table = true
				continue
			case atom.Img, atom.Picture, atom.Video, atom.Iframe, atom.Svg, atom.Canvas, atom.Object, atom.Embed:
				picture = true
				continue
			}
			if c.Data == "amp-img" {
				picture = true
				continue
			}
			walk(c)
		}
	}
	walk(n)
	if s.tableFigs == nil {
		s.tableFigs = map[*html.Node]bool{}
	}
	s.tableFigs[n] = table && !picture
	return table && !picture
}

// walkInline walks the children of a cell as inline content.
func (s *segmenter) walkInline(n, inLink *html.Node, zone string) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.walk(c, inLink, zone)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// hidden reports elements a browser does not show.
func hidden(n *html.Node) bool {
	if hasAttr(n, "hidden") {
		return true
	}
	if st := attr(n, "style"); st != "" {
		st = strings.ToLower(strings.ReplaceAll(st, " ", ""))
		if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
			return true
		}
	}
	return false
}

// textOf is the normalised text of a subtree (without hidden or skipped
// parts).
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			if skipTags[tagAtom(n)] || hidden(n) {
				return
			}
			if blockTags[tagAtom(n)] || tagAtom(n) == atom.Br {
				b.WriteByte(' ')
			}
			fallthrough
		default:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			if n.Type == html.ElementNode && blockTags[tagAtom(n)] {
				b.WriteByte(' ')
			}
		}
	}
	walk(n)
	return clean.Line(b.String())
}

// tagAtom is the element's atom. Nodes built by code rather than by the
// parser (go-trafilatura's output) may carry only the name.
func tagAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 || n.Type != html.ElementNode {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}

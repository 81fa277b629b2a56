package extract

import (
	"strings"

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
	// leadLink is the target of a block's one link when it opens the
	// block and text follows it ("<a>headline</a> <span>3 hours
	// ago</span>"); leadText is the link's text, leadTail what follows.
	leadLink, leadText, leadTail string
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
	if revealDeferred(root, out) {
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
	// textAny is whether the block has text yet; leadOK that none came
	// before its first link, whose text spans buf[leadStart:leadEnd].
	textAny            bool
	leadOK             bool
	leadStart, leadEnd int
	cur                *html.Node // block element the buffered text belongs to
	zone               string
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
		if s.links == 1 && s.leadOK && s.textAfter && s.leadEnd > s.leadStart {
			b.leadLink = s.href
			b.leadText, b.leadTail = clean.Line(raw[s.leadStart:s.leadEnd]), clean.Line(raw[s.leadEnd:])
		}
		s.out = append(s.out, b)
	}
	s.linkChars, s.links, s.href, s.textAfter = 0, 0, "", false
	s.textAny, s.leadOK, s.leadStart, s.leadEnd = false, false, 0, 0
}

func (s *segmenter) walk(n *html.Node, inLink *html.Node, zone string) {
	switch n.Type {
	case html.TextNode:
		trimmed := strings.TrimSpace(n.Data)
		if s.buf.Len() == 0 && trimmed == "" {
			return
		}
		s.buf.WriteString(n.Data)
		if inLink != nil {
			s.linkChars += len(trimmed)
		} else if trimmed != "" {
			s.textAfter = true
		}
		s.textAny = s.textAny || trimmed != ""
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
			if s.links == 1 {
				s.leadOK, s.leadStart = !s.textAny, s.buf.Len()
			}
		}
	}
	if z, ok := landmarkTags[tagAtom(n)]; ok && zone == "" {
		zone = z
	} else if zone == "" {
		if r := attr(n, "role"); r == "navigation" || r == "banner" || r == "contentinfo" || r == "complementary" {
			zone = map[string]string{"navigation": "nav", "banner": "header", "contentinfo": "footer", "complementary": "aside"}[r]
		}
	}
	block := blockTags[tagAtom(n)]
	if !block {
		// Inline elements: keep words apart that only markup separated.
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			s.walk(c, inLink, zone)
		}
		if inLink == n && s.links == 1 {
			s.leadEnd = s.buf.Len()
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

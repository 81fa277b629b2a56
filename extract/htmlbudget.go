package extract

// The HTML5 tree builder (golang.org/x/net/html, like every conforming
// parser) may create far more nodes than a page has tags: a formatting
// element (<b>, <font>, <a>...) left open when its parent closes stays in
// the "list of active formatting elements", and every later piece of text
// or inline tag re-opens a copy of each such element. Five hundred
// distinct unclosed <b> tags followed by 100,000 short paragraphs make 50
// million nodes (several GB) out of 800 KB, and a parse cannot be stopped
// half way. No parser library offers a node budget, so the page is first
// run through a tokenizer — linear, with no tree; internal/htmltok, which
// gives x/net/html's tokens at an eighth of its cost — and a small model of
// the tree builder's stacks counts what the parse would create: the copies
// made to reconstruct formatting elements, the length of the formatting
// list the builder searches on every formatting tag (quadratic time), and
// the depth of the tree. A page over the budget is rejected as
// "html-bomb" before it is parsed.
//
// The model over-counts rather than under-counts: it knows the implied
// end tags that matter for depth (p, li, dt/dd, option, table cells and
// rows) and the markers that scope formatting (cells, captions, objects),
// not the rest of the insertion modes. The limits leave a wide margin over
// what ordinary pages reach (see TestHTMLBudgetEvalPages).

import (
	"fmt"
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/akhbar/akhbar/internal/htmltok"
	"github.com/akhbar/akhbar/pipeline"
)

// htmlCost is what the pre-scan found a page would cost the tree builder.
type htmlCost struct {
	Tokens int64 // start tags, end tags, text and comments
	// Clones counts the elements the builder would create beyond one per
	// tag: copies of formatting elements reopened for later content.
	Clones int64
	// ListWork counts the entries of the formatting list the builder
	// would walk (Noah's-ark checks, end tags of formatting elements).
	ListWork int64
	Depth    int // deepest element nesting
	// Elements counts the start tags (clones, bounded on their own, not
	// included).
	Elements int64
	// Over names the first limit exceeded, if any; the scan stops there.
	// Reason is the reject's reason for it.
	Over, Reason string
}

// htmlLimits bound a parse. Clones and ListWork grow with the page: a
// page may cost a fixed allowance plus a multiple of its own tokens.
type htmlLimits struct {
	CloneBase, TokensPerClone int64
	WorkBase, WorkPerToken    int64
	Depth                     int // 0: no limit
	// Past ElementBase elements a page must average BytesPerElement
	// bytes or more per element (ElementBase 0: no limit).
	ElementBase, BytesPerElement int64
}

// defaultHTMLLimits: ordinary pages stay far below these (the evaluation
// pages reach at most two clones per hundred tokens, less than one list
// step per token and a depth of a few dozen); a bomb exceeds them by
// orders of magnitude. One clone per token at most keeps the tree within
// twice the nodes of the page's tags, so that its memory stays
// proportional to the page's size; the list work costs time only.
// Depth is not limited here: x/net/html itself stops at 512 open
// elements, with an error, before the tree grows (the reject "html"), so
// deep pages cost nothing to refuse. The model's depth is measured all
// the same (Depth > 0 in the limits would enforce it).
//
// Elements bound memory where clones do not: an element costs the steps
// up to about two kilobytes whatever its size (its nodes, its block, its
// features, its span in the audit), so a page of nothing but short
// elements costs a hundred times its bytes or more (8 MB of <div>a</div>:
// 0.8 GB). As text dumps past 20,000 lines must average 64 bytes a line
// (see checkLines), a page past 200,000 elements must average 64 bytes an
// element: a page within the allowance costs at most about 0.5 GB, one
// past it about 30 times its size. The kit's pages have at most 16,000
// elements (TestHTMLBudgetEvalPages); a page of 40,000 captioned figures
// and paragraphs, 55 bytes an element, stays within the allowance.
var defaultHTMLLimits = htmlLimits{
	CloneBase: 100_000, TokensPerClone: 1,
	WorkBase: 2_000_000, WorkPerToken: 64,
	ElementBase: 200_000, BytesPerElement: 64,
}

// checkHTMLBudget rejects a page whose parse would exceed the limits.
func checkHTMLBudget(id string, page []byte) error {
	c := scanHTMLCost(page, defaultHTMLLimits)
	switch c.Reason {
	case "":
		return nil
	case "too-many-elements":
		return pipeline.Rejectf(c.Reason, "%s: %s in a %d-byte page (more than %d elements must average %d bytes or more; not parsed)",
			id, c.Over, len(page), defaultHTMLLimits.ElementBase, defaultHTMLLimits.BytesPerElement)
	}
	return pipeline.Rejectf(c.Reason, "%s: %s (a %d-byte page the HTML parser would make a tree far larger than its tags; not parsed)", id, c.Over, len(page))
}

// formatting are the elements the tree builder reopens (the spec's
// "formatting elements").
var formatting = map[atom.Atom]bool{
	atom.A: true, atom.B: true, atom.Big: true, atom.Code: true, atom.Em: true,
	atom.Font: true, atom.I: true, atom.Nobr: true, atom.S: true, atom.Small: true,
	atom.Strike: true, atom.Strong: true, atom.Tt: true, atom.U: true,
}

// markerTags push a scope marker on the formatting list: formatting
// opened inside them does not leak out.
var markerTags = map[atom.Atom]bool{
	atom.Td: true, atom.Th: true, atom.Caption: true, atom.Applet: true,
	atom.Object: true, atom.Marquee: true, atom.Template: true,
}

// closesP are start tags that close an open <p> (and do not reopen
// formatting elements before they are inserted).
var closesP = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Center: true, atom.Details: true, atom.Dialog: true, atom.Dir: true,
	atom.Div: true, atom.Dl: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Header: true, atom.Hgroup: true,
	atom.Main: true, atom.Menu: true, atom.Nav: true, atom.Ol: true, atom.P: true,
	atom.Section: true, atom.Summary: true, atom.Ul: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Pre: true, atom.Listing: true, atom.Form: true, atom.Li: true,
	atom.Dd: true, atom.Dt: true, atom.Plaintext: true, atom.Table: true,
	atom.Hr: true, atom.Xmp: true,
}

// voidTags never have content.
var voidTags = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Param: true, atom.Source: true, atom.Track: true, atom.Wbr: true,
	atom.Keygen: true, atom.Frame: true, atom.Image: true,
}

// afeEntry is an entry of the modelled list of active formatting
// elements; a nil key is a scope marker.
type afeEntry struct {
	name   atom.Atom
	key    string // tag and sorted attributes: the Noah's-ark identity
	marker bool
	open   bool // on the stack of open elements
}

type openElem struct {
	name atom.Atom
	afe  *afeEntry // set for a formatting element
}

type budgetModel struct {
	lim    htmlLimits
	cost   htmlCost
	stack  []openElem
	counts map[atom.Atom]int // open elements by name
	afe    []*afeEntry
	attrs  []string // scratch of addFormatting
	// maxElements is the most elements the page may have (0: any).
	maxElements int64
}

// scanHTMLCost tokenizes page and models the tree builder's stacks.
func scanHTMLCost(page []byte, lim htmlLimits) htmlCost {
	m := &budgetModel{lim: lim, counts: map[atom.Atom]int{}}
	if lim.ElementBase > 0 {
		m.maxElements = max(lim.ElementBase, int64(len(page))/lim.BytesPerElement)
	}
	z := htmltok.New(page)
	for m.cost.Over == "" {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		m.cost.Tokens++
		switch tt {
		case html.TextToken:
			m.reconstruct()
		case html.StartTagToken, html.SelfClosingTagToken:
			m.cost.Elements++
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if a == 0 {
				// Custom elements are ordinary containers.
				m.start(a, string(name), hasAttr, z, tt == html.SelfClosingTagToken)
				continue
			}
			m.start(a, "", hasAttr, z, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			m.end(atom.Lookup(name))
		}
		m.check()
	}
	return m.cost
}

func (m *budgetModel) check() {
	c, l := &m.cost, m.lim
	switch {
	case c.Clones > l.CloneBase+c.Tokens/l.TokensPerClone:
		c.Over = fmt.Sprintf("unclosed formatting elements would be copied %d times after %d tokens", c.Clones, c.Tokens)
	case c.ListWork > l.WorkBase+l.WorkPerToken*c.Tokens:
		c.Over = fmt.Sprintf("%d open formatting elements to search after %d tokens", m.listLen(), c.Tokens)
	case l.Depth > 0 && c.Depth > l.Depth:
		c.Over = fmt.Sprintf("elements nested more than %d deep", l.Depth)
	case m.maxElements > 0 && c.Elements > m.maxElements:
		c.Over, c.Reason = fmt.Sprintf("more than %d elements", m.maxElements), "too-many-elements"
		return
	}
	if c.Over != "" {
		c.Reason = "html-bomb"
	}
}

// listLen is the length of the formatting list after the last marker.
func (m *budgetModel) listLen() int {
	n := 0
	for i := len(m.afe) - 1; i >= 0 && !m.afe[i].marker; i-- {
		n++
	}
	return n
}

func (m *budgetModel) push(e openElem) {
	m.stack = append(m.stack, e)
	m.counts[e.name]++
	if len(m.stack) > m.cost.Depth {
		m.cost.Depth = len(m.stack)
	}
}

// popTo pops open elements up to and including the last one named a.
// Formatting elements popped stay in the list, no longer open: the next
// content reopens them.
func (m *budgetModel) popTo(a atom.Atom) {
	if m.counts[a] == 0 {
		return
	}
	for len(m.stack) > 0 {
		e := m.stack[len(m.stack)-1]
		m.stack = m.stack[:len(m.stack)-1]
		m.counts[e.name]--
		if e.afe != nil {
			e.afe.open = false
		}
		if e.name == a {
			return
		}
	}
}

// reconstruct reopens the formatting elements of the list (after the
// last marker) that are no longer open, as the builder does before text
// and inline tags.
func (m *budgetModel) reconstruct() {
	i := len(m.afe)
	for i > 0 && !m.afe[i-1].marker && !m.afe[i-1].open {
		i--
	}
	for _, e := range m.afe[i:] {
		e.open = true
		m.cost.Clones++
		m.push(openElem{name: e.name, afe: e})
	}
}

// clearToMarker drops the list's entries up to the last marker.
func (m *budgetModel) clearToMarker() {
	for len(m.afe) > 0 {
		e := m.afe[len(m.afe)-1]
		m.afe = m.afe[:len(m.afe)-1]
		if e.marker {
			return
		}
	}
}

func (m *budgetModel) closeCell() {
	if m.counts[atom.Td] > 0 || m.counts[atom.Th] > 0 {
		for len(m.stack) > 0 {
			top := m.stack[len(m.stack)-1].name
			m.popTo(top)
			if top == atom.Td || top == atom.Th {
				break
			}
		}
		m.clearToMarker()
	}
}

func (m *budgetModel) start(a atom.Atom, custom string, hasAttr bool, z *htmltok.Tokenizer, selfClosing bool) {
	switch {
	case a == atom.Td || a == atom.Th:
		m.closeCell()
	case a == atom.Tr || a == atom.Tbody || a == atom.Thead || a == atom.Tfoot:
		m.closeCell()
		m.popTo(atom.Tr)
	case a == atom.Li:
		m.popTo(atom.Li)
	case a == atom.Dd || a == atom.Dt:
		m.popTo(atom.Dd)
		m.popTo(atom.Dt)
	case a == atom.Option:
		m.popTo(atom.Option)
	case a == atom.A && m.inList(atom.A):
		// A new link closes one left open (the adoption agency).
		m.endFormatting(atom.A)
	}
	if closesP[a] {
		m.popTo(atom.P)
	} else {
		m.reconstruct()
	}
	if selfClosing || voidTags[a] {
		return
	}
	if formatting[a] {
		m.addFormatting(a, hasAttr, z)
		return
	}
	if custom != "" {
		a = 0
	}
	m.push(openElem{name: a})
	if markerTags[a] {
		m.afe = append(m.afe, &afeEntry{marker: true})
	}
}

// inList reports whether the list holds an element named a after the last
// marker.
func (m *budgetModel) inList(a atom.Atom) bool {
	for i := len(m.afe) - 1; i >= 0 && !m.afe[i].marker; i-- {
		m.cost.ListWork++
		if m.afe[i].name == a {
			return true
		}
	}
	return false
}

// addFormatting opens a formatting element and adds it to the list, with
// the Noah's-ark clause: at most three identical entries after the last
// marker (x/net/html keeps three, where the spec says two... either way
// the earliest goes).
func (m *budgetModel) addFormatting(a atom.Atom, hasAttr bool, z *htmltok.Tokenizer) {
	key := a.String()
	if hasAttr {
		// key + " " + the sorted "k=v" joined by NUL, built in one
		// string (the pre-scan sees every link of the page).
		attrs := m.attrs[:0]
		n := len(key) + 1
		for {
			k, v, more := z.TagAttr()
			attrs = append(attrs, string(k)+"="+string(v))
			n += len(attrs[len(attrs)-1]) + 1
			if !more {
				break
			}
		}
		if len(attrs) > 1 {
			sort.Strings(attrs)
		}
		var b strings.Builder
		b.Grow(n)
		b.WriteString(key)
		b.WriteByte(' ')
		for i, at := range attrs {
			if i > 0 {
				b.WriteByte(0)
			}
			b.WriteString(at)
		}
		key = b.String()
		m.attrs = attrs
	}
	e := &afeEntry{name: a, key: key, open: true}
	same := 0
	for i := len(m.afe) - 1; i >= 0 && !m.afe[i].marker; i-- {
		m.cost.ListWork++
		if m.afe[i].key == key {
			same++
			if same >= 3 {
				m.afe = append(m.afe[:i], m.afe[i+1:]...)
			}
		}
	}
	m.afe = append(m.afe, e)
	m.push(openElem{name: a, afe: e})
}

// endFormatting handles the end tag of a formatting element: the last
// such entry leaves the list, and the elements opened inside it close
// (the ones that are formatting elements are reopened by later content,
// as the adoption agency's copies are).
func (m *budgetModel) endFormatting(a atom.Atom) {
	for i := len(m.afe) - 1; i >= 0 && !m.afe[i].marker; i-- {
		m.cost.ListWork++
		e := m.afe[i]
		if e.name != a {
			continue
		}
		m.afe = append(m.afe[:i], m.afe[i+1:]...)
		if e.open {
			for len(m.stack) > 0 {
				top := m.stack[len(m.stack)-1]
				m.popTo(top.name)
				if top.afe == e {
					break
				}
			}
		}
		return
	}
}

func (m *budgetModel) end(a atom.Atom) {
	switch {
	case formatting[a]:
		m.endFormatting(a)
	case markerTags[a]:
		if m.counts[a] > 0 {
			m.popTo(a)
			m.clearToMarker()
		}
	case a == atom.Table:
		m.closeCell()
		m.popTo(atom.Table)
	default:
		m.popTo(a) // custom elements (atom 0) close the last custom element
	}
}

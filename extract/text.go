package extract

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/dates"
	"github.com/akhbar/akhbar/internal/runeclass"
	"github.com/akhbar/akhbar/pipeline"
)

// Text makes the blocks of a plain-text dump. Block numbers are 1-based
// line numbers of the input as given (CRLF and lone CR both end a line),
// so the audit points at lines a user can open.
//
// Dumps come in two shapes. Crawler dumps and "w3m -cols 10000" put one
// paragraph on one line: every non-empty line is a block. lynx, html2text
// and friends wrap paragraphs at a fixed width: there a block is a run of
// lines up to a blank line, a list bullet or a heading, joined with
// spaces. Which shape a dump has is told from its line lengths.
//
// The marks text browsers and Markdown converters leave are undone here
// and recorded on the block instead: list bullets become Tag "li",
// "# Heading" becomes "h1".."h6", "[text](url)" keeps its text and counts
// towards LinkShare, "![alt](src)" and "[alt]" image placeholders become
// Tag "img", rules of dashes become "hr".
func Text(d *pipeline.Doc) error {
	body := decodeLegacy(d.Item.Body, d.Item.Charset, d)
	body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	d.Record.Source.Unit = "line"
	if err := checkLines(d.Record.ID, body); err != nil {
		return err
	}
	lines := splitLines(string(body))
	marked, pandoc := undoRendererMarks(lines)
	targets := hasBracketTargets(lines)
	mk := plainMarkup
	switch {
	case pandoc:
		mk = pandocMarkup
	case markdownLinks(lines):
		mk = markdownMarkup
	}
	wrapped, strict, width, measure := wrapMode(lines)
	d.Blocks = make([]pipeline.Block, 0, countBlocksHint(lines, wrapped))
	var cur *rawBlock
	flush := func() {
		if cur != nil {
			if b, ok := cur.block(); ok {
				d.Blocks = append(d.Blocks, b)
			}
			cur = nil
		}
	}
	skipTo := -1
	for i, raw := range lines {
		lineNo := i + 1
		if i <= skipTo {
			continue
		}
		if strings.TrimSpace(raw) == "" {
			flush()
			continue
		}
		if last, tag := wrappedStarHeading(lines, i); last > i {
			flush()
			cur = &rawBlock{start: lineNo, markup: mk}
			for j := i; j <= last; j++ {
				cur.add(j+1, lineMarks{text: strings.Trim(strings.TrimSpace(lines[j]), "* "), tag: tag})
			}
			flush()
			skipTo = last
			continue
		}
		if targets && cur != nil && targetOnlyLine(raw) {
			cur.add(lineNo, lineMarks{text: raw})
			continue
		}
		m := parseMarks(raw)
		if marked != nil {
			m.linked = marked[i]
		}
		if cur != nil && wrapped && !m.startsBlock && cur.tag != "hr" && cur.tag != "img" && !strings.HasPrefix(cur.tag, "h") &&
			(!strict && wrappedBefore(lines[i-1], raw, width, measure) ||
				strict && (strictlyWrapped(lines[i-1], raw, width, measure) || centredOn(lines[i-1], raw))) &&
			!timestampLine(raw) && !timestampLine(lines[i-1]) && !(endsSentence(lines[i-1]) && clean.ClockAlone(raw)) {
			cur.add(lineNo, m)
			continue
		}
		flush()
		cur = &rawBlock{start: lineNo, column: wrapped && width < columnWidth, targets: targets, markup: mk}
		cur.add(lineNo, m)
	}
	flush()
	if len(d.Blocks) == 0 {
		return pipeline.Rejectf("empty", "%s: no text", d.Record.ID)
	}
	return nil
}

// The steps cost a few hundred bytes for each line that holds text (its
// block, span, language tallies), whatever its length: a dump of millions
// of one-letter lines would need hundreds of times its size. Past a
// generous allowance (dumps of real pages have a few hundred such lines)
// an item must average minBytesPerLine bytes per line, which keeps the
// text path within about 20 times the item's size.
const (
	linesAllowance  = 20_000
	minBytesPerLine = 64
)

// checkLines rejects an item of too many short lines as "too-many-lines",
// before anything is built for its lines.
//
// Every dump passes here, and nearly all are far from the limit, so the
// lines are counted only when a bound says the limit may be passed: a
// line with text ends at a line break or at the end, so there are at most
// as many as line breaks plus one (bytes.Count, which reads the bytes many
// at a time). TestCheckLinesMatchesCount compares it with the count alone
// (countLines).
func checkLines(id string, body []byte) error {
	bound := max(linesAllowance, len(body)/minBytesPerLine)
	if len(body) <= bound {
		return nil // a line with text has a byte of its own
	}
	if bytes.Count(body, []byte{'\n'})+bytes.Count(body, []byte{'\r'})+1 <= bound {
		return nil
	}
	n := countLines(body)
	if n > linesAllowance && n > len(body)/minBytesPerLine {
		return pipeline.Rejectf("too-many-lines", "%s: %d lines with text in %d bytes (%.1f bytes a line); more than %d lines must average %d bytes or more",
			id, n, len(body), float64(len(body))/float64(n), linesAllowance, minBytesPerLine)
	}
	return nil
}

// countLines counts the lines of body that hold more than blanks.
func countLines(body []byte) int {
	n, blank := 0, true
	for _, c := range body {
		switch c {
		case '\n', '\r':
			if !blank {
				n++
			}
			blank = true
		case ' ', '\t', '\f', '\v':
		default:
			blank = false
		}
	}
	if !blank {
		n++
	}
	return n
}

// countBlocksHint is the number of blocks Text will make at most, so
// that d.Blocks is allocated once: every non-blank line for a dump with a
// paragraph per line, one per run of lines for a wrapped one.
func countBlocksHint(lines []string, wrapped bool) int {
	n, prevBlank := 0, true
	for _, l := range lines {
		blank := strings.TrimSpace(l) == ""
		if !blank && (!wrapped || prevBlank) {
			n++
		}
		prevBlank = blank
	}
	if wrapped {
		n += n/4 + 8 // bullets and headings start blocks inside runs too
	}
	return n
}

// splitLines splits on LF, CRLF and lone CR.
func splitLines(s string) []string {
	out := make([]string, 0, strings.Count(s, "\n")+strings.Count(s, "\r")/2+1)
	for len(s) > 0 {
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i])
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			i++
		}
		s = s[i+1:]
	}
	return out
}

// isWrapped tells a dump wrapped at a fixed width from one with a
// paragraph per line: in a wrapped dump almost no line is longer than
// about 100 characters (Markdown link targets aside), while many lines
// come close to the width and continue on the next line.
func isWrapped(lines []string) (bool, int) {
	ok, _, width, _ := wrapMode(lines)
	return ok, width
}

// A measure is how a renderer counts a line's width: lynx, links, both
// html2text programs and pandoc count characters (runes), w3m counts
// the cells a terminal draws, where the vowel signs and other marks of
// the Indian scripts take none. Wrapped at 80 cells, a line of Hindi
// holds 90 to 110 runes as its marks fall, and no width in runes fits.
type measure func(string) int

// termWidth is a terminal's width, w3m's default.
const termWidth = 80

func runes(s string) int { return utf8.RuneCountInString(s) }

// cells counts the cells a terminal gives s: none for a combining mark
// or a zero-width joiner, two for an East Asian wide character.
func cells(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r < 0x300:
			n++
		case runeclass.Of(r)&runeclass.Mark != 0 || r == '\u200c' || r == '\u200d':
		case r >= 0x1100 && wide(r):
			n += 2
		default:
			n++
		}
	}
	return n
}

// wide reports the East Asian wide and fullwidth blocks w3m draws in two
// cells: Hangul Jamo, CJK, Hangul syllables, fullwidth forms.
func wide(r rune) bool {
	return r <= 0x115F || r >= 0x2E80 && r <= 0xA4CF || r >= 0xAC00 && r <= 0xD7A3 || r >= 0xF900 && r <= 0xFAFF ||
		r >= 0xFF00 && r <= 0xFF60 || r >= 0xFFE0 && r <= 0xFFE6 || r >= 0x20000 && r <= 0x3FFFD
}

// wrapMode is wrapModeBy in runes, or in cells where runes find no wrap
// and the dump's lines carry many marks (a w3m dump of an Indian
// script), with the measure it found the wrap in. Counted in cells, a
// wrap is taken only at a terminal's width (w3m's default): a crawler's
// dump of paragraphs a line each can show a looser width in cells that
// no renderer set.
func wrapMode(lines []string) (wrapped, strict bool, width int, m measure) {
	wrapped, strict, width = wrapModeBy(lines, runes)
	if wrapped || !marked(lines) {
		return wrapped, strict, width, runes
	}
	if w, s, wd := wrapModeBy(lines, cells); w && wd >= termWidth-10 && wd <= termWidth {
		return w, s, wd, cells
	}
	return wrapped, strict, width, runes
}

// marked reports lines of which a tenth or more of the letters are
// combining marks, as Indian scripts write their vowels.
func marked(lines []string) bool {
	var letters, marks int
	for _, l := range lines {
		for _, r := range l {
			if r < 0x80 {
				if r|0x20 >= 'a' && r|0x20 <= 'z' {
					letters++
				}
				continue
			}
			switch c := runeclass.Of(r); {
			case c&runeclass.Mark != 0:
				marks++
			case c&runeclass.Letter != 0:
				letters++
			}
		}
	}
	return marks > 0 && 10*marks >= letters
}

// wrapModeBy is isWrapped with lines measured by m, and tells a dump
// wrapped without blank lines between its paragraphs and with menus among
// them (Debian's html2text): there only a break that wrapping alone
// explains, to the column, joins two lines (strict), since a short line
// may end a paragraph or be a menu item.
func wrapModeBy(lines []string, m measure) (wrapped, strict bool, width int) {
	var n, long, near, cont, blank int
	lens := make([]int, len(lines))
	var sorted, breakable []int
	solid := make([]bool, len(lines))
	spaced := 0
	for i, l := range lines {
		lens[i] = visibleLen(l, m)
		if lens[i] > 0 {
			sorted = append(sorted, lens[i])
			solid[i] = !strings.ContainsAny(strings.TrimSpace(l), " \t")
			if !solid[i] {
				spaced++
				breakable = append(breakable, lens[i])
			}
		}
	}
	if len(sorted) < 5 {
		return false, false, 0
	}
	// A wrapper cannot break a line that is one word (a file name, an
	// address, a run of rule characters): it runs past the width in any
	// wrapped dump, so it is no sign that the dump is not wrapped. In a
	// script written without spaces every line is one "word", and then
	// every line counts.
	if 2*spaced < len(sorted) {
		breakable = sorted
		clear(solid)
	}
	slices.Sort(sorted)
	slices.Sort(breakable)
	// The wrap width: many lines end just short of it and almost none
	// go past it.
	width, _ = bestWidth(sorted, breakable, columnWidth, 100)
	if cw := columnWrap(lines, lens, sorted, m); cw > 0 {
		width = cw
	}
	if width == 0 {
		return false, false, 0
	}
	for i, l := range lines {
		if lens[i] == 0 {
			if strings.TrimSpace(l) == "" {
				blank++
			}
			continue
		}
		n++
		if lens[i] > width+2 && !solid[i] {
			long++
		}
		if lens[i] >= width-20 && lens[i] <= width {
			near++
			if i+1 < len(lines) && lens[i+1] > 0 && !parseMarks(lines[i+1]).startsBlock && wrappedBefore(l, lines[i+1], width, m) &&
				!timestampLine(lines[i+1]) {
				cont++
			}
		}
	}
	// Wrapped paragraphs are separated by blank lines; a dump of short
	// lines without any (a list of headlines) is not wrapped.
	// Lines past the width are rare in a wrapped dump (a long link
	// target), common in one with a paragraph per line. Without blank
	// lines between paragraphs (text re-wrapped by some tool), most lines
	// must also end near the width: lists of short headlines do not. A
	// line that is a time alone continues nothing (a section front's
	// headlines, each over its time, are a list, not wrapped text). A
	// dump whose blank lines stand around menus and headings but not
	// between paragraphs (unparted) is read as one without any.
	ok := long <= near && cont >= 3 && cont*6 >= near
	if !ok {
		return false, false, width
	}
	if wraps, ends := strictWraps(lines, lens, width, m); blank < 2 || unparted(lines, lens, ends) {
		switch {
		case 2*wraps >= n && ends >= 2:
		case wraps >= 8 && 4*wraps >= near && ends >= 2:
			// Wrapped paragraphs among menus and lists: many breaks
			// only wrapping explains, but not half the lines.
			return true, true, width
		default:
			ok = false
		}
	}
	return ok, false, width
}

// unparted reports a dump whose blank lines do not part its paragraphs:
// more of its sentences end a line that the next line's first word would
// have fitted on, with text right under it, than end a line over a blank
// line. A renderer that prints no blank line between paragraphs may still
// print some around menus and headings (Debian's html2text does).
// ends is strictWraps' count of sentence ends with text right under them.
func unparted(lines []string, lens []int, ends int) bool {
	overBlank := 0
	for i := 0; i+1 < len(lines); i++ {
		if lens[i] > 0 && lens[i+1] == 0 && strings.TrimSpace(lines[i+1]) == "" && endsSentence(lines[i]) {
			overBlank++
		}
	}
	return ends >= 2 && ends > 2*overBlank
}

// bestWidth is the wrap width in [lo, hi] that many lines end just short
// of and almost none go past (sorted: the lines' lengths; breakable: those
// of the lines a wrapper could have broken), with its score, or 0.
func bestWidth(sorted, breakable []int, lo, hi int) (width, score int) {
	for w := lo; w <= hi; w++ {
		under := countIn(sorted, w-12, w)
		over := countIn(breakable, w+1, w+12)
		if sc := under - 5*over; sc > score && over*10 <= under {
			width, score = w, sc
		}
	}
	return width, score
}

// columnWrap is the width of the newspaper column a dump is wrapped to
// (an e-paper's text, narrower than any screen), or 0: the width under
// columnWidth at which the most breaks are ones only wrapping explains (a
// line near the width whose next line's first word would not have
// fitted, or that ends in a word broken by a hyphen), when such breaks
// are half the lines or more, most lines come near the width and few go
// past it. Lists of short items break where their words would have fitted
// or end far from any one width.
func columnWrap(lines []string, lens, sorted []int, m measure) int {
	// Only a line of minWrapWidth-12 to columnWidth-1 runes can count for
	// any width: when those are under half the lines, no width has half
	// its breaks explained by wrapping (most dumps stop here).
	n := len(sorted)
	if 2*countIn(sorted, minWrapWidth-12, columnWidth-1) < n {
		return 0
	}
	// What each such line says, read once for all the widths: its length,
	// its length with the next line's first word, a word broken at its end.
	type brk struct {
		len, withNext int
		broken        bool
	}
	var brks []brk
	for i := 0; i+1 < len(lines); i++ {
		if lens[i] < minWrapWidth-12 || lens[i] > columnWidth-1 || lens[i+1] == 0 {
			continue
		}
		this, next := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
		word, _, _ := strings.Cut(next, " ")
		brks = append(brks, brk{lens[i], lens[i] + 1 + m(word), brokenWord(this, next)})
	}
	best, bestN := 0, 0
	for w := minWrapWidth; w < columnWidth; w++ {
		k := 0
		for _, b := range brks {
			if b.len >= w-12 && b.len <= w && (b.withNext > w || b.broken) {
				k++
			}
		}
		if k > bestN {
			best, bestN = w, k
		}
	}
	if best == 0 || 2*bestN < n {
		return 0
	}
	near, long := 0, 0
	for _, l := range lens {
		switch {
		case l > best+2:
			long++
		case l >= best-12:
			near++
		}
	}
	if 2*near < n || 5*long > n {
		return 0
	}
	return best
}

// timestampLine reports a line that is a date with its clock and nothing
// else, but for a label before a colon ("03 July 2024, 10:05 IST",
// "प्रकाशित: 03 जुलाई 2024, 10:30 IST", "45 minutes ago"): a page's time,
// which text browsers print as a block of its own and wrapping never
// makes. It neither continues the line above nor is continued by the line
// under it, however the lengths fall (a headline over its time on a
// section front, a date line glued over a caption).
func timestampLine(l string) bool {
	l = strings.TrimSpace(l)
	if len(l) > 120 || !strings.ContainsFunc(l, unicode.IsDigit) {
		return false
	}
	found := dates.Find(l, timestampOpts)
	if len(found) != 1 || !found[0].HasTime {
		return false
	}
	if strings.TrimFunc(l[found[0].End:], func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) != "" {
		return false
	}
	before := strings.TrimSpace(l[:found[0].Start])
	return before == "" || strings.HasSuffix(before, ":") && len(strings.Fields(before)) <= 3
}

// timestampOpts fix the years a timestamp may have, so that which lines
// are read as one does not depend on the day akhbar runs.
var timestampOpts = dates.Options{Ref: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), MinYear: 1900, MaxYear: 2200}

// strictlyWrapped reports a break that only wrapping explains: the next
// line's first word would not have fitted on the previous one, to the
// column.
func strictlyWrapped(prev, next string, width int, m measure) bool {
	word, _, _ := strings.Cut(strings.TrimSpace(next), " ")
	prevLen := m(strings.TrimRightFunc(prev, unicode.IsSpace))
	return prevLen > width/2 && prevLen+1+m(word) > width
}

// centredOn reports a line that goes on a centred heading: set further
// in than the line before by a wide margin, under a line that ends no
// sentence. A renderer centres each line of a wrapped heading on its own
// (lynx its <h1>), so the break before it says nothing of the width.
func centredOn(prev, next string) bool {
	indent := func(s string) int { return len(s) - len(strings.TrimLeft(s, " ")) }
	return indent(next) >= indent(prev)+8 && !endsSentence(prev)
}

// wrappedBefore reports whether the break between two lines was made by
// wrapping: the first word of the next line would not have fitted on the
// previous one, give or take 15 columns (converters break early before a
// long link target). Short lines in a row are a list, not a paragraph. Raw
// lengths, because converters count link targets when they wrap.
func wrappedBefore(prev, next string, width int, m measure) bool {
	word, _, _ := strings.Cut(strings.TrimSpace(next), " ")
	prevLen := m(strings.TrimRightFunc(prev, unicode.IsSpace))
	return prevLen+1+m(word) > width-15
}

// strictWraps counts the line breaks that only wrapping explains (the
// next line's first word would not have fitted in the width, to the
// column) and the breaks that end a paragraph (the word would have fitted,
// and the line ends a sentence). Re-wrapped prose has both; a list of
// lines of one length has only the first kind.
func strictWraps(lines []string, lens []int, width int, m measure) (wraps, ends int) {
	for i := 0; i+1 < len(lines); i++ {
		if lens[i] == 0 || lens[i] > width || lens[i+1] == 0 {
			continue
		}
		word, _, _ := strings.Cut(strings.TrimSpace(lines[i+1]), " ")
		if lens[i]+1+m(word) > width {
			wraps++
		} else if endsSentence(lines[i]) {
			ends++
		}
	}
	return wraps, ends
}

// endsSentence reports a line whose last character, past closing quotes
// and brackets, ends a sentence in one of the scripts akhbar reads.
func endsSentence(l string) bool {
	l = strings.TrimRight(l, " \t\"'”’»)]")
	r, _ := utf8.DecodeLastRuneInString(l)
	switch r {
	case '.', '!', '?', '।', '॥', '۔', '؟', '。', '！', '？':
		return true
	}
	return false
}

// countIn counts the values of a sorted slice within [lo, hi].
func countIn(sorted []int, lo, hi int) int {
	a, _ := slices.BinarySearch(sorted, lo)
	b, _ := slices.BinarySearch(sorted, hi+1)
	return b - a
}

// visibleLen measures a line without trailing space and without
// Markdown link targets, which converters never wrap.
func visibleLen(l string, m measure) int {
	l = strings.TrimRightFunc(l, unicode.IsSpace)
	if strings.Contains(l, "](") {
		l = mdTarget.ReplaceAllString(l, "]")
	}
	return m(l)
}

// rawBlock collects the lines of one block before it is cleaned up.
type rawBlock struct {
	start, end int
	tag        string
	parts      []string
	// column: the dump is wrapped narrower than a screen (columnWidth),
	// as a newspaper's column is set, and a word broken by a hyphen at a
	// line's end is joined whole (joinWrapped).
	column bool
	// targets: the dump prints link targets in brackets (targets.go),
	// cut from the joined text.
	targets bool
	// markup: what the dump writes besides text (Markdown's escapes
	// and pictures).
	markup markup
	linked int // letters of link text its lines' link numbers mark
}

func (r *rawBlock) add(lineNo int, m lineMarks) {
	if len(r.parts) == 0 {
		r.tag = m.tag
	}
	r.end = lineNo
	r.parts = append(r.parts, m.text)
	r.linked += m.linked
}

// block joins the lines and strips inline Markdown. A block left without
// any letter or digit is dropped from the blocks (it stays a blank in the
// audit): a lone bullet or a row of box-drawing characters says nothing.
func (r *rawBlock) block() (pipeline.Block, bool) {
	text := joinWrapped(r.parts, r.column)
	targetLinked := 0
	if r.targets {
		text, targetLinked = cutBracketTargets(text)
	}
	text, linkShare, imgOnly := inlineMarkdown(text, targetLinked+r.linked, r.markup)
	text = clean.Line(text)
	tag := r.tag
	if imgOnly && tag == "" {
		tag = "img"
	}
	if text == "" && tag != "img" && tag != "hr" {
		return pipeline.Block{}, false
	}
	return pipeline.Block{Start: r.start, End: r.end, Text: text, Tag: tag, LinkShare: linkShare}, true
}

// The narrowest wrap width read (a newspaper column's, as an e-paper's
// text view or a PDF-to-text tool keeps it), and the width under which a
// wrapped dump is such a column rather than a screen (text browsers and
// converters wrap at 72-80).
const (
	minWrapWidth = 30
	columnWidth  = 50
)

// joinWrapped joins the lines of a wrapped paragraph with spaces, except
// inside a Markdown link target, which converters break anywhere. In a
// newspaper column (column), a line that ends in a word broken by a
// hyphen ("syl-" over "lable", in any script: a letter or a vowel sign
// before the hyphen, a letter after it, not a capital) is joined to the
// next without the hyphen and the space: columns break words so, and
// screens' renderers do not.
func joinWrapped(parts []string, column bool) string {
	if len(parts) == 1 {
		return parts[0]
	}
	var b strings.Builder
	// Where the text joined so far opened its last "](" and whether a
	// ")" follows it, kept as the lines are added: asking inLinkTarget
	// of the whole text at every line is quadratic in a paragraph of
	// many lines.
	open, closed := -1, false
	write := func(x string) {
		from := max(b.Len()-1, 0)
		b.WriteString(x)
		s := b.String()
		if j := strings.LastIndex(s[from:], "]("); j >= 0 {
			open = from + j
			closed = strings.Contains(s[open:], ")")
		} else if open >= 0 && !closed {
			closed = strings.Contains(x, ")")
		}
	}
	broken := false
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if i > 0 && !(open >= 0 && !closed) && !broken {
			write(" ")
		}
		broken = false
		switch {
		case i+1 >= len(parts):
		case column && brokenWord(p, strings.TrimSpace(parts[i+1])):
			p, broken = p[:len(p)-1], true
		case !column && compoundBreak(p, strings.TrimSpace(parts[i+1])):
			// A screen's wrap breaks a compound after its hyphen
			// ("Kwazulu-" over "Natal"): the word goes on whole, its
			// hyphen kept.
			broken = true
		}
		write(p)
	}
	return b.String()
}

// compoundBreak reports a line that ends in a hyphen right after a letter
// or sign and a next line that opens with a letter or digit: a text
// browser or converter wrapping at a screen's width breaks a line at a
// compound's hyphen as at a space, and never adds one.
func compoundBreak(line, next string) bool {
	rest, ok := strings.CutSuffix(line, "-")
	if !ok {
		return false
	}
	a, _ := utf8.DecodeLastRuneInString(rest)
	c, _ := utf8.DecodeRuneInString(next)
	return (unicode.IsLetter(a) || unicode.IsMark(a)) && (unicode.IsLetter(c) || unicode.IsDigit(c))
}

// brokenWord reports a line that ends in a word broken by a hyphen and a
// next line that goes on with the word: two letters or vowel signs before
// the hyphen (a zero-width joiner is part of a letter: Malayalam's older
// chillus end in one), a letter after it that is not a capital (a name
// after a compound's hyphen).
func brokenWord(line, next string) bool {
	rest, ok := strings.CutSuffix(line, "-")
	if !ok {
		return false
	}
	a, n := utf8.DecodeLastRuneInString(rest)
	b, _ := utf8.DecodeLastRuneInString(rest[:len(rest)-n])
	c, _ := utf8.DecodeRuneInString(next)
	letter := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) || r == 0x200C || r == 0x200D }
	return letter(a) && letter(b) && unicode.IsLetter(c) && !unicode.IsUpper(c)
}

var (
	pandocAttr   = regexp.MustCompile(`\{(?:[#.][\w-]|[\w-]+=)[^{}]*\}`)
	rawHTMLLine  = regexp.MustCompile(`^</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>$`)
	underlineGap = regexp.MustCompile(`([\pL\pM\pN])_([\pL\pN])`) // a word may end in a vowel sign
	// underlineJoin is any space html2text underlined: between a word and
	// a colon, a bracket or a quote as well ("Reports:_Mason", "_(IoT)").
	underlineJoin = regexp.MustCompile(`([^\s_])_([^\s_])`)
)

var refListHead = map[string]bool{"References": true, "Visible links": true, "Visible links:": true, "Hidden links": true, "Hidden links:": true}

// undoRendererMarks takes off, in place, the marks some renderers put in
// the text itself, where the reader sees words:
//   - lynx and elinks number every link, "[12]Opinion", and list the
//     targets at the end under "References": when a dump has at least
//     three numbers, they are dropped, and the list's lines ("12. https://…"
//     and its headings) become blank lines;
//   - pandoc's Markdown writes the page's divs as ":::" fences, raw
//     "<div>" lines and "{.class}" attributes: fences and tag lines become
//     blank lines (they close a paragraph), attributes go, with the
//     brackets of the spans they close, even when they run over several
//     lines (pandoc.go);
//   - Debian's html2text without backspaces underlines link text by
//     joining its words with "_" ("he_said"): when a dump has at least
//     five words joined so that only underlining explains them
//     (underlineEvidence), every such join becomes a space again.
//
// Line numbers do not move. pandoc reports a pandoc Markdown dump, whose
// own marks are gone from lines then. Where link numbers were taken off, linked
// holds each line's letters of link text (nil otherwise): a numbered
// link's text runs from its number to the next number, the end of its
// sentence or the line's end, as far as a dump shows (a link's end is not
// marked; a link that wraps counts its first line). It stands for the
// link share an HTML page's blocks carry: a menu or a list of headlines
// is link text from end to end, a paragraph of prose a few links in a
// line.
func undoRendererMarks(lines []string) (linked []int, pandoc bool) {
	pandoc = isPandocMarkdown(lines)
	if pandoc {
		undoPandoc(lines)
	}
	var refs, joins int
	for _, l := range lines {
		if strings.IndexByte(l, '[') >= 0 {
			refs += countLinkNumbers(l)
		}
		if !pandoc && strings.IndexByte(l, '_') >= 0 && joins < 5 {
			joins += underlineEvidence(outsideTargets(l))
		}
	}
	refList := len(lines)
	if refs >= 3 {
		refList = refListStart(lines)
	}
	addLinked := func(i, n int) {
		if n == 0 {
			return
		}
		if linked == nil {
			linked = make([]int, len(lines))
		}
		linked[i] += n
	}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			continue
		case i >= refList:
			lines[i] = ""
			continue
		case strings.HasPrefix(t, ":::"):
			lines[i] = ""
			continue
		case t[0] == '<' && rawHTMLLine.MatchString(t):
			lines[i] = ""
			continue
		case refs >= 3 && (refListHead[t] || refAddressLine(t)):
			lines[i] = ""
			continue
		}
		if refs >= 3 && strings.IndexByte(l, '[') >= 0 {
			var n int
			l, n = dropLinkNumbers(l)
			addLinked(i, n)
		}
		if strings.IndexByte(l, '{') >= 0 {
			l = pandocAttr.ReplaceAllString(l, "")
		}
		if joins >= 5 && strings.IndexByte(l, '_') >= 0 {
			l = ungap(l)
		}
		lines[i] = l
	}
	return linked, pandoc
}

// The link lists and numbers of lynx and elinks are matched by hand: the
// list at a dump's end runs to hundreds of lines, and their regexps were
// a tenth of cleaning a lynx dump (text_ref_test.go holds the regexps and
// checks the two agree).

// linkNumberEnd is the end of a link number ("[" 1-4 digits "]") that
// starts at i, or 0.
func linkNumberEnd(l string, i int) int {
	if l[i] != '[' {
		return 0
	}
	j := i + 1
	for j < len(l) && j-i <= 4 && l[j] >= '0' && l[j] <= '9' {
		j++
	}
	if j == i+1 || j >= len(l) || l[j] != ']' {
		return 0 // no digit, or a fifth digit or another byte where "]" should be
	}
	return j + 1
}

// countLinkNumbers counts the link numbers of a line.
func countLinkNumbers(l string) int {
	n := 0
	for i := strings.IndexByte(l, '['); i >= 0 && i < len(l); {
		if end := linkNumberEnd(l, i); end > 0 {
			n++
			i = end
			continue
		}
		k := strings.IndexByte(l[i+1:], '[')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return n
}

// dropLinkNumbers takes the link numbers out of a line and counts the
// letters and digits of the link text they mark: from each number to the
// next one, the line's end or the end of a sentence (a link's text does
// not run past a full stop; an unwrapped paragraph is one line, and its
// link in the first sentence is not the paragraph).
func dropLinkNumbers(l string) (string, int) {
	var b strings.Builder
	n, last, inLink := 0, 0, false
	for i := 0; i < len(l); {
		if end := linkNumberEnd(l, i); end > 0 {
			b.WriteString(l[last:i])
			last, i, inLink = end, end, true
			continue
		}
		r, size := utf8.DecodeRuneInString(l[i:])
		if inLink {
			if sentenceEndAt(l, i, r, size) {
				inLink = false
			} else if runeclass.Is(r, runeclass.Letter|runeclass.Digit) {
				n++
			}
		}
		i += size
	}
	if last == 0 {
		return l, n
	}
	b.WriteString(l[last:])
	return b.String(), n
}

// sentenceEndAt reports whether the rune r at i ends a sentence: a full
// stop, question or exclamation mark or danda, a closing quote or
// bracket at most, then spaces and more text.
func sentenceEndAt(l string, i int, r rune, size int) bool {
	switch r {
	case '.', '!', '?', '।', '॥', '。':
	default:
		return false
	}
	j := i + size
	if c, n := utf8.DecodeRuneInString(l[j:]); strings.ContainsRune(`”"’')]`, c) {
		j += n
	}
	k := j
	for k < len(l) && isReSpace(l[k]) {
		k++
	}
	return k > j && k < len(l)
}

// refAddressLine reports whether a trimmed line is an entry of a link list
// that holds an address: one word with a colon after the number.
func refAddressLine(t string) bool {
	rest, ok := refEntryRest(t)
	return ok && addressRest(rest)
}

// addressRest reports whether an entry's rest is an address: one word
// with a colon.
func addressRest(rest string) bool {
	if strings.IndexByte(rest, ':') < 0 {
		return false
	}
	for i := 0; i < len(rest); i++ {
		if isReSpace(rest[i]) {
			return false
		}
	}
	return true
}

// refEntryRest reports whether a trimmed line opens as an entry of a link
// list ("12. ": 1-5 digits, a full stop, a space), and what follows its
// number and the spaces after it.
func refEntryRest(t string) (string, bool) {
	i := 0
	for i < len(t) && i <= 5 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || i > 5 || i+1 >= len(t) || t[i] != '.' || !isReSpace(t[i+1]) {
		return "", false
	}
	i++
	for i < len(t) && isReSpace(t[i]) {
		i++
	}
	return t[i:], true
}

// refListStart is the first line of the link list a text browser prints
// at the end of a dump ("References", elinks' "Visible links" and "Hidden
// links"), or len(lines): from the last such heading on, every line is a
// heading, a numbered entry or a lone address. An entry may hold the
// link's title instead of its address ("53. Permalink to …", the address
// on the next line): titles are never wrapped, and read as text they
// would be the dump's longest lines.
//
// A page's own numbered references under a "References" heading (a paper's
// or an encyclopedia's, "1. Smith J. …") are text: the list must hold an
// address for at least half its entries.
func refListStart(lines []string) int {
	start := len(lines)
	entries, addresses := 0, 0
	at := func() int {
		if 2*addresses < entries {
			return len(lines)
		}
		return start
	}
	for i := len(lines) - 1; i >= 0; i-- {
		t := strings.TrimSpace(lines[i])
		rest, entry := refEntryRest(t)
		switch {
		case t == "":
		case refListHead[t]:
			start = i
		case entry:
			entries++
			if addressRest(rest) {
				addresses++
			}
		case !strings.ContainsAny(t, " \t") && strings.Contains(t, ":"):
			addresses++
		default:
			return at()
		}
	}
	return at()
}

// outsideTargets blanks the Markdown link targets of a line: URLs hold
// underscores that are not html2text's underlining.
func outsideTargets(l string) string {
	if !strings.Contains(l, "](") {
		return l
	}
	return mdTarget.ReplaceAllStringFunc(l, func(m string) string { return strings.Repeat(" ", len(m)) })
}

// underlineEvidence counts the words of l joined by "_" between letters
// as html2text's underlining joins a link's words and code does not: with
// a capitalised part ("Log_In", "Continue_reading") or a letter of a
// script without case. snake_case and SCREAMING_CASE identifiers, the
// ligature names of icon fonts ("chevron_right") and addresses are the
// underscores every renderer prints in documentation and menus; counted,
// they had the identifiers of a page's code cut in two.
func underlineEvidence(l string) int {
	n := 0
	for _, w := range strings.Fields(l) {
		if strings.IndexByte(w, '_') < 0 || strings.ContainsAny(w, "/=@") || !underlineGap.MatchString(w) {
			continue
		}
		if i := strings.IndexByte(w, '.'); i >= 0 && i+1 < len(w) && isWordByte(w[i+1]) {
			continue // a file name or a host
		}
		if underlinedWords(w) {
			n++
		}
	}
	return n
}

// underlinedWords reports a capitalised part in a joined word (an upper-
// case letter after a non-letter, followed by a lower-case one) or a
// letter of a script without case.
func underlinedWords(w string) bool {
	prevLetter, upper := false, false
	for _, r := range w {
		letter := unicode.IsLetter(r)
		switch {
		case letter && !unicode.IsUpper(r) && !unicode.IsLower(r):
			return true
		case upper && unicode.IsLower(r):
			return true
		}
		upper = unicode.IsUpper(r) && !prevLetter
		prevLetter = letter
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// ungap turns html2text's underline joins back into spaces, outside link
// targets.
func ungap(l string) string {
	fix := func(s string) string {
		// Twice: "a_b_c" overlaps.
		return underlineJoin.ReplaceAllString(underlineJoin.ReplaceAllString(s, "$1 $2"), "$1 $2")
	}
	if !strings.Contains(l, "](") {
		return fix(l)
	}
	var b strings.Builder
	last := 0
	for _, loc := range mdTarget.FindAllStringIndex(l, -1) {
		b.WriteString(fix(l[last:loc[0]]))
		b.WriteString(l[loc[0]:loc[1]])
		last = loc[1]
	}
	b.WriteString(fix(l[last:]))
	return b.String()
}

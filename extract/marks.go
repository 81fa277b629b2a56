package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/internal/phrases"
	"github.com/akhbar/akhbar/internal/runeclass"
)

// lineMarks is one raw line with the marks of its dumper taken off.
type lineMarks struct {
	text        string
	tag         string // "li", "h1".."h6", "hr", "img" or ""
	startsBlock bool   // a bullet, heading, rule or image never continues a paragraph
	// linked counts the letters of the line's link text where a text
	// browser numbered its links (undoRendererMarks).
	linked int
}

// bulletRunes are the list markers text browsers print: w3m's bullets and
// boxes, lynx's "*", "+", "o", "#" by nesting depth, Markdown's "*", "-",
// "+".
const bulletRunes = "•◦▪▫■□●○‣⁃∙·*+-o#"

var (
	mdHeading = regexp.MustCompile(`^(#{1,6})\s+(.*?)(\s+#+)?$`)
	// Debian's html2text frames headings in stars, six for h1, three for h4.
	starHeading = regexp.MustCompile(`^(\*{3,6}) (.*\S) (\*{3,6})$`)
	numbered    = regexp.MustCompile(`^\d{1,3}\\?[.)](?:\s+|$)`)
	mdImage     = regexp.MustCompile(`!\[([^\]]*)\]\(([^)]*)\)`)
	mdLink      = regexp.MustCompile(`\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)`)
	mdTarget    = regexp.MustCompile(`\]\([^)]*(?:\)|$)`)
	mdBold      = regexp.MustCompile(`\*\*([^*]+)\*\*|__([^_]+)__`)
	mdItalic    = regexp.MustCompile(`(^|[\s(“"'])_([^_\s][^_]*?)_($|[\s).,;:!?”"'])`)
	mdEscape    = regexp.MustCompile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>|])")
	// mdEscapeAll is every escape of Markdown, a backslash before any
	// ASCII punctuation (CommonMark 2.4; pandoc escapes quotes and
	// apostrophes so), undone in Markdown dumps (markup): in other
	// dumps a backslash before a quote or a comma is the page's own
	// (code, a shell command).
	mdEscapeAll = regexp.MustCompile("\\\\([!-/:-@\\[-`{-~])")
	altOnly     = regexp.MustCompile(`^\[[^\[\]]*\](\[[^\[\]]*\])*$`)
	browserTag  = regexp.MustCompile(`\((?:BUTTON|IMAGE|FORM|TEXTAREA|submit|reset)\)|\[(?:IMG|INLINE|LINK|USEMAP|EMBED|OBJECT|IFRAME|BUTTON)\]|\[[ xX]\]|_{4,}`)
)

// parseMarks reads the dumper's marks at the start of a line. Each
// pattern is tried only when the line's first byte can start it (a
// heading "#" or "*", a digit, an image "["): most lines start with a
// letter and skip every regexp. parseMarksRef in the tests is the version
// that tries them all, and FuzzParseMarks compares the two.
func parseMarks(raw string) lineMarks {
	t := strings.TrimSpace(raw)
	var first byte
	if t != "" {
		first = t[0]
	}
	if first == '#' {
		if m := mdHeading.FindStringSubmatch(t); m != nil && m[2] != "" {
			return lineMarks{text: m[2], tag: "h" + string(rune('0'+len(m[1]))), startsBlock: true}
		}
	}
	if first == '*' {
		if m := starHeading.FindStringSubmatch(t); m != nil && len(m[1]) == len(m[3]) {
			return lineMarks{text: m[2], tag: "h" + string(rune('0'+7-len(m[1]))), startsBlock: true}
		}
	}
	if isRule(t) {
		return lineMarks{tag: "hr", startsBlock: true}
	}
	if r, size := utf8.DecodeRuneInString(t); strings.ContainsRune(bulletRunes, r) {
		rest := t[size:]
		if rest == "" || strings.TrimLeftFunc(rest, unicode.IsSpace) != rest {
			return lineMarks{text: strings.TrimSpace(rest), tag: "li", startsBlock: true}
		}
	}
	if '0' <= first && first <= '9' && numbered.MatchString(t) {
		return lineMarks{text: t, tag: "li", startsBlock: true}
	}
	if strings.HasPrefix(t, "> ") {
		t = strings.TrimSpace(t[2:])
	}
	if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") && altOnly.MatchString(t) {
		return lineMarks{text: t, tag: "img", startsBlock: true}
	}
	return lineMarks{text: t}
}

// wrappedStarHeading reads a heading Debian's html2text framed in stars
// and wrapped over lines ("****** A long" ... "headline ******"): when
// lines[i] opens one and a line at most three further, with no blank
// line or new mark between, closes it with as many stars (after the
// heading's last words or alone), it returns that
// line's index and the heading's tag. Otherwise last is i. A third of
// that renderer's dumps have one, a long headline most often, which
// otherwise stayed text with its stars on.
func wrappedStarHeading(lines []string, i int) (last int, tag string) {
	t := strings.TrimSpace(lines[i])
	n := len(t) - len(strings.TrimLeft(t, "*"))
	if n < 3 || n > 6 || len(t) <= n+1 || t[n] != ' ' || t[n+1] == ' ' || strings.HasSuffix(t, " "+strings.Repeat("*", n)) {
		return i, ""
	}
	stars := strings.Repeat("*", n)
	for j := i + 1; j < len(lines) && j <= i+3; j++ {
		u := strings.TrimSpace(lines[j])
		if u == stars {
			// The closing stars wrapped alone onto a line, the heading
			// having filled the one above.
			return j, "h" + string(rune('0'+7-n))
		}
		if u == "" || u[0] == '*' {
			return i, ""
		}
		if body, ok := strings.CutSuffix(u, " "+stars); ok && !strings.HasSuffix(body, "*") {
			return j, "h" + string(rune('0'+7-n))
		}
	}
	return i, ""
}

// isRule reports a line of only rule characters: dashes, box drawing,
// stars and bullets (at least three).
func isRule(t string) bool {
	n := 0
	for _, r := range t {
		switch {
		case unicode.IsSpace(r):
		case strings.ContainsRune("-_=*~•·#━─—–═", r):
			n++
		default:
			return false
		}
	}
	return n >= 3
}

// markdownLinks reports a dump that prints Markdown links ("[text](url)")
// on two lines or more: a Markdown converter's, which escapes
// punctuation Markdown's way too.
func markdownLinks(lines []string) bool {
	n := 0
	for _, l := range lines {
		if strings.Contains(l, "](") && mdLink.MatchString(l) {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// inlineMarkdown removes Markdown links, images, emphasis and escapes
// from a block, and text browsers' form and image markers. It returns the
// text, the share of its letters that were link text (linked letters of
// link text already taken out, as bracketed targets' are, count too), and
// whether the block was nothing but images.
func inlineMarkdown(s string, linked int, mk markup) (text string, linkShare float32, imgOnly bool) {
	images := 0
	alt := ""
	if strings.Contains(s, "](") {
		s = mdImage.ReplaceAllStringFunc(s, func(m string) string {
			images++
			if mk == pandocMarkup {
				// Only a pandoc figure's alt text is read (below).
				alt = mdImage.FindStringSubmatch(m)[1]
			}
			return ""
		})
	}
	if strings.Contains(s, "](") {
		s = mdLink.ReplaceAllStringFunc(s, func(m string) string {
			sub := mdLink.FindStringSubmatch(m)
			linked += letterCount(sub[1])
			return sub[1]
		})
	}
	if strings.Contains(s, "**") || strings.Contains(s, "__") {
		s = mdBold.ReplaceAllString(s, "$1$2")
	}
	if strings.Count(s, "_") >= 2 {
		s = mdItalic.ReplaceAllString(s, "$1$2$3")
	}
	if strings.Contains(s, `\`) {
		if mk != plainMarkup {
			s = mdEscapeAll.ReplaceAllString(s, "$1")
		} else {
			s = mdEscape.ReplaceAllString(s, "$1")
		}
	}
	if browserTagWords.In(s) {
		s = browserTag.ReplaceAllStringFunc(s, func(string) string { images++; return "" })
	}
	if linked > 0 {
		if letters := letterCount(s); letters > 0 {
			linkShare = float32(linked) / float32(letters)
			if linkShare > 1 {
				linkShare = 1
			}
		}
	}
	imgOnly = images > 0 && strings.TrimSpace(s) == ""
	if imgOnly && images == 1 && mk == pandocMarkup && clean.HasCredit(strings.ToLower(alt)) {
		// pandoc writes a figure as a lone image whose alt text is
		// the caption: one with its credit is the picture's text, in
		// brackets as text browsers print a picture's (other alt
		// texts stay out of the blocks, as Markdown images' do).
		s = "[" + strings.TrimSpace(alt) + "]"
	}
	return s, linkShare, imgOnly
}

// A markup is what a dump writes besides its text: a text browser's
// marks, Markdown (links "[text](url)" and backslash escapes), or pandoc's
// Markdown, where a lone image is a figure and its alt text the caption.
type markup uint8

const (
	plainMarkup markup = iota
	markdownMarkup
	pandocMarkup
)

// browserTagWords are the literal strings browserTag's matches start
// with: a block without one is not searched with the regexp.
var browserTagWords = phrases.New([]string{"(BUTTON)", "(IMAGE)", "(FORM)", "(TEXTAREA)", "(submit)", "(reset)",
	"[IMG]", "[INLINE]", "[LINK]", "[USEMAP]", "[EMBED]", "[OBJECT]", "[IFRAME]", "[BUTTON]", "[ ]", "[x]", "[X]", "____"})

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if runeclass.Is(r, runeclass.Letter|runeclass.Digit) {
			n++
		}
	}
	return n
}

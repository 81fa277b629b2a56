package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/akhbar/akhbar/internal/nfc"
	"github.com/akhbar/akhbar/internal/runeclass"
)

// Line normalises one line of text for akhbar's output: NFC, no-break and
// other odd spaces to plain spaces, invisible format characters removed,
// control characters removed, runs of spaces collapsed, ends trimmed.
//
// ZWJ and ZWNJ are kept where they carry meaning, between two letters or
// marks of one script (they choose conjunct forms in Indic scripts and
// Persian), and removed elsewhere, where they are leftovers of markup. A
// ZWJ after a virama is kept at a word's end as well: it writes the
// Malayalam old-style chillu ("അവന്‍") and the Bengali khanda ta, and
// dropping it changes the word (Unicode 15, section 12.9 and 12.2).
//
// Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFE), which old
// Urdu pages and PDFs carry, are replaced by their NFKC letters: they are
// glyph shapes, not text, and language ID and search see only the letters.
// A bar typed for the danda, and the Bengali currency numerator four
// where it stands for one, are written as the danda (dandaBars,
// numeratorDandas).
func Line(s string) string {
	if isPlainASCII(s) {
		return collapseASCII(s)
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = NFC(s)
	if !lineDone(s) {
		s = lineLoop(s)
	}
	if strings.IndexByte(s, '|') >= 0 {
		s = dandaBars(s)
	}
	if strings.Contains(s, numeratorFour) {
		s = numeratorDandas(s)
	}
	return s
}

// numeratorFour is U+09F7, BENGALI CURRENCY NUMERATOR FOUR, which looks
// like the danda and stands for it in much Bengali and Assamese text
// (FLORES's Assamese among it).
const numeratorFour = "৷"

// numeratorDandas writes numeratorFour as the danda where it ends a
// sentence: right after a Bengali letter or sign, before a space or the
// line's end (past closing quotes). A count of old currency follows a
// digit.
func numeratorDandas(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; ; {
		j := strings.Index(s[i:], numeratorFour)
		if j < 0 {
			break
		}
		at, end := i+j, i+j+len(numeratorFour)
		r, _ := utf8.DecodeLastRuneInString(s[:at])
		if r >= 0x0980 && r <= 0x09FF && runeclass.Of(r)&(runeclass.Letter|runeclass.Mark) != 0 && endsSentence(s[end:]) {
			b.WriteString(s[last:at])
			b.WriteString("।")
			last = end
		}
		i = end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// dandaBars writes a bar typed for the danda as the danda: "है|" is
// "है।", "है||" is "है॥". Keyboards without the danda make the bar its
// stand-in on many Hindi, Bengali and Punjabi sites and in FLORES's
// Sanskrit (IndicNLP's normaliser undoes it as well); left a bar, a
// paragraph reads as a header of fields parted by bars, with no
// sentence end. A bar is a danda when a letter or sign of a script whose
// full stop is the danda (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya)
// stands right before it and a space or the line's end right after it
// (past closing quotes and brackets): a separator has spaces on both
// sides ("site | place") or none ("name|Updated"), a table row opens
// with a bar, and a title's before a Latin site name ("headline| Site")
// is followed by a Latin word. In a line that ends in such a bar, a space
// before it or not ("है |"), a spaced bar after such a letter is a danda
// too, and so is one before a Latin word: a line of fields does not end
// in a separator, a line of sentences does, and some writers put a space
// before every danda.
func dandaBars(s string) string {
	if s == "" || s[0] == '|' {
		return s
	}
	spaced := dandaEnd(s)
	var b []byte
	last := 0
	for i := 1; i < len(s); i++ {
		if s[i] != '|' {
			continue
		}
		n := 1
		if i+1 < len(s) && s[i+1] == '|' {
			n = 2
		}
		end := i + n
		if !endsSentence(s[end:]) {
			i = end
			continue
		}
		before := s[:i]
		if spaced && before[len(before)-1] == ' ' {
			before = before[:len(before)-1]
		}
		if !spaced && latinNext(s[end:]) {
			// "headline| Site Name": a title's separator before a
			// Latin site name, in a line that does not end as
			// sentences do.
			i = end - 1
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(before)
		if !dandaScript(r) {
			i = end - 1
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(s)+4)
		}
		b = append(b, s[last:i]...)
		if n == 1 {
			b = append(b, "।"...)
		} else {
			b = append(b, "॥"...)
		}
		last = end
		i = end - 1
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

// dandaEnd reports a line that ends in a bar (or two, then closing quotes
// and brackets) with a letter of a danda script before it, a space
// between or not.
func dandaEnd(s string) bool {
	t := strings.TrimRight(s, closers)
	u := strings.TrimSuffix(t, "|")
	if len(u) == len(t) {
		return false
	}
	u = strings.TrimSuffix(strings.TrimSuffix(u, "|"), " ")
	r, _ := utf8.DecodeLastRuneInString(u)
	return dandaScript(r)
}

// latinNext reports whether the first letter after the spaces of rest is
// an ASCII one.
func latinNext(rest string) bool {
	rest = strings.TrimLeft(rest, closers+" ")
	return rest != "" && (rest[0] >= 'a' && rest[0] <= 'z' || rest[0] >= 'A' && rest[0] <= 'Z')
}

// closers are the closing quotes and brackets a sentence's end may stand
// before.
const closers = "\"')]”’»"

// endsSentence reports what may follow a sentence's end: the line's end
// or a space, after closing quotes and brackets.
func endsSentence(rest string) bool {
	rest = strings.TrimLeft(rest, closers)
	return rest == "" || rest[0] == ' '
}

// dandaScript reports a letter or sign of a script whose full stop is the
// danda: not its digits, nor a danda.
func dandaScript(r rune) bool {
	if !(r >= 0x0900 && r <= 0x0AFF || r >= 0x0B00 && r <= 0x0B7F) {
		return false
	}
	return runeclass.Of(r)&(runeclass.Letter|runeclass.Mark) != 0
}

// lineLoop is Line's work on valid NFC text. A rune it drops or
// replaces can leave a base and a combining mark side by side that NFC
// composes ("B", a control, U+0331), so what it changed is normalised
// again.
//
// It copies a run of runes it would write unchanged as one string: a rune
// it may drop, replace or weigh starts with a byte of lineSpecial, and no
// other rune does, so a run of other bytes is whole runes that the
// rune-by-rune loop (lineLoopRunes, kept in the tests) would write as they
// are. Most of a line that comes here is such runs (a no-break space in a
// line of Hindi sends it here).
func lineLoop(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending
	wrote := false
	changed := false
	var prev rune
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && !lineSpecial[s[j]] {
			j++
		}
		if j > i {
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString(s[i:j])
			wrote = true
			prev, _ = utf8.DecodeLastRuneInString(s[i:j])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\u200c' || r == '\u200d':
			next, _ := utf8.DecodeRuneInString(s[i:])
			chillu := r == '\u200d' && isVirama(prev)
			if !(isLetterOrMark(prev) && isLetterOrMark(next)) && !chillu {
				changed = true
				continue
			}
		case isPresentationForm(r):
			changed = true
			if space {
				b.WriteByte(' ')
				space = false
			}
			for _, x := range norm.NFKC.String(string(r)) {
				if x == ' ' {
					// Isolated forms of marks decompose to a space and
					// the mark: the space is not text.
					continue
				}
				b.WriteRune(x)
				prev = x
			}
			wrote = true
			continue
		case isSpace(r):
			space = wrote
			continue
		case dropRune(r):
			changed = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
		wrote = true
		prev = r
	}
	if changed {
		return NFC(b.String())
	}
	return b.String()
}

// lineSpecial marks the bytes that start every rune lineLoop drops,
// replaces or weighs: ASCII controls, the space and DEL; C2 (C1 controls,
// U+00A0, the soft hyphen), E1 (U+1680, U+180E), E2 (the spaces, zero-width
// and directional characters of U+2000-206F), E3 (U+3000) and EF (the
// presentation forms, U+FEFF, U+FFF0-FFFF). TestLineSpecial checks every
// rune against the rune-by-rune tests.
var lineSpecial = func() (t [256]bool) {
	for c := range 0x21 {
		t[c] = true
	}
	for _, c := range []byte{0x7f, 0xc2, 0xe1, 0xe2, 0xe3, 0xef} {
		t[c] = true
	}
	return t
}()

// lineDone reports valid NFC text that Line's loop would copy unchanged:
// single inner spaces, nothing to drop, replace or weigh (ZWJ and ZWNJ go
// the long way). Most lines are such, and then cost no copy.
func lineDone(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c < 0x20 || c == 0x7f:
				return false
			case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '\u200c' || r == '\u200d' || isPresentationForm(r) || isSpace(r) || dropRune(r) {
			return false
		}
		i += size
	}
	return true
}

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || (c < 0x20 && c != '\t') || c == 0x7f {
			return false
		}
	}
	return true
}

// collapseASCII is Line for printable ASCII: only spaces to fix.
func collapseASCII(s string) string {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "  ") && !strings.Contains(s, "\t") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func isLetterOrMark(r rune) bool { return runeclass.Is(r, runeclass.Letter|runeclass.Mark) }

// isVirama reports the viramas of the Brahmic scripts of India (canonical
// combining class 9 in U+0900–0DFF).
func isVirama(r rune) bool {
	switch r {
	case '\u094d', '\u09cd', '\u0a4d', '\u0acd', '\u0b4d', '\u0bcd', '\u0c4d', '\u0ccd', '\u0d4d':
		return true
	}
	return false
}

// isPresentationForm reports Arabic Presentation Forms-A and -B.
func isPresentationForm(r rune) bool {
	return r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFE
}

// isSpace covers every Unicode space, including NBSP (U+00A0), narrow NBSP
// and the ideographic space, which scrapers leave in breadcrumbs and
// bylines.
func isSpace(r rune) bool {
	return runeclass.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2007' || r == '\u3000'
}

// dropRune reports characters that are invisible or control leftovers:
// C0/C1 controls, zero-width space, word joiner, BOM, soft hyphen,
// directional marks and isolates (dumps carry them out of context), and
// the replacement-adjacent noncharacters.
func dropRune(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r < 0xa0:
		return true
	case r == '\u00ad', r == '\u200b', r == '\u2060', r == '\ufeff', r == '\u180e':
		return true
	case r >= '\u200e' && r <= '\u200f', r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return true
	case r >= '\ufff0' && r <= '\ufff8', r == '\ufffe', r == '\uffff':
		return true
	}
	return false
}

// NFC returns s in Unicode Normalization Form C, with a cheap check
// first that most text passes unchanged (package internal/nfc).
func NFC(s string) string { return nfc.String(s) }

// TrimPermalinkMark cuts from the end of a heading's text the permalink
// mark documentation generators append to it (Sphinx's and MkDocs' "¶",
// "§", a "🔗", an icon font's private-use glyph) and the spaces before
// it: the page prints the mark as a link beside the heading, and every
// renderer of the page, and its HTML text, keeps it.
func TrimPermalinkMark(s string) string {
	t := strings.TrimRightFunc(s, func(r rune) bool {
		return r == '¶' || r == '§' || r == '🔗' || unicode.In(r, unicode.Co)
	})
	if len(t) == len(s) {
		return s
	}
	return strings.TrimSpace(t)
}

// UndoubleName keeps one copy of a name a byline printed twice in a row
// ("Olivier Minot Olivier Minot": a link and its label, or a text
// browser's picture alt before the name), also when the renderer printed
// the copies with no space between them ("Jane DoeJane Doe"). A name of
// two equal words stays: "Li Li" is a name.
func UndoubleName(name string) string {
	f := strings.Fields(name)
	if n := len(f); n >= 4 && n%2 == 0 && strings.Join(f[:n/2], " ") == strings.Join(f[n/2:], " ") {
		return strings.Join(f[:n/2], " ")
	}
	parts := CaseJoints(name)
	if len(parts) == 0 {
		return name
	}
	first := strings.TrimSpace(name[:parts[0]])
	if len(strings.Fields(first)) < 2 {
		return name
	}
	from := parts[0]
	for i := range parts {
		to := len(name)
		if i+1 < len(parts) {
			to = parts[i+1]
		}
		if strings.TrimSpace(name[from:to]) != first {
			return name
		}
		from = to
	}
	return first
}

// CaseJoints returns the byte offsets in s of every upper-case letter
// that follows a lower-case one with nothing between them: where a text
// renderer ran two inline elements together ("Jane DoePublished"), and
// inside some names ("McDonald"), which a caller tells apart by what
// follows.
func CaseJoints(s string) []int {
	var out []int
	prevLower := false
	for i, r := range s {
		if prevLower && unicode.IsUpper(r) {
			out = append(out, i)
		}
		prevLower = unicode.IsLower(r)
	}
	return out
}

package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Line normalises one line of text for akhbar's output: NFC, no-break and
// other odd spaces to plain spaces, invisible format characters removed,
// control characters removed, runs of spaces collapsed, ends trimmed.
//
// ZWJ and ZWNJ are kept where they carry meaning, between two letters or
// marks of one script (they choose conjunct forms in Indic scripts and
// Persian), and removed elsewhere, where they are leftovers of markup.
func Line(s string) string {
	if isPlainASCII(s) {
		return collapseASCII(s)
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = NFC(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending
	wrote := false
	var prev rune
	for i, r := range s {
		switch {
		case r == '\u200c' || r == '\u200d':
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if !(isLetterOrMark(prev) && isLetterOrMark(next)) {
				continue
			}
		case isSpace(r):
			space = wrote
			continue
		case dropRune(r):
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
	return b.String()
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

func isLetterOrMark(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// isSpace covers every Unicode space, including NBSP (U+00A0), narrow NBSP
// and the ideographic space, which scrapers leave in breadcrumbs and
// bylines.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2007' || r == '\u3000'
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

// NFC returns s in Unicode Normalization Form C. Most text is already in
// NFC, and x/text cannot tell so quickly for Indic scripts (vowel signs
// and nukta are "maybe" in its quick check), so a cheap scan first looks
// for the few code points that can change under NFC in the scripts news
// pages use; text without any is returned as is.
func NFC(s string) string {
	if !mayChangeUnderNFC(s) {
		return s
	}
	return norm.NFC.String(s)
}

// mayChangeUnderNFC reports whether s contains a code point that NFC might
// rewrite. It is exact for the scripts it knows and falls back to x/text's
// own quick check for everything else.
func mayChangeUnderNFC(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= 0x0900 && r <= 0x0DFF:
			// Indic blocks: only nukta forms and a few two-part vowel signs
			// combine or decompose.
			if indicComposes(r) {
				return true
			}
		case r >= 0x0300 && r <= 0x036F:
			return true // combining diacritics after Latin, Greek, Cyrillic
		default:
			// Outside the Indic blocks, ask x/text about the code point:
			// it changes if it decomposes, and it may change what precedes
			// it if it is not a boundary (combining marks, Hangul vowels).
			p := norm.NFC.PropertiesString(s[i : i+size])
			if p.Decomposition() != nil || !p.BoundaryBefore() {
				return true
			}
		}
		i += size
	}
	return false
}

// indicTable marks the code points of the Indic blocks (U+0900..U+0DFF)
// that NFC can change or that can make it change something: those with a
// canonical decomposition (nukta letters, two-part vowel signs), those
// that are a later part of such a decomposition (nukta, the length marks
// and vowel parts that compose), and combining marks other than the
// viramas, which canonical reordering may move. Any sequence NFC rewrites
// contains one of them; text without any is already in NFC. The table is
// derived from x/text's own data so it follows the Unicode version.
var indicTable = func() (t [0x0E00 - 0x0900]bool) {
	for r := rune(0x0900); r < 0x0E00; r++ {
		p := norm.NFC.PropertiesString(string(r))
		if d := norm.NFD.String(string(r)); d != string(r) {
			t[r-0x0900] = true
			// A composition is triggered by its later parts, not by the
			// base letter it starts with.
			for _, part := range []rune(d)[1:] {
				if part >= 0x0900 && part < 0x0E00 {
					t[part-0x0900] = true
				}
			}
		}
		if ccc := p.CCC(); ccc != 0 && ccc != 9 {
			t[r-0x0900] = true
		}
	}
	return t
}()

func indicComposes(r rune) bool { return indicTable[r-0x0900] }

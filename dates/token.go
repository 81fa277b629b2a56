package dates

import (
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tSpace tokKind = iota
	tNum
	tWord
	tPunct
)

// token is one piece of the input. Numbers keep their value in any
// script's digits; words are runs of letters and marks, except that every
// Han or kana character is a token of its own (those scripts write no
// spaces, so "日星期三" must still split into 日 and 星期三).
type token struct {
	kind       tokKind
	cjk        bool  // a single Han/kana character
	nd         uint8 // digits in a number (capped at 255)
	r          rune  // the punctuation rune
	val        int   // a number's value (capped: see maxNumDigits)
	start, end int   // byte offsets in the input
}

// maxNumDigits bounds the value of a number so that long digit runs
// (phone numbers, ids) cannot overflow; they are never a date part.
const maxNumDigits = 9

// tokenize appends the tokens of s to buf. It never fails: bytes that are
// not valid UTF-8 become punctuation.
func tokenize(s string, buf []token, runTogether bool) []token {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= '0' && c <= '9':
				j, v, nd := scanDigits(s, i)
				buf = append(buf, token{kind: tNum, val: v, nd: nd, start: i, end: j})
				i = j
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				j := i + 1
				for j < len(s) && isSpaceAt(s, j) {
					_, w := utf8.DecodeRuneInString(s[j:])
					j += w
				}
				buf = append(buf, token{kind: tSpace, start: i, end: j})
				i = j
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				j := scanWord(s, i, runTogether)
				buf = append(buf, token{kind: tWord, start: i, end: j})
				i = j
			default:
				buf = append(buf, token{kind: tPunct, r: rune(c), start: i, end: i + 1})
				i++
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && w == 1:
			buf = append(buf, token{kind: tPunct, r: r, start: i, end: i + 1})
			i++
		case digitValue(r) >= 0:
			j, v, nd := scanDigits(s, i)
			buf = append(buf, token{kind: tNum, val: v, nd: nd, start: i, end: j})
			i = j
		case isCJK(r):
			buf = append(buf, token{kind: tWord, cjk: true, start: i, end: i + w})
			i += w
		case isWordRune(r):
			j := scanWord(s, i, runTogether)
			buf = append(buf, token{kind: tWord, start: i, end: j})
			i = j
		case unicode.IsSpace(r) || r == 0x200B:
			j := i + w
			for j < len(s) && isSpaceAt(s, j) {
				_, w2 := utf8.DecodeRuneInString(s[j:])
				j += w2
			}
			buf = append(buf, token{kind: tSpace, start: i, end: j})
			i = j
		default:
			buf = append(buf, token{kind: tPunct, r: r, start: i, end: i + w})
			i += w
		}
	}
	return buf
}

func isSpaceAt(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r) || r == 0x200B
}

// scanDigits reads a run of digits of any script starting at i.
func scanDigits(s string, i int) (end, val int, nd uint8) {
	j := i
	n := 0
	for j < len(s) {
		var d int
		w := 1
		if c := s[j]; c < utf8.RuneSelf {
			if c < '0' || c > '9' {
				break
			}
			d = int(c - '0')
		} else {
			var r rune
			r, w = utf8.DecodeRuneInString(s[j:])
			if d = digitValue(r); d < 0 {
				break
			}
		}
		if n < maxNumDigits {
			val = val*10 + d
		}
		n++
		j += w
	}
	if n > 255 {
		n = 255
	}
	return j, val, uint8(n)
}

// DigitValue is the value of a decimal digit of any script (Unicode
// category Nd: "7", "७", "৭"), or -1: for other packages that read
// numbers written in a page's own digits.
func DigitValue(r rune) int { return digitValue(r) }

// digitValue returns the value of a decimal digit of any script (Unicode
// category Nd), or -1. Every Nd block is ten consecutive code points from
// zero to nine, so the value is the distance to the block's start; a few
// blocks sit back to back (mathematical digits), hence the modulo.
func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r >= 0x0900 && r < 0x0E00 {
		// The Brahmic blocks from Devanagari to Sinhala all put their
		// digits at offsets 0x66..0x6F of their 128-code-point block.
		if o := r & 0x7F; o >= 0x66 && o <= 0x6F {
			return int(o - 0x66)
		}
		return -1
	}
	if r < 0x660 || !unicode.Is(unicode.Nd, r) {
		return -1
	}
	z := r
	for z > 0 && unicode.Is(unicode.Nd, z-1) && r-z < 60 {
		z--
	}
	return int(r-z) % 10
}

func isWordRune(r rune) bool {
	if r >= 0x0900 && r < 0x0E00 {
		// The Brahmic blocks are letters and marks but for their digits,
		// the dandas and a few signs; a range test is much cheaper than
		// the category tables on Indian text.
		if o := r & 0x7F; o >= 0x66 && o <= 0x6F || r == 0x0964 || r == 0x0965 {
			return false
		}
		return true
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || r == 0x200C || r == 0x200D
}

func isCJK(r rune) bool {
	if r < 0x3040 {
		return r >= 0x2E80 && unicode.Is(unicode.Han, r)
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || r == 'ー'
}

// A word also ends where the letters change between the Latin script and
// another ("ISTઅપડેટ", "ISTঅপদেত"): two adjacent elements of a page
// ("<span>… IST</span><span>updated-label: …</span>") print their text
// with nothing between, and no word of a date table mixes the two.
func scanWord(s string, i int, runTogether bool) int {
	j := i
	latin := s[i] < utf8.RuneSelf
	if !latin {
		r, _ := utf8.DecodeRuneInString(s[i:])
		latin = unicode.Is(unicode.Latin, r)
	}
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				if !latin && j > i {
					break
				}
				if runTogether && c <= 'Z' && j > i && s[j-1] >= 'a' && s[j-1] <= 'z' {
					// A capital after a small letter starts a word a
					// text dump ran into the one before, its inline
					// elements printed with no space between them
					// ("SmithMar 5, 2025", "calendarApr 16").
					break
				}
				j++
				continue
			}
			break
		}
		r, w := utf8.DecodeRuneInString(s[j:])
		if !isWordRune(r) || isCJK(r) || r == utf8.RuneError {
			break
		}
		if latin && j > i && unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			break
		}
		j += w
	}
	return j
}

// hasDigit is the quick rejection test of Find: no date is written
// without a digit (relative words such as "yesterday" are left to Parse).
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= '0' && c <= '9' {
				return true
			}
			continue
		}
		if c < 0xE0 && c >= 0xC0 {
			// Two-byte sequences: Arabic-Indic and NKo digits live here.
			r, _ := utf8.DecodeRuneInString(s[i:])
			if r >= 0x660 && digitValue(r) >= 0 {
				return true
			}
			i++
			continue
		}
		if c == 0xE0 && i+2 < len(s) && s[i+1] >= 0xA4 && s[i+1] <= 0xB7 {
			// U+0900..U+0DFF, the Brahmic blocks: digits sit at offsets
			// 0x66..0x6F of each 128-code-point block.
			if o := (rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)) & 0x7F; o >= 0x66 && o <= 0x6F {
				return true
			}
			i += 2
			continue
		}
		if c >= 0xE0 {
			r, w := utf8.DecodeRuneInString(s[i:])
			if digitValue(r) >= 0 {
				return true
			}
			i += w - 1
		}
	}
	return false
}

package words

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"

	"github.com/akhbar/akhbar/clean"
)

// Flags change how tokens are hashed.
type Flags uint8

const (
	// FoldDigits hashes every run of digits as the same token, so that
	// "Page 3 of 12" and "Page 4 of 12" are one template line.
	FoldDigits Flags = 1 << iota
)

// rune classes
const (
	sep      = 0 // not part of a word
	word     = 1 // letter, number, connector punctuation, ZWJ/ZWNJ
	mark     = 2 // combining mark: continues the token before it
	continua = 3 // letter of a script written without spaces: a token of its own
	digit    = 4 // decimal digit (folded with FoldDigits)
	cased    = 5 // a word letter that lower-casing changes
)

// bmpTable holds the class of every code point of the Basic Multilingual
// Plane; looking it up is several times faster than asking package unicode
// rune by rune, which matters at corpus scale. It is built on first use,
// not at package init: building it costs several milliseconds, which every
// start of akhbar paid, "help" and "clean" included, though only the
// commands that tokenise (dedup, templates, report, serve) use it.
var bmpTable = sync.OnceValue(func() *[0x10000]uint8 {
	var t [0x10000]uint8
	for r := rune(0); r < 0x10000; r++ {
		t[r] = classify(r)
	}
	return &t
})

var continuaScripts = []*unicode.RangeTable{
	unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai,
	unicode.Lao, unicode.Khmer, unicode.Myanmar,
}

func classify(r rune) uint8 {
	switch {
	case r == '\u200c' || r == '\u200d':
		return word
	case unicode.IsMark(r):
		return mark
	case unicode.IsDigit(r):
		return digit
	case unicode.IsLetter(r):
		if unicode.IsOneOf(continuaScripts, r) {
			return continua
		}
		if unicode.ToLower(r) != r {
			return cased
		}
		return word
	case unicode.IsNumber(r), unicode.Is(unicode.Pc, r):
		return word
	}
	return sep
}

func class(r rune) uint8 { return classIn(bmpTable(), r) }

// classIn is class with the table fetched once by the caller.
func classIn(bmp *[0x10000]uint8, r rune) uint8 {
	if r < 0x10000 {
		return bmp[r]
	}
	return classify(r)
}

// Hashes appends the hash of every token of s to dst and returns it.
func Hashes(dst []uint64, s string, f Flags) []uint64 {
	var t Tokenizer
	t.Flags = f
	t.Each(s, func(h uint64) { dst = append(dst, h) })
	return dst
}

// Count returns the number of tokens in s.
func Count(s string) int {
	n := 0
	var t Tokenizer
	t.Each(s, func(uint64) { n++ })
	return n
}

// Tokenizer hashes the tokens of texts. Its zero value is ready to use; it
// keeps a buffer between calls, so one Tokenizer must not be used by two
// goroutines at once.
type Tokenizer struct {
	Flags Flags
	buf   []byte
}

// Each calls fn with the hash of every token of s, in order.
func (t *Tokenizer) Each(s string, fn func(uint64)) {
	t.each(s, func(tok []byte) { fn(xxhash.Sum64(tok)) })
}

// Tokens returns the tokens of s as strings, as Each hashes them: for
// tests, debugging and documentation, not for the hot path.
func Tokens(s string, f Flags) []string {
	var out []string
	t := Tokenizer{Flags: f}
	t.each(s, func(tok []byte) { out = append(out, string(tok)) })
	return out
}

func (t *Tokenizer) each(s string, fn func([]byte)) {
	// ASCII is always in NFC; checking it eight bytes at a time is several
	// times cheaper than the normaliser's own quick check, which looks at
	// every rune (English news text is mostly all ASCII).
	if !isASCII(s) {
		s = clean.NFC(s)
	}
	buf := t.buf[:0]
	bmp := bmpTable()
	inDigits := false // the current token so far is only digits
	// lowered says the last letter was lower-cased, recompose that a mark
	// followed it: NFC then lower-casing is not always NFC ("H̱" lowers
	// to h + U+0331, which NFC writes as "ẖ", as a page typing the small
	// letter has it), so such a rare token is normalised again.
	lowered, recompose := false, false
	emit := func() {
		if len(buf) == 0 {
			return
		}
		if inDigits && t.Flags&FoldDigits != 0 {
			buf = append(buf[:0], '0')
		}
		if recompose {
			buf = append(buf[:0], clean.NFC(string(buf))...)
			recompose = false
		}
		fn(buf)
		buf = buf[:0]
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z':
				// Copy the rest of a run of lower-case letters at once
				// rather than byte by byte through the switch.
				j := i
				for j < len(s) && 'a' <= s[j] && s[j] <= 'z' {
					j++
				}
				inDigits, lowered = false, false
				buf = append(buf, s[i-1:j]...)
				i = j
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
				inDigits, lowered = false, true
				buf = append(buf, c)
				continue
			case '0' <= c && c <= '9':
				if len(buf) == 0 {
					inDigits = true
				}
				lowered = false
				buf = append(buf, c)
				continue
			case c == '_':
			default:
				emit()
				continue
			}
			inDigits, lowered = false, false
			buf = append(buf, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch classIn(bmp, r) {
		case sep:
			emit()
			continue
		case continua:
			emit()
			inDigits, lowered = false, false
			buf = utf8.AppendRune(buf, r)
			// the marks that follow belong to this letter
			for i < len(s) {
				m, n := utf8.DecodeRuneInString(s[i:])
				if classIn(bmp, m) != mark {
					break
				}
				buf = utf8.AppendRune(buf, m)
				i += n
			}
			emit()
			continue
		case digit:
			if len(buf) == 0 {
				inDigits = true
			}
			// Non-ASCII digits stay as they are: Devanagari ४ is not 4 to
			// a reader of the page, and folding applies to the run anyway.
			lowered = false
			buf = utf8.AppendRune(buf, r)
			continue
		case cased:
			lr := unicode.ToLower(r)
			lowered, r = lr != r, lr
		case mark:
			// a mark continues the token; alone it starts one
			recompose = recompose || lowered
		default:
			lowered = false
		}
		inDigits = false
		buf = utf8.AppendRune(buf, r)
	}
	emit()
	t.buf = buf
}

// isASCII reports whether s is all ASCII, eight bytes at a time.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Package words splits text into the words that akhbar's report counts as
// tokens and its search index indexes: maximal runs of letters, combining
// marks, digits and the zero-width joiners, lower-cased.
//
// Marks and joiners belong to words because in Indic scripts vowel signs,
// viramas and nuktas are combining marks (Mn/Mc) and ZWJ/ZWNJ sit inside
// words; a splitter that takes only letters (as many do, and as SQLite's
// default unicode61 tokenizer does) cuts Hindi words into pieces. A library
// word segmenter (UAX #29) would do as well for this but costs several
// times more per byte for no gain in a count or a keyword index.
//
// It is not a linguistic tokenizer: no stemming, no stop words.
package words

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// MaxLen is the longest word, in bytes, that Each yields; longer runs
// (base64 blobs, URLs without separators) are skipped, since nobody
// searches for them and they would bloat an index.
const MaxLen = 64

// bmp holds two bits per rune of the Basic Multilingual Plane: word rune,
// and upper case (lower-cases to something else). The unicode package's
// range tables cost a binary search per rune, which was most of the time
// of indexing Indic text; one table lookup is a few times faster. It is
// built on first use (about 2 ms), not at start-up.
var (
	bmpOnce sync.Once
	bmp     []uint8 // 0x10000/4 bytes
)

const (
	bitWord  = 1
	bitUpper = 2
)

func buildBMP() {
	t := make([]uint8, 0x10000/4)
	for r := rune(0); r < 0x10000; r++ {
		var v uint8
		if slowWordRune(r) {
			v |= bitWord
		}
		if unicode.ToLower(r) != r {
			v |= bitUpper
		}
		t[r/4] |= v << (2 * (r % 4))
	}
	bmp = t
}

func slowWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || r == '\u200c' || r == '\u200d'
}

// class returns the bits of r.
func class(r rune) uint8 {
	if r < 0x10000 {
		return bmp[r/4] >> (2 * (r % 4)) & 3
	}
	var v uint8
	if slowWordRune(r) {
		v |= bitWord
	}
	if unicode.IsUpper(r) {
		v |= bitUpper
	}
	return v
}

func isWordRune(r rune) bool { return class(r)&bitWord != 0 }

// Each calls fn with every word of s, lower-cased, in order.
func Each(s string, fn func(w string)) {
	bmpOnce.Do(buildBMP)
	for i := 0; i < len(s); {
		r, size := decode(s, i)
		c := class(r)
		if c&bitWord == 0 {
			i += size
			continue
		}
		j := i + size
		upper := c&bitUpper != 0
		for j < len(s) {
			r2, size2 := decode(s, j)
			c2 := class(r2)
			if c2&bitWord == 0 {
				break
			}
			upper = upper || c2&bitUpper != 0
			j += size2
		}
		if j-i <= MaxLen {
			w := s[i:j]
			if upper {
				w = strings.ToLower(w)
			}
			fn(w)
		}
		i = j
	}
}

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// Count is the number of words of s, long ones included.
func Count(s string) int {
	bmpOnce.Do(buildBMP)
	n := 0
	in := false
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		w := isWordRune(r)
		if w && !in {
			n++
		}
		in = w
		i += size
	}
	return n
}

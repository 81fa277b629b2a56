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
	"unicode"
	"unicode/utf8"
)

// MaxLen is the longest word, in bytes, that Each yields; longer runs
// (base64 blobs, URLs without separators) are skipped, since nobody
// searches for them and they would bloat an index.
const MaxLen = 64

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || r == '\u200c' || r == '\u200d'
}

// Each calls fn with every word of s, lower-cased, in order.
func Each(s string, fn func(w string)) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		j := i + size
		upper := r < utf8.RuneSelf && r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
		for j < len(s) {
			r2, size2 := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r2) {
				break
			}
			if r2 < utf8.RuneSelf && r2 >= 'A' && r2 <= 'Z' || r2 >= utf8.RuneSelf && unicode.IsUpper(r2) {
				upper = true
			}
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

// Count is the number of words of s, long ones included.
func Count(s string) int {
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

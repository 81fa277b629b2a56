package clean

import (
	"strings"
	"unicode/utf8"

	"github.com/akhbar/akhbar/internal/runeclass"
)

// lower is strings.ToLower, byte for byte (FuzzLower), for the copy of
// every block the phrase lists search. strings.ToLower takes its fast
// path only for pure ASCII; one curly quote or dash sends a whole English
// block through strings.Map, a unicode.ToLower case-range search and a
// WriteRune per rune. Here runs of bytes that stay as they are are copied
// at once, and runeclass's table says which runes have a lower case. An
// invalid byte becomes U+FFFD, as strings.Map makes it.
func lower(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || runeclass.Of(r)&runeclass.Lowers != 0 {
			break
		}
		i += size
	}
	return lowerFrom(s, i)
}

// lowerFrom is lower(s) when s[:i] has nothing to change: it starts
// changing s at byte i.
func lowerFrom(s string, i int) string {
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + utf8.UTFMax)
	start := 0 // s[start:i] is copied as it is
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b.WriteString(s[start:i])
				b.WriteByte(c + 'a' - 'A')
				start = i + 1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(s[start:i])
			b.WriteString("\uFFFD")
			start = i + 1
		case runeclass.Of(r)&runeclass.Lowers != 0:
			b.WriteString(s[start:i])
			b.WriteRune(runeclass.ToLower(r))
			start = i + size
		}
		i += size
	}
	b.WriteString(s[start:])
	return b.String()
}

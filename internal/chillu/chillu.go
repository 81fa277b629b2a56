// Package chillu knows Malayalam's two encodings of a chillu (a consonant
// with no vowel, drawn in its own shape): the atomic letters U+0D7A-0D7F
// (ൺ ൻ ർ ൽ ൾ ൿ) and the older consonant, virama and zero-width joiner
// (ന്‍), which pages still print. Packages clean (repeat keys), dates
// (date keys) and lexicon (the table's spellings) compare the two alike.
//
// It is not a normaliser: the text keeps what the page wrote.
package chillu

// Is reports whether r is an atomic chillu.
func Is(r rune) bool { return r >= 0x0D7A && r <= 0x0D7F }

// Base returns the consonant and virama the older encoding writes for the
// atomic chillu r (without its joiner), or "" when r is none.
func Base(r rune) string {
	if !Is(r) {
		return ""
	}
	return bases[r-0x0D7A]
}

var bases = [...]string{"ണ്", "ന്", "ര്", "ല്", "ള്", "ക്"}

// Older writes every atomic chillu of s in the older encoding, with its
// zero-width joiner.
func Older(s string) string {
	var b []byte
	for i, r := range s {
		if Is(r) {
			if b == nil {
				b = append(make([]byte, 0, len(s)+8), s[:i]...)
			}
			b = append(b, Base(r)...)
			b = append(b, "\u200d"...)
		} else if b != nil {
			b = append(b, string(r)...)
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

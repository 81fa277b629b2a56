// Package nasal converts between the two ways the Indian scripts write a
// nasal before a stop: the anusvara (संपादक, ಸಂಪಾದಕ) and the nasal
// consonant of the stop's class with a virama (सम्पादक). Both are correct
// and both are printed, often on one site, so a word looked up in a table
// (a byline label, a month, a cue) must meet either; package lexicon
// enters both spellings of its phrases and package dates keys both alike.
//
// It is not a transliterator or a spelling corrector: it knows this one
// alternation, in the nine Unicode blocks from Devanagari to Malayalam,
// which share ISCII's layout, and nothing of any language's other rules.
package nasal

import "strings"

// The offsets inside a block: the anusvara, the virama, and each class of
// stops (four consonants) with its nasal.
const (
	anusvara = 0x02
	virama   = 0x4D
)

var classes = [...]struct{ first, nasal rune }{
	{0x15, 0x19}, // ka kha ga gha, ṅa
	{0x1A, 0x1E}, // ca cha ja jha, ña
	{0x1F, 0x23}, // ṭa ṭha ḍa ḍha, ṇa
	{0x24, 0x28}, // ta tha da dha, na
	{0x2A, 0x2E}, // pa pha ba bha, ma
}

// block returns the start of r's Indian block, or -1.
func block(r rune) rune {
	if r < 0x0900 || r >= 0x0D80 {
		return -1
	}
	return r &^ 0x7F
}

// nasalOf returns the nasal of the stop r's class, or 0 if r is no stop.
func nasalOf(r rune) rune {
	b := block(r)
	if b < 0 {
		return 0
	}
	o := r - b
	for _, c := range classes {
		if o >= c.first && o < c.first+4 {
			return b + c.nasal
		}
	}
	return 0
}

// afterShort reports whether p, the rune before an anusvara of block b,
// ends a short syllable: a consonant (its inherent a) or the vowel sign i
// or u.
func afterShort(p, b rune) bool {
	o := p - b
	return block(p) == b && (o >= 0x15 && o <= 0x39 || o == 0x3F || o == 0x41)
}

// Has reports whether s may have another spelling: an anusvara or a
// virama of the nine blocks (a quick test before the conversions).
func Has(s string) bool { return hasSign(s, 0x82, 0) || hasSign(s, 0x8D, 1) }

// hasSign reports the sign whose UTF-8 is E0, a second byte of the nine
// blocks (A4-B5) of the given parity, and last: read from the bytes, as
// every phrase of the language table is asked at every start.
func hasSign(s string, last, parity byte) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == 0xE0 && s[i+1] >= 0xA4 && s[i+1] <= 0xB5 && s[i+1]%2 == parity && s[i+2] == last {
			return true
		}
	}
	return false
}

// ToAnusvara writes every nasal consonant with a virama before a stop of
// its class as the anusvara: सम्पादक → संपादक, हिन्दी → हिंदी.
func ToAnusvara(s string) string {
	if !hasSign(s, 0x8D, 1) { // no virama
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if i+2 < len(rs) && block(r) >= 0 && rs[i+1] == block(r)+virama && nasalOf(rs[i+2]) == r {
			b.WriteRune(block(r) + anusvara)
			i++ // the virama
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// ToConsonant writes every anusvara before a stop as the nasal of the
// stop's class with a virama: संपादक → सम्पादक, हिंदी → हिन्दी. Only
// after a consonant or a short vowel sign (i, u): after a long vowel the
// anusvara is the vowel's nasalisation (Marathi तासांपूर्वी, "hours ago"),
// which no one writes with a consonant.
func ToConsonant(s string) string {
	if !hasSign(s, 0x82, 0) { // no anusvara
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, r := range rs {
		if b0 := block(r); b0 >= 0 && r-b0 == anusvara && i > 0 && afterShort(rs[i-1], b0) && i+1 < len(rs) && block(rs[i+1]) == b0 {
			if n := nasalOf(rs[i+1]); n != 0 {
				b.WriteRune(n)
				b.WriteRune(b0 + virama)
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

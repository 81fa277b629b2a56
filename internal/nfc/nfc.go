// Package nfc normalises text to Unicode NFC quickly when, as nearly
// always, it already is: x/text's own quick check answers "maybe" for
// every Indic vowel sign and nukta, so it cannot skip Hindi or Kannada
// text, while the few code points of the Indic blocks that NFC really
// rewrites (nukta letters, two-part vowels, marks out of order) are known.
// MayChange scans for them, exactly for the Indic blocks and through
// x/text's per-rune properties elsewhere; String calls x/text only when
// MayChange says so. Packages clean (every output line) and lexicon (every
// word looked up) share it.
//
// It is not a normaliser of its own: the normalising is x/text's.
package nfc

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// String returns s in Unicode Normalization Form C. Most text is already in
// NFC, and x/text cannot tell so quickly for Indic scripts (vowel signs
// and nukta are "maybe" in its quick check), so a cheap scan first looks
// for the few code points that can change under NFC in the scripts news
// pages use; text without any is returned as is.
//
// Where the scan finds one, only the stretch around it, from the
// normalisation boundary before it to the one after it, goes through
// x/text, and the scan goes on after it: NFC of a string cut at such
// boundaries is the NFC of its pieces, and x/text's own check of a whole
// line (a Hindi line with one "ड़" in it) cost as much as the rest of the
// line's cleaning.
func String(s string) string {
	i := firstChange(s, 0)
	if i < 0 {
		return s
	}
	if !utf8.ValidString(s) {
		// Boundaries are found rune by rune; leave invalid text whole
		// to x/text.
		return norm.NFC.String(s)
	}
	out := make([]byte, 0, len(s)+len(s)/8)
	done := 0
	for i >= 0 {
		start, end := boundaryBefore(s, done, i), boundaryAfter(s, i)
		out = append(out, s[done:start]...)
		out = norm.NFC.AppendString(out, s[start:end])
		done = end
		i = firstChange(s, end)
	}
	out = append(out, s[done:]...)
	return string(out)
}

// isBoundary reports a normalisation boundary before the rune at s[i:]:
// what comes before it never combines with it or what follows.
func isBoundary(s string, i int) bool {
	if s[i] < utf8.RuneSelf {
		return true
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return norm.NFC.PropertiesString(s[i : i+size]).BoundaryBefore()
}

// boundaryBefore is the last boundary at or before i, or lo (the start of
// s or a boundary) when there is none after lo.
func boundaryBefore(s string, lo, i int) int {
	for i > lo && !isBoundary(s, i) {
		_, size := utf8.DecodeLastRuneInString(s[lo:i])
		i -= size
	}
	return i
}

// boundaryAfter is the first boundary after the rune at i, or len(s).
func boundaryAfter(s string, i int) int {
	_, size := utf8.DecodeRuneInString(s[i:])
	for i += size; i < len(s) && !isBoundary(s, i); i += size {
		_, size = utf8.DecodeRuneInString(s[i:])
	}
	return i
}

// MayChange reports whether s contains a code point that NFC might
// rewrite. It is exact for the scripts it knows and falls back to x/text's
// own quick check for everything else.
func MayChange(s string) bool { return firstChange(s, 0) >= 0 }

// firstChange is MayChange's scan from s[from:], which starts s or a
// boundary: the index of the first code point NFC might rewrite, or -1.
func firstChange(s string, from int) int {
	var prev, starter rune
	var between uint8 // highest class of the marks since the last starter
	for i := from; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			prev, starter, between = rune(c), rune(c), 0
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= 0x0900 && r <= 0x0DFF:
			// Indic blocks: only nukta forms, a few two-part vowel signs
			// and marks out of order combine, decompose or move.
			if indicChanges(prev, starter, between, r) {
				return i
			}
		case r >= 0x0300 && r <= 0x036F:
			return i // combining diacritics after Latin, Greek, Cyrillic
		default:
			// Outside the Indic blocks, ask x/text about the code point:
			// it changes if it decomposes, and it may change what precedes
			// it if it is not a boundary (combining marks, Hangul vowels).
			p := norm.NFC.PropertiesString(s[i : i+size])
			if p.Decomposition() != nil || !p.BoundaryBefore() {
				return i
			}
		}
		var ccc uint8
		if r >= 0x0900 && r < 0x0E00 {
			ccc = indicInfo[r-0x0900].ccc
		} else {
			ccc = cccOf(r)
		}
		if ccc == 0 {
			starter, between = r, 0
		} else {
			between = max(between, ccc)
		}
		prev = r
		i += size
	}
	return -1
}

// indicRune is what NFC can do around one code point of the Indic
// blocks (U+0900..U+0DFF).
type indicRune struct {
	decomposes bool   // NFC rewrites it on its own (nukta letters NFC excludes)
	ccc        uint8  // canonical combining class: marks may be reordered
	after      []rune // it composes with these when they come just before it
}

// indicInfo is derived from x/text's own data, so it follows the Unicode
// version. Composition pairs are found by asking x/text about every rune
// that is the later part of some decomposition: two-part vowel signs
// (Kannada ೊ = ೆ + ೂ), nukta letters (ऩ = न + ़). Only pairs where x/text
// says the first may interact with what follows and the second with what
// precedes are asked (TestIndicInfoComplete checks against all pairs).
// The table is written out in indic_table.go (TestIndicTableGenerated
// checks it against this function): built at every start it cost several
// milliseconds, a tenth of akhbar's start-up.

func buildIndicInfo(pruned bool) (t [0x0E00 - 0x0900]indicRune) {
	seconds := map[rune]bool{}
	var firsts []rune
	for r := rune(0x0900); r < 0x0E00; r++ {
		p := norm.NFC.PropertiesString(string(r))
		t[r-0x0900].ccc = p.CCC()
		if !pruned || !p.BoundaryAfter() {
			firsts = append(firsts, r)
		}
		d := []rune(norm.NFD.String(string(r)))
		if string(d) == string(r) {
			continue
		}
		if norm.NFC.String(string(r)) != string(r) {
			t[r-0x0900].decomposes = true
		}
		for _, part := range d[1:] {
			seconds[part] = true
		}
	}
	for b := range seconds {
		if b < 0x0900 || b >= 0x0E00 || pruned && norm.NFC.PropertiesString(string(b)).BoundaryBefore() {
			continue
		}
		for _, a := range firsts {
			if c := []rune(norm.NFC.String(string([]rune{a, b}))); len(c) == 1 {
				t[b-0x0900].after = append(t[b-0x0900].after, a)
			}
		}
	}
	return t
}

// indicChanges reports whether NFC may rewrite r given what came before
// it: r decomposes; r composes with the last starter (just before it, or
// with only marks of lower class between them, which do not block); or r
// is a mark that sorts before the mark just before it.
func indicChanges(prev, starter rune, between uint8, r rune) bool {
	in := &indicInfo[r-0x0900]
	if !in.decomposes && in.ccc == 0 && in.after == nil {
		return false
	}
	if in.decomposes {
		return true
	}
	for _, a := range in.after {
		if a == prev || a == starter && in.ccc != 0 && between < in.ccc {
			return true
		}
	}
	return in.ccc != 0 && cccOf(prev) > in.ccc
}

func cccOf(r rune) uint8 {
	if r >= 0x0900 && r < 0x0E00 {
		return indicInfo[r-0x0900].ccc
	}
	if r < 0x0300 {
		return 0
	}
	return norm.NFC.PropertiesString(string(r)).CCC()
}

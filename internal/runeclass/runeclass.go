// Package runeclass answers unicode.IsLetter, IsMark, IsDigit, IsSpace,
// IsUpper, IsLower, IsPunct and IsSymbol, and whether unicode.ToLower
// changes a rune, with one table load:
// the hot loops of cleaning (block measurements, cue keys) ask several of
// them for every rune, and for runes above Latin-1 (all Indic text) each
// unicode.Is* call is a binary search of a range table.
//
// The table covers the Basic Multilingual Plane (64 KiB, built at start
// from the unicode package's own tables in well under a millisecond);
// runes above it are answered by the unicode package. The answers are
// those of the unicode package exactly, checked for every BMP rune by the
// tests. It is not a script or word classifier.
package runeclass

import "unicode"

// Class is a set of the properties of a rune.
type Class uint16

// The properties, each the unicode package function of the same name.
const (
	Letter Class = 1 << iota
	Mark
	Digit
	Space
	Upper
	Lower
	Punct
	Symbol
	Lowers // unicode.ToLower(r) != r
)

var table = build()

func build() *[0x10000]Class {
	var t [0x10000]Class
	// Only runes of the case ranges have a lower case of their own.
	for _, cr := range unicode.CaseRanges {
		for r := rune(cr.Lo); r <= rune(cr.Hi) && r < 0x10000; r++ {
			if unicode.ToLower(r) != r {
				t[r] |= Lowers
			}
		}
	}
	for _, p := range []struct {
		c Class
		t *unicode.RangeTable
	}{
		{Letter, unicode.Letter}, {Mark, unicode.Mark}, {Digit, unicode.Digit}, {Space, unicode.White_Space},
		{Upper, unicode.Upper}, {Lower, unicode.Lower}, {Punct, unicode.Punct}, {Symbol, unicode.Symbol},
	} {
		for _, rg := range p.t.R16 {
			for r := int(rg.Lo); r <= int(rg.Hi); r += int(rg.Stride) {
				t[r] |= p.c
			}
		}
		for _, rg := range p.t.R32 {
			for r := int(rg.Lo); r <= int(rg.Hi) && r < 0x10000; r += int(rg.Stride) {
				t[r] |= p.c
			}
		}
	}
	// unicode.IsSpace, IsUpper and IsLower read their own Latin-1 table;
	// take it as it is so that the answers agree everywhere.
	for r := rune(0); r <= unicode.MaxLatin1; r++ {
		t[r] &^= Space | Upper | Lower
		for _, p := range []struct {
			c  Class
			is func(rune) bool
		}{{Space, unicode.IsSpace}, {Upper, unicode.IsUpper}, {Lower, unicode.IsLower}} {
			if p.is(r) {
				t[r] |= p.c
			}
		}
	}
	return &t
}

// Of returns the properties of r.
func Of(r rune) Class {
	if uint32(r) < 0x10000 {
		return table[r]
	}
	return slow(r)
}

func slow(r rune) Class {
	var c Class
	for _, p := range []struct {
		c  Class
		is func(rune) bool
	}{
		{Letter, unicode.IsLetter}, {Mark, unicode.IsMark}, {Digit, unicode.IsDigit}, {Space, unicode.IsSpace},
		{Upper, unicode.IsUpper}, {Lower, unicode.IsLower}, {Punct, unicode.IsPunct}, {Symbol, unicode.IsSymbol},
	} {
		if p.is(r) {
			c |= p.c
		}
	}
	if unicode.ToLower(r) != r {
		c |= Lowers
	}
	return c
}

// Is reports whether r has any of the properties in c.
func Is(r rune, c Class) bool { return Of(r)&c != 0 }

// IsSpace is unicode.IsSpace.
func IsSpace(r rune) bool { return Of(r)&Space != 0 }

// IsLetter is unicode.IsLetter.
func IsLetter(r rune) bool { return Of(r)&Letter != 0 }

// ToLower is unicode.ToLower, without its case-table search for the runes
// that have no lower case of their own (all of Indic text).
func ToLower(r rune) rune {
	if Of(r)&Lowers == 0 {
		return r
	}
	return unicode.ToLower(r)
}

// SpaceLead reports whether c can be the first byte of a space above
// ASCII in UTF-8: U+0085 and U+00A0 (C2), U+1680 (E1), U+2000..U+205F
// (E2), U+3000 (E3). A scanner looking for spaces decodes only runes that
// start with one of these; any other byte above ASCII is no space and
// starts none (text in Indian scripts, lead byte E0, never needs decoding).
func SpaceLead(c byte) bool { return c == 0xc2 || c == 0xe1 || c == 0xe2 || c == 0xe3 }

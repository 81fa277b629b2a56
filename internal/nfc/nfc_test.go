package nfc

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestNFCFastPathExact checks the fast path against x/text on every pair
// of code points from the Indic blocks plus a few marks: whenever x/text
// would change the text, the fast path must not skip it.
func TestNFCFastPathExact(t *testing.T) {
	var runes []rune
	for r := rune(0x0900); r < 0x0E00; r++ {
		runes = append(runes, r)
	}
	runes = append(runes, 'a', 'e', 0x0301, 0x0327, 0x1100, 0x1161, 0x00e9)
	for _, a := range runes {
		for _, b := range runes {
			s := string([]rune{a, b})
			if String(s) != norm.NFC.String(s) {
				t.Fatalf("String(%U %U) = %q, x/text gives %q", a, b, String(s), norm.NFC.String(s))
			}
		}
	}
}

func BenchmarkNFC(b *testing.B) {
	s := "विदेश मंत्री एस जयशंकर ने बुधवार को कजाखिस्तान की राजधानी अस्ताना में शंघाई सहयोग संगठन (एससीओ) शिखर सम्मेलन से इतर अपने रूसी समकक्ष सर्गेई लावरोव के साथ द्विपक्षीय वार्ता की."
	b.Run("fastpath", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		for b.Loop() {
			String(s)
		}
	})
	b.Run("x/text", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		for b.Loop() {
			norm.NFC.String(s)
		}
	})
	// A line with a precomposed nukta letter near its start, which NFC
	// decomposes: String normalises the stretch around it only.
	n := "बड़ा " + s
	b.Run("nukta/fastpath", func(b *testing.B) {
		b.SetBytes(int64(len(n)))
		for b.Loop() {
			String(n)
		}
	})
	b.Run("nukta/x/text", func(b *testing.B) {
		b.SetBytes(int64(len(n)))
		for b.Loop() {
			norm.NFC.String(n)
		}
	})
}

// TestNFCFastPathTriples checks the fast path on every triple of a set of
// Indic marks, letters and vowel parts, where blocking and reordering
// decide what NFC does.
func TestNFCFastPathTriples(t *testing.T) {
	var set []rune
	for r := rune(0x0900); r < 0x0E00; r++ {
		in := indicInfo[r-0x0900]
		if in.ccc != 0 || in.decomposes || len(in.after) > 0 {
			set = append(set, r)
		}
	}
	set = append(set, 0x0915, 0x0928, 0x0930, 0x09C7, 0x0B47, 0x0BC6, 0x0C46, 0x0CC6, 0x0CCA, 0x0D46, 0x0DD9)
	for _, a := range set {
		for _, b := range set {
			for _, c := range set {
				s := string([]rune{a, b, c})
				if String(s) != norm.NFC.String(s) {
					t.Fatalf("String(%U %U %U) = %q, x/text gives %q", a, b, c, String(s), norm.NFC.String(s))
				}
			}
		}
	}
}

func FuzzString(f *testing.F) {
	for _, s := range []string{"", "नमस्ते", "\u0928\u093c", "\u0921\u093c", "ಕೊ", "e\u0301", "\u095c", "\u00e9\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := String(s), norm.NFC.String(s); got != want {
			t.Fatalf("String(%q) = %q, x/text gives %q", s, got, want)
		}
	})
}

// TestIndicInfoComplete checks that the pruned search for composition
// pairs finds what asking x/text about every pair finds.
func TestIndicInfoComplete(t *testing.T) {
	if full := buildIndicInfo(false); !reflect.DeepEqual(full, indicInfo) {
		for i := range full {
			if !reflect.DeepEqual(full[i], indicInfo[i]) {
				t.Errorf("%U: pruned %+v, all pairs %+v", rune(0x0900+i), indicInfo[i], full[i])
			}
		}
	}
}

func BenchmarkIndicInfo(b *testing.B) {
	for b.Loop() {
		buildIndicInfo(true)
	}
}

// TestStringPieces checks String against x/text on random strings made of
// pieces that NFC rewrites (nukta letters, two-part vowels, marks out of
// order, Latin and Hangul combining) between text it leaves alone, so
// that one string has several stretches to normalise, at its ends too.
func TestStringPieces(t *testing.T) {
	pieces := []string{"नमस्ते ", "बड़ा", "\u095c", "\u095d\u093c", "पढ़ें", "ಕೊ", "\u0cc6\u0cc2", "\u0bc6\u0bbe", "\u0dd9\u0dcf",
		"\u0915\u093c\u0941", "\u0915\u0941\u093c", "e\u0301", "\u00e9\u0301", "\u1100\u1161\u11a8", "a", " ", ".", "\u093c", "\u0301",
		"ক\u09c7\u09be", "ୋ", "\u0b47\u0b3e", "\u0928\u093c", "\u0929", "日本", "\u2019", "\u00a0", "Ω", "\u212b", "\uff21"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(9) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := String(s), norm.NFC.String(s); got != want {
			t.Fatalf("String(%q) = %q, x/text gives %q", s, got, want)
		}
	}
}

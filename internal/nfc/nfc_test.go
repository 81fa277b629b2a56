package nfc

import (
	"reflect"
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

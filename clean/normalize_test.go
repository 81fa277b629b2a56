package clean

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestLine(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"ascii", "  hello   world \t", "hello world"},
		{"nbsp breadcrumb", "ETV Bharat\u00a0 /\u00a0 international", "ETV Bharat / international"},
		{"zero width space", "foo\u200bbar", "foobar"},
		{"bom and soft hyphen", "\ufeffin\u00adter", "inter"},
		{"control chars", "a\x00b\x07c\x1bd", "abcd"},
		{"zwnj kept in kannada", "ಕಾಂಗ್ರೆಸ್\u200cನ", "ಕಾಂಗ್ರೆಸ್\u200cನ"},
		{"zwnj kept in persian", "می\u200cخواهم", "می\u200cخواهم"},
		{"zwj dropped at edge", "\u200dनमस्ते\u200d ", "नमस्ते"},
		{"zwnj dropped before space", "abc\u200c def", "abc def"},
		{"nukta composed", "\u0915\u093c", "\u0915\u093c"}, // U+0958 is a composition exclusion: stays decomposed
		{"nukta letter decomposed", "\u0958", "\u0915\u093c"},
		{"latin combining", "e\u0301", "\u00e9"},
		{"bengali two part vowel", "\u0995\u09c7\u09be", "\u0995\u09cb"},
		{"crlf and tabs", "a\r\n\tb", "a b"},
		{"invalid utf8", "a\xffb", "a\ufffdb"},
		{"directional marks", "\u200fabc\u202a", "abc"},
		{"empty", "   ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Line(tt.in); got != tt.want {
				t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

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
			if NFC(s) != norm.NFC.String(s) {
				t.Fatalf("NFC(%U %U) = %q, x/text gives %q", a, b, NFC(s), norm.NFC.String(s))
			}
		}
	}
}

func FuzzLine(f *testing.F) {
	for _, s := range []string{"ETV Bharat\u00a0/", "ಕಾಂಗ್ರೆಸ್\u200cನ", "\u0958", "a\xffb", "", "नमस्ते दुनिया", " नमस्ते", "नमस्ते ", "न  म", "न\u00adम", "ﻻ न"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Line(s)
		if !norm.NFC.IsNormalString(got) {
			t.Fatalf("Line(%q) = %q is not NFC", s, got)
		}
		if Line(got) != got {
			t.Fatalf("Line is not idempotent on %q: %q then %q", s, got, Line(got))
		}
		if v := NFC(strings.ToValidUTF8(s, "\uFFFD")); lineDone(v) && lineLoop(v) != v {
			t.Fatalf("lineDone(%q) but the loop gives %q", v, lineLoop(v))
		}
	})
}

func BenchmarkNFC(b *testing.B) {
	s := "विदेश मंत्री एस जयशंकर ने बुधवार को कजाखिस्तान की राजधानी अस्ताना में शंघाई सहयोग संगठन (एससीओ) शिखर सम्मेलन से इतर अपने रूसी समकक्ष सर्गेई लावरोव के साथ द्विपक्षीय वार्ता की."
	b.Run("fastpath", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		for b.Loop() {
			NFC(s)
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
				if NFC(s) != norm.NFC.String(s) {
					t.Fatalf("NFC(%U %U %U) = %q, x/text gives %q", a, b, c, NFC(s), norm.NFC.String(s))
				}
			}
		}
	}
}

func TestLineScheduled(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"malayalam old chillu keeps its zwj at word end", "അവന്\u200d വന്നു", "അവന്\u200d വന്നു"},
		{"bengali khanda ta keeps its zwj", "উত্\u200d সব", "উত্\u200d সব"},
		{"zwnj after virama at word end still dropped", "ಕಾಂಗ್ರೆಸ್\u200c ನ", "ಕಾಂಗ್ರೆಸ್ ನ"},
		{"urdu presentation forms", "\ufee3\ufbfe\ufe8e\ufee7", "میان"},
	} {
		if got := Line(tt.in); got != tt.want {
			t.Errorf("%s: Line(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

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

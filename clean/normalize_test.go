package clean

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

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
	for _, s := range []string{"ETV Bharat\u00a0/", "ಕಾಂಗ್ರೆಸ್\u200cನ", "\u0958", "a\xffb", "", "नमस्ते दुनिया", " नमस्ते", "नमस्ते ", "न  म", "न\u00adम", "ﻻ न", "है| अब", "है |", "क | ख|", "|क|"} {
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
		v := NFC(strings.ToValidUTF8(s, "\uFFFD"))
		if lineDone(v) && lineLoop(v) != v {
			t.Fatalf("lineDone(%q) but the loop gives %q", v, lineLoop(v))
		}
		if got, want := lineLoop(v), lineLoopRunes(v); got != want {
			t.Fatalf("lineLoop(%q) = %q, rune by rune %q", v, got, want)
		}
	})
}

// TestDandaBars: a bar typed for the danda is the danda, a separator
// stays a bar.
func TestDandaBars(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"यह खबर है| अगली बात है|", "यह खबर है। अगली बात है।"},
		{"यह खबर है||", "यह खबर है॥"},
		{"उन्होंने कहा, “यह सच है|”", "उन्होंने कहा, “यह सच है।”"},
		{"এটি সত্য নয়| তারপর", "এটি সত্য নয়। তারপর"},
		{"ਉਹ ਆਇਆ|", "ਉਹ ਆਇਆ।"},
		{"ସେ ଆସିଲେ|", "ସେ ଆସିଲେ।"},
		// A line that ends in a spaced bar spaces every danda so.
		{"यह खबर है | अगली बात है |", "यह खबर है । अगली बात है ।"},
		// Separators: spaced on both sides in a line of fields, or
		// unspaced on both sides, or a table row.
		{"दैनिक समाचार | दरभंगा | 3 जुलाई 2024", "दैनिक समाचार | दरभंगा | 3 जुलाई 2024"},
		{"लेखक अमित झा|अपडेट: 3 जुलाई", "लेखक अमित झा|अपडेट: 3 जुलाई"},
		{"|नाम|उम्र|", "|नाम|उम्र|"},
		{"दिल्ली में बारिश| Navbharat Times", "दिल्ली में बारिश| Navbharat Times"},
		{"ट्रंप ने कहा| US सेना लौटेगी|", "ट्रंप ने कहा। US सेना लौटेगी।"},
		// Not after a danda script's letter: digits, Latin, Tamil.
		{"2024| next", "2024| next"},
		{"Home| News", "Home| News"},
		{"செய்தி| அடுத்து", "செய்தி| அடுத்து"},
		// Bengali's currency numerator four where it ends a sentence.
		{"এটি সত্য নয়৷ তারপর", "এটি সত্য নয়। তারপর"},
		{"মাপ হল৷”", "মাপ হল।”"},
		{"দাম ১৷ টাকা", "দাম ১৷ টাকা"},
	} {
		if got := Line(tt.in); got != tt.want {
			t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// lineLoopRunes is lineLoop before it copied runs of ordinary runes whole:
// the reference FuzzLine compares it with.
func lineLoopRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending
	wrote := false
	changed := false
	var prev rune
	for i, r := range s {
		switch {
		case r == '\u200c' || r == '\u200d':
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			chillu := r == '\u200d' && isVirama(prev)
			if !(isLetterOrMark(prev) && isLetterOrMark(next)) && !chillu {
				changed = true
				continue
			}
		case isPresentationForm(r):
			changed = true
			if space {
				b.WriteByte(' ')
				space = false
			}
			for _, x := range norm.NFKC.String(string(r)) {
				if x == ' ' {
					continue
				}
				b.WriteRune(x)
				prev = x
			}
			wrote = true
			continue
		case isSpace(r):
			space = wrote
			continue
		case dropRune(r):
			changed = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
		wrote = true
		prev = r
	}
	if changed {
		return NFC(b.String())
	}
	return b.String()
}

// TestLineSpecial checks that every rune lineLoop treats other than by
// writing it as it is starts with a byte of lineSpecial.
func TestLineSpecial(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		special := r == '\u200c' || r == '\u200d' || isPresentationForm(r) || isSpace(r) || dropRune(r)
		if lead := string(r)[0]; special && !lineSpecial[lead] {
			t.Fatalf("%U is treated apart but its first byte %#x is not in lineSpecial", r, lead)
		}
	}
}

func TestLineLoopMatchesRunes(t *testing.T) {
	for _, s := range []string{"", "a", "ETV Bharat\u00a0 /\u00a0 international", "ಕಾಂಗ್ರೆಸ್\u200cನ", "abc\u200c def", "\u200dनमस्ते\u200d ",
		"അവന്\u200d വന്നു", "a \u200c b", "न\u00a0\u200dम", "ﻻ न", "B\x01\u0331", "“quoted” — dash © 2024", "x\u3000y\u2003z\ufeff"} {
		v := NFC(s)
		if got, want := lineLoop(v), lineLoopRunes(v); got != want {
			t.Errorf("lineLoop(%q) = %q, rune by rune %q", v, got, want)
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

// BenchmarkLineLoop runs lineLoop and the rune-by-rune reference on the
// lines of the kit's webcorpus dumps that lineDone sends to the loop (most
// of them Hindi or Kannada with a no-break space or a ZWNJ); skipped
// without the kit.
func BenchmarkLineLoop(b *testing.B) {
	dir := os.Getenv("AKHBAR_EVAL")
	if dir == "" {
		dir = "/work/shared/eval"
	}
	files, _ := filepath.Glob(filepath.Join(dir, "dumps/webcorpus/inputs/*.txt"))
	var lines []string
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for l := range strings.Lines(string(raw)) {
			if v := NFC(strings.ToValidUTF8(l, "\uFFFD")); !lineDone(v) {
				lines = append(lines, v)
				size += len(v)
			}
		}
	}
	if len(lines) == 0 {
		b.Skip("no webcorpus dumps (AKHBAR_EVAL)")
	}
	for _, c := range []struct {
		name string
		loop func(string) string
	}{{"runs", lineLoop}, {"runes", lineLoopRunes}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, l := range lines {
					_ = c.loop(l)
				}
			}
		})
	}
}

func TestTrimPermalinkMark(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Models¶", "Models"},
		{"Models ¶", "Models"},
		{"Models ¶¶", "Models"},
		{"Rules §", "Rules"},
		{"Install 🔗", "Install"},
		{"Usage \ue157", "Usage"}, // an icon font's private-use glyph
		{"¶ Models", "¶ Models"},
		{"Models", "Models"},
		{"  Models  ", "  Models  "}, // nothing cut, nothing trimmed
		{"¶", ""},
		{"", ""},
	} {
		if got := TrimPermalinkMark(tc.in); got != tc.want {
			t.Errorf("TrimPermalinkMark(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestUndoubleName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Olivier Minot Olivier Minot", "Olivier Minot"},
		{"Mary Ann Lee Mary Ann Lee", "Mary Ann Lee"},
		{"Li Li", "Li Li"},
		{"Olivier Minot", "Olivier Minot"},
		{"Olivier Minot Olivier Martin", "Olivier Minot Olivier Martin"},
		{"ಸುನಿಲ್ ಕುಮಾರ್ ಸುನಿಲ್ ಕುಮಾರ್", "ಸುನಿಲ್ ಕುಮಾರ್"},
		{"Jonathan JonesJonathan Jones", "Jonathan Jones"},
		{"Jonathan JonesJonathan JonesJonathan Jones", "Jonathan Jones"},
		{"Jonathan JonesJonathan Smith", "Jonathan JonesJonathan Smith"},
		{"LiLi", "LiLi"},
		{"Ronald McDonald", "Ronald McDonald"},
		{"", ""},
	} {
		if got := UndoubleName(tc.in); got != tc.want {
			t.Errorf("UndoubleName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCaseJoints(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []int
	}{
		{"Jane DoePublished", []int{8}},
		{"McDonald", []int{2}},
		{"ABC Def", nil},
		{"éÉ", []int{2}},
		{"", nil},
	} {
		if got := CaseJoints(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("CaseJoints(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

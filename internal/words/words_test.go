package words

import (
	"reflect"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		f    Flags
		want []string
	}{
		{"ascii case and punctuation", "Hello, World! it's", 0, []string{"hello", "world", "it", "s"}},
		{"underscore joins", "snake_case x", 0, []string{"snake_case", "x"}},
		{"hindi keeps vowel signs", "हिंदी समाचार।", 0, []string{"हिंदी", "समाचार"}},
		{"kannada", "ಕನ್ನಡ ಸುದ್ದಿ", 0, []string{"ಕನ್ನಡ", "ಸುದ್ದಿ"}},
		{"zwnj inside a word", "क्\u200dष", 0, []string{"क्\u200dष"}},
		{"nbsp and odd spaces split", "ETV\u00a0Bharat\u2009x", 0, []string{"etv", "bharat", "x"}},
		{"han one token per letter", "北京大学", 0, []string{"北", "京", "大", "学"}},
		{"thai letters keep their marks", "ภาษาไทย", 0, []string{"ภ", "า", "ษ", "า", "ไ", "ท", "ย"}},
		{"thai mark attaches", "กิน", 0, []string{"กิ", "น"}},
		{"korean has spaces", "한국어 뉴스", 0, []string{"한국어", "뉴스"}},
		{"latin then han", "abc漢字", 0, []string{"abc", "漢", "字"}},
		{"digits kept", "Page 3 of 12", 0, []string{"page", "3", "of", "12"}},
		{"digits folded", "Page 3 of 12", FoldDigits, []string{"page", "0", "of", "0"}},
		{"devanagari digits folded", "२०२४ में", FoldDigits, []string{"0", "में"}},
		{"digits then letters are a word", "4g 2024a", FoldDigits, []string{"4g", "2024a"}},
		{"nfc", "e\u0301te\u0301", 0, []string{"\u00e9t\u00e9"}},
		{"greek lower", "ΑΘΗΝΑ", 0, []string{"αθηνα"}},
		{"empty", "", 0, nil},
		{"only punctuation", "— • | ©", 0, nil},
		{"arabic script", "سندھی خبر", 0, []string{"سندھی", "خبر"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tokens(tt.in, tt.f)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if n := Count(tt.in); n != len(tt.want) {
				t.Errorf("Count(%q) = %d, want %d", tt.in, n, len(tt.want))
			}
			if h := Hashes(nil, tt.in, tt.f); len(h) != len(tt.want) {
				t.Errorf("Hashes(%q) gave %d hashes, want %d", tt.in, len(h), len(tt.want))
			}
		})
	}
}

func TestHashesAgreeWithTokens(t *testing.T) {
	a := Hashes(nil, "Same words", 0)
	b := Hashes(nil, "same,  WORDS!", 0)
	if !reflect.DeepEqual(a, b) {
		t.Fatalf("case and punctuation changed the hashes: %x vs %x", a, b)
	}
	c := Hashes(nil, "same words 1", FoldDigits)
	d := Hashes(nil, "same words 2", FoldDigits)
	if !reflect.DeepEqual(c, d) {
		t.Fatalf("folded digits differ: %x vs %x", c, d)
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"हिंदी समाचार", "北京 abc", "a\u0301", "\xff\xfe", "ภาษา", "12ab_"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokens(s, 0)
		if len(toks) != Count(s) {
			t.Fatalf("Tokens and Count disagree on %q", s)
		}
		for _, tok := range toks {
			if tok == "" {
				t.Fatalf("empty token from %q", s)
			}
		}
		// Tokens are a function of the text: joining them with spaces
		// must give the same tokens again.
		var joined []byte
		for i, tok := range toks {
			if i > 0 {
				joined = append(joined, ' ')
			}
			joined = append(joined, tok...)
		}
		// (Lower-casing after NFC can leave a sequence that NFC composes
		// further, so compare in NFC.)
		again := Tokens(string(joined), 0)
		for i := range again {
			again[i] = norm.NFC.String(again[i])
		}
		var want []string
		for _, tok := range toks {
			want = append(want, norm.NFC.String(tok))
		}
		if !reflect.DeepEqual(again, want) {
			t.Fatalf("re-tokenising %q gave %q, want %q", joined, again, want)
		}
	})
}

func BenchmarkEach(b *testing.B) {
	text := ""
	for len(text) < 3000 {
		text += "ನಗರದಲ್ಲಿ ಭಾನುವಾರ ಸುರಿದ ಒಂದಿಷ್ಟು ಮಳೆ, ಇದು ಮಳೆಗಾಲ ಎಂಬುದನ್ನು The quick brown fox 2024. "
	}
	b.SetBytes(int64(len(text)))
	var t Tokenizer
	n := 0
	for b.Loop() {
		t.Each(text, func(uint64) { n++ })
	}
}

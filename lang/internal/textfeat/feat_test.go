package textfeat

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func words(text string) []Word {
	var out []Word
	var sc Scanner
	sc.Words(text, func(w Word) {
		w.Padded = append([]byte(nil), w.Padded...)
		out = append(out, w)
	})
	return out
}

func TestWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // padded words
	}{
		{"Hello, World!", []string{" hello ", " world "}},
		{"नमस्ते दुनिया।", []string{" नमस्ते ", " दुनिया "}},
		{"हिंदीEnglish", []string{" हिंदी ", " english "}}, // script change ends a word
		{"\u0958\u093e", []string{" \u0915\u093c\u093e "}}, // precomposed qa → ka + nukta
		{"a\u200db\xffc", []string{" ab ", " c "}},         // joiner vanishes, bad byte splits
		{"\u093e\u093f 42", nil},                           // marks with no letter, digits
		{"東京はカ", []string{" 東京はカ "}},                       // Han and kana are one group
	} {
		var got []string
		for _, w := range words(tc.text) {
			got = append(got, string(w.Padded))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Words(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestNgramCount(t *testing.T) {
	for _, w := range []string{" a ", " ab ", " abc ", " abcdefgh ", " नमस्ते "} {
		var got [MaxOrder]int
		Ngrams([]byte(w), func(order int, h uint64) bool { got[order-1]++; return true })
		if want := NgramCount(utf8.RuneCountInString(w)); got != want {
			t.Errorf("%q: Ngrams gives %v, NgramCount %v", w, got, want)
		}
	}
}

func TestNgramsHash(t *testing.T) {
	seen := map[uint64]bool{}
	Ngrams([]byte(" ab "), func(order int, h uint64) bool { seen[h] = true; return true })
	for _, g := range []string{"a", "b", " a", "ab", "b ", " ab", "ab ", " ab "} {
		if !seen[Hash(g)] {
			t.Errorf("n-gram %q missing", g)
		}
	}
	if seen[Hash(" ")] || len(seen) != 8 {
		t.Errorf("got %d n-grams", len(seen))
	}
}

package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// checkBlockPhrases compares each bit of blockPhrases's answer with the
// search it replaces.
func checkBlockPhrases(t *testing.T, low string) {
	t.Helper()
	m := blockPhrases().Match(low)
	for _, c := range []struct {
		name string
		bit  uint32
		want bool
	}{
		{"legalText", phLegal, legalText(low)},
		{"creditLabelSet", phCredit, creditLabelSet().In(low)},
		{"boilerPhrase", phBoiler, boilerPhrase(low)},
		{"strongBoilerPhrase", phStrong, strongBoilerPhrase(low)},
		{"socialText", phSocial, socialText(low)},
	} {
		if got := m&c.bit != 0; got != c.want {
			t.Fatalf("%s(%q) = %v, blockPhrases says %v", c.name, low, c.want, got)
		}
	}
	if got := parenCredit(low) || m&phCredit != 0; got != hasCredit(low) {
		t.Fatalf("hasCredit(%q) = %v, from blockPhrases %v", low, !got, got)
	}
}

func TestBlockPhrases(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*/*.txt")
	if len(files) == 0 {
		t.Skip("no dumps")
	}
	texts := []string{"", "photo: ap", "accept cookies and our privacy policy", "follow us on twitter (ani)",
		"फोटो: पीटीआई", "ಗೌಪ್ಯತಾ ನೀತಿ"}
	// Every phrase, alone and inside text, finds its own list.
	for _, l := range [][]string{legalWords, creditLabels(), containsBoilerList(), strongBoilerList(), socialWords} {
		for _, p := range l {
			texts = append(texts, p, "x "+p+" y", p[:len(p)-1])
		}
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n\n")...)
	}
	for _, s := range texts {
		checkBlockPhrases(t, lower(s))
	}
}

func FuzzBlockPhrases(f *testing.F) {
	f.Add("photo: ap")
	f.Add("we use cookies. share on facebook")
	f.Fuzz(func(t *testing.T, s string) { checkBlockPhrases(t, lower(s)) })
}

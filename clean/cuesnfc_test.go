package clean

import (
	"strings"
	"testing"

	"github.com/akhbar/akhbar/lexicon"
	"golang.org/x/text/unicode/norm"
)

// TestCueTablesNFC checks that the cue tables, built with clean's NFC
// (internal/nfc's quick path), see every phrase they are built from as
// x/text's NFC gives it: as written and lower-cased.
func TestCueTablesNFC(t *testing.T) {
	var phrases []string
	for _, ps := range cueWords() {
		phrases = append(phrases, ps...)
	}
	phrases = append(phrases, lexicon.Phrases(lexicon.Credit, lexicon.AltWord, lexicon.BoilerContains, lexicon.BoilerStrong, lexicon.CommentsPart)...)
	for _, p := range phrases {
		for _, s := range []string{p, strings.ToLower(p)} {
			if got, want := NFC(s), norm.NFC.String(s); got != want {
				t.Errorf("NFC(%q) = %q, x/text gives %q", s, got, want)
			}
		}
	}
}

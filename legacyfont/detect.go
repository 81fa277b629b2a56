package legacyfont

import (
	"strings"
	"sync"

	"github.com/akhbar/akhbar/lexicon"
)

// The detector's thresholds: a text is Kruti Dev when at least one word in
// eight is a frequent Hindi word as the font writes it, three of them
// distinct, in ten words or more. Hindi prose has a function word
// (है, में, का, के, की, से, को …) in most runs of eight words; English and
// other Latin-script prose has no word of that list at all (they are not
// words of any Latin-script language), so the rates docs/lang.md reports
// come from the margin, not from tuning.
const (
	minWords    = 10
	minDistinct = 3
	wordsPerHit = 8
)

// Detect reports whether text reads as Hindi in the Kruti Dev encoding.
func Detect(text string) bool {
	hits, distinct, words := Count(text)
	return words >= minWords && distinct >= minDistinct && hits*wordsPerHit >= words
}

// Looks reports whether a short piece of a document that Detect found to
// be Kruti Dev (a headline, a caption, one paragraph, a dateline) is itself
// in the font: one of its words in eight is a frequent Hindi word in the
// font's encoding, at least one; or, for a line without such a word ("ubZ
// fnYyh] 3 tqykbZ", नई दिल्ली, 3 जुलाई), two words and at least half of
// its words are shaped as the font writes Hindi and Latin-script words are
// not (one such word is often a brand: "YouTube"). Lines of
// the page in a Latin font ("Home", "Read more", an English paragraph)
// fail and are kept as written.
func Looks(text string) bool {
	hits, _, words := Count(text)
	if hits >= 1 && hits*wordsPerHit >= words {
		return true
	}
	shaped, lettered := 0, 0
	for _, w := range strings.Fields(text) {
		if !strings.ContainsFunc(w, isASCIILetter) {
			continue
		}
		lettered++
		if kdShaped(w) {
			shaped++
		}
	}
	return shaped >= 2 && 2*shaped >= lettered
}

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// kdShaped reports a word as the font writes Hindi: a capital after a
// small letter (the font puts half forms and the ai, au and reph signs
// on capitals: "fnYyh", "vkSj", "ubZ"), or a key the font uses for a
// letter inside the word (";[{=+<>|" in "fd;k", "ck<+"; not "/", which
// English lines use between words). Latin
// words have capitals only at the start, save a few names (iPhone).
func kdShaped(w string) bool {
	w = strings.TrimRight(w, "A]-\\")
	prevLower := false
	for i, r := range w {
		switch {
		case r >= 'a' && r <= 'z':
			prevLower = true
			continue
		case r >= 'A' && r <= 'Z':
			if prevLower {
				return true
			}
		case strings.ContainsRune(";[{=+<>|", r) && i > 0 && i < len(w)-1:
			return true
		}
		prevLower = false
	}
	return false
}

// Count counts the words of text, those that are frequent Hindi words in
// the Kruti Dev encoding (package lexicon, kind legacy), and how many of
// those are distinct. The font's sentence and clause marks typed after a
// word (A for the danda, ] for the comma, - for the full stop) are not
// part of it.
func Count(text string) (hits, distinct, words int) {
	var seen map[string]bool
	for _, w := range strings.Fields(text) {
		words++
		w = strings.TrimRight(w, "A]-\\")
		if w != "" && legacyWords()[w] {
			hits++
			if seen == nil {
				seen = map[string]bool{}
			}
			seen[w] = true
		}
	}
	return hits, len(seen), words
}

// legacyWords are the lexicon's Kruti Dev words, as written (case matters:
// "gS" and "GS" are different letters).
var legacyWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, e := range lexicon.Entries(lexicon.Legacy) {
		m[e.Phrase] = true
	}
	return m
})

package clean

import (
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/akhbar/akhbar/dates"
	"github.com/akhbar/akhbar/lexicon"
)

// dateLabelBefore matches a published or updated label at the end of
// the text before a date, after a space or at its start ("… Last
// Updated: ", "अपडेटेड: ").
var dateLabelBefore = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:^|\s)` + lexicon.Alternation(lexicon.Phrases(lexicon.Published, lexicon.Updated)) + `\s*[:：\-–]?\s*$`)
})

// dateLabelEnds() holds the runes a published or updated label of
// dateLabelBefore can end in, with every rune (?i) folds them to; nil
// when a label is empty, which can end anywhere.
var dateLabelEnds = sync.OnceValue(func() map[rune]bool {
	m := map[rune]bool{}
	for _, p := range lexicon.Phrases(lexicon.Published, lexicon.Updated) {
		fs := strings.Fields(p) // as lexicon.Alternation splits it
		if len(fs) == 0 {
			return nil
		}
		r, _ := utf8.DecodeLastRuneInString(fs[len(fs)-1])
		for f := r; ; {
			m[f] = true
			if f = unicode.SimpleFold(f); f == r {
				break
			}
		}
	}
	return m
})

// mayEndInDateLabel is a quick test of where dateLabelBefore may match:
// s ends in a label's last rune, maybe followed by one of its marks, with
// ASCII spaces (\s) around. The regexp, unanchored at its start, is
// otherwise tried at every position of the text before a date.
func mayEndInDateLabel(s string) bool {
	ends := dateLabelEnds()
	if ends == nil {
		return true
	}
	const space = "\t\n\f\r " // \s
	t := strings.TrimRight(s, space)
	r, n := utf8.DecodeLastRuneInString(t)
	if n == 0 {
		return false // no label is empty
	}
	if r == utf8.RuneError || ends[r] {
		return true
	}
	switch r {
	case ':', '：', '-', '–':
	default:
		return false
	}
	t = strings.TrimRight(t[:len(t)-n], space)
	r, n = utf8.DecodeLastRuneInString(t)
	return n > 0 && (r == utf8.RuneError || ends[r])
}

// dateSeparators split a metadata line into its parts: "22-08-2019 8:45AM
// IST / No Comments / Posted In: Karnataka".
var dateSeparators = []string{" | ", " / ", " • ", " · ", "|"}

// dateLine reports a block that states a date and little else: a line of
// metadata, not a sentence that mentions a date. The part of the line
// that holds the date may carry a label or a name; the parts after a
// separator may carry anything.
func dateLine(text string, f features, now time.Time) bool {
	if f.letters > 200 || f.digits == 0 {
		return false
	}
	found := dates.Find(text, dates.Options{Ref: now})
	if len(found) == 0 {
		return false
	}
	// The part of the line around the first date, between separators.
	start, end := found[0].Start, found[0].End
	lo, hi := 0, len(text)
	for _, sep := range dateSeparators {
		if i := strings.LastIndex(text[:start], sep); i >= 0 && i+len(sep) > lo {
			lo = i + len(sep)
		}
		if i := strings.Index(text[end:], sep); i >= 0 && end+i < hi {
			hi = end + i
		}
	}
	if mayEndInDateLabel(text[lo:start]) {
		if m := dateLabelBefore().FindStringIndex(text[lo:start]); m != nil {
			// A published or updated label right before the date parts
			// the line as a separator does: "By A Edited By: B Updated:
			// Wed, 03 Jul 2024 …" is a byline and a date line run
			// together.
			lo += m[0]
		}
	}
	rest := measure(text[lo:start] + " " + text[end:hi])
	return rest.words <= 6 && !(rest.terminal && rest.words > 3)
}

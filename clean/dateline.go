package clean

import (
	"regexp"
	"strings"
	"sync"

	"github.com/akhbar/akhbar/dates"
	"github.com/akhbar/akhbar/lexicon"
)

// dateLabelBefore matches a published or updated label at the end of
// the text before a date, after a space or at its start ("… Last
// Updated: ", "अपडेटेड: ").
var dateLabelBefore = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:^|\s)` + lexicon.Alternation(lexicon.Phrases(lexicon.Published, lexicon.Updated)) + `\s*[:：\-–]?\s*$`)
})

// dateSeparators split a metadata line into its parts: "22-08-2019 8:45AM
// IST / No Comments / Posted In: Karnataka".
var dateSeparators = []string{" | ", " / ", " • ", " · ", "|"}

// dateLine reports a block that states a date and little else: a line of
// metadata, not a sentence that mentions a date. The part of the line
// that holds the date may carry a label or a name; the parts after a
// separator may carry anything.
func dateLine(text string, f features) bool {
	if f.letters > 200 || f.digits == 0 {
		return false
	}
	found := dates.Find(text, dates.Options{})
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
	if m := dateLabelBefore().FindStringIndex(text[lo:start]); m != nil {
		// A published or updated label right before the date parts the
		// line as a separator does: "By A Edited By: B Updated: Wed, 03
		// Jul 2024 …" is a byline and a date line run together.
		lo += m[0]
	}
	rest := measure(text[lo:start] + " " + text[end:hi])
	return rest.words <= 6 && !(rest.terminal && rest.words > 3)
}

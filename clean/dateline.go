package clean

import (
	"strings"

	"github.com/akhbar/akhbar/dates"
)

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
	rest := measure(text[lo:start] + " " + text[end:hi])
	return rest.words <= 6 && !(rest.terminal && rest.words > 3)
}

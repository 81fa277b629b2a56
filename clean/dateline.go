package clean

import (
	"regexp"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// dateish finds the dates a byline or date line carries. It only has to
// tell that a line states a date; package meta parses the value.
var dateish = regexp.MustCompile(norm.NFC.String(`(?i)` +
	`\b(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\b` + // 2019-03-13
	`|\b(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)?\d{2}\b` + // 13-03-2019, 13.3.19
	`|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b` + // Jul 3, 2024
	`|\b\d{1,2}(?:st|nd|rd|th)?\.?,?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d{2}\b` + // 3 July 2024, 17, Feb 2019
	`|\d{1,2}\s*(?:जनवरी|फरवरी|फ़रवरी|मार्च|अप्रैल|अप्रेल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर),?\s*(?:19|20)\d{2}` +
	`|\d{1,2}\s*(?:ಜನವರಿ|ಫೆಬ್ರವರಿ|ಮಾರ್ಚ್|ಏಪ್ರಿಲ್|ಮೇ|ಜೂನ್|ಜುಲೈ|ಆಗಸ್ಟ್|ಸೆಪ್ಟೆಂಬರ್|ಅಕ್ಟೋಬರ್|ನವೆಂಬರ್|ಡಿಸೆಂಬರ್),?\s*(?:19|20)\d{2}` +
	`|[०-९]{1,2}\s+\p{L}+\s+[०-९]{4}` +
	`|\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|ist|gmt|utc)\b`))

// dateLine reports a block that states a date and little else: a
// dateline of metadata, not a sentence that mentions a date. rest is what
// remains without the dates (a byline, a label).
func dateLine(text string, f features) (ok bool, rest string) {
	if f.letters > 160 || !strings.ContainsAny(text, "0123456789०१२३४५६७८९೦೧೨೩೪೫೬೭೮೯") {
		return false, ""
	}
	locs := dateish.FindAllStringIndex(text, -1)
	if len(locs) == 0 {
		return false, ""
	}
	var b strings.Builder
	last := 0
	for _, l := range locs {
		b.WriteString(text[last:l[0]])
		b.WriteByte(' ')
		last = l[1]
	}
	b.WriteString(text[last:])
	rest = strings.Join(strings.Fields(b.String()), " ")
	rf := measure(rest)
	if rf.words > 6 || (rf.terminal && rf.words > 3) {
		return false, ""
	}
	return true, rest
}

package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// parseMarksRef is the first parseMarks, which tries every pattern on
// every line.
func parseMarksRef(raw string) lineMarks {
	t := strings.TrimSpace(raw)
	if m := mdHeading.FindStringSubmatch(t); m != nil && m[2] != "" {
		return lineMarks{text: m[2], tag: "h" + string(rune('0'+len(m[1]))), startsBlock: true}
	}
	if m := starHeading.FindStringSubmatch(t); m != nil && len(m[1]) == len(m[3]) {
		return lineMarks{text: m[2], tag: "h" + string(rune('0'+7-len(m[1]))), startsBlock: true}
	}
	if isRule(t) {
		return lineMarks{tag: "hr", startsBlock: true}
	}
	if r, size := utf8.DecodeRuneInString(t); strings.ContainsRune(bulletRunes, r) {
		rest := t[size:]
		if rest == "" || strings.TrimLeftFunc(rest, unicode.IsSpace) != rest {
			return lineMarks{text: strings.TrimSpace(rest), tag: "li", startsBlock: true}
		}
	}
	if loc := numbered.FindStringIndex(t); loc != nil {
		return lineMarks{text: t, tag: "li", startsBlock: true}
	}
	if strings.HasPrefix(t, "> ") {
		t = strings.TrimSpace(t[2:])
	}
	if altOnly.MatchString(t) {
		return lineMarks{text: t, tag: "img", startsBlock: true}
	}
	return lineMarks{text: t}
}

func FuzzParseMarks(f *testing.F) {
	for _, s := range []string{
		"plain text line", "# Headline", "### Sub heading ###", "#hashtag", "****** Big title ******", "**** Uneven ***",
		"1. First", "12) Twelfth", "1\\. Escaped", "2024. A year", "---", "* * *", "[GettyImage]", "[alt][alt two]",
		"> [quoted image]", ">  [a]", "[link](url)", "• Home", "  ", "", "\u00a0# x", "٣. Arabic digit", "[]", "> ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		if got, want := parseMarks(raw), parseMarksRef(raw); got != want {
			t.Fatalf("parseMarks(%q) = %+v, reference %+v", raw, got, want)
		}
	})
}

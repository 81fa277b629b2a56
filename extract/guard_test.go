package extract

import (
	"strings"
	"testing"
)

// guardedRules are the guarded expressions; each must answer as its
// expression alone does.
var guardedRules = map[string]lazyGuard{
	"bylineLine": bylineLine, "labelledByline": labelledByline, "bylineLabel": bylineLabel,
	"datedByline": datedByline, "copyrightLine": copyrightLine, "bylinePrefix": bylinePrefix,
	"photoCredit": photoCredit,
}

// guardCases are strings around every phrase of the lists: alone, with a
// colon and a name, upper case, after spaces, inside a sentence, cut.
func guardCases() []string {
	cases := []string{"", " ", "By", "BY JOHN SMITH", "by john", "Von X", "(c) 2020 X", "(C)2020", "© X",
		"~ X", "Posted by Jane Doe on 3 May 2020", "yas! | By X | April 13, 2020", "\u212a", "Ｂy X",
		"Veröffentlicht am 8. Februar 2022 von X", "the end by now", "\xffby X", "by\xff", "  \t Foto: X"}
	var phrases []string
	for _, ps := range [][]string{bylineLabelPhrases(), bylineLonePhrases(), cutPhrases(), creditPhrases(), copyrightPhrases()} {
		phrases = append(phrases, ps...)
	}
	for _, p := range phrases {
		for _, v := range []string{p, strings.ToUpper(p), strings.ReplaceAll(p, " ", "  \t")} {
			cases = append(cases, v, v+":", v+" : Anna Weber", v+" Anna Weber", v+"Anna", "  "+v+" X",
				"Text "+v+" Anna Weber", v[:len(v)/2], v+"\n", "2020 | "+v+" Anna")
		}
	}
	return cases
}

func TestGuardedAnswersAsTheExpression(t *testing.T) {
	cases := guardCases()
	for name, g := range guardedRules {
		for _, s := range cases {
			if got, want := g.MatchString(s), g().Regexp.MatchString(s); got != want {
				t.Errorf("%s.MatchString(%q) = %v, the expression says %v", name, s, got, want)
			}
			if got, want := g.ReplaceAllString(s, ""), g().Regexp.ReplaceAllString(s, ""); got != want {
				t.Errorf("%s.ReplaceAllString(%q) = %q, the expression gives %q", name, s, got, want)
			}
		}
	}
}

func FuzzGuarded(f *testing.F) {
	for _, s := range guardCases() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, g := range guardedRules {
			if got, want := g.MatchString(s), g().Regexp.MatchString(s); got != want {
				t.Errorf("%s.MatchString(%q) = %v, the expression says %v", name, s, got, want)
			}
		}
	})
}

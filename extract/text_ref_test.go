package extract

import (
	"regexp"
	"testing"
)

// The regexps the hand-written matchers of lynx's and elinks' link
// numbers and lists replace (text.go); the tests check they agree.
var (
	refMarkRef      = regexp.MustCompile(`\[\d{1,4}\]`)
	refListLineRef  = regexp.MustCompile(`^\d{1,5}\.\s+\S*:\S*$`)
	refListEntryRef = regexp.MustCompile(`^\d{1,5}\.\s`)
	sentenceEndRef  = regexp.MustCompile(`[.!?।॥。][”"’')\]]?\s+\S`)
)

// dropLinkNumbersRef is the first dropLinkNumbers, by regexps.
func dropLinkNumbersRef(l string) (string, int) {
	locs := refMarkRef.FindAllStringIndex(l, -1)
	n := 0
	for k, loc := range locs {
		end := len(l)
		if k+1 < len(locs) {
			end = locs[k+1][0]
		}
		seg := l[loc[1]:end]
		if i := sentenceEndRef.FindStringIndex(seg); i != nil {
			seg = seg[:i[0]]
		}
		n += letterCount(seg)
	}
	return refMarkRef.ReplaceAllString(l, ""), n
}

var linkNumberLines = []string{
	"", "[1]", "[12]Home [13]World", "[1234]a [12345]b [123]", "[]x [a1] [1a] [ 1]",
	"   [4]Minister opens the new rail line", "caused by [5]flooding. The mayor said [6]more.",
	"[1]U.S. Senate passes bill", "[2]Done!” she said [3]go", "[4]end.  ", "[5]a.\tb", "[6]रिपोर्ट। आगे [7]पढ़ें",
	"[[1]] [1][2]x", "[9999]", "[99999]", "12. https://example.com/a", "12. title of a page", "123456. http://x",
	"1.\thttp://a", "1. http://a b", "1.  :", "1.", "1. ", "x1. http://a", "3. file:///c", "1. http://a\u00a0b",
}

func checkLinkNumbers(t *testing.T, l string) {
	t.Helper()
	got, gotN := dropLinkNumbers(l)
	want, wantN := dropLinkNumbersRef(l)
	if got != want || gotN != wantN {
		t.Errorf("dropLinkNumbers(%q) = %q, %d; the regexps %q, %d", l, got, gotN, want, wantN)
	}
	if c, w := countLinkNumbers(l), len(refMarkRef.FindAllStringIndex(l, -1)); c != w {
		t.Errorf("countLinkNumbers(%q) = %d; the regexp %d", l, c, w)
	}
	if _, e := refEntryRest(l); e != refListEntryRef.MatchString(l) {
		t.Errorf("refEntryRest(%q) says entry %v; the regexp disagrees", l, e)
	}
	if a, w := refAddressLine(l), refListLineRef.MatchString(l); a != w {
		t.Errorf("refAddressLine(%q) = %v; the regexp %v", l, a, w)
	}
}

func TestLinkNumbersMatchRegexps(t *testing.T) {
	for _, l := range linkNumberLines {
		checkLinkNumbers(t, l)
	}
}

func FuzzLinkNumbersRef(f *testing.F) {
	for _, l := range linkNumberLines {
		f.Add(l)
	}
	f.Fuzz(checkLinkNumbers)
}

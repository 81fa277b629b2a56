package meta

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// leftmostCases are regexps of the kinds leftmost speeds up or must leave
// to the plain search, with the pieces their test texts are made of.
var leftmostCases = []struct {
	expr   string
	fast   bool
	pieces []string
}{
	{`(?i)\s*(?:photo|credit|फोटो|ſtar|k)\s*[:.]+\s*(.{1,20})$`, true,
		[]string{"Photo", "PHOTO", "photo", "Credit", "फोटो", "फ", "star", "STAR", "ſtar", "\u212a", "K", "k", ":", ".", " ", "\t", "\n", "x", "é", "\xff", "\xe0"}},
	{`\s*[,،]\s*(?:PTI|एजेंसी)[\s.]*$`, true, []string{",", "،", " ", "PTI", "एजेंसी", ".", "x", "\xe0\xa4"}},
	{`(?i)[^a-z]+(x)`, false, []string{"a", "x", "X", "1", "é", "\xff", " "}},
	{`\bby\s+(\w+)`, false, []string{"by", " ", "a", "b", "y", "x"}},
	{`x*`, false, []string{"x", "y"}},
	{`(?i)(é+)(\s*)$`, true, []string{"é", "É", "e", " ", "\u0301", "\xc3"}},
}

func TestLeftmostMatchesRegexp(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, c := range leftmostCases {
		re := regexp.MustCompile(c.expr)
		l := newLeftmost(re)
		if l.fast != c.fast {
			t.Errorf("%s: fast %v, want %v", c.expr, l.fast, c.fast)
		}
		for range 20000 {
			var b strings.Builder
			for range rng.IntN(9) {
				b.WriteString(c.pieces[rng.IntN(len(c.pieces))])
			}
			s := b.String()
			if got, want := l.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: %v, regexp %v", c.expr, s, got, want)
			}
		}
	}
}

func TestCreditSuffixFast(t *testing.T) {
	if !creditSuffixAt().fast {
		t.Error("creditSuffix is searched by the plain regexp: newLeftmost found something it cannot anchor")
	}
}

func FuzzLeftmost(f *testing.F) {
	f.Add("Photo: AP", 0)
	f.Add(" , PTI.", 1)
	f.Fuzz(func(t *testing.T, s string, k int) {
		c := leftmostCases[uint(k)%uint(len(leftmostCases))]
		re := regexp.MustCompile(c.expr)
		if got, want := newLeftmost(re).FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s on %q: %v, regexp %v", c.expr, s, got, want)
		}
	})
}

package evalset

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Tokens are score.py's words of s, case-folded, with their counts:
// runs of letters, digits, marks and underscores after NFC.
func Tokens(s string) map[string]int {
	out := map[string]int{}
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out[strings.ToLower(b.String())]++
			b.Reset()
		}
	}
	for _, r := range norm.NFC.String(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_' {
			b.WriteRune(r)
		} else {
			flush()
		}
	}
	flush()
	return out
}

// TokenF1 is score.py's token_f1 (its author figure): the F1 of the two texts' word tokens.
func TokenF1(gold, pred string) float64 {
	a, b := Tokens(gold), Tokens(pred)
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	ov, na, nb := 0, 0, 0
	for t, n := range a {
		na += n
		ov += min(n, b[t])
	}
	for _, n := range b {
		nb += n
	}
	if ov == 0 {
		return 0
	}
	p, r := float64(ov)/float64(nb), float64(ov)/float64(na)
	return 2 * p * r / (p + r)
}

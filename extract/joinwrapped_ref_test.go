package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// naiveJoinWrapped is joinWrapped asking of the whole text at every line.
func naiveJoinWrapped(parts []string) string {
	if len(parts) == 1 {
		return parts[0]
	}
	inLinkTarget := func(s string) bool {
		i := strings.LastIndex(s, "](")
		return i >= 0 && !strings.Contains(s[i:], ")")
	}
	var b strings.Builder
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if i > 0 && !inLinkTarget(b.String()) {
			b.WriteByte(' ')
		}
		b.WriteString(p)
	}
	return b.String()
}

func TestJoinWrappedMatchesNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "b", " ", "]", "(", ")", "](", "[x]", "é", "\t"}
	cases := [][]string{
		{"one"}, {"", ""}, {"[a](http://x.com/", "path)", "next"},
		{"]", "(x", "y)"}, {"see [a](", "b", ")c"}, {"a](b", ") [c](d", "e"},
	}
	for i := 0; i < 3000; i++ {
		cases = append(cases, randomText(r, 1+r.IntN(8), 6, alphabet))
	}
	for _, c := range cases {
		if got, want := joinWrapped(c, false), naiveJoinWrapped(c); got != want {
			t.Fatalf("joinWrapped(%q) = %q, want %q", c, got, want)
		}
	}
}

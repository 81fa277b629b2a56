package extract

import (
	"strings"
	"testing"
	"unicode"
)

// The hand-written scans of htmlfeat.go answer what the expressions they
// replace would.

var priceCases = []string{
	"", "5", "$5", "$ 5", "$  5", "$x", "$ x", "€12,50", "12,50 €", "12,50€", "12,50  €",
	"1.000 USD and 20 EUR or 3GBP, 4 Rs. 5 Rs 6 INR 7 kr 8 zł", "Rs. 5", "5 usd",
	"$5 USD", "5 $3", "₹ 1,200.00", "¥300", "£ 9.99 / month", "v1.2.3 EUR",
	"1 2 3 4 5 €", "9\t€ 9\n€ 9\r€ 9\f€ 9\v€", "€€5", "\xe2\xe2\x82\xac5", "5\xff€",
	"$5$6$7", "5,5,5.5.€", "..5€", "Rs.Rs", "10 Rs.", "2kr3kr4 kr",
}

func TestCountPrices(t *testing.T) {
	for _, s := range priceCases {
		for _, limit := range []int{200, 2} {
			if got, want := countPrices(s, limit), len(priceRe().FindAllStringIndex(s, limit)); got != want {
				t.Errorf("countPrices(%q, %d) = %d, priceRe finds %d", s, limit, got, want)
			}
		}
	}
}

func FuzzCountPrices(f *testing.F) {
	for _, s := range priceCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countPrices(s, 200), len(priceRe().FindAllStringIndex(s, 200)); got != want {
			t.Errorf("countPrices(%q) = %d, priceRe finds %d", s, got, want)
		}
	})
}

func TestOverlap(t *testing.T) {
	title := wordSet("Der Bürgermeister von Köln, 2024: ein Interview")
	for _, s := range []string{"", "Köln", "köln KÖLN köln", "Bürgermeister-Wahl in Köln 2024!", "\xffköln\xff", "ein", "  ein  interview  "} {
		ws := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), notWordRune) {
			ws[w] = true
		}
		hit := 0
		for w := range ws {
			if title[w] {
				hit++
			}
		}
		if got, want := overlapIn(s, title, map[string]bool{"stale": true}), ratio(hit, len(ws)); got != want {
			t.Errorf("overlapIn(%q) = %v, want %v", s, got, want)
		}
	}
}

// foldByRunes is fold as it was first written.
func foldByRunes(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

var foldCases = []string{"", "Hello, World! 2024", "Der Bürgermeister — KÖLN", "İstanbul ǅ ΣΑΣ", "\xff\xfeA\xc3", "١٢٣ हिन्दी ১২", "ＡＢＣ"}

func TestFold(t *testing.T) {
	for _, s := range foldCases {
		if got, want := fold(s), foldByRunes(s); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range foldCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fold(s), foldByRunes(s); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
	})
}

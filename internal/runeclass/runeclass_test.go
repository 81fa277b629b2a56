package runeclass

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestTable checks every rune of the table, a few beyond it and invalid
// ones against the unicode package.
func TestTable(t *testing.T) {
	check := func(r rune) {
		if got, want := Of(r), slow(r); got != want {
			t.Fatalf("Of(%U) = %09b, unicode says %09b", r, got, want)
		}
	}
	for r := rune(0); r < 0x10000; r++ {
		check(r)
	}
	for _, r := range []rune{0x10000, 0x1D400, 0x1F600, 0x20000, unicode.MaxRune, unicode.MaxRune + 1, -1, unicode.ReplacementChar} {
		check(r)
	}
	if !IsSpace('\u00a0') || !IsSpace('\u3000') || IsSpace('x') || !IsLetter('क') || IsLetter('ि') || !Is('ि', Mark) {
		t.Error("spot checks failed")
	}
}

func FuzzOf(f *testing.F) {
	f.Add(int32('a'))
	f.Fuzz(func(t *testing.T, r int32) {
		if got, want := Of(r), slow(r); got != want {
			t.Fatalf("Of(%U) = %09b, unicode says %09b", r, got, want)
		}
	})
}

func TestToLower(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := ToLower(r), unicode.ToLower(r); got != want {
			t.Fatalf("ToLower(%U) = %U, unicode says %U", r, got, want)
		}
	}
}

func TestSpaceLead(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) && !SpaceLead(string(r)[0]) {
			t.Fatalf("%U is a space, its lead byte %#x is not a SpaceLead", r, string(r)[0])
		}
	}
}

package clean

import (
	"strings"
	"testing"
)

func TestLower(t *testing.T) {
	for _, s := range []string{
		"", "abc", "ABC", "Don’t — STOP", "İstanbul", "ΣΟΦΙΑ", "हिंदी", "a\xffB", "\xe2\x80", "ǅ", "Ａ１", "𐐀𐐨", "\uFFFD",
		"Ünïcödé ÀÉÎ", "ẞ", "K", "Ω",
	} {
		if got, want := lower(s), strings.ToLower(s); got != want {
			t.Errorf("lower(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzLower checks lower against strings.ToLower, which it replaces.
func FuzzLower(f *testing.F) {
	for _, s := range []string{"Don’t STOP", "İI", "a\xffB\xe2", "हिंदी ABC", "𐐀x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lower(s), strings.ToLower(s); got != want {
			t.Fatalf("lower(%q) = %q, want %q", s, got, want)
		}
	})
}

package clean

import (
	"strings"
	"testing"
)

// isBreadcrumbRef is isBreadcrumb before maybeTrailSep ruled out blocks
// without a separator.
func isBreadcrumbRef(s string) bool {
	for _, sep := range []string{" / ", " > ", " » ", " › ", " → ", " >> "} {
		parts := strings.Split(s, sep)
		if len(parts) < 2 || len(parts) > 5 {
			continue
		}
		ok := true
		for _, p := range parts {
			f := measure(p)
			if f.words == 0 || f.words > 4 || f.terminal || f.digits > 0 || strings.ContainsAny(p, ":|") {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// commentsHeadRef is commentsHeadKey(cueKey(s)) as it was, a Contains
// per comment word.
func commentsHeadRef(s string) bool {
	k := cueKey(s)
	if strings.Contains(k, "rss") || strings.Contains(k, "feed") {
		return false
	}
	if cueIndex()[k] == cueComments {
		return true
	}
	for _, w := range commentWords() {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}

var speedRefSeeds = []string{"Home / News / World", "ETV Bharat » international", "a › b › c", "x → y", "a >> b",
	"News >", "167 Comments", "Leave a Reply", "Top Rated Comments", "टिप्पणियाँ", "RSS feed comments", "", " /"}

func TestSpeedRefs(t *testing.T) {
	for _, s := range speedRefSeeds {
		if got, want := isBreadcrumb(s), isBreadcrumbRef(s); got != want {
			t.Errorf("isBreadcrumb(%q) = %v, want %v", s, got, want)
		}
		if got, want := commentsHeadKey(cueKey(s)), commentsHeadRef(s); got != want {
			t.Errorf("commentsHeadKey(cueKey(%q)) = %v, want %v", s, got, want)
		}
	}
}

func FuzzSpeedRefs(f *testing.F) {
	for _, s := range speedRefSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isBreadcrumb(s), isBreadcrumbRef(s); got != want {
			t.Fatalf("isBreadcrumb(%q) = %v, want %v", s, got, want)
		}
		if got, want := commentsHeadKey(cueKey(s)), commentsHeadRef(s); got != want {
			t.Fatalf("commentsHeadKey(cueKey(%q)) = %v, want %v", s, got, want)
		}
	})
}

package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/akhbar/akhbar/lexicon"
)

// isBreadcrumbRef is isBreadcrumb before maybeTrailSep ruled out blocks
// without a separator.
func isBreadcrumbRef(s string) bool {
	s = TrailWithoutLabel(s)
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
	"News >", "You are here: Home › News", "You are here: a b c d e f", "167 Comments", "Leave a Reply", "Top Rated Comments", "टिप्पणियाँ", "RSS feed comments", "", " /"}

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

func TestDravidianFloor(t *testing.T) {
	for r := rune(0); r < dravidianFloor; r++ {
		if unicode.In(r, unicode.Tamil, unicode.Telugu, unicode.Kannada, unicode.Malayalam) {
			t.Fatalf("%U is below dravidianFloor but in a Dravidian script", r)
		}
	}
	if !unicode.Is(unicode.Tamil, dravidianFloor) {
		t.Fatalf("dravidianFloor %U is not Tamil", dravidianFloor)
	}
}

func TestOpeningMark(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		want := unicode.In(r, unicode.Ps, unicode.Pi) || r == '"' || r == '\''
		if openingMark(r) != want {
			t.Fatalf("openingMark(%U) = %v, want %v", r, !want, want)
		}
	}
}

// isInitialRef is isInitial before the ASCII and script shortcuts.
func isInitialRef(w string) bool {
	w = strings.TrimLeftFunc(w, func(r rune) bool { return unicode.In(r, unicode.Ps, unicode.Pi) || r == '"' || r == '\'' })
	letters, cased, dot := 0, false, false
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
			cased = cased || unicode.IsUpper(r) || unicode.IsLower(r)
		case unicode.IsMark(r), r == zwnj, r == zwj:
		case r == '.':
			dot = true
		default:
			return false
		}
	}
	if letters == 0 {
		return false
	}
	if dot || letters == 1 && cased {
		return true
	}
	if lexicon.Has(lexicon.Letter, w) || lexicon.Has(lexicon.Letter, strings.TrimRight(w, "\u200c\u200d")) {
		return true
	}
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.In(first, unicode.Tamil, unicode.Telugu, unicode.Kannada, unicode.Malayalam) {
		return false
	}
	return oneSyllableInitial(w)
}

func FuzzIsInitial(f *testing.F) {
	for _, p := range append(lexicon.Phrases(lexicon.Letter), "U.S", "W", "(W", "said", "மு", "ಡಾ", "डब्ल्यू\u200d", "Dr", "“A") {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := isInitial(w), isInitialRef(w); got != want {
			t.Fatalf("isInitial(%q) = %v, want %v", w, got, want)
		}
	})
}

func FuzzKeyOfLower(f *testing.F) {
	for _, s := range append(cueSamples, "  A  b\t\tC ", "x\u00a0\u00a0y", "É\xffÉ", "a \u3000b") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := keyOfLower(lower(s)), cueKey(s); got != want {
			t.Fatalf("keyOfLower(lower(%q)) = %q, cueKey %q", s, got, want)
		}
	})
}

// TestMatchCueDumps compares matchCue with its first version on every
// line of the repository's dumps.
func TestMatchCueDumps(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*/*.txt")
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			n++
			if got, want := matchCue(line), refMatchCue(line); got != want {
				t.Fatalf("matchCue(%q) = %+v, reference %+v", line, got, want)
			}
		}
	}
	if n == 0 {
		t.Skip("no dumps")
	}
}

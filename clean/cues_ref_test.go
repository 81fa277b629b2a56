package clean

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// refCueKey and refMatchCue are cueKey and matchCue as first written, one
// cueKey per head of words: the definition the faster ones must agree with.
func refCueKey(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || (unicode.IsPunct(r) && r != '©' && r != '+' && r != '(') || unicode.IsSymbol(r) && r != '©'
	})
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func refMatchCue(text string) cueMatch {
	if len(text) <= 2*maxCueLen() {
		key := refCueKey(text)
		if key == "" {
			return cueMatch{}
		}
		if k, ok := cueIndex()[key]; ok {
			return cueMatch{kind: k}
		}
	}
	words := firstWords(text, 7)
	n := min(len(words), 6)
	for i := n; i >= 1; i-- {
		head := strings.Join(words[:i], " ")
		k, ok := prefixIndex()[refCueKey(head)]
		if !ok || !prefixCues[k] {
			continue
		}
		rest := strings.TrimSpace(afterWords(text, i))
		rest = strings.TrimLeftFunc(rest, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) || r == '|' })
		if k == cueByline && i == 1 && bylinePreps()[refCueKey(words[0])] {
			if len(firstWords(text, 6)) > 5 {
				continue
			}
		}
		return cueMatch{kind: k, rest: rest}
	}
	if i := strings.IndexAny(text, ":-–—|"); i > 0 {
		if k, ok := prefixIndex()[refCueKey(text[:i])]; ok && prefixCues[k] {
			return cueMatch{kind: k, rest: strings.TrimSpace(strings.TrimLeft(text[i:], ":-–—| "))}
		}
		if text[i] == ':' && colonBylines()[refCueKey(text[:i])] {
			return cueMatch{kind: cueByline, rest: strings.TrimSpace(text[i+1:])}
		}
		if text[i] == ':' && colonRelated()[refCueKey(text[:i])] {
			return cueMatch{kind: cueRelated, rest: strings.TrimSpace(text[i+1:])}
		}
	}
	return cueMatch{}
}

// TestCueTrimCaseless checks what matchCue relies on to trim heads after
// lower-casing them: no rune changes cueTrim's answer by lower-casing.
func TestCueTrimCaseless(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if cueTrim(r) != cueTrim(unicode.ToLower(r)) {
			t.Fatalf("cueTrim(%U) != cueTrim(ToLower) %U", r, unicode.ToLower(r))
		}
	}
}

var cueSamples = []string{"", "By John Smith", "BY JOHN", "Also Read: Trump wins", "यह भी पढ़ें- ब्रिटेन में", "ये भी पढ़ें",
	"Published : Jul 3, 2024", "Copyright©2024 ETV", "© 2024 All rights reserved", "Related Stories", "Comments",
	"Leave a Reply", "von Hans Müller", "par Jean", "  ||  By \xff Jane", "-- by jane", "Share this:", "ಇದನ್ನೂ ಓದಿ: ಕನ್ನಡ",
	"READ ALSO | something", "Photo: PTI", "ALSO READ\u00a0Trump", "Updated: 10 Jul", "ಇದನ್ನೂ  ಓದಿ", "ಇದನ್ನೂ ಓದಿ",
	"Updated - " + strings.Repeat("ನ", 300), strings.Repeat("word ", 80) + ": Published",
	"More: Floods in Assam", "More from the author", "More in Politics", "द्वारा: अमित मिश्रा"}

// TestColonCues: a common word that the table marks "colon" is an "also
// read" cue only with its colon; "More from …" and "More in …" head
// lists of links, their rest no headline ("More from the author" is such
// a heading in the table, not a link).
func TestColonCues(t *testing.T) {
	for _, tt := range []struct {
		in   string
		kind cue
		rest string
	}{
		{"More: Floods in Assam", cueRelated, "Floods in Assam"},
		{"More from the author", cueRelatedHead, ""},
		{"More from Asha Rao", cueNone, ""},
		{"More in Politics", cueNone, ""},
		{"Also read: Floods in Assam", cueRelated, "Floods in Assam"},
	} {
		if got := matchCue(tt.in); got.kind != tt.kind || got.kind != cueNone && got.rest != tt.rest {
			t.Errorf("matchCue(%q) = %+v, want kind %v rest %q", tt.in, got, tt.kind, tt.rest)
		}
	}
}

func TestMatchCueAsReference(t *testing.T) {
	for _, s := range cueSamples {
		if got, want := matchCue(s), refMatchCue(s); got != want {
			t.Errorf("matchCue(%q) = %+v, reference %+v", s, got, want)
		}
		if got, want := cueKey(s), refCueKey(s); got != want {
			t.Errorf("cueKey(%q) = %q, reference %q", s, got, want)
		}
	}
}

func FuzzMatchCue(f *testing.F) {
	for _, s := range cueSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := matchCue(s), refMatchCue(s); got != want {
			t.Fatalf("matchCue(%q) = %+v, reference %+v", s, got, want)
		}
		if got, want := cueKey(s), refCueKey(s); got != want {
			t.Fatalf("cueKey(%q) = %q, reference %q", s, got, want)
		}
	})
}

func refAltLeak(text string, f features) bool {
	if f.words == 0 || f.words > 12 || f.terminal {
		return false
	}
	words := strings.Fields(strings.ToLower(text))
	last := strings.TrimFunc(words[len(words)-1], func(r rune) bool { return !unicode.IsLetter(r) })
	return altWords()[norm.NFC.String(last)]
}

func FuzzAltLeak(f *testing.F) {
	for _, s := range []string{"author img", "ETV Bharat Logo", "Logo ", "a \xff LOGO\u00a0", "x ICON."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ft := measure(s)
		if strings.TrimSpace(s) == "" {
			return // words > 0 implies a field
		}
		if got, want := altLeak(s, ft), refAltLeak(s, ft); got != want {
			t.Fatalf("altLeak(%q) = %v, reference %v", s, got, want)
		}
	})
}

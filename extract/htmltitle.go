package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode"

	"github.com/akhbar/akhbar/clean"
)

// liveMarker is the marker a live blog's headline opens with ("LIVE:",
// "Live Updates |", or a capitalised "LIVE" badge set inside the <h1>
// with no separator): the page's state, not what it is about, and stale
// once the blog closes. Indian sites write it in English whatever the
// page's language.
var liveMarker = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:(?i:live)(?:\s+(?i:updates?|blog))?\s*[:|]|LIVE(?:\s+UPDATES?)?\s)\s*`)
})

// galleryMarker is the label a photo gallery's headline opens with
// ("PHOTOS:", "In Pics |", "Photo Gallery:"): the page's form, not what it
// is about, as a live blog's marker is its state. Indian sites write it in
// English whatever the page's language. The separator is required: "Photos
// of the week" is a headline.
var galleryMarker = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?i:(?:in\s+)?(?:photos?|pics|pictures)|photo\s+gallery|gallery)\s*[:|]\s*`)
})

// capsWordAfterBadge reports a capital "LIVE" with no separator followed
// by a word in Latin capitals: a headline set in capitals ("LIVE AID
// RETURNS"), or a name that begins with the word, not a badge before it.
func capsWordAfterBadge(marker, rest string) bool {
	if strings.ContainsAny(marker, ":|") {
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	letters := 0
	for _, r := range w {
		if r > unicode.MaxASCII || unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 2
}

// trimTitle cuts what a title candidate carries that is no part of the
// title: the permalink mark documentation generators append to a heading
// (Sphinx's "¶", "§", a "🔗", an icon font's private-use glyph), which
// the page's text keeps, and a separator left dangling at either end of
// a <title> whose site name is empty ("Headline |"), a live blog's
// leading marker (liveMarker) and a photo gallery's (galleryMarker).
func trimTitle(s string) string {
	for {
		t := strings.TrimSpace(s)
		if t != "" && t[0]|0x20 == 'l' {
			// The marker's pattern only where a title opens with its letter.
			if m := liveMarker().FindString(t); m != "" && len(m) < len(t) && !capsWordAfterBadge(m, t[len(m):]) {
				t = t[len(m):]
			}
		}
		if t != "" && (t[0]|0x20 == 'p' || t[0]|0x20 == 'i' || t[0]|0x20 == 'g') {
			// The pattern only where a title opens with one of its letters.
			if m := galleryMarker().FindString(t); m != "" && len(m) < len(t) {
				t = t[len(m):]
			}
		}
		t = strings.TrimSpace(clean.TrimPermalinkMark(t))
		for _, sep := range []string{"|", "-", "–", "—", "·", "•", "»", "«", "::"} {
			if strings.HasSuffix(t, " "+sep) {
				t = strings.TrimSpace(strings.TrimSuffix(t, sep))
			}
			if strings.HasPrefix(t, sep+" ") {
				t = strings.TrimSpace(strings.TrimPrefix(t, sep))
			}
		}
		if t == s {
			return t
		}
		s = t
	}
}

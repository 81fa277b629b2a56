package extract

import (
	"strings"
	"unicode"
)

// trimTitle cuts what a title candidate carries that is no part of the
// title: the permalink mark documentation generators append to a heading
// (Sphinx's "¶", "§", a "🔗", an icon font's private-use glyph), which
// the page's text keeps, and a separator left dangling at either end of
// a <title> whose site name is empty ("Headline |").
func trimTitle(s string) string {
	for {
		t := strings.TrimSpace(s)
		t = strings.TrimRightFunc(t, func(r rune) bool {
			return r == '¶' || r == '§' || r == '🔗' || unicode.In(r, unicode.Co)
		})
		t = strings.TrimSpace(t)
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

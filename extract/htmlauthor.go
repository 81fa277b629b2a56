package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// bylinePrefix is the word a byline starts with in the languages of the
// eval pages and the usual Indian ones; it is cut, not required.
var bylinePrefix = regexp.MustCompile(`(?i)^\s*(written\s+by|posted\s+by|published\s+by|reported\s+by|story\s+by|words\s+by|text\s+by|by|von|par|por|di|door|av|af|przez|от|автор|авторы|लेखक|द्वारा|ಲೇಖಕರು|author|authors|autor|autorin|auteur|text|texte|reporter|redakteur|bericht)\b\s*[:：\-–—]?\s*`)

// authorSplit separates several names in one byline.
var authorSplit = regexp.MustCompile(`(?i)\s*(?:;|\||/|,|&|\s(?:and|und|et|y|e|i|with|mit|и|और|एवं|ಮತ್ತು)\s)\s*`)

// authorJunk ends a name: what follows a name in a byline box (a date, a
// job, "updated", an email).
var authorJunk = regexp.MustCompile(`(?i)(\s+[-–—|•·]\s+|\s*\d{1,4}[./-]\d{1,2}|\s+(updated|published|posted|veröffentlicht|aktualisiert|am|le|on|il|el|em|at|um)\s+\d|\s*\(?\S+@\S+|\s*https?://).*$`)

var notAName = regexp.MustCompile(`(?i)^(admin|administrator|user|guest|anonymous|unknown|staff|editor|editors|redaktion|the\s+editors|webmaster|null|none|n/a|facebook|twitter|instagram|follow|share|comments?)$`)

// cleanAuthors turns byline strings into names: prefixes cut, several
// names split, trailing dates and handles dropped, things that are not a
// person's or agency's name (the site itself, URLs, handles, whole
// sentences) left out.
func cleanAuthors(raw []string, site string) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range raw {
		r = strings.TrimSpace(r)
		if strings.HasPrefix(r, "http") || strings.HasPrefix(r, "@") || strings.Contains(r, "://") {
			continue
		}
		r = bylinePrefix.ReplaceAllString(r, "")
		r = authorJunk.ReplaceAllString(r, "")
		for _, name := range authorSplit.Split(r, -1) {
			name = strings.Trim(name, " \t.,:;-–—|()[]\"'“”")
			name = bylinePrefix.ReplaceAllString(name, "")
			if !plausibleName(name, site) {
				continue
			}
			k := strings.ToLower(name)
			if !seen[k] {
				seen[k] = true
				out = append(out, name)
			}
		}
	}
	return out
}

func plausibleName(s, site string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 60 || notAName.MatchString(s) {
		return false
	}
	if site != "" && strings.EqualFold(s, site) {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 6 {
		return false
	}
	letters, digits := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	return letters >= 2 && digits == 0
}

package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/akhbar/akhbar/clean"
)

// bylinePrefix is the word a byline starts with in the languages of the
// eval pages and the usual Indian ones; it is cut, not required.
var bylinePrefix = lazyGuarded(func() *guarded {
	return startGuard(regexp.MustCompile(`(?i)^\s*(?:[©~]\s*|`+cutWords()+`(?:\s*[:：\-–—]\s*|\s+|$))`), true, append(cutPhrases(), "©", "~")...)
})

// forWhom marks a body or a role, not a person: "Bundesministerium für
// Wirtschaft und Klimaschutz", "Expertin für Neue Arbeit", "Special for
// USA Today".
var forWhom = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)\s(?:für|for)\s`) })

// photoCredit is a credit for pictures alone ("Foto: X", "Фото из
// Инстаграма X", "Photo by X"): the photographer, not the author ("Text
// und Fotos: X" names both and is kept).
var photoCredit = lazyGuarded(func() *guarded {
	return startGuard(regexp.MustCompile(`(?i)^\s*`+creditWords()+`(?:[\s:：]|$)`), true, creditPhrases()...)
})

// authorSplit separates several names in one byline.
var authorSplit = lazyCompile(func() string {
	return `(?i)\s*(?:;|\||/|,|،|&|\s(?:im\s+gespräch\s+mit|in\s+conversation\s+with|` + andWords() + `)\s)\s*`
})

// authorJunk ends a name: what follows a name in a byline box (a date, a
// job, "updated", an email).
var authorJunk = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(\s+[-–—|•·]\s+|\s+for\s+the\s+.*|\s*\d{1,4}[./-]\d{1,2}|\s+(updated|published|posted|veröffentlicht|aktualisiert|am|le|on|il|el|em|at|um)\s+\d|\s*\(?\S+@\S+|\s*https?://).*$`)
})

// leadIn is a few words before "by"/"von" that introduce a byline
// ("Post author by", "erstellt von", "Eingestellt von", "Un documentaire de").
var leadIn = lazyCompile(func() string {
	return `^(?:(?:\p{Ll}[\p{L}.-]*|Post|Posted|Eingestellt|Erstellt|Geschrieben|Verfasst|Veröffentlicht|Written|Published|Story|Un|Une|Article|Artikel|Text|Ein|Eine)\s+){0,3}?(?i:` + bylinePreps() + `|de)\s+(\p{Lu}.*)$`
})

// allPostsBy is the title of the link to an author's page that blog
// software prints in many languages: "View all posts by X", "Alle
// Beiträge von X anzeigen", "Zeige alle Beiträge von X", "Voir tous les
// articles de X".
var allPostsBy = lazyCompile(func() string {
	return `(?i)^(?:view|see|show|zeige|alle|voir|ver|todos|tutti)\b.{0,30}?\b(?:posts|articles|beiträge|artikel|entries|einträge|entradas|artículos|articoli)\s+(?:` + bylinePreps() + `|de|del)\s+(.+?)(?:\s+anzeigen)?$`
})

// labelSuffix is a role written after a name: "Harald Bauer Autor".
var labelSuffix = lazyCompile(func() string { return `\s+` + roleWords() + `$` })

// notNameWord: words that show a byline fragment is a date or status
// line, not a name.
var notNameWord = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(^|\s)(zuletzt|geändert|veröffentlicht|publiziert|aktualisiert|actualizado|actualizada|atualizado|aggiornato|published|publié|publicado|pubblicato|updated|posted|erstellt|uhr|minutes?|min|read|lesezeit|views?|comments?|kommentare?)(\s|$)`)
})

// corporate marks a company or association, which in an author field is
// the publisher speaking, not a byline.
var corporate = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(\bGmbH\b|\bAG\b|\be\.\s?V\b|\bInc\b|\bLtd\b|\bLLC\b|\bS\.A\.|\bVerlag\b|\bKG\b)`)
})

// academicTitle parts after a comma are degrees, not second authors.
var academicTitle = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(ph\.?d|m\.?d|dr|prof|msc|ma|ba|bsc|rd|rn|mph|mba|jr|sr|ii|iii)\.?$`)
})

// notAName is an author field that names a desk, a role or a platform,
// not a person: the lexicon's org words as the whole field (or with
// "(s)"), its org-part words anywhere, a web address.
var notAName = lazyCompile(func() string {
	return `(?i)^` + orgWords() + `$|^` + orgWords() + `\(\w{1,2}\)?$|` + orgPartWords() + `|\bwww\.|\.(com|de|org|net|ch|at|in|fr|uk)$`
})

// cleanAuthors turns byline strings into names: prefixes cut, several
// names split, trailing dates and handles dropped, things that are not a
// person's or agency's name (the site itself, URLs, handles, whole
// sentences) left out.
func cleanAuthors(raw []string, sites ...string) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range raw {
		r = strings.TrimSpace(r)
		if strings.HasPrefix(r, "http") || strings.HasPrefix(r, "@") || strings.Contains(r, "://") {
			continue
		}
		if strings.Contains(r, "[at]") || strings.Contains(r, "(at)") || corporate().MatchString(r) {
			continue
		}
		if photoCredit.MatchString(r) {
			continue
		}
		if m := allPostsBy.FindStringSubmatch(r); m != nil {
			r = m[1]
		}
		r = bylinePrefix.ReplaceAllString(r, "")
		if m := leadIn.FindStringSubmatch(r); m != nil {
			r = m[1]
		}
		r = authorJunk().ReplaceAllString(r, "")
		parts := authorSplit.Split(r, -1)
		if forWhom().MatchString(parts[0]) {
			// The rest is the body's name cut at its "und".
			continue
		}
		for _, name := range parts {
			if forWhom().MatchString(name) {
				continue
			}
			name = strings.Trim(name, " \t,:;-–—|()[]\"'“”→←»«")
			name = strings.TrimSuffix(name, ".")
			name = bylinePrefix.ReplaceAllString(name, "")
			name = labelSuffix.ReplaceAllString(name, "")
			name = clean.UndoubleName(name)
			if academicTitle().MatchString(name) || !plausibleName(name, sites) {
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

func plausibleName(s string, sites []string) bool {
	n := utf8.RuneCountInString(s)
	for _, site := range sites {
		// The site itself, or its host name, is not a byline (but a
		// personal site is often named after its author: only the whole
		// name counts).
		if fs := fold(site); fs != "" && fs == fold(s) {
			return false
		}
	}
	if n < 2 || n > 60 || notAName.MatchString(s) || notNameWord().MatchString(s) {
		return false
	}
	if strings.ContainsAny(s, "«»„“”\"!?:") || strings.Contains(" "+strings.ToLower(s)+" ", " by ") {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 6 {
		return false
	}
	letters, digits, cased, upper := 0, 0, 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) || unicode.IsLower(r) {
				cased++
			}
		case unicode.IsDigit(r):
			digits++
		}
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			upper++
		}
	}
	// In a cased script a name of several words has a capital somewhere
	// ("der Fahrbahn abgekommen" is a sentence's end, "der Michel" a name).
	if cased > 0 && len(words) >= 2 && upper == 0 {
		return false
	}
	// Digits belong to user names ("Marianne1"), which are one word.
	return letters >= 2 && (digits == 0 || len(words) == 1 && letters >= 3)
}

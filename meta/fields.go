package meta

import (
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/dates"
	"github.com/akhbar/akhbar/internal/phrases"
	"github.com/akhbar/akhbar/lexicon"
)

// titleSepRe finds every separator at once: a headline may carry a
// keyword tail after " - " and the site after " | ".
var titleSepRe = regexp.MustCompile(`\s(?:\|\||::|[-|–—])\s`)

// splitTitle takes the SEO tail off a headline: segments after a
// separator that are in another script than the headline ("…उठाया - S
// Jaishankar Sergey Lavrov Meeting") are keywords, repeated once;
// segments naming the site are dropped, whatever the separator. A tail in
// the headline's own script is part of the headline.
func splitTitle(s, site string, body *unicode.RangeTable) (title string, keywords []string) {
	locs := titleSepRe.FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		return strings.TrimSpace(s), nil
	}
	var parts, seps []string
	prev := 0
	for _, l := range locs {
		parts = append(parts, s[prev:l[0]])
		seps = append(seps, strings.TrimSpace(s[l[0]:l[1]]))
		prev = l[1]
	}
	parts = append(parts, s[prev:])
	if seps[0] == "|" && capsLabel(parts[0]) && !namesSite(parts[1], site) &&
		len(strings.Fields(parts[1])) > len(strings.Fields(parts[0])) {
		// A label in capitals before the first bar flags the story
		// ("EXCLUSIVE | …", "VIDEO | …"): the headline is what follows.
		parts, seps = parts[1:], seps[1:]
		if len(seps) == 0 {
			return strings.TrimSpace(parts[0]), nil
		}
	}
	main := dominantScript(parts[0])
	if body != nil && main != body {
		return strings.TrimSpace(s), nil
	}
	var b strings.Builder
	b.WriteString(strings.TrimSpace(parts[0]))
	afterSite := false
	for i, p := range parts[1:] {
		p = strings.TrimSpace(p)
		switch {
		case p == "":
		case namesSite(p, site), lexicon.Has(lexicon.Boiler, p):
			// The site, or a site-wide tail ("Latest News").
			afterSite = true
		case dominantScript(p) != main:
			keywords = appendUnique(keywords, p)
		case afterSite:
			// What follows the site's name is the site's too ("… |
			// Site - India News").
		default:
			b.WriteString(" " + seps[i] + " " + p)
		}
	}
	return b.String(), keywords
}

// capsLabel reports one or two words in capital letters (three or more
// letters, no lower-case one): a story's label, as pages print it on
// the headline's line.
func capsLabel(s string) bool {
	if len(strings.Fields(s)) > 2 {
		return false
	}
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			n++
		case unicode.IsLetter(r):
			return false
		}
	}
	return n >= 3
}

// tailInCopyright is the first segment of a headline after a separator
// that the page's copyright line names ("… :: Site" and "© 2024 Site"):
// the site's name, for pages whose breadcrumb does not give it.
func tailInCopyright(title, copyright string) string {
	if copyright == "" {
		return ""
	}
	locs := titleSepRe.FindAllStringIndex(title, -1)
	fc := lexicon.Fold(copyright)
	for k, l := range locs {
		end := len(title)
		if k+1 < len(locs) {
			end = locs[k+1][0]
		}
		tail := strings.TrimSpace(title[l[1]:end])
		if utf8.RuneCountInString(tail) >= 3 && strings.Contains(fc, lexicon.Fold(tail)) {
			return tail
		}
	}
	return ""
}

// dropPlaces takes off the names of a byline that are the story's place
// (its dateline or the breadcrumb's last part): "By A, New Delhi". One
// name is always kept. An agency beside a name after a slash stays: the
// evaluation kit's gold counts it an author ("AFP/The Local"); after the
// last comma it is the wire the reporter files for (authors drops it).
//
// When the story's place follows the first name and the byline has an
// even number of parts, the byline pairs each reporter with the place
// they file from ("A, Lucknow and B, New Delhi"): every second part is a
// place, the ones the story does not name too.
func dropPlaces(names []string, places ...string) []string {
	if len(names) < 2 {
		return names
	}
	isPlace := func(n string) bool {
		for _, p := range places {
			if p != "" && lexicon.Fold(n) == lexicon.Fold(p) {
				return true
			}
		}
		return false
	}
	paired := len(names) >= 4 && len(names)%2 == 0 && isPlace(names[1]) && !isPlace(names[0])
	out := names[:0:0]
	for k, n := range names {
		if !isPlace(n) && !(paired && k%2 == 1) {
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return names[:1]
	}
	return out
}

// dropAgencies leaves out of a byline's names the news agencies named
// after a writer ("name, PTI", "name | पीटीआई": the wire the reporter files
// for, as agencyTail cuts it from a text byline): an agency is the author
// only when it is named alone or first.
func dropAgencies(names []string) []string {
	if len(names) < 2 || lexicon.Has(lexicon.Agency, names[0]) {
		return names
	}
	out := names[:0:0]
	for _, n := range names {
		if !lexicon.Has(lexicon.Agency, n) {
			out = append(out, n)
		}
	}
	return out
}

// namesSite reports a title segment that is the site's name, or the name
// with an edition word ("ETV Bharat" in "ETV Bharat Hindi").
func namesSite(p, site string) bool {
	if site == "" {
		return false
	}
	fp, fs := lexicon.Fold(p), lexicon.Fold(site)
	return fp == fs || utf8.RuneCountInString(fs) >= 4 && (strings.HasPrefix(fp, fs+" ") || strings.HasPrefix(fs, fp+" "))
}

// dropKicker takes off a lead-in in another script that ends with a
// colon: "S Jaishankar … in Astana: विदेश मंत्री …" keeps the Hindi.
func dropKicker(s string) string {
	i := strings.Index(s, ": ")
	if i <= 0 || i > 200 {
		return s
	}
	head, rest := s[:i], strings.TrimSpace(s[i+2:])
	if rest == "" {
		return s
	}
	if hs, rs := dominantScript(head), dominantScript(rest); hs != nil && rs != nil && hs != rs {
		return rest
	}
	return s
}

var (
	// creditParen is a trailing "(…)" that names a source: "(@handle)",
	// "(Photo: ANI)", "(File photo)", "(Getty Images)", "(تصویر: PTI)".
	creditParen = regexp.MustCompile(`\s*\(([^()]{1,80})\)\s*$`)
	// creditSquare is a credit in square brackets at the end of a
	// caption, as sites print it for a picture of their own or an
	// agency's: "… [Photo: PTI]", "… [फोटो: वार्ता]".
	creditSquare = regexp.MustCompile(`\s*\[([^\[\]]{1,80})\]\s*$`)
	// creditSuffix is a credit label and its source at the end of a
	// caption: "Photo: X", "Image Credit: X", "ফটো: X", "फोटो - X". Non-Latin labels take a
	// dash as often as a colon.
	creditSuffix = regexp.MustCompile(`(?i)\s*(?:(?:` + lexicon.Alternation(latinCredit()) + `\s+)?credits?\s*[:.]+|` + lexicon.Alternation(latinCredit()) + `\s*[:：]|` +
		lexicon.Alternation(otherCredit()) + `(?:\s*[:：]|\s*[\-–]\s))\s*(.{1,80})$`)
	// creditSuffixAt finds creditSuffix's match where a label can start
	// (see leftmost); built at the first caption, not at every start.
	creditSuffixAt = sync.OnceValue(func() *leftmost { return newLeftmost(creditSuffix) })
	// creditPunct holds every character that ends a credit label in
	// creditSuffix: text without one of them cannot match it.
	creditPunct = ":.：-–"
)

func latinCredit() []string {
	return lexicon.PhrasesWhere(func(e lexicon.Entry) bool { return isLatin(e.Phrase) && !e.Flag("paren") }, lexicon.Credit)
}

func otherCredit() []string {
	return lexicon.PhrasesWhere(func(e lexicon.Entry) bool { return !isLatin(e.Phrase) }, lexicon.Credit)
}

// isLatin reports a phrase written in Latin letters only.
func isLatin(s string) bool {
	latin := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Latin, r):
			latin = true
		case !unicode.IsSpace(r) && !unicode.IsPunct(r):
			return false
		}
	}
	return latin
}

// splitCredit separates a caption from its photo credit. A caption
// printed twice before its credit is read once: a text browser prints the
// picture's alt text (the caption again) right over its <figcaption>, and
// wrapping joins the two lines into one paragraph ("caption caption
// (photo: agency)").
func splitCredit(s string) (caption, credit string) {
	caption, credit = splitCreditOnce(s)
	if credit != "" {
		caption = firstHalfIfDoubled(caption)
	}
	return caption, credit
}

func splitCreditOnce(s string) (caption, credit string) {
	s = firstHalfIfDoubled(s)
	if a := clean.DashAgency(s); a != "" {
		return "", a
	}
	// Each regexp runs only on text it can match (most captions match
	// none): creditParen needs a ")" at the end but for \s (RE2's
	// [\t\n\f\r ]), creditSquare a "]", every branch of creditSuffix a colon, full stop or
	// dash.
	end := strings.TrimRight(s, "\t\n\f\r ")
	for _, br := range []struct {
		close string
		re    *regexp.Regexp
	}{{")", creditParen}, {"]", creditSquare}} {
		if !strings.HasSuffix(end, br.close) {
			continue
		}
		if m := br.re.FindStringSubmatchIndex(s); m != nil {
			if in := s[m[2]:m[3]]; looksCredit(in) {
				return strings.TrimSpace(s[:m[0]]), strings.TrimSpace(in)
			}
		}
	}
	if strings.ContainsAny(s, creditPunct) {
		if m := creditSuffixAt().FindStringSubmatchIndex(s); m != nil {
			return strings.TrimSpace(strings.TrimRight(s[:m[0]], creditTrim)), strings.TrimSpace(s[m[2]:m[3]])
		}
	}
	return agencyAfterDash(s)
}

// creditTrim is what a caption loses at its end when a credit is cut off.
const creditTrim = " .,-–—|"

// agencyAfterDash splits off an agency alone after a dash, a bar or a
// slash: "… — PTI", "… | IANS", "… / PTI". Before a slash the caption is
// a phrase of its own: "Noah Berger / AP" is a photographer's credit.
func agencyAfterDash(s string) (caption, credit string) {
	for _, dash := range []string{" — ", " – ", " - ", " | ", " / "} {
		if i := strings.LastIndex(s, dash); i > 0 && (dash != " / " || len(strings.Fields(s[:i])) >= 3) {
			if a := strings.TrimSpace(s[i+len(dash):]); lexicon.Has(lexicon.Agency, a) {
				return strings.TrimSpace(s[:i]), a
			}
		}
	}
	return s, ""
}

func looksCredit(s string) bool {
	low := strings.ToLower(s)
	if strings.HasPrefix(low, "@") || lexicon.Has(lexicon.Agency, low) {
		return true
	}
	for _, w := range creditLow {
		if hasWord(low, w) {
			return true
		}
	}
	// Agencies are short ("AP", "ANI"): whole words only.
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }) {
		if lexicon.Has(lexicon.Agency, w) {
			return true
		}
	}
	return false
}

// hasWord reports w in s as a whole word: not inside a longer one
// ("ಚಿತ್ರ" is no credit in "ಚಿತ್ರದುರ್ಗ", a town).
func hasWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		after, _ := utf8.DecodeRuneInString(s[j+len(w):])
		if (j == 0 || !isWordRune(before)) && (j+len(w) == len(s) || !isWordRune(after)) {
			return true
		}
		i = j + len(w)
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) }

var creditLow = func() []string {
	var out []string
	for _, w := range lexicon.Phrases(lexicon.Credit) {
		out = append(out, strings.ToLower(w))
	}
	return out
}()

// firstHalfIfDoubled undoes a caption text browsers printed twice.
// afterAlt is a text dump's caption line without the pictures' texts a
// text browser printed before it in brackets ("[alt] caption": Debian's
// html2text prints a figure's picture and caption on one line): the
// caption is what follows them. A line that is only bracketed text is
// kept. (On an HTML page a caption's brackets are the page's own.)
func afterAlt(s string) string {
	rest := s
	for strings.HasPrefix(rest, "[") {
		j := strings.IndexByte(rest, ']')
		if j < 0 || strings.IndexByte(rest[1:j], '[') >= 0 {
			break
		}
		rest = strings.TrimLeft(rest[j+1:], " \t")
	}
	if rest == s || strings.IndexFunc(rest, unicode.IsLetter) < 0 {
		return s
	}
	return rest
}

// oneBracket reports a text that is one bracketed span, "[…]".
func oneBracket(s string) bool {
	return strings.HasPrefix(s, "[") && strings.IndexByte(s, ']') == len(s)-1 && strings.LastIndexByte(s, '[') == 0
}

func firstHalfIfDoubled(s string) string {
	n := len(s)
	for mid := n/2 - 2; mid <= n/2+2; mid++ {
		if mid <= 0 || mid >= n || !utf8.RuneStart(s[mid]) {
			continue
		}
		a, b := strings.TrimSpace(s[:mid]), strings.TrimSpace(s[mid:])
		if a != "" && a == b {
			return a
		}
	}
	return s
}

func isRelatedHead(s string) bool {
	// A heading names the list ("Related news", "संबंधित खबरें"); a link
	// under it is a headline: five words or more however short in
	// letters (Indic headlines are), or a short one with its question or
	// stop. Three or four short words are a headline too in a caseless
	// script (Bodo and Konkani headlines are that short) unless they read
	// as a menu's items.
	if clean.RelatedHeading(s) {
		return true
	}
	n := len(strings.Fields(s))
	return n < 3 || n < 5 && utf8.RuneCountInString(s) < 40 && !strings.ContainsAny(s, ".?!") && menuItems(s)
}

// menuItems reports a short line that reads as a menu's items run
// together or a footer's link: in a script with case, any line of three
// or four short words ("Live TV Videos Photos", "Contact the BBC", "About
// the author": English dumps' footers under a related heading are full of
// them, and a short headline there cannot be told from them); in a
// caseless script, one with a word or word pair that is page furniture
// ("होम", "वीडियो"). The headlines of caseless scripts are short more
// often (Bodo, Konkani).
func menuItems(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) || unicode.IsLower(r) {
			return true
		}
	}
	words := strings.Fields(s)
	for i, w := range words {
		w = strings.Trim(w, ",;:|-–—·•")
		if lexicon.Has(lexicon.Boiler, w) || lexicon.Has(lexicon.Home, w) ||
			i+1 < len(words) && lexicon.Has(lexicon.Boiler, w+" "+words[i+1]) {
			return true
		}
	}
	return false
}

// listNumber is the count or mark a list puts before its items: "1. ",
// "2) ", "৩. ", and the arrows and triangles pages print as text ("► ",
// "➤ ", "→ ", "» ") where a text browser would print a bullet.
var listNumber = regexp.MustCompile(`^(?:\p{Nd}{1,2}[.)]|[\p{So}\p{Sm}»›•·-]+)\s+`)

// relatedTitle is a related link's headline without its list mark.
func relatedTitle(s string) string {
	if t := listNumber.ReplaceAllString(s, ""); t != "" {
		return t
	}
	return s
}

var (
	// bylinePrefix is a byline label before the names: "By", "लेखक:",
	// "লিখেছেন", Sanskrit "लेखकः" (with its visarga, no colon).
	bylinePrefix = regexp.MustCompile(`(?i)^\s*` + lexicon.Alternation(lineBylineLabels()) + `\s*[:：\-–]?\s+`)
	// colonBylinePrefix is a label kept for HTML author fields with a
	// colon after it, which opens a dump's byline too: "द्वारा: नाम".
	colonBylinePrefix = regexp.MustCompile(`(?i)^\s*` + lexicon.Alternation(lexicon.PhrasesWhere(func(e lexicon.Entry) bool {
		return e.Flag("html") && !e.Flag("prep") && !e.Flag("cut")
	}, lexicon.Byline)) + `\s*[:：]\s*`)
	// dateBylinePrefix is any byline label with a colon after it at the
	// start of a date line, those kept for HTML author fields and cut
	// from them too: "Published by: A Updated Wed, 03 Jul 2024 …".
	dateBylinePrefix = regexp.MustCompile(`(?i)^\s*` + lexicon.Alternation(lexicon.PhrasesWhere(func(e lexicon.Entry) bool {
		return !e.Flag("prep")
	}, lexicon.Byline)) + `\s*[:：]\s*`)
	// labelAtEnd is a published or updated label that ends the text
	// before a date.
	labelAtEnd = regexp.MustCompile(`(?i)(?:^|[\s,،])` + lexicon.Alternation(lexicon.Phrases(lexicon.Published, lexicon.Updated)) + `\s*[:：\-–]?\s*$`)
	// laterEditor is an editor's label after a separator, past the
	// names it follows: ", Edited by:" (lexicon.Byline, flag "editor").
	laterEditor = regexp.MustCompile(`(?i)(?:\s*[,،;|]\s*|\s+)` + lexicon.Alternation(lexicon.PhrasesWhere(func(e lexicon.Entry) bool {
		return e.Flag("editor")
	}, lexicon.Byline)) + `\s*[:：\-–]?\s`)
	// nameInPlace is a name of two to four words, "in" and a capitalised
	// place of one to three: "Rahul Verma in New Delhi".
	nameInPlace = regexp.MustCompile(`^(\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){1,3}) in \p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2}$`)
	authorSplit = regexp.MustCompile(`(?i)\s*(?:,|،|&|/|;|` + andWords() + `)\s*`)
	// bylineTail is what follows names on a byline: dates, "Updated",
	// social handles, and the separators news headers put between a
	// byline and the next item (bars, middle dots, bullets, and the
	// bullet operator Malayalam sites use as their datelines do).
	// roleTail is the job after the names: "…, Special Correspondent",
	// "…, संवाददाता".
	// agencyTail is the wire a reporter files for after the last name:
	// "रिपोर्ट: नाम, वार्ता", "By A, PTI", as "A (PTI)" is.
	agencyTail = regexp.MustCompile(`(?i)\s*[,،]\s*` + lexicon.Alternation(lexicon.Phrases(lexicon.Agency)) + `[\s.]*$`)
	roleTail   = regexp.MustCompile(`(?i)\s*[,،]\s*` + lexicon.Alternation(lexicon.Phrases(lexicon.Role)) + `[\s.]*$`)
	bylineTail = regexp.MustCompile(`(?i)\s*(?:\||·|•|∙|\bon\b(?:\s+\w+|\s*$)|(?:^|\s)` +
		lexicon.Alternation(lexicon.Phrases(lexicon.Published, lexicon.Updated)) + `(?:[\s:：]|$)|\blast\b|\bfollow\b|@|\p{Nd}).*$`)
)

// lineBylineLabels are the byline labels that may open a line of a text
// dump (the ones marked html are for HTML author fields only).
func lineBylineLabels() []string {
	return lexicon.PhrasesWhere(func(e lexicon.Entry) bool { return !e.Flag("html") }, lexicon.Byline)
}

// andWords joins names: Latin words at word boundaries, others between
// spaces ("और", "ও", "۽").
func andWords() string {
	var alts []string
	for _, w := range lexicon.Phrases(lexicon.And) {
		if isLatin(w) {
			alts = append(alts, `\b`+regexp.QuoteMeta(w)+`\b`)
		} else {
			alts = append(alts, `\s`+regexp.QuoteMeta(w)+`\s`)
		}
	}
	return strings.Join(alts, "|")
}

// bylineAfterBar reads the names of a labelled byline on a date line,
// one of its parts between bars: after the date ("3 जुलाई 2024, 10:43
// IST | रिपोर्ट: नाम") or before it ("Reported by: A | Updated: …", a line
// too long for clean to call a byline).
func bylineAfterBar(s string) []string {
	parts := strings.Split(s, " | ")
	if len(parts) < 2 {
		return nil
	}
	for _, p := range parts {
		if bylinePrefix.MatchString(p) {
			return authors(p)
		}
	}
	return nil
}

// nameBeforeBar reads the unlabelled name that opens a date line before
// a bar: "A | Lucknow | Published: 3 July 2024, 08:15 IST". The first part
// must be a bareName, not the page's site, section or dateline ("Lucknow
// | 3 July 2024"); a later part must hold a figure.
func nameBeforeBar(s string, notNames ...string) string {
	parts := strings.Split(s, " | ")
	if len(parts) < 2 || !strings.ContainsFunc(strings.Join(parts[1:], " "), unicode.IsDigit) {
		return ""
	}
	return bareName(parts[0], notNames...)
}

// nameBeforeDate reads the unlabelled name that opens a date line before
// the date, as news themes print their meta line: "A, July 3, 2024 10:30
// AM", "A - Nov 19, 2019", "A   July 3, 2024   10:30 AM   No Comments".
// A separator after the name, or a comment count after the date, says
// the line is such an item list: a show's name before its date ("Opening
// Bell 11.18.19") has neither. Two words at least (a place or a section of
// one word opens a dated line as often), and no bracket, quote or handle
// (an embedded post's "— A (@a) February 20, 2019").
func nameBeforeDate(s string, now time.Time, notNames ...string) string {
	found := dates.Find(s, dates.Options{Ref: now})
	if len(found) == 0 || found[0].Start == 0 {
		return ""
	}
	head := strings.TrimSpace(s[:found[0].Start])
	name := strings.TrimRight(head, " ,|-–—•/")
	if strings.ContainsAny(name, "()[]{}<>@#\"“”‘’—–") || name == head && !commentCount(s[found[0].End:]) {
		return ""
	}
	a := bareName(name, notNames...)
	if len(strings.Fields(a)) < 2 {
		return ""
	}
	return a
}

// bylineBeforeDate reads the names a date line opens with after a label
// and its colon, up to the published or updated word that introduces
// the date: "Published by: A Updated Wed, 03 Jul 2024 10:30 AM IST"; or
// after a line's byline label with no colon when a published or updated
// label comes before the date ("By A Edited By: B Last Updated: Wed, 03
// Jul 2024 10:30 AM (IST)").
func bylineBeforeDate(s string, now time.Time) []string {
	var m []int
	colon := true
	// The label's colon is in the pattern: a line without one cannot
	// match, and the alternation of every byline label costs a regexp
	// run through hundreds of branches.
	if strings.ContainsAny(s, ":：") {
		m = dateBylinePrefix.FindStringIndex(s)
	}
	if m == nil {
		m, colon = bylinePrefix.FindStringIndex(s), false
	}
	if m == nil {
		return nil
	}
	rest := s[m[1]:]
	found := dates.Find(rest, dates.Options{Ref: now})
	if len(found) == 0 || found[0].Start == 0 {
		return nil
	}
	if !colon && !labelAtEnd.MatchString(rest[:found[0].Start]) {
		// A line label with no colon ("By", "Von") must meet a
		// published or updated label before the date ("By A Edited By:
		// B Updated: …"): a word that says published is no end of the
		// names ("Von A publiziert am 25. September 2018").
		return nil
	}
	// The names end where the date's words start: its label ("Updated"),
	// or a word that says published ("publiziert am").
	return authors(beforeDateWords(rest[:found[0].Start]))
}

// beforeDateWords gives the words of s, the text before a date, without
// the words at its end that introduce the date (see dateWord).
func beforeDateWords(s string) string {
	words := strings.Fields(s)
	for len(words) > 0 && dateWord(strings.Trim(words[len(words)-1], ":：-–,")) {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// dateWord reports a word that belongs to a date's text: a published
// or updated label or word, or a filler ("am", "on").
func dateWord(w string) bool {
	return w != "" && (stampWord(w) || lexicon.Has(lexicon.Filler, w))
}

// stampWord reports a published or updated label or word.
func stampWord(w string) bool {
	return lexicon.Has(lexicon.Published, w) || lexicon.Has(lexicon.Updated, w) ||
		lexicon.Has(lexicon.PublishedWord, w) || lexicon.Has(lexicon.UpdatedWord, w)
}

// placeBeforeDate reads the place a date line opens with, before a
// comma, as some Hindi headers print it under the author's name ("नई
// दिल्ली, 03 जुलाई 2024, (अपडेटेड 03 जुलाई 2024, 11:45 AM IST)"), or right
// before a relative time ("लखनऊ 3 घंटे पहले"). One to
// three words of letters, no label or word of a date (weekday, month,
// "updated"). The caller checks it is no author: a theme's meta line
// opens with the name the same way ("A, July 3, 2024").
func placeBeforeDate(s string, now time.Time) string {
	found := dates.Find(s, dates.Options{Ref: now})
	if len(found) == 0 || found[0].Start == 0 {
		return ""
	}
	head := strings.TrimRight(s[:found[0].Start], " ")
	labelled := false
	if m := labelAtEnd.FindStringIndex(head); m != nil && m[0] > 0 {
		// "New Delhi,UPDATED: Jul 3, 2024": the label between the
		// place's comma and the date, glued to it in a text dump.
		_, n := utf8.DecodeRuneInString(head[m[0]:])
		head, labelled = strings.TrimRight(head[:m[0]+n], " "), true
	}
	place, ok := strings.CutSuffix(head, ",")
	if !ok {
		place, ok = strings.CutSuffix(head, "،")
	}
	if !ok && labelled {
		// "Lucknow | Updated: July 03, 2024": a bar before the label
		// (before a bare date, the name's as often: "A | 3 July 2024").
		place, ok = strings.CutSuffix(head, "|")
	}
	if !ok && (!found[0].Relative || lexicon.Has(lexicon.Agency, place)) {
		// Without a comma, only before a relative time: a site's or a
		// show's name stands before an absolute date the same way
		// ("Opening Bell 11.18.19"), and an agency's before either.
		return ""
	}
	return placeWords(strings.TrimSpace(place))
}

// placeWords gives s when it is one to three words of letters and no
// label, home word or word of a date, or "".
func placeWords(s string) string {
	if n := len(strings.Fields(s)); n == 0 || n > 3 || bylinePrefix.MatchString(s) {
		return ""
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != ' ' && r != '.' && r != '\u200c' && r != '\u200d' {
			return ""
		}
	}
	for _, w := range strings.Fields(s) {
		if stampWord(w) || lexicon.Has(lexicon.DateLabel, w) || lexicon.Has(lexicon.Weekday, w) ||
			lexicon.Has(lexicon.Month, w) || lexicon.Has(lexicon.Relative, w) || lexicon.Has(lexicon.Home, w) {
			return ""
		}
	}
	return s
}

// placeAfterDate reads the place a date line ends in after a dash, past
// a date with its clock time: "Published - July 03, 2024 10:30 am IST -
// CHENNAI", the header's dateline, which the body then does not repeat.
// One to three words of letters and nothing else: no figure, bracket or
// label.
func placeAfterDate(s string, now time.Time) string {
	found := dates.Find(s, dates.Options{Ref: now})
	if len(found) == 0 || !found[len(found)-1].HasTime {
		return ""
	}
	tail := strings.TrimSpace(s[found[len(found)-1].End:])
	tail = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(tail, "IST"), "(IST)"))
	var rest string
	for _, dash := range []string{"-", "–", "—"} {
		if r, ok := strings.CutPrefix(tail, dash); ok && strings.HasPrefix(r, " ") {
			rest = strings.TrimSpace(r)
		}
	}
	return placeWords(rest)
}

// commentCount reports text that holds a comment count's word ("No
// Comments", "3 टिप्पणियां").
func commentCount(s string) bool { return commentFolds().In(lexicon.Fold(s)) }

// commentFolds are the comment-count words, folded as commentCount folds
// the text: folded once, not at every date line.
var commentFolds = sync.OnceValue(func() *phrases.Set {
	var folded []string
	for _, w := range lexicon.Phrases(lexicon.CommentsPart) {
		folded = append(folded, lexicon.Fold(w))
	}
	return phrases.New(folded)
})

// nameBeforeDesk reads "A / Site" or "A | Correspondent": a name of two
// words at least, then the desk it files for or the job, which is the
// site (its name, or a phrase its copyright line holds) or ends in a
// desk's or job's word ("… ಸುದ್ದಿಜಾಲ", news network, "संवाददाता"). A
// section trail ("India / Politics") names no desk.
func nameBeforeDesk(s, site, copyright string, notNames ...string) string {
	sep := " / "
	if !strings.Contains(s, sep) {
		sep = " | "
	}
	name, desk, ok := strings.Cut(s, sep)
	desk = strings.TrimSpace(desk)
	if !ok || desk == "" || strings.Contains(desk, sep) {
		return ""
	}
	words := strings.Fields(desk)
	fd := lexicon.Fold(desk)
	if !(site != "" && lexicon.Fold(site) == fd || copyright != "" && strings.Contains(lexicon.Fold(copyright), fd) ||
		lexicon.Has(lexicon.Role, desk) || lexicon.Has(lexicon.Role, words[len(words)-1])) {
		return ""
	}
	a := bareName(name, append(notNames, site)...)
	if len(strings.Fields(a)) < 2 {
		return ""
	}
	return a
}

// notNameKinds are the table's kinds no word of a bare name is.
var notNameKinds = []lexicon.Kind{lexicon.Weekday, lexicon.Month, lexicon.Published, lexicon.Updated,
	lexicon.DateLabel, lexicon.Home, lexicon.Boiler, lexicon.Relative, lexicon.Unit, lexicon.RelDir,
	lexicon.Part, lexicon.Org, lexicon.Copyright}

// bareName reads a line that is a name and nothing else: one to four
// words, no figure, colon or sentence mark, each word capitalised in a
// script with case, no word of the table's page kinds (weekday, month,
// date label, home, furniture, relative time, desk) and not one of
// notNames (the site, section, dateline). An agency passes: the kit's
// gold counts it an author.
func bareName(s string, notNames ...string) string {
	name := bareShape(s, notNames...)
	if name == "" {
		return ""
	}
	if a := authors(name); len(a) == 1 {
		return a[0]
	}
	return ""
}

// bareShape is bareName's test of the line's shape and words, without
// reading it as a byline (authors' label, role and agency patterns,
// which cost most of bareName): the line, trimmed, or "".
func bareShape(s string, notNames ...string) string {
	name := strings.TrimSpace(s)
	if strings.ContainsFunc(name, unicode.IsDigit) || strings.ContainsAny(name, ":：?!|") {
		return ""
	}
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 4 {
		return ""
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			return ""
		}
	}
	folded := ""
	for _, x := range notNames {
		if x == "" {
			continue
		}
		if folded == "" {
			folded = lexicon.Fold(name)
		}
		if lexicon.Fold(x) == folded {
			return ""
		}
	}
	if notNameWords(name, words) {
		return ""
	}
	return name
}

// notNameWord reports a line that is, or holds, a word of notNameKinds.
func notNameWord(s string) bool {
	return notNameWords(s, strings.Fields(s))
}

// notNameWords is notNameWord with the line's words already split.
func notNameWords(s string, words []string) bool {
	is := func(w string) bool {
		f := lexicon.Fold(w)
		for _, k := range notNameKinds {
			if lexicon.HasFolded(k, f) {
				return true
			}
		}
		return false
	}
	if len(words) == 1 && words[0] == s {
		return is(s)
	}
	for _, w := range words {
		if is(w) {
			return true
		}
	}
	return is(s)
}

// authors reads the names of a byline: "By A, B and C | Updated …". A
// byline that names the reporter and then the editor under a label of
// its own ("Reported by: A, Edited by: B") gives the reporter: the editor
// is the author only when named alone ("Edited By: B").
func authors(s string) []string {
	if at := laterEditor.FindStringIndex(s); at != nil && at[0] > 0 {
		s = s[:at[0]]
	}
	s = bylinePrefix.ReplaceAllString(s, "")
	s = colonBylinePrefix.ReplaceAllString(s, "")
	s = cutDate(s)
	s = bylineTail.ReplaceAllString(s, "")
	s = roleTail.ReplaceAllString(s, "")
	if loc := agencyTail.FindStringIndex(s); loc != nil && loc[0] > 0 {
		if head := strings.TrimSpace(s[:loc[0]]); !lexicon.Has(lexicon.Agency, head) {
			s = head
		}
	}
	var out []string
	for _, p := range authorSplit.Split(s, -1) {
		p = strings.TrimSpace(strings.Trim(strings.TrimSpace(p), ".,:-–—|"))
		// "Name (PTI)", "Name (Lucknow)": what a byline brackets after a
		// name is the agency the reporter files for or the place they
		// file from, a few words and no part of the name.
		if m := creditParen.FindStringSubmatchIndex(p); m != nil && m[0] > 0 &&
			(lexicon.Has(lexicon.Agency, p[m[2]:m[3]]) || len(strings.Fields(p[m[2]:m[3]])) <= 3) {
			p = strings.TrimSpace(p[:m[0]])
		}
		// "A in Lucknow": the place an English byline files each name
		// from.
		if m := nameInPlace.FindStringSubmatch(p); m != nil {
			p = m[1]
		}
		if p == "" || len(strings.Fields(p)) > 6 {
			continue
		}
		out = appendUnique(out, p)
	}
	return out
}

// cutDate ends a byline where a date starts ("A  August 01, 2010   7
// comments", "A March 3, 2024"): bylineTail cuts at the first figure,
// which leaves a month or weekday written before the day as the name's
// last word. Only the date's span is used: a fixed reference and a wide
// upper year keep it from moving with the clock.
func cutDate(s string) string {
	found := dates.Find(s, dates.Options{Ref: spanRef, MaxYear: 2199})
	if len(found) == 0 || found[0].Start == 0 {
		return s
	}
	// The words that introduce the date ("on", "Updated") go with it.
	return beforeDateWords(s[:found[0].Start])
}

// spanRef is the reference time of date searches that read only where a
// date is, not which day it names.
var spanRef = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// dateline finds the place name that opens a news story: "नई दिल्ली:",
// "WASHINGTON (AP) —", "Mumbai, Jul 3 (PTI)", "Lucknow (Uttar Pradesh)
// [India], July 3 (ANI):", "ಬಾಗಲಕೋಟೆ:", "نئی دہلی، 3
// جولائی:", "തിരുവനന്തപുരം ∙". At most four words before the colon or
// dash, starting with a letter, and no sentence punctuation inside; the
// zero-width joiners are letters' parts (Malayalam's older chillus,
// "കണ്ണൂര്‍", Persian and Urdu words that need a non-joiner).
var datelineRe = regexp.MustCompile(`^([\p{L}\p{M}][\p{L}\p{M}\x{200C}\x{200D}.' ]{1,40}?)` + datelineRegion + `(?:\s*[,،]\s*([^:()]{1,30}?))?(?:\s*\([^()]{1,30}\))?\s*(:-?|—|–|-{1,2}|।|∙|•)\s`)

// datelineRegion is what ANI prints between the place and the date: the
// state in brackets and the country in square brackets, "Lucknow (Uttar
// Pradesh) [India], July 3 (ANI):".
const datelineRegion = `(?:\s*\([^()]{1,30}\))?(?:\s*\[[^\[\]]{1,30}\])?`

// agencyDateline is the agency form with nothing after the credit: "New
// Delhi, Jul 3 (PTI) The …", "नई दिल्ली, 3 जुलाई (भाषा) …".
var agencyDateline = regexp.MustCompile(`^([\p{L}\p{M}][\p{L}\p{M}\x{200C}\x{200D}.' ]{1,40}?)` + datelineRegion + `(?:\s*[,،]\s*[^:()]{1,30}?)?\s*\(([^()]{1,30})\)\s+\S`)

// datelineAgency is the news agency in brackets in a paragraph's opening
// dateline ("Mumbai, Jul 3 (PTI) …", "लखनऊ, 03 जुलाई (वार्ता) …", "place
// (IANS): …"), one of the language table's agencies, or "".
func datelineAgency(s string) string {
	if dateline(s) == "" {
		return ""
	}
	open := strings.IndexByte(s, '(')
	if open < 0 || open > 120 {
		return ""
	}
	shut := strings.IndexByte(s[open:], ')')
	if shut < 0 {
		return ""
	}
	if a := strings.TrimSpace(s[open+1 : open+shut]); lexicon.Has(lexicon.Agency, a) {
		return a
	}
	return ""
}

func dateline(s string) string {
	m := datelineRe.FindStringSubmatch(s)
	if m != nil && m[3] == "।" && m[2] != "" && !hasDateWord(m[2]) {
		// "place, date।" holds a date after the comma; without one it
		// is a short clause and the danda its sentence's end ("बिसोर
		// बुङो दि, मोनसे गोदान जथुम फोरमानदों।").
		return ""
	}
	if m == nil {
		m = agencyDateline.FindStringSubmatch(s)
		if m == nil || !lexicon.Has(lexicon.Agency, m[2]) {
			return ""
		}
	}
	place := strings.TrimSpace(m[1])
	words := strings.Fields(place)
	if lexicon.Has(lexicon.Role, place) || len(words) > 1 && lexicon.Has(lexicon.Role, words[len(words)-1]) ||
		lexicon.Has(lexicon.Agency, place) {
		// The desk's credit before the place: "Staff Reporter,
		// Imphal:", "নিজস্ব সংবাদদাতা, শিলিগুড়ি:", a site's name and
		// its desk's word (as nameBeforeDesk reads a desk), an agency
		// ("PTI, New Delhi:"). The place follows the credit's comma;
		// without one there is none.
		rest := strings.TrimSpace(s[len(m[1]):])
		for _, c := range []string{",", "،"} {
			if strings.HasPrefix(rest, c) {
				return dateline(strings.TrimSpace(rest[len(c):]))
			}
		}
		return ""
	}
	if n := len(words); n == 0 || n > 4 {
		return ""
	}
	// A date's label names no place: "दिनांक: 03.07.2024 …", "Updated:
	// 3 July".
	if fp := lexicon.Fold(place); lexicon.HasFolded(lexicon.DateLabel, fp) ||
		lexicon.HasFolded(lexicon.Published, fp) || lexicon.HasFolded(lexicon.Updated, fp) {
		return ""
	}
	// In scripts with case a place name is capitalised: "Trump asked
	// voters: …" opens a sentence, not a dateline.
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !placeParticles[w] {
			return ""
		}
	}
	return place
}

// hasDateWord reports text with a figure, a month or a weekday in it.
func hasDateWord(s string) bool {
	if strings.ContainsFunc(s, unicode.IsDigit) {
		return true
	}
	for _, w := range strings.Fields(s) {
		if lexicon.Has(lexicon.Month, w) || lexicon.Has(lexicon.Weekday, w) {
			return true
		}
	}
	return false
}

// placeParticles are the lower-case words inside place names ("Rio de
// Janeiro", "Port of Spain", "Dar es Salaam").
var placeParticles = map[string]bool{"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true,
	"la": true, "le": true, "les": true, "of": true, "on": true, "upon": true, "am": true, "an": true, "der": true,
	"es": true, "el": true, "al": true, "di": true, "du": true, "van": true, "von": true, "y": true}

// titleFromBody makes a stand-in title from the first sentence of the body
// for articles whose page shows no headline. The record is flagged. A
// sentence ends at a run of its marks ("!", "?!", "..") that no letter or
// digit follows: a dot inside a word is an initial's ("H.D.Deve Gowda",
// as Indian pages write it), a number's or a domain's.
func titleFromBody(s string) string {
	end := len(s)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '\n' {
			end = i
			break
		}
		if !lexicon.IsSentenceEnd(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			n, nsize := utf8.DecodeRuneInString(s[j:])
			if !lexicon.IsSentenceEnd(n) {
				break
			}
			j += nsize
		}
		if n, _ := utf8.DecodeRuneInString(s[j:]); j == len(s) || !unicode.IsLetter(n) && !unicode.IsDigit(n) && !unicode.IsMark(n) {
			end = i
			break
		}
		i = j
	}
	words := strings.Fields(s[:end])
	if len(words) > 16 {
		words = append(words[:16], "…")
	}
	return strings.Join(words, " ")
}

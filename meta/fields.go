package meta

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

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
	main := dominantScript(parts[0])
	if body != nil && main != body {
		return strings.TrimSpace(s), nil
	}
	var b strings.Builder
	b.WriteString(strings.TrimSpace(parts[0]))
	for i, p := range parts[1:] {
		p = strings.TrimSpace(p)
		switch {
		case p == "":
		case namesSite(p, site):
		case dominantScript(p) != main:
			keywords = appendUnique(keywords, p)
		default:
			b.WriteString(" " + seps[i] + " " + p)
		}
	}
	return b.String(), keywords
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
	// creditSuffix is a credit label and its source at the end of a
	// caption: "Photo: X", "ফটো: X", "फोटो - X". Non-Latin labels take a
	// dash as often as a colon.
	creditSuffix = regexp.MustCompile(`(?i)\s*(?:credit\s*[:.]+|` + lexicon.Alternation(latinCredit()) + `\s*[:：]|` +
		lexicon.Alternation(otherCredit()) + `(?:\s*[:：]|\s*[\-–]\s))\s*(.{1,80})$`)
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

// splitCredit separates a caption from its photo credit.
func splitCredit(s string) (caption, credit string) {
	s = firstHalfIfDoubled(s)
	// Each regexp runs only on text it can match (most captions match
	// neither): creditParen needs a ")" at the end but for \s (RE2's
	// [\t\n\f\r ]), every branch of creditSuffix a colon, full stop or
	// dash.
	if strings.HasSuffix(strings.TrimRight(s, "\t\n\f\r "), ")") {
		if m := creditParen.FindStringSubmatchIndex(s); m != nil {
			in := s[m[2]:m[3]]
			if looksCredit(in) {
				return strings.TrimSpace(s[:m[0]]), strings.TrimSpace(in)
			}
		}
	}
	if !strings.ContainsAny(s, creditPunct) {
		return s, ""
	}
	if m := creditSuffix.FindStringSubmatchIndex(s); m != nil {
		return strings.TrimSpace(strings.TrimRight(s[:m[0]], " .,-|")), strings.TrimSpace(s[m[2]:m[3]])
	}
	return s, ""
}

func looksCredit(s string) bool {
	low := strings.ToLower(s)
	if strings.HasPrefix(low, "@") {
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
	return utf8.RuneCountInString(s) < 40 && !strings.ContainsAny(s, ".?!")
}

var (
	// bylinePrefix is a byline label before the names: "By", "लेखक:",
	// "লিখেছেন", Sanskrit "लेखकः" (with its visarga, no colon).
	bylinePrefix = regexp.MustCompile(`(?i)^\s*` + lexicon.Alternation(lineBylineLabels()) + `\s*[:：\-–]?\s+`)
	authorSplit  = regexp.MustCompile(`(?i)\s*(?:,|،|&|/|;|` + andWords() + `)\s*`)
	// bylineTail is what follows names on a byline: dates, "Updated",
	// social handles.
	bylineTail = regexp.MustCompile(`(?i)\s*(?:\||·|•|\bon\b\s+\w+|(?:^|\s)` +
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

// authors reads the names of a byline: "By A, B and C | Updated …".
func authors(s string) []string {
	s = bylinePrefix.ReplaceAllString(s, "")
	s = bylineTail.ReplaceAllString(s, "")
	var out []string
	for _, p := range authorSplit.Split(s, -1) {
		p = strings.Trim(strings.TrimSpace(p), ".,:-–|")
		if p == "" || len(strings.Fields(p)) > 6 {
			continue
		}
		out = appendUnique(out, p)
	}
	return out
}

// dateline finds the place name that opens a news story: "नई दिल्ली:",
// "WASHINGTON (AP) —", "Mumbai, Jul 3 (PTI)", "ಬಾಗಲಕೋಟೆ:", "نئی دہلی، 3
// جولائی:", "തിരുവനന്തപുരം ∙". At most four words before the colon or
// dash, starting with a letter, and no sentence punctuation inside.
var datelineRe = regexp.MustCompile(`^([\p{L}\p{M}][\p{L}\p{M}.' ]{1,40}?)(?:\s*[,،]\s*[^:()]{1,30}?)?(?:\s*\([^()]{1,30}\))?\s*(?::|—|–|-{1,2}|।|∙|•)\s`)

// agencyDateline is the agency form with nothing after the credit: "New
// Delhi, Jul 3 (PTI) The …", "नई दिल्ली, 3 जुलाई (भाषा) …".
var agencyDateline = regexp.MustCompile(`^([\p{L}\p{M}][\p{L}\p{M}.' ]{1,40}?)(?:\s*[,،]\s*[^:()]{1,30}?)?\s*\(([^()]{1,30})\)\s+\S`)

func dateline(s string) string {
	m := datelineRe.FindStringSubmatch(s)
	if m == nil {
		m = agencyDateline.FindStringSubmatch(s)
		if m == nil || !lexicon.Has(lexicon.Agency, m[2]) {
			return ""
		}
	}
	place := strings.TrimSpace(m[1])
	words := strings.Fields(place)
	if n := len(words); n == 0 || n > 4 {
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

// placeParticles are the lower-case words inside place names ("Rio de
// Janeiro", "Port of Spain", "Dar es Salaam").
var placeParticles = map[string]bool{"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true,
	"la": true, "le": true, "les": true, "of": true, "on": true, "upon": true, "am": true, "an": true, "der": true,
	"es": true, "el": true, "al": true, "di": true, "du": true, "van": true, "von": true, "y": true}

// titleFromBody makes a stand-in title from the first sentence of the body
// for articles whose page shows no headline. The record is flagged.
func titleFromBody(s string) string {
	end := len(s)
	for i, r := range s {
		if r == '\n' || lexicon.IsSentenceEnd(r) {
			end = i
			break
		}
	}
	words := strings.Fields(s[:end])
	if len(words) > 16 {
		words = append(words[:16], "…")
	}
	return strings.Join(words, " ")
}

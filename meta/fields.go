package meta

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleSeparators split a headline from the tails sites glue to it.
var titleSeparators = []string{" - ", " | ", " – ", " — ", " :: ", " || "}

// splitTitle takes the SEO tail off a headline: segments after a
// separator that are in another script than the headline ("…उठाया - S
// Jaishankar Sergey Lavrov Meeting") are keywords, repeated once;
// segments naming the site are dropped. A tail in the headline's own
// script is part of the headline.
func splitTitle(s, site string, body *unicode.RangeTable) (title string, keywords []string) {
	parts := []string{s}
	for _, sep := range titleSeparators {
		if strings.Contains(s, sep) {
			parts = strings.Split(s, sep)
			break
		}
	}
	if len(parts) == 1 {
		return strings.TrimSpace(s), nil
	}
	main := dominantScript(parts[0])
	if body != nil && main != body {
		return strings.TrimSpace(s), nil
	}
	kept := []string{strings.TrimSpace(parts[0])}
	for _, p := range parts[1:] {
		p = strings.TrimSpace(p)
		switch {
		case p == "":
		case site != "" && strings.EqualFold(p, site):
		case dominantScript(p) != main:
			keywords = appendUnique(keywords, p)
		default:
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, parts0Sep(s)), keywords
}

func parts0Sep(s string) string {
	for _, sep := range titleSeparators {
		if strings.Contains(s, sep) {
			return sep
		}
	}
	return " "
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
	// "(Photo: ANI)", "(File photo)", "(Getty Images)".
	creditParen  = regexp.MustCompile(`\s*\(([^()]{1,80})\)\s*$`)
	creditSuffix = regexp.MustCompile(`(?i)\s*(?:credit\s*[:.]+|photo\s*:|image\s*:|picture\s*:|photograph\s*:|फोटो\s*[:-]|फ़ोटो\s*[:-]|तस्वीर\s*:|ಚಿತ್ರ\s*:)\s*(.{1,80})$`)
)

// splitCredit separates a caption from its photo credit.
func splitCredit(s string) (caption, credit string) {
	s = firstHalfIfDoubled(s)
	if m := creditParen.FindStringSubmatchIndex(s); m != nil {
		in := s[m[2]:m[3]]
		if looksCredit(in) {
			return strings.TrimSpace(s[:m[0]]), strings.TrimSpace(in)
		}
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
	for _, w := range []string{"photo", "image", "credit", "getty", "reuters", "afp", "pti", "ani", "ians", "file",
		"फोटो", "फ़ोटो", "तस्वीर", "ಚಿತ್ರ", "ছবি", "படம்", "ఫోటో", "ചിത്രം", "courtesy", "via"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

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
	bylinePrefix = regexp.MustCompile(`(?i)^\s*(?:written\s+by|reported\s+by|posted\s+by|edited\s+by|story\s+by|text\s+by|by|authors?|von|par|por|लेखक|लेखिका|रिपोर्ट|रिपोर्टर|संवाददाता|ಲೇಖಕರು|ವರದಿ|লেখক|প্রতিবেদক)\s*[:\-–]?\s+`)
	authorSplit  = regexp.MustCompile(`(?i)\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b| और | एवं | ಮತ್ತು | ও | மற்றும் | మరియు | ഒപ്പം |/|;)\s*`)
	// bylineTail is what follows names on a byline: dates, "Updated", social handles.
	bylineTail = regexp.MustCompile(`(?i)\s*(?:\||·|•|\bon\b\s+\w+|\bpublished\b|\bupdated\b|\bposted\b|\blast\b|\bfollow\b|@|\d).*$`)
)

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
// "WASHINGTON (AP) —", "Mumbai, Jul 3 (PTI)", "ಬಾಗಲಕೋಟೆ:". At most four
// words before the colon or dash, starting with a letter, and no sentence
// punctuation inside.
var datelineRe = regexp.MustCompile(`^([\p{L}\p{M}][\p{L}\p{M}.' ]{1,40}?)(?:\s*,\s*[^:()]{1,30}?)?(?:\s*\([^()]{1,30}\))?\s*(?::|—|–|-{1,2}|।)\s`)

func dateline(s string) string {
	m := datelineRe.FindStringSubmatch(s)
	if m == nil {
		return ""
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
		if r == '.' || r == '।' || r == '?' || r == '!' || r == '\n' {
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

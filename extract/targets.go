package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// Some converters print a link as its text followed by its target in
// square brackets, "Sports [https://example.org/sports]" (the html-to-text
// family of libraries that mail clients, Node crawlers and LLM loaders
// use): every menu entry and every linked phrase of the prose carries a
// URL that is no word of the page, and a target too long for the wrap
// width stands on a line of its own in the middle of a paragraph. Such a
// dump is told by a few targets that can be nothing but addresses; its
// targets are cut from the joined paragraph (so the wrap of the line they
// stood on still joins it) and the words before each count as link text.

// minBracketTargets is how many unmistakable targets (an absolute URL in
// brackets) mark a dump as printing them: one or two can be a page quoting
// an address. A rooted path is not enough: "[/url]" closes a BBCode tag
// that a forum page leaks.
const minBracketTargets = 3

var bracketTarget = regexp.MustCompile(`[ \t]*\[([^\[\]\s]+)\]`)

// targetPrefixes open a link target and nothing else in brackets.
var targetPrefixes = []string{"http://", "https://", "ftp://", "//", "/", "./", "../", "#", "?",
	"mailto:", "tel:", "javascript:", "www."}

// targetSuffixes end the file names sites link to by relative paths.
var targetSuffixes = []string{".html", ".htm", ".shtml", ".php", ".asp", ".aspx", ".jsp", ".cfm",
	".gif", ".jpg", ".jpeg", ".png", ".svg", ".webp", ".pdf"}

// isBracketTarget reports whether the text inside a pair of brackets is a
// link target: an address, a rooted or relative path, a query, a
// fragment, a linked file, or text with an escaped space (a relative
// target made of words). Reference numbers, "[…]", "[sic]" and editors'
// insertions with spaces are not.
func isBracketTarget(in string) bool {
	for _, p := range targetPrefixes {
		if strings.HasPrefix(in, p) {
			return true
		}
	}
	path := in
	if i := strings.IndexAny(path, "?#"); i > 0 {
		path = path[:i]
	}
	low := strings.ToLower(path)
	for _, s := range targetSuffixes {
		if strings.HasSuffix(low, s) {
			return true
		}
	}
	return strings.Contains(in, "%20") || strings.Contains(in, "/") && strings.ContainsAny(in, ".=")
}

// targetAt reports whether the bracketTarget match at loc (submatch
// indices) is a link target: not a Markdown link's text ("[url](url)",
// "[url][ref]") nor a span with attributes ("[url]{.c}"), whose brackets
// hold words of the page.
func targetAt(s string, loc []int) bool {
	if loc[1] < len(s) && strings.IndexByte("([{", s[loc[1]]) >= 0 {
		return false
	}
	return isBracketTarget(s[loc[2]:loc[3]])
}

// hasBracketTargets reports a dump that prints link targets in brackets.
// It runs on every dump, so it looks for "[http" before any regexp: lynx's
// reference numbers and Markdown links put brackets on most lines of
// theirs.
func hasBracketTargets(lines []string) bool {
	n := 0
	for _, l := range lines {
		for rest := l; ; {
			i := strings.Index(rest, "[http")
			if i < 0 {
				break
			}
			rest = rest[i:]
			if absoluteTarget(rest) {
				if n++; n >= minBracketTargets {
					return true
				}
			}
			rest = rest[1:]
		}
	}
	return false
}

// absoluteTarget reports whether s opens with an absolute URL in brackets
// that targetAt takes: "[http://…]" or "[https://…]", no space or bracket
// inside, no "(", "[" or "{" after it.
func absoluteTarget(s string) bool {
	if !strings.HasPrefix(s, "[http://") && !strings.HasPrefix(s, "[https://") {
		return false
	}
	end := strings.IndexAny(s[1:], "[] \t\n\r\f")
	if end < 0 || s[1+end] != ']' {
		return false
	}
	after := 2 + end
	return after >= len(s) || strings.IndexByte("([{", s[after]) < 0
}

// targetOnlyLine reports a line that holds nothing but link targets and
// the punctuation that followed them: a target the converter moved to a
// line of its own, which continues the paragraph around it.
func targetOnlyLine(l string) bool {
	t := strings.TrimSpace(l)
	if t == "" || t[0] != '[' {
		return false
	}
	rest, _ := cutBracketTargets(t)
	return rest != t && strings.TrimFunc(rest, unicode.IsPunct) == ""
}

// maxLinkWords bounds the words before a target taken as its link text:
// a menu entry or a linked name is a few words; in prose the converter
// does not say where the link began.
const maxLinkWords = 6

// cutBracketTargets removes the link targets of a joined paragraph and
// returns the letters of the words before each (up to the previous
// target, a sentence or list mark, or maxLinkWords) as its link text.
func cutBracketTargets(s string) (string, int) {
	if strings.IndexByte(s, '[') < 0 {
		return s, 0
	}
	var b strings.Builder
	linked, last := 0, 0
	for _, loc := range bracketTarget.FindAllStringSubmatchIndex(s, -1) {
		if !targetAt(s, loc) {
			continue
		}
		before := s[last:loc[0]]
		b.WriteString(before)
		linked += letterCount(linkWords(before))
		last = loc[1]
	}
	if last == 0 {
		return s, 0
	}
	b.WriteString(s[last:])
	return b.String(), linked
}

// linkWords is the tail of before that a link's text can be: after the
// last sentence or separator mark, at most maxLinkWords words.
func linkWords(before string) string {
	if i := strings.LastIndexAny(before, ".!?;:|•·,"); i >= 0 {
		before = before[i+1:]
	}
	f := strings.Fields(before)
	if len(f) > maxLinkWords {
		f = f[len(f)-maxLinkWords:]
	}
	return strings.Join(f, " ")
}

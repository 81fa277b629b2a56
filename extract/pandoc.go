package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Pandoc's Markdown writer keeps what the page's HTML said about its
// elements: ":::" fences for divs (inside list items too), "{.class
// #id key=value}" attributes after spans, links, images and headings,
// "[text]{.class}" bracketed spans, and raw HTML tags, one per line or
// spread over several. Attributes of long class lists are wrapped like
// text, so they are undone on the whole dump, not line by line. No
// Markdown library reads pandoc's extensions and keeps line numbers, so
// this is done by hand; the CommonMark marks that remain (links, images,
// emphasis) are read per block by inlineMarkdown.

// isPandocMarkdown tells a pandoc Markdown dump by its fences and
// attributes: other renderers never write them.
func isPandocMarkdown(lines []string) bool {
	fences, attrs := 0, 0
	for _, l := range lines {
		// A fence is in the line whatever marks come before it: the
		// bullet and number test only on lines that have one.
		if strings.Contains(l, ":::") && strings.HasPrefix(strings.TrimSpace(stripBullet(strings.TrimSpace(l))), ":::") {
			fences++
		}
		if strings.IndexByte(l, '{') >= 0 {
			for _, p := range []string{"]{", "){", " {#", " {."} {
				attrs += strings.Count(l, p)
			}
		}
		if fences >= 2 || attrs >= 3 {
			return true
		}
	}
	return false
}

// stripBullet takes a Markdown list marker ("-   ", "*   ", "1.  ") off a
// trimmed line.
func stripBullet(t string) string {
	if len(t) >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ' {
		return t[2:]
	}
	if t == "" || t[0] < '0' || t[0] > '9' {
		return t // numbered opens with an ASCII digit
	}
	if loc := numbered.FindStringIndex(t); loc != nil {
		return t[loc[1]:]
	}
	return t
}

// undoPandoc takes pandoc's own marks off a Markdown dump, in place:
// attributes go (with the brackets of the spans they close), fence lines
// and raw HTML tag lines become blank lines. Line numbers do not move.
func undoPandoc(lines []string) {
	text := stripPandocAttrs(strings.Join(lines, "\n"))
	out := strings.Split(text, "\n")
	inTag := false
	for i, l := range out {
		t := strings.TrimSpace(l)
		switch {
		case inTag:
			// A raw tag spread over lines ends at the line that closes it.
			inTag = !strings.Contains(t, ">")
			l = ""
		case strings.HasPrefix(strings.TrimSpace(stripBullet(t)), ":::"):
			l = ""
		case rawTagStart(t):
			inTag = !strings.Contains(t, ">")
			if !inTag && !rawHTMLLine.MatchString(t) {
				break // a tag, then text: leave it to the rules below
			}
			l = ""
		}
		lines[i] = l
	}
}

// rawTagStart reports a line that opens or closes a raw HTML tag: "<div",
// "</span>", "<img src=…".
func rawTagStart(t string) bool {
	if len(t) < 2 || t[0] != '<' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[1:])
	if r == '/' && len(t) > 2 {
		r, _ = utf8.DecodeRuneInString(t[2:])
	}
	return r < utf8.RuneSelf && unicode.IsLetter(r)
}

// maxAttr bounds how far an attribute may run (class lists, inline
// styles); a "{" with no "}" within it is text.
const maxAttr = 2000

// stripPandocAttrs removes every attribute "{.a #b c=d}" and unwraps the
// bracketed span an attribute closes ("[text]{.x}" becomes "text"). The
// newlines inside an attribute stay, so lines keep their numbers.
func stripPandocAttrs(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '{' || !attrStart(s[i+1:]) {
			out = append(out, c)
			continue
		}
		end := strings.IndexByte(s[i+1:min(len(s), i+1+maxAttr)], '}')
		if end < 0 || strings.IndexByte(s[i+1:i+1+end], '{') >= 0 {
			out = append(out, c)
			continue
		}
		if n := len(out); n > 0 && out[n-1] == ']' {
			if open := matchingOpen(out); open >= 0 && (open == 0 || out[open-1] != '!') {
				// A bracketed span: its brackets go with its attribute.
				copy(out[open:], out[open+1:n-1])
				out = out[:n-2]
			}
		}
		for _, ch := range []byte(s[i+1 : i+1+end]) {
			if ch == '\n' {
				out = append(out, '\n')
			}
		}
		i += end + 1
	}
	return string(out)
}

// attrStart reports what follows a "{" that opens an attribute: ".class",
// "#id", "=format" or "key=".
func attrStart(s string) bool {
	if len(s) < 2 {
		return false
	}
	switch s[0] {
	case '.', '#':
		r, _ := utf8.DecodeRuneInString(s[1:])
		return unicode.IsLetter(r) || r == '_' || r == '-'
	case '=':
		return unicode.IsLetter(rune(s[1]))
	}
	for j := 0; j < len(s) && j < 40; j++ {
		switch c := s[j]; {
		case c == '=':
			return j > 0
		case c == '-' || c == '_' || c == ':' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return false
}

// matchingOpen finds the "[" that the "]" ending s closes, or -1. It
// looks back a bounded way: spans are short.
func matchingOpen(s []byte) int {
	depth := 0
	for i := len(s) - 1; i >= 0 && i >= len(s)-maxAttr; i-- {
		switch s[i] {
		case ']':
			depth++
		case '[':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

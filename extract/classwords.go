package extract

import "strings"

// classWords matches class and id attributes against a list of words,
// case-insensitively: "related" in "td-related-posts". It replaces
// regular expressions of alternated literals with (?i), which ran
// against every element of every page and cost a sixth of the HTML
// step; the words are lower case.
type classWords struct {
	words []string
	// atStart wants a word where a word of the attribute starts: after
	// its beginning or a character that is not a letter ("author" in
	// "post-author", not in "coauthor").
	atStart bool
}

func anyWord(words ...string) classWords { return classWords{words: words} }

func wordStart(words ...string) classWords { return classWords{words: words, atStart: true} }

// MatchString reports whether s holds one of the words.
func (c classWords) MatchString(s string) bool {
	if s == "" {
		return false
	}
	s = strings.ToLower(s)
	for _, w := range c.words {
		for i := 0; i <= len(s)-len(w); {
			k := strings.Index(s[i:], w)
			if k < 0 {
				break
			}
			k += i
			if !c.atStart || k == 0 || s[k-1] < 'a' || s[k-1] > 'z' {
				return true
			}
			i = k + 1
		}
	}
	return false
}

package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The byline and copyright rules match blocks against expressions that
// alternate a few hundred case-insensitive phrases of many languages
// (`(?i)^(?:by|von|autor|…)…`). Go's regexp runs such an expression on a
// short string with its backtracker, which first clears a table of
// (instructions × input length) bits: about 4 µs for every block, even
// when its first letter rules every phrase out, and a tenth of the HTML
// step over the evaluation pages. guarded asks first, by hand, whether
// one of the phrases can be where the expression needs it, and runs the
// expression only then. The check is a necessary condition of a match,
// so the answers are the expression's own (guard_test.go compares them).

// guarded is an expression with the phrase check in front.
type guarded struct {
	*regexp.Regexp
	// phrases, each cut into its words (the expression joins them with
	// \s+), indexed by every case-folding of their first letter.
	byFirst map[rune][][]string
	always  bool // a phrase with no words: every string may match
	// lead skips \s* before the phrase (the expression allows it).
	lead bool
	// anywhere looks for a phrase at every letter, not only the start.
	anywhere bool
}

// startGuard guards re, which matches only strings that start (after
// \s* when lead is set) with one of phrases, case-insensitively.
func startGuard(re *regexp.Regexp, lead bool, phrases ...string) *guarded {
	g := &guarded{Regexp: re, byFirst: map[rune][][]string{}, lead: lead}
	for _, p := range phrases {
		fs := strings.Fields(p)
		if len(fs) == 0 {
			g.always = true
			continue
		}
		r, _ := utf8.DecodeRuneInString(fs[0])
		for _, f := range foldOrbit(r) {
			g.byFirst[f] = append(g.byFirst[f], fs)
		}
	}
	return g
}

// containsGuard guards re, which matches only strings that hold one of
// phrases somewhere, case-insensitively.
func containsGuard(re *regexp.Regexp, phrases ...string) *guarded {
	g := startGuard(re, false, phrases...)
	g.anywhere = true
	return g
}

// foldOrbit is r and every letter case folding equates with it, as the
// regexp package's (?i) does (unicode.SimpleFold's orbit).
func foldOrbit(r rune) []rune {
	out := []rune{r}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		out = append(out, f)
	}
	return out
}

func foldEq(a, b rune) bool {
	if a == b {
		return true
	}
	for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
		if f == b {
			return true
		}
	}
	return false
}

// isReSpace is a regexp's \s: what the hand matchers that stand for
// regexps must take as space (isSpaceByte, for dates, also takes \v).
func isReSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// may reports whether s can match: a phrase is where the expression
// needs one.
func (g *guarded) may(s string) bool {
	if g.always {
		return true
	}
	if g.lead {
		s = strings.TrimLeft(s, " \t\n\f\r")
	}
	for {
		r, w := utf8.DecodeRuneInString(s)
		if w == 0 {
			return false
		}
		for _, fs := range g.byFirst[r] {
			if phraseAt(s, fs) {
				return true
			}
		}
		if !g.anywhere {
			return false
		}
		s = s[w:]
	}
}

// phraseAt reports whether s starts with the words fs, letters equal
// under case folding, one or more \s between words.
func phraseAt(s string, fs []string) bool {
	for i, f := range fs {
		if i > 0 {
			n := 0
			for n < len(s) && isReSpace(s[n]) {
				n++
			}
			if n == 0 {
				return false
			}
			s = s[n:]
		}
		for _, pr := range f {
			r, w := utf8.DecodeRuneInString(s)
			if w == 0 || !foldEq(r, pr) {
				return false
			}
			s = s[w:]
		}
	}
	return true
}

// MatchString is the expression's answer.
func (g *guarded) MatchString(s string) bool { return g.may(s) && g.Regexp.MatchString(s) }

// FindStringSubmatch is the expression's answer.
func (g *guarded) FindStringSubmatch(s string) []string {
	if !g.may(s) {
		return nil
	}
	return g.Regexp.FindStringSubmatch(s)
}

// ReplaceAllString is the expression's answer.
func (g *guarded) ReplaceAllString(s, repl string) string {
	if !g.may(s) {
		return s
	}
	return g.Regexp.ReplaceAllString(s, repl)
}

// Expressions built from the lexicon, and the larger ones, are compiled
// on first use rather than at package init: the lexicon's load and the
// compiles cost every start of the program (help, a text-only run)
// about 30 ms and 7 MB, whether or not an HTML page comes.

// lazyGuard is a guarded expression built on first use.
type lazyGuard func() *guarded

func lazyGuarded(build func() *guarded) lazyGuard { return sync.OnceValue(build) }

func (l lazyGuard) MatchString(s string) bool            { return l().MatchString(s) }
func (l lazyGuard) FindStringSubmatch(s string) []string { return l().FindStringSubmatch(s) }
func (l lazyGuard) ReplaceAllString(s, repl string) string {
	return l().ReplaceAllString(s, repl)
}

// lazyRegexp is an expression compiled on first use.
//
// The HTML extractor's own expressions (authors, dates, stamps, titles,
// charset) are all compiled on first use, with sync.OnceValue where
// they are plain patterns: a run over text dumps, and every command that
// does not extract HTML, then compiles none of them (about 3 ms of CPU at
// every start, a tenth of the command's start-up regexps).
type lazyRegexp func() *regexp.Regexp

func lazyCompile(build func() string) lazyRegexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(build()) })
}

func (l lazyRegexp) MatchString(s string) bool            { return l().MatchString(s) }
func (l lazyRegexp) FindStringSubmatch(s string) []string { return l().FindStringSubmatch(s) }
func (l lazyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l().FindAllStringSubmatch(s, n)
}
func (l lazyRegexp) ReplaceAllString(s, repl string) string { return l().ReplaceAllString(s, repl) }
func (l lazyRegexp) Split(s string, n int) []string         { return l().Split(s, n) }

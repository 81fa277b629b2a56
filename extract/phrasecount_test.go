package extract

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestPhraseCounter checks the one-pass count against strings.Count,
// overlapping and repeated phrases included.
func TestPhraseCounter(t *testing.T) {
	phrases := []string{"read more", "example", "#1", "aa", "aba", "re", "ex", "é!"}
	c := newPhraseCounter(phrases)
	texts := []string{
		"",
		"r",
		"read more",
		"read moread more read more",
		"examplexample example",
		"#1#1#1 #11",
		"aaaaa",
		"abababa",
		"rerere",
		"café! é!é!",
		"nothing here",
	}
	// Random texts made of phrase pieces, so that phrases touch and overlap.
	r := rand.New(rand.NewSource(1))
	pieces := append(slices.Clone(phrases), "a", "b", "r", "e", "x", " ", "mple", "ead", "#", "1", "\xc3")
	for range 500 {
		var b strings.Builder
		for range r.Intn(30) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	n := make([]int, len(phrases))
	for _, s := range texts {
		c.counts(s, n)
		for i, p := range phrases {
			if want := strings.Count(s, p); n[i] != want {
				t.Errorf("count of %q in %q = %d, strings.Count %d", p, s, n[i], want)
			}
		}
	}
}

// TestCueCounter checks the cue words' counter on page-like text.
func TestCueCounter(t *testing.T) {
	all := slices.Concat(cueWords...)
	text := strings.ToLower("Posted by admin. 12 replies, 3 likes. Add to cart - in stock, out of stock. " +
		"Read more | continue reading... Copyright 2024, cookie and privacy; sign in or log in. " +
		"Table of contents: example, parameters, returns. post #1 #1 views report reply")
	n := make([]int, len(all))
	cueCounter.counts(text, n)
	for i, w := range all {
		if want := strings.Count(text, w); n[i] != want {
			t.Errorf("cue %q: %d, strings.Count %d", w, n[i], want)
		}
	}
}

func TestPhraseCounterRefuses(t *testing.T) {
	for _, phrases := range [][]string{{"a"}, make([]string, 65)} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("newPhraseCounter(%d phrases, first %q) did not refuse", len(phrases), phrases[0])
				}
			}()
			newPhraseCounter(phrases)
		}()
	}
}

package extract

import (
	"fmt"
	"math/bits"
	"strings"
)

// phraseCounter counts, in one pass over a text, each of up to 64
// phrases of two bytes or more the way strings.Count does: occurrences
// that do not overlap, taken leftmost first. The page features count some
// fifty cue phrases in a page's text; fifty strings.Count passes over up
// to 200 kB were a few percent of the HTML step's CPU. A phrase can start
// at a byte only if the pair of bytes there is its first two, which the
// two masks tell for every phrase at once.
type phraseCounter struct {
	phrases       []string
	first, second [256]uint64 // phrases by their first and second byte
}

func newPhraseCounter(phrases []string) *phraseCounter {
	if len(phrases) > 64 {
		panic(fmt.Sprintf("phraseCounter: %d phrases, at most 64", len(phrases)))
	}
	c := &phraseCounter{phrases: phrases}
	for i, p := range phrases {
		if len(p) < 2 {
			panic(fmt.Sprintf("phraseCounter: phrase %q is shorter than two bytes", p))
		}
		c.first[p[0]] |= 1 << i
		c.second[p[1]] |= 1 << i
	}
	return c
}

// counts sets n[i] to strings.Count(s, c.phrases[i]); n must be as long
// as the phrases.
func (c *phraseCounter) counts(s string, n []int) {
	var next [64]int // where the phrase may next start: after its last count
	clear(n)
	for i := 0; i+1 < len(s); i++ {
		m := c.first[s[i]] & c.second[s[i+1]]
		for m != 0 {
			j := bits.TrailingZeros64(m)
			m &= m - 1
			if i >= next[j] && strings.HasPrefix(s[i:], c.phrases[j]) {
				n[j]++
				next[j] = i + len(c.phrases[j])
			}
		}
	}
}

package clean

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// The index that markPullQuotes uses on pages of many quoted lines must
// answer as the block-by-block search does: the first other block, in
// page order, longer than the line and holding it.
func TestHolderIndexMatchesHolderOf(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	words := []string{"a", "b", "ab", "ba", "“a b”", "c"}
	for range 200 {
		n := 1 + rng.IntN(12)
		d := &doc{b: make([]pipeline.Block, n)}
		for j := range d.b {
			var w []string
			for range rng.IntN(6) {
				w = append(w, words[rng.IntN(len(words))])
			}
			d.b[j].Text = strings.Join(w, " ")
		}
		idx := d.holderIndex()
		for j := range d.b {
			for _, q := range []string{d.b[j].Text, "a", "a b", "b a", "ab ba", "zz"} {
				if q == "" {
					continue // a pull quote has letters
				}
				for not := -1; not < n; not++ {
					if got, want := idx(q, not), d.holderOf(q, not); got != want {
						t.Fatalf("blocks %q: holder of %q but %d = %d, want %d", texts(d.b), q, not, got, want)
					}
				}
			}
		}
	}
}

func texts(b []pipeline.Block) []string {
	var out []string
	for _, x := range b {
		out = append(out, x.Text)
	}
	return out
}

package lang

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/lang/internal/model"
	"github.com/akhbar/akhbar/lang/internal/textfeat"
)

// refScan is scan without the word cache: every word's n-grams are scored.
func refScan(st *state, text string, maxWords int) map[textfeat.Script]*tally {
	out := map[textfeat.Script]*tally{}
	st.sc.Words(text, func(w textfeat.Word) {
		g := groups[w.Script]
		t := out[w.Script]
		if t == nil {
			t = &tally{}
			if g != nil {
				t.ev.Reset(len(g.Labels))
			}
			out[w.Script] = t
		}
		t.letters += w.Letters
		if g != nil && len(g.Labels) > 1 && t.ev.Words < maxWords {
			st.scoreWord(&t.ev, &t.s2, g, secondOf(w.Script), w.Padded)
		}
	})
	return out
}

// TestWordCacheSums checks that scan's tallies, with the cache cold, warm,
// or thrashed by other text, are those of scoring every word.
func TestWordCacheSums(t *testing.T) {
	getModel()
	var texts []string
	for _, s := range sentences {
		texts = append(texts, s.text)
	}
	if b, err := os.ReadFile("testdata/seed_hindi_news.txt"); err == nil {
		texts = append(texts, strings.Split(string(b), "\n\n")...)
	}
	warm := emptyState()
	for _, text := range texts {
		warm.scan(text, identifyWords)
	}
	ref := emptyState()
	for round := range 2 {
		for _, text := range texts {
			want := refScan(ref, text, identifyWords)
			for _, st := range []*state{emptyState(), warm} {
				st.scan(text, identifyWords)
				if len(st.touched) != len(want) {
					t.Fatalf("%q: %d scripts, reference %d", text, len(st.touched), len(want))
				}
				for _, s := range st.touched {
					got, w := &st.tallies[s], want[s]
					if got.letters != w.letters || got.s2 != w.s2 || !sameEvidence(&got.ev, &w.ev) {
						t.Fatalf("round %d, %q, script %s: tally %+v, reference %+v", round, text, s.Code(), got, w)
					}
				}
			}
		}
		slices.Reverse(texts)
	}
}

func sameEvidence(a, b *model.Evidence) bool {
	return slices.Equal(a.Boost, b.Boost) && a.Counts == b.Counts && a.Words == b.Words
}

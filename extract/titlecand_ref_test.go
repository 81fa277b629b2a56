package extract

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/extract/candidate"
	"github.com/akhbar/akhbar/pipeline"
)

// The references below are the code as it was before the per-page tables
// that keep a hostile page linear (docs/faults.md): each asks of every
// source or block per candidate.

// randomText is n strings of up to maxLen pieces of alphabet: a small
// alphabet of the bytes that matter makes the strings meet often.
func randomText(r *rand.Rand, n, maxLen int, alphabet []string) []string {
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := r.IntN(maxLen + 1); k > 0; k-- {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		out[i] = b.String()
	}
	return out
}

func TestContainCounterMatchesScan(t *testing.T) {
	defer func(n int) { containDirect = n }(containDirect)
	r := rand.New(rand.NewPCG(3, 4))
	for _, direct := range []int{32, 0} {
		containDirect = direct
		for round := 0; round < 300; round++ {
			alphabet := []string{"a", "b", "c", "ab", "é", " "}[:2+r.IntN(4)]
			texts := randomText(r, 1+r.IntN(60), 12, alphabet)
			seen := map[string]bool{}
			var distinct []string
			var weights []int
			for _, s := range texts {
				if !seen[s] {
					seen[s] = true
					distinct = append(distinct, s)
					weights = append(weights, 1+r.IntN(3))
				}
			}
			c := newContainCounter(distinct, weights)
			queries := append(randomText(r, 40, 5, alphabet), distinct...)
			for _, q := range queries {
				want := 0
				for i, s := range distinct {
					if strings.Contains(s, q) {
						want += weights[i]
					}
				}
				if got := c.count(q); got != want {
					t.Fatalf("direct %d: count(%q) over %q = %d, want %d", direct, q, distinct, got, want)
				}
			}
		}
	}
}

// naiveAdd is candidate.Set.Add's scan of the field.
func naiveAdd(fields []candidate.Candidate, c candidate.Candidate) ([]candidate.Candidate, int) {
	for i := range fields {
		if fields[i].Value == c.Value {
			for _, m := range c.Sources {
				seen := false
				for _, s := range fields[i].Sources {
					seen = seen || s == m
				}
				if !seen {
					fields[i].Sources = append(fields[i].Sources, m)
				}
			}
			return fields, i
		}
	}
	return append(fields, c), len(fields)
}

func TestSetAddMatchesScan(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for round := 0; round < 200; round++ {
		var s candidate.Set
		var ref []candidate.Candidate
		for i := 0; i < 50; i++ {
			v := fmt.Sprint(r.IntN(20))
			src := fmt.Sprint("s", r.IntN(4))
			if r.IntN(10) == 0 {
				// Fields set from outside Add: the index must follow.
				s.Fields[candidate.Title] = append(s.Fields[candidate.Title], candidate.Candidate{Value: v, Sources: []string{"x"}})
				ref = append(ref, candidate.Candidate{Value: v, Sources: []string{"x"}})
				continue
			}
			got := s.Add(candidate.Title, candidate.Candidate{Value: v, Sources: []string{src}})
			var want int
			ref, want = naiveAdd(ref, candidate.Candidate{Value: v, Sources: []string{src}})
			if got != want {
				t.Fatalf("round %d: Add(%q) = %d, want %d", round, v, got, want)
			}
		}
		if fmt.Sprint(s.Fields[candidate.Title]) != fmt.Sprint(ref) {
			t.Fatalf("round %d: fields %v, want %v", round, s.Fields[candidate.Title], ref)
		}
	}
}

// TestTitleFeaturesMatchScan: the title candidates' counts of agreeing
// and containing sources, their heading rank and h1 index are what the
// scan of every source and block per candidate gave.
func TestTitleFeaturesMatchScan(t *testing.T) {
	defer func(n int) { containDirect = n }(containDirect)
	r := rand.New(rand.NewPCG(7, 8))
	words := []string{"Rain", "rain", "City", "Budget", "|", "-", "News", "Today"}
	phrase := func() string {
		n := 1 + r.IntN(4)
		w := make([]string, n)
		for i := range w {
			w[i] = words[r.IntN(len(words))]
		}
		return strings.Join(w, " ")
	}
	tags := []string{"h1", "h2", "p", "h3", ""}
	for round := 0; round < 150; round++ {
		containDirect = []int{32, 0}[round%2]
		m := &pageMeta{title: phrase(), props: map[string][]string{}, itemprop: map[string][]string{}}
		for i := r.IntN(40); i > 0; i-- {
			m.props["og:title"] = append(m.props["og:title"], phrase())
		}
		for i := r.IntN(6); i > 0; i-- {
			m.h1 = append(m.h1, phrase())
		}
		for i := r.IntN(30); i > 0; i-- {
			m.itemprop["headline"] = append(m.itemprop["headline"], phrase())
		}
		var blocks []pipeline.Block
		for i := r.IntN(30); i > 0; i-- {
			blocks = append(blocks, pipeline.Block{Text: phrase(), Tag: tags[r.IntN(len(tags))], Role: pipeline.RoleBody})
		}
		var s candidate.Set
		v := newPageView(blocks, m.title)
		m.titleCandidates(&s, v, "")
		cs := s.Fields[candidate.Title]
		// The sources as titleCandidates lists them, before the derived.
		var raw []sourced
		for _, h := range m.itemprop["headline"] {
			raw = append(raw, sourced{"microdata", trimTitle(normSpace(h))})
		}
		for _, x := range m.props["og:title"] {
			raw = append(raw, sourced{"og", trimTitle(normSpace(x))})
		}
		raw = append(raw, sourced{"title", trimTitle(normSpace(m.title))})
		for i, h := range m.h1 {
			if i < 4 {
				raw = append(raw, sourced{"h1", trimTitle(normSpace(h))})
			}
		}
		feat := func(c *candidate.Candidate, name string) float32 {
			return c.Features[candidate.Index(candidate.Title, name)]
		}
		for i := range cs {
			c := &cs[i]
			fc := fold(c.Value)
			exact, agree, contain := 0, 0, 0
			for _, x := range raw {
				if x.value == "" {
					continue
				}
				switch {
				case x.value == c.Value:
					exact++
					agree++
				case fold(x.value) == fc:
					agree++
				case fc != "" && strings.Contains(fold(x.value), fc):
					contain++
				}
			}
			h1 := -1
			for k, h := range m.h1 {
				if trimTitle(normSpace(h)) == c.Value {
					h1 = k
					break
				}
			}
			best, rank := -1, 9
			for k, f := range v.folded {
				if f == fc && headingRank(blocks[k].Tag) < rank {
					best, rank = k, headingRank(blocks[k].Tag)
				}
			}
			want := map[string]float32{"n-sources": float32(exact), "n-agree": float32(agree), "n-contain": float32(contain), "h1-index": float32(h1), "shown": 0, "shown-rank": 8}
			if fc != "" && best >= 0 {
				want["shown"], want["shown-rank"] = 1, float32(rank)
			}
			for name, w := range want {
				if got := feat(c, name); got != w {
					t.Fatalf("round %d: candidate %q: %s = %v, want %v", round, c.Value, name, got, w)
				}
			}
		}
	}
}

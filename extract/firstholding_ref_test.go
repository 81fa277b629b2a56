package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestFirstHoldingMatchesScan: the automaton's first text per pattern is
// what asking strings.Contains of every text per pattern gave (the
// author candidates' "shown" and first short block, before).
func TestFirstHoldingMatchesScan(t *testing.T) {
	defer func(n int) { containDirect = n }(containDirect)
	r := rand.New(rand.NewPCG(9, 10))
	for _, direct := range []int{32, 0} {
		containDirect = direct
		for round := 0; round < 300; round++ {
			alphabet := []string{"a", "b", "c", "ab", "é", " "}[:2+r.IntN(4)]
			patterns := append(randomText(r, 1+r.IntN(50), 5, alphabet), "")
			texts := randomText(r, r.IntN(20), 15, alphabet)
			skip := r.IntN(3)
			keep := func(i int) bool { return skip == 0 || i%skip != 0 }
			got := firstHolding(patterns, texts, keep)
			for p, s := range patterns {
				want := -1
				for i, x := range texts {
					if s != "" && keep(i) && strings.Contains(x, s) {
						want = i
						break
					}
				}
				if got[p] != want {
					t.Fatalf("direct %d: first of %q in %q = %d, want %d", direct, s, texts, got[p], want)
				}
			}
		}
	}
}

// TestNameOverlapsMatchPairs: the overlap counts by inclusion and
// exclusion are what comparing every pair of candidates' names gave.
func TestNameOverlapsMatchPairs(t *testing.T) {
	shareName := func(a, b []string) bool {
		for _, x := range a {
			for _, y := range b {
				if x != "" && x == y {
					return true
				}
			}
		}
		return false
	}
	r := rand.New(rand.NewPCG(11, 12))
	pool := []string{"", "a", "b", "c", "d", "e", "f", "g", "h"}
	for round := 0; round < 500; round++ {
		names := make([][]string, r.IntN(30))
		for i := range names {
			for k := 1 + r.IntN(7); k > 0; k-- {
				names[i] = append(names[i], pool[r.IntN(2+r.IntN(len(pool)-1))])
			}
		}
		got := nameOverlaps(names)
		for i := range names {
			want := 0
			for j := range names {
				if j != i && shareName(names[i], names[j]) {
					want++
				}
			}
			if got[i] != want {
				t.Fatalf("round %d: overlap of %q in %q = %d, want %d", round, names[i], names, got[i], want)
			}
		}
	}
}

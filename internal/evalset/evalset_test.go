package evalset

import (
	"math"
	"os"
	"strings"
	"testing"
)

func TestDomain(t *testing.T) {
	for _, c := range []struct{ url, want string }{
		{"https://www.bbc.co.uk/news/x", "bbc.co.uk"},
		{"http://blog.kinra.de/?p=959/", "kinra.de"},
		{"https://news.example.com:8080/a", "example.com"},
		{"", ""},
		{"not a url", ""},
	} {
		if got := Domain(c.url); got != c.want {
			t.Errorf("Domain(%q) = %q, want %q", c.url, got, c.want)
		}
	}
}

// Folds depend on the domain only, so every page of a site shares one
// fold and the assignment never moves when pages are added.
func TestFoldStable(t *testing.T) {
	seen := map[int]int{}
	for _, d := range []string{"a.com", "b.org", "c.net", "d.de", "e.in", "f.co.uk", "g.com", "h.com", "i.com", "j.com"} {
		f := Fold(d)
		if f != Fold(d) || f < DevTest || f >= K {
			t.Fatalf("Fold(%q) = %d, unstable or out of range", d, f)
		}
		seen[f]++
	}
	if len(seen) < 3 {
		t.Errorf("ten domains fell in %d folds only: %v", len(seen), seen)
	}
}

func TestLoadKit(t *testing.T) {
	root, err := FindKit("")
	if err != nil {
		t.Skip(err)
	}
	if testing.Short() {
		t.Skip("reads every page of the kit")
	}
	pages, err := Load(root)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	byDomain := map[string]int{}
	merged := 0
	for _, p := range pages {
		if ids[p.ID] {
			t.Fatalf("id %s twice", p.ID)
		}
		ids[p.ID] = true
		if f, ok := byDomain[p.Domain]; ok && f != p.Fold {
			t.Fatalf("domain %s in folds %d and %d", p.Domain, f, p.Fold)
		}
		byDomain[p.Domain] = p.Fold
		merged += len(p.Aliases)
		if _, err := os.Stat(p.Path); err != nil {
			t.Fatal(err)
		}
	}
	// The htmldate and trafilatura sets share about 300 pages.
	if merged < 200 {
		t.Errorf("only %d pages merged across sets", merged)
	}
}

// ShingleF1 counts as score.py's body_scores does (4-token shingles,
// multiset overlap, a short text one short shingle).
func TestShingleF1(t *testing.T) {
	toks := func(s string) []string { return strings.Fields(s) }
	for _, c := range []struct {
		gold, pred string
		want       float64
	}{
		{"", "", 1},
		{"a b c d e", "a b c d e", 1},
		{"a b c d e", "", 0},
		{"a b c d e", "x y z w", 0},
		{"a b c", "a b c", 1},
		// gold shingles abcd bcde; pred abcd bcdx: tp 1, P 1/2, R 1/2.
		{"a b c d e", "a b c d x", 0.5},
		// repeated shingles count as a multiset: gold has abcd once.
		{"a b c d", "a b c d a b c d", 2 * (1.0 / 5) * 1 / (1.0/5 + 1)},
	} {
		g := Shingles(toks(c.gold))
		n := 0
		for _, k := range g {
			n += k
		}
		if got := ShingleF1(g, n, toks(c.pred)); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("F1(%q, %q) = %v, want %v", c.gold, c.pred, got, c.want)
		}
	}
}

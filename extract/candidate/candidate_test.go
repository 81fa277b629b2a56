package candidate

import (
	"bytes"
	"strings"
	"testing"
)

func TestAddMerges(t *testing.T) {
	var s Set
	a := s.Add(Title, Candidate{Value: "A", Sources: []string{"h1"}})
	b := s.Add(Title, Candidate{Value: "B", Sources: []string{"og"}})
	c := s.Add(Title, Candidate{Value: "A", Sources: []string{"og", "h1"}})
	if a != 0 || b != 1 || c != 0 {
		t.Fatalf("indexes %d %d %d, want 0 1 0", a, b, c)
	}
	if got := strings.Join(s.Fields[Title][0].Sources, ","); got != "h1,og" {
		t.Errorf("sources %q, want h1,og", got)
	}
	if !s.Fields[Title][0].Has("og") || s.Fields[Title][1].Has("h1") || !s.Fields[Title][1].HasPrefix("o") {
		t.Error("Has/HasPrefix wrong")
	}
}

func TestNamesUnique(t *testing.T) {
	for f := Field(0); f < NFields; f++ {
		seen := map[string]bool{}
		for _, n := range Names(f) {
			if seen[n] {
				t.Errorf("%s: feature %q twice", f, n)
			}
			seen[n] = true
		}
		for _, n := range relative[f] {
			if !seen[n] {
				t.Errorf("%s: relative feature %q is not a base feature", f, n)
			}
		}
	}
}

func TestFinish(t *testing.T) {
	nb := len(base(Date))
	mk := func(sources float32) Candidate {
		x := make([]float32, nb)
		x[Index(Date, "n-sources")] = sources
		return Candidate{Features: x}
	}
	cs := []Candidate{mk(1), mk(4), mk(2)}
	Finish(Date, cs)
	Finish(Date, cs) // again: the same vectors
	hi, lo := Index(Date, "max-diff:n-sources"), Index(Date, "min-diff:n-sources")
	want := [][2]float32{{-3, 0}, {0, 3}, {-2, 1}}
	for i, c := range cs {
		if len(c.Features) != len(Names(Date)) {
			t.Fatalf("candidate %d: %d features, want %d", i, len(c.Features), len(Names(Date)))
		}
		if c.Features[hi] != want[i][0] || c.Features[lo] != want[i][1] {
			t.Errorf("candidate %d: %v %v, want %v", i, c.Features[hi], c.Features[lo], want[i])
		}
	}
}

func TestWrite(t *testing.T) {
	var s Set
	x := make([]float32, len(Names(Author)))
	x[Index(Author, "shown")] = 1
	s.Add(Author, Candidate{Value: "Ann Lee", Names: []string{"Ann Lee"}, Sources: []string{"json-ld"}, Features: x, Score: 0.9})
	s.Chosen = [NFields]int{-1, 0, -1}
	var b bytes.Buffer
	s.Write(&b)
	out := b.String()
	for _, want := range []string{"-- author: 1 candidates", `* 0.900 "Ann Lee" from json-ld`, "shown=1", "-- date: 0 candidates"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

package main

import "testing"

func TestGivesTitle(t *testing.T) {
	for _, c := range []struct {
		line, truth string
		want        bool
	}{
		{"Markets rally  as inflation cools", "Markets rally as inflation cools", true},
		{"Markets rally as inflation cools | The Daily", "Markets rally as inflation cools", true},
		{"The Daily - Markets rally as inflation cools", "Markets rally as inflation cools", true},
		{"Markets rally as inflation cools in November", "Markets rally as inflation cools", false},
		{"markets rally as inflation cools", "Markets rally as inflation cools", false},
		{"Home", "Markets rally as inflation cools", false},
	} {
		if got := givesTitle(c.line, c.truth); got != c.want {
			t.Errorf("givesTitle(%q, %q) = %v, want %v", c.line, c.truth, got, c.want)
		}
	}
}

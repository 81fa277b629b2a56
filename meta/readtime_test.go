package meta

import "testing"

func TestReadTime(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"4–5 minutes", true},
		{"5 min read", true},
		{"5 Min Read", true},
		{"12 mins", true},
		{"1 minute", true},
		{"45 minutes ago", false},
		{"updated 45 minutes", false},
		{"2024 minutes", false},
		{"minutes", false},
	} {
		if got := readTime.MatchString(c.in); got != c.want {
			t.Errorf("readTime(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

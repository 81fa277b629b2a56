package extract

import "testing"

func TestClassWords(t *testing.T) {
	tests := []struct {
		m    classWords
		s    string
		want bool
	}{
		{anyWord("related"), "td-Related-posts", true},
		{anyWord("related", "similar"), "entry-content", false},
		{anyWord("comment"), "", false},
		{wordStart("author"), "post-author", true},
		{wordStart("author"), "Author", true},
		{wordStart("author"), "coauthor", false},
		{wordStart("author"), "coauthor author-name", true},
		{wordStart("credit"), "figure__credit", true},
		{wordStart("credit"), "discredit", false},
	}
	for _, tc := range tests {
		if got := tc.m.MatchString(tc.s); got != tc.want {
			t.Errorf("%v.MatchString(%q) = %v, want %v", tc.m.words, tc.s, got, tc.want)
		}
	}
}

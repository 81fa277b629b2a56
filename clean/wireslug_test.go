package clean

import "testing"

// TestWireSlug: the desk's slug an agency leaves under its story, in the
// forms sites print it, and lines that only look like one.
func TestWireSlug(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"--IANS", true},
		{"— PTI", true},
		{"PTI RK PS", true},
		{"भाषा नरेश नरेश", true},
		{"یو این آئی RK PS", true},
		{"IANS", false},           // the agency alone, no dash: a credit
		{"PTI RK PS 2024", false}, // a digit
		{"भाषा और संस्कृति के बारे में सब कुछ", false}, // a phrase: too many words
		{"PTI said on Wednesday.", false}, // a sentence
		{"Reuters", false},
	} {
		if got := wireSlug(tt.s); got != tt.want {
			t.Errorf("wireSlug(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

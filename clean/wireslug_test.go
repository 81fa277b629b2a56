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

// TestDeskInitials: the editors' initials a wire's desk signs with, and
// lines that only look like them.
func TestDeskInitials(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"rk/ps", true},
		{"sa/ksk", true},
		{" vnm/vd/ab ", true},
		{"rk", false},      // no slash
		{"and/or", true},   // alone it looks the same: the body asks for a wire slug above it
		{"24/7", false},    // digits
		{"ab/cd/ef", true}, // three groups
		{"news/world/asia", false},
		{"politics/national/a/b", false},
		{"rk / ps", false},
		{"editor/ps", false}, // a group of five letters
	} {
		if got := deskInitials(tt.s); got != tt.want {
			t.Errorf("deskInitials(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

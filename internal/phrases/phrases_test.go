package phrases

import (
	"strings"
	"testing"
)

// naive is the definition Set.In must agree with.
func naive(list []string, text string) bool {
	for _, p := range list {
		if strings.Contains(text, p) {
			return true
		}
	}
	return false
}

func TestIn(t *testing.T) {
	list := []string{"photo:", "फोटो: ", "(ap", "ab", "x", "credit...", "ಚಿತ್ರ - "}
	tests := []struct {
		text string
		want bool
	}{
		{"", false},
		{"a", false},
		{"x", true},
		{"the photo: reuters", true},
		{"photo", false},
		{"यह फोटो: पीटीआई", true},
		{"यह फोटो पीटीआई", false},
		{"(ap)", true},
		{"cab", true},
		{"credit..", false},
		{"credit...", true},
		{"ಚಿತ್ರ - ಕೃಪೆ", true},
		{"ಚಿತ್ರ-ಕೃಪೆ", false},
		{"\xff\xfephoto:", true},
	}
	s := New(list)
	for _, tt := range tests {
		if got := s.In(tt.text); got != tt.want || got != naive(list, tt.text) {
			t.Errorf("In(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	if New(nil).In("anything") {
		t.Error("an empty set contains a phrase")
	}
	if !New([]string{""}).In("") {
		t.Error(`a set with "" does not contain it in ""`)
	}
}

func FuzzIn(f *testing.F) {
	f.Add("photo: x", "photo:", "ab")
	f.Add("यह फोटो: पीटीआई", "फोटो:", "xyz")
	f.Fuzz(func(t *testing.T, text, p1, p2 string) {
		// Many phrases so that buckets collide.
		list := []string{p1, p2, "abc", "abd", "bcd", "zzz", "\xe0\xa4\x95"}
		for i := 0; i+3 <= len(text) && i < 12; i += 3 {
			list = append(list, text[i:i+3]+"!")
		}
		if got, want := New(list).In(text), naive(list, text); got != want {
			t.Fatalf("In(%q) over %q = %v, strings.Contains says %v", text, list, got, want)
		}
	})
}

// BenchmarkIn searches a paragraph for 300 phrases that are not in it, the
// common case (a block without a photo credit).
func BenchmarkIn(b *testing.B) {
	var list []string
	for _, w := range strings.Fields("photo credit image courtesy source file picture representational फोटो चित्र तस्वीर ಚಿತ್ರ ಫೋಟೋ ছবি படம் ఫోటో ചിത്രം ਤਸਵੀਰ ફોટો ଫଟୋ") {
		for _, suf := range []string{":", " :", " - ", "- ", " by", " via", " from", " —", " |", "/", " (", "s:"} {
			list = append(list, w+suf)
		}
	}
	s := New(list)
	for _, text := range []struct{ name, s string }{
		{"english", strings.Repeat("The council approved a new budget on Tuesday after a long debate about schools. ", 6)},
		{"hindi", strings.Repeat("विदेश मंत्री एस जयशंकर ने बुधवार को कजाखिस्तान की राजधानी अस्ताना में वार्ता की। ", 4)},
	} {
		b.Run(text.name, func(b *testing.B) {
			b.SetBytes(int64(len(text.s)))
			for b.Loop() {
				if s.In(text.s) {
					b.Fatal("found")
				}
			}
		})
	}
}

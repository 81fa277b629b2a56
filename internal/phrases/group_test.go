package phrases

import "testing"

// groupNaive is the definition Group.Match must agree with.
func groupNaive(lists [][]string, text string) uint32 {
	var m uint32
	for k, l := range lists {
		if naive(l, text) {
			m |= 1 << k
		}
	}
	return m
}

func TestGroup(t *testing.T) {
	lists := [][]string{
		{"photo:", "फोटो: ", "(ap"},
		{"ab", "x", "credit..."},
		{"ಚಿತ್ರ - ", "photo"},
		nil,
		{""},
	}
	g := NewGroup(lists...)
	for _, text := range []string{"", "a", "x", "the photo: reuters", "photo", "यह फोटो: पीटीआई", "(ap)", "cab",
		"credit..", "credit...", "ಚಿತ್ರ - ಕೃಪೆ", "\xff\xfephoto:", "x photo: ಚಿತ್ರ - "} {
		if got, want := g.Match(text), groupNaive(lists, text); got != want {
			t.Errorf("Match(%q) = %b, want %b", text, got, want)
		}
	}
}

func FuzzGroup(f *testing.F) {
	f.Add("photo: x", "photo:", "ab", "x")
	f.Add("यह फोटो: पीटीआई", "फोटो:", "xyz", "")
	f.Fuzz(func(t *testing.T, text, p1, p2, p3 string) {
		lists := [][]string{{p1, "abc", "abd"}, {p2, "bcd", "zzz"}, {p3, "\xe0\xa4\x95"}, nil}
		for i := 0; i+3 <= len(text) && i < 12; i += 3 {
			lists[i/3%3] = append(lists[i/3%3], text[i:i+3]+"!")
			if i+6 <= len(text) {
				// Phrases of six bytes and more, in the text and not.
				lists[(i/3+1)%3] = append(lists[(i/3+1)%3], text[i:min(i+6+i/3, len(text))], text[i:i+5]+"?")
			}
		}
		g := NewGroup(lists...)
		if got, want := g.Match(text), groupNaive(lists, text); got != want {
			t.Fatalf("Match(%q) = %b, want %b", text, got, want)
		}
		for k, l := range lists {
			if in := New(l).In(text); in != (g.Match(text)&(1<<k) != 0) {
				t.Fatalf("list %d: In = %v, Match disagrees", k, in)
			}
		}
	})
}

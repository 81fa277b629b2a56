package nasal

import "testing"

func TestConversions(t *testing.T) {
	for _, c := range []struct{ anusvara, consonant string }{
		{"संपादक", "सम्पादक"},
		{"हिंदी", "हिन्दी"},
		{"सितंबर", "सितम्बर"},
		{"घंटे", "घण्टे"},
		{"पंकज", "पङ्कज"},
		{"चंचल", "चञ्चल"},
		{"ಸಂಪಾದಕ", "ಸಮ್ಪಾದಕ"}, // Kannada
		{"সংবাদ", "সম্বাদ"},   // Bengali ব is the pa class's ba
		{"संवाद", "संवाद"},    // before a semivowel the anusvara stays
		{"में", "में"},        // word-final
		{"July", "July"},
	} {
		if got := ToConsonant(c.anusvara); got != c.consonant {
			t.Errorf("ToConsonant(%q) = %q, want %q", c.anusvara, got, c.consonant)
		}
		if got := ToAnusvara(c.consonant); got != c.anusvara {
			t.Errorf("ToAnusvara(%q) = %q, want %q", c.consonant, got, c.anusvara)
		}
	}
	// A nasal of another class than the stop is a cluster, not this
	// alternation: न्म, म्न stay.
	for _, s := range []string{"जन्म", "निम्न", "अन्य"} {
		if got := ToAnusvara(s); got != s {
			t.Errorf("ToAnusvara(%q) = %q", s, got)
		}
	}
}

func TestHas(t *testing.T) {
	// Has must agree with a rune-by-rune reading on every rune of the
	// blocks, alone and after a letter.
	for r := rune(0x0800); r < 0x0E00; r++ {
		b := block(r)
		want := b >= 0 && (r-b == anusvara || r-b == virama)
		for _, s := range []string{string(r), "क" + string(r)} {
			if got := Has(s); got != want {
				t.Errorf("Has(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

func FuzzRoundTrip(f *testing.F) {
	for _, s := range []string{"संपादक", "सम्पादक", "ಸಂಪಾದಕ", "abc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// Both are total; going to the anusvara and back is stable.
		a := ToAnusvara(s)
		if ToAnusvara(ToConsonant(a)) != a {
			t.Errorf("%q: anusvara form %q does not come back", s, a)
		}
	})
}

package dates

import (
	"testing"
	"time"
)

// TestScheduledLanguages reads a date written the way news sites of each
// scheduled language print it, with month names, parts of the day and
// relative words from the lexicon.
func TestScheduledLanguages(t *testing.T) {
	ref := time.Date(2024, 7, 3, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, in, want string }{
		{"sd", "3 جولاءِ 2024", "2024-07-03"},
		{"ks", "3 جُلَے 2024", "2024-07-03"},
		{"sat", "᱓ ᱡᱩᱞᱟᱭ ᱒᱐᱒᱔", "2024-07-03"},
		{"mni", "꯳ ꯖꯨꯂꯥꯏ ꯲꯰꯲꯴", "2024-07-03"},
		{"mni", "৩ জুলাই ২০২৪", "2024-07-03"},
		{"doi", "3 जुलाई 2024", "2024-07-03"},
		{"kok", "3 जुलय 2024", "2024-07-03"},
		{"sa", "3 जुलाईमासः 2024", "2024-07-03"},
		{"ne", "२ घण्टा अगाडि", "2024-07-03T10:00:00Z"},
		{"as", "২ ঘণ্টা আগতে", "2024-07-03T10:00:00Z"},
		{"sd", "2 ڪلاڪ اڳ", "2024-07-03T10:00:00Z"},
		{"mai", "3 जुलाई 2024, भोर 9:05", "2024-07-03T09:05:00"},
		// Spellings of the second pass (issue 16): Marathi "आधी" beside
		// "-पूर्वी", Manipuri's unit before the number, Kashmiri and
		// Sanskrit minutes, night words.
		{"mr", "2 तास आधी", "2024-07-03T10:00:00Z"},
		{"mni", "মিনিট ৪৫ মমাংদা", "2024-07-03T11:15:00Z"},
		{"ks", "45 مِنَٹ برونٹھ", "2024-07-03T11:15:00Z"},
		{"sa", "४५ निमेषात् पूर्वम्", "2024-07-03T11:15:00Z"},
		{"sat", "᱔᱕ ᱢᱤᱱᱤᱴ ᱢᱟᱲᱟᱝ", "2024-07-03T11:15:00Z"},
		{"mni", "2 জুলাই 2024, অহিং 9:10", "2024-07-02T21:10:00"},
		{"sat", "2 ᱡᱩᱞᱟᱭ 2024, ᱧᱤᱫᱟ 9:10", "2024-07-02T21:10:00"},
	} {
		r, ok := Parse(c.in, Options{Ref: ref, Lang: c.lang})
		if !ok {
			t.Errorf("%s %q: no date", c.lang, c.in)
			continue
		}
		if got := r.String(); got != c.want {
			t.Errorf("%s %q = %s, want %s", c.lang, c.in, got, c.want)
		}
	}
}

package clean

import "testing"

// TestSentencesAndInitials: a full stop after an initial or an
// abbreviation is no sentence end, in any script; a full stop after a
// short word that ends a sentence still is one.
func TestSentencesAndInitials(t *testing.T) {
	for _, c := range []struct {
		name, text string
		sentences  int
	}{
		{"latin initial", "U.S. President George W. Bush welcomed the announcement", 0},
		{"latin end", "He spoke. She left.", 1},
		{"latin chain", "John F. Kennedy and Lyndon B. Johnson met.", 0},
		{"ellipsis then text", "It is growing. ... And more", 1},
		{"bengali letter name", "মার্কিন রাষ্ট্রপতি জর্জ ডব্লিউ. বুশ এই ঘোষণাকে স্বাগত জানিয়েছেন", 0},
		{"marathi letter name", "जॉर्ज डब्ल्यू. बुश यांनी घोषणेचे स्वागत केले", 0},
		{"hindi letter names", "शटल कार्यक्रम के प्रमुख एन. वेन हेल जूनियर ने कहा", 0},
		{"kannada letter name", "ಜಾರ್ಜ್‌ ಡಬ್ಲ್ಯೂ. ಬುಷ್‌ ಸ್ವಾಗತ ಕೋರಿದರು", 0},
		{"kannada initials", "ಕದ್ದಾಲಿಕೆ ಸಿಬಿಐಗೆ- ಹೆಚ್. ಡಿ. ದೇವೇಗೌಡ", 0},
		{"ol chiki letter name", "ᱡᱚᱨᱡᱽ ᱰᱚᱵᱞᱩ. ᱵᱩᱥ ᱮᱛᱚᱦᱚᱵ", 0},
		{"gujarati letter name", "જ્યોર્જ ડબલ્યુ. બુશ એક અઠવાડિયાનાં", 0},
		{"malayalam letter name", "ജോർജ്ജ് ഡബ്ല്യു. ബുഷ് നവംബർ 16 ന്", 0},
		{"tamil native initials", "மு. க. ஸ்டாலின் கூறினார்", 0},
		{"tamil chain after a name", "ஜனாதிபதி ஜார்ஜ். டபிள்யூ. புஷ் இந்த அறிவிப்பை", 0},
		{"dotted abbreviation", "யு.எஸ். ஜனாதிபதி", 0},
		// Hindi, Gujarati, Punjabi, Nepali end sentences in one-syllable
		// verbs: these stops are sentence ends.
		{"hindi hai", "यह सच है. लेकिन वह नहीं आया.", 1},
		{"hindi tha", "वह वहाँ था. फिर चला गया", 1},
		{"gujarati chhe", "આ સાચું છે. પણ તે આવ્યો નહીં", 1},
		{"nepali chha", "यो ठीक छ. तर ऊ आएन", 1},
		{"punjabi si", "ਉਹ ਉੱਥੇ ਸੀ. ਫਿਰ ਚਲਾ ਗਿਆ", 1},
		{"malayalam aanu", "ഇത് ശരിയാണ്. അവൻ വന്നില്ല", 1},
		{"danda", "यह सच है। लेकिन", 1},
		{"number", "It rose 5. Then it fell", 1},
	} {
		if got := measure(c.text).sentences; got != c.sentences {
			t.Errorf("%s: %q has %d sentence ends, want %d", c.name, c.text, got, c.sentences)
		}
	}
}

// FuzzMeasure: measure takes any text without panicking, and the counts
// stay within the text's size.
func FuzzMeasure(f *testing.F) {
	for _, s := range []string{"George W. Bush. He", "জর্জ ডব্লিউ. বুশ", "மு. க. ", ". . .", "a.", "\u0bcd. x", "(W. X"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m := measure(s)
		if m.sentences < 0 || m.sentences > len(s) || m.words > len(s) {
			t.Fatalf("measure(%q) = %+v", s, m)
		}
	})
}

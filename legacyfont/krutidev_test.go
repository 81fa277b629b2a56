package legacyfont

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestKrutiDevWords(t *testing.T) {
	// Words as the Kruti Dev 010 keyboard types them (the font's standard
	// Remington map), one rule each.
	cases := []struct{ in, want string }{
		{"esjk uke", "मेरा नाम"},       // plain letters and signs
		{"gS gSa ugha", "है हैं नहीं"}, // vowel then nasal sign
		{"fd;k", "किया"},               // short i before its consonant
		{"fLFkfr", "स्थिति"},           // short i before a conjunct
		{"/keZ", "धर्म"},               // reph after its syllable
		{"dk;Z", "कार्य"},              // reph after a consonant and sign
		{"o\"kksZa", "वर्षों"},         // reph after a vowel sign, before the nasal
		{"dhfrZ", "कीर्ति"},            // short i and reph on one syllable
		{"ckClZ", "बार्ब्स"},           // reph over a conjunct
		{"Hkkjr", "भारत"},              // letters with the vertical stem key
		{"izns'k", "प्रदेश"},           // subscript r and half sh
		{"ç/kkuea=h", "प्रधानमंत्री"},  // conjunct glyphs
		{"t+:jr", "ज़रूरत"},            // nukta key, ru glyph
		{"flag", "सिंह"},               // short i with anusvara
		{"fnYyh", "दिल्ली"},            // half l
		{"vkSj pkSng", "और चौदह"},      // au, and the reference's चै corrected
		{"nq%[k", "दुःख"},              // visarga between letters
		{"dgk%", "कहा:"},               // a colon after a word
		{"gSA", "है।"},                 // danda
		{"2024 esa", "2024 में"},       // digits pass through
		// The examples of the two npm converters' READMEs.
		{"esjk uke usgy gSA eS ,d Nk= gw¡A", "मेरा नाम नेहल है। मै एक छात्र हूँ।"},
		{"gsyks oYMZ", "हेलो वर्ल्ड"},
	}
	for _, c := range cases {
		if got := KrutiDev(c.in); got != norm.NFC.String(c.want) {
			t.Errorf("KrutiDev(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestChanakyaWords(t *testing.T) {
	cases := []struct{ in, want string }{
		// The sample of npm-hindi-converter's README and test, the one
		// published Chanakya text with its reading.
		{"ÚUæÁSÍæÙ çßçÙØæð» ÂýæðˆâæãUÙ ØæðÁÙæ w®vy ç·¤Ù ÂÚU Üæ»ê ãUæð»è?", "राजस्थान विनियोग प्रोत्साहन योजना 2014 किन पर लागू होगी?"},
		{"ãUñ ×ð´ ·¤æ ·ð¤ ·¤è", "है में का के की"}, // hooks ¤ and U either side of a sign
		{"çSÍçÌ", "स्थिति"},                        // short i before a conjunct
		{"·¤æØü", "कार्य"},                         // reph after its syllable
		{"çÙc·¤áô¢ü", "निष्कर्षों"},                // reph after the nasal sign
	}
	for _, c := range cases {
		if got := Chanakya(c.in); got != norm.NFC.String(c.want) {
			t.Errorf("Chanakya(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestFloresRoundTrip decodes the FLORES dev Hindi sentences that
// scripts/legacyfont/gen.sh wrote in each font (by inverting the reference
// table) and compares them with the original sentences, beside the
// reference converter's own decoding of the same bytes. Run with -v for the
// figures docs/lang.md quotes. The floors are below the measured figures so
// that a regression fails, not a rounding.
func TestFloresRoundTrip(t *testing.T) {
	for _, c := range []struct {
		font, file string
		convert    func(string) string
		minExact   float64
	}{
		{"Kruti Dev", "testdata/flores-hin.tsv", KrutiDev, 98},
		{"Walkman-Chanakya", "testdata/flores-hin-chanakya.tsv", Chanakya, 95},
	} {
		raw, err := os.ReadFile(c.file)
		if err != nil {
			t.Fatal(err)
		}
		var n, exact, refExact, chars, errs, refErrs int
		for line := range strings.Lines(string(raw)) {
			if strings.HasPrefix(line, "#") {
				continue
			}
			cols := strings.Split(strings.TrimRight(line, "\n"), "\t")
			if len(cols) != 3 {
				t.Fatalf("%s: bad row %q", c.file, line)
			}
			want, legacy, ref := cols[0], cols[1], cols[2]
			got := c.convert(legacy)
			n++
			chars += utf8.RuneCountInString(want)
			if got == want {
				exact++
			} else if testing.Verbose() && n-exact <= 8 {
				t.Logf("%s miss:\n  want %s\n  got  %s", c.font, want, got)
			}
			if ref == want {
				refExact++
			}
			errs += editDistance(want, got)
			refErrs += editDistance(want, ref)
		}
		pct := func(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }
		t.Logf("%s, FLORES dev Hindi, %d sentences: exact %d (%.1f %%), character accuracy %.3f %%; "+
			"the reference converter on the same text: exact %d (%.1f %%), character accuracy %.3f %%",
			c.font, n, exact, pct(exact, n), 100-pct(errs, chars), refExact, pct(refExact, n), 100-pct(refErrs, chars))
		if n < 400 || pct(exact, n) < c.minExact || 100-pct(errs, chars) < 99.5 {
			t.Errorf("%s: conversion fell below the floor (%.0f %% exact, 99.5 %% characters)", c.font, c.minExact)
		}
	}
}

// editDistance is the Levenshtein distance in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// FuzzKrutiDev checks that any input converts, in either font, without a
// panic to valid UTF-8 of bounded size (the reordering never invents
// text), and that the detector reads it without a panic.
func FuzzKrutiDev(f *testing.F) {
	for _, s := range []string{"fd;k", "/keZ", "ZZZ", "fff", "f", "Z", "fLFkfr", "o\"kksZa", "\xff\xfe", "ÆÉÇ±Ê", "a+Z~jf", "The quick brown fox",
		"çSÍçÌ", "üüü", "ç¨ü", "ÚUæÁSÍæÙ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// The detector reads the same outside text: it must not panic.
		Detect(s)
		FontKrutiDev.Looks(s)
		FontChanakya.Looks(s)
		for name, convert := range map[string]func(string) string{"KrutiDev": KrutiDev, "Chanakya": Chanakya} {
			got := convert(s)
			if !utf8.ValidString(got) {
				t.Fatalf("%s(%q) is not valid UTF-8", name, s)
			}
			// The longest replacement turns one byte into four Devanagari
			// letters (12 bytes); NFC and the inserted reph add little.
			if len(got) > 16*len(s)+16 {
				t.Fatalf("%s(%q) grew to %d bytes from %d", name, s, len(got), len(s))
			}
		}
	})
}

// BenchmarkKrutiDev converts the Kruti Dev column of the FLORES test set
// as one document (about 60 KB).
func BenchmarkKrutiDev(b *testing.B) {
	raw, err := os.ReadFile("testdata/flores-hin.tsv")
	if err != nil {
		b.Fatal(err)
	}
	var kd []string
	for line := range strings.Lines(string(raw)) {
		if cols := strings.Split(line, "\t"); len(cols) == 3 {
			kd = append(kd, cols[1])
		}
	}
	doc := strings.Join(kd, "\n\n")
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		KrutiDev(doc)
	}
}

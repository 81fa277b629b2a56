package meta

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestRomanLowerASCII checks what romanisedText assumes: İ and the Kelvin
// sign are the only runes above ASCII whose lower case is ASCII, and
// strings.ToLower gives them as romanisedText does.
func TestRomanLowerASCII(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l < utf8.RuneSelf && r != 0x130 && r != 0x212A {
			t.Fatalf("%U lower-cases to ASCII %q", r, l)
		}
	}
	if strings.ToLower("\u0130\u212A") != "ik" {
		t.Fatalf("strings.ToLower(İK) = %q", strings.ToLower("\u0130\u212A"))
	}
	if !romanTable().az {
		t.Error("the lexicon's romanised words are not all small ASCII letters: romanisedText takes its slow way")
	}
}

func FuzzRomanised(f *testing.F) {
	for _, s := range []string{
		"aaj kolkatay ekta boro michil hoyeche ebong onek manush theke shuru kore shob rasta bondho chilo kintu police kichu kore ni",
		"aaj dilli mein badi baarish hui aur sadkon par paani bhar gaya",
		"aaj kolkatay\nekta boro michil hoyeche ebong\n\nonek manush theke shuru kore shob rasta bondho chilo kintu police kichu kore ni",
		"The council approved the budget on Tuesday after a long debate.",
		"\"EBONG\" (theke) kore... kintu, \u0130s \u212Aore \u212Aintu a b c d e f g h i j",
		"ebong\u00a0theke\u3000kore\xff kintu a b c d e f g h i j", "ébong thèke kore kintu a b c d e f g h",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		want := romanisedWords(text)
		if got := romanisedText(text); got != want {
			t.Fatalf("romanisedText(%q) = %v, word by word %v", text, got, want)
		}
		// scriptFlags hands the blocks over one by one.
		var c romanCount
		for part := range strings.SplitSeq(text, "\n") {
			c.add(part)
		}
		if got := c.romanised(); got != want {
			t.Fatalf("romanCount over the lines of %q = %v, word by word %v", text, got, want)
		}
	})
}

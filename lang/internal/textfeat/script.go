// Package textfeat turns text into the features that both the language
// identifier (package lang) and its trainer (lang/internal/train) use: the
// Unicode script of every rune, words cut at script changes, and hashed
// character n-grams of those words. Training and identification must cut text
// the same way, so this code lives in one place.
package textfeat

import (
	"strings"
	"unicode"
)

// Script is an index into Codes; 0 means "no script" (digits, punctuation,
// spaces, symbols: Unicode's Common script) and 1 means Inherited (combining
// marks that take the script of the letter before them).
type Script uint8

const (
	None      Script = 0
	Inherited Script = 1
)

// Codes holds the ISO 15924 code of each Script value.
var Codes []string

// iso15924 maps Go's Unicode script names to ISO 15924 codes where the code is
// not simply the first four letters of the name.
var iso15924 = map[string]string{
	"Arabic": "Arab", "Armenian": "Armn", "Bengali": "Beng", "Bopomofo": "Bopo",
	"Canadian_Aboriginal": "Cans", "Cherokee": "Cher", "Cyrillic": "Cyrl",
	"Devanagari": "Deva", "Ethiopic": "Ethi", "Georgian": "Geor", "Greek": "Grek",
	"Gujarati": "Gujr", "Gurmukhi": "Guru", "Han": "Hani", "Hangul": "Hang",
	"Hebrew": "Hebr", "Hiragana": "Hira", "Kannada": "Knda", "Katakana": "Kana",
	"Khmer": "Khmr", "Lao": "Laoo", "Latin": "Latn", "Malayalam": "Mlym",
	"Meetei_Mayek": "Mtei", "Mongolian": "Mong", "Myanmar": "Mymr", "Ol_Chiki": "Olck",
	"Oriya": "Orya", "Sinhala": "Sinh", "Syriac": "Syrc", "Tamil": "Taml",
	"Telugu": "Telu", "Thaana": "Thaa", "Thai": "Thai", "Tibetan": "Tibt",
	"Tifinagh": "Tfng", "Nko": "Nkoo", "Syloti_Nagri": "Sylo", "Chakma": "Cakm",
	"Lepcha": "Lepc", "Limbu": "Limb", "Tirhuta": "Tirh", "Sharada": "Shrd",
	"Takri": "Takr", "Kaithi": "Kthi", "Grantha": "Gran", "Javanese": "Java",
	"Balinese": "Bali", "Sundanese": "Sund", "Tai_Le": "Tale", "Yi": "Yiii",
	"Adlam": "Adlm", "Hanifi_Rohingya": "Rohg", "Old_Hungarian": "Hung", "Old_Turkic": "Orkh", "Vai": "Vaii", "Old_Italic": "Ital", "Inscriptional_Pahlavi": "Phli",
}

// bmp holds the Script of every rune below 0x10000; rarer planes are looked up
// in astral. A table lookup keeps the per-rune cost to one load, which matters
// because every byte of a corpus passes through here.
var (
	bmp    [0x10000]Script
	astral []astralRange
	byCode = map[string]Script{}
	cased  []bool
)

type astralRange struct {
	lo, hi rune
	s      Script
}

func init() {
	Codes = []string{"", "Zinh"}
	names := make([]string, 0, len(unicode.Scripts))
	for name := range unicode.Scripts {
		if name != "Common" && name != "Inherited" {
			names = append(names, name)
		}
	}
	// Sorted so that Script values are stable from build to build.
	sortStrings(names)
	for _, name := range names {
		code, ok := iso15924[name]
		if !ok {
			code = strings.ReplaceAll(name, "_", "")
			if len(code) > 4 {
				code = code[:4]
			}
			if _, taken := byCode[code]; taken {
				code = name // rare scripts only; never a model label
			}
		}
		s := Script(len(Codes))
		Codes = append(Codes, code)
		byCode[code] = s
		fill(unicode.Scripts[name], s)
	}
	fill(unicode.Inherited, Inherited)
	cased = make([]bool, len(Codes))
	for _, c := range []string{"Latn", "Cyrl", "Grek", "Armn", "Geor", "Cher", "Adlm"} {
		cased[byCode[c]] = true
	}
}

func fill(t *unicode.RangeTable, s Script) {
	for _, r := range t.R16 {
		for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
			bmp[c] = s
		}
	}
	for _, r := range t.R32 {
		if r.Lo < 0x10000 {
			for c := rune(r.Lo); c <= rune(r.Hi) && c < 0x10000; c += rune(r.Stride) {
				bmp[c] = s
			}
			continue
		}
		if r.Stride == 1 {
			astral = append(astral, astralRange{rune(r.Lo), rune(r.Hi), s})
			continue
		}
		for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
			astral = append(astral, astralRange{c, c, s})
		}
	}
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// Of returns the Script of r.
func Of(r rune) Script {
	if r >= 0 && r < 0x10000 {
		return bmp[r]
	}
	for _, a := range astral {
		if r >= a.lo && r <= a.hi {
			return a.s
		}
	}
	return None
}

// ByCode returns the Script with ISO 15924 code c.
func ByCode(c string) (Script, bool) {
	s, ok := byCode[c]
	return s, ok
}

// Code returns the ISO 15924 code of s ("" for None).
func (s Script) Code() string {
	if int(s) < len(Codes) {
		return Codes[s]
	}
	return ""
}

// Group folds scripts that one language writes together into one: Japanese
// mixes Han with both kana, so a text's Han, Hiragana and Katakana letters are
// counted as one group and the model decides between Chinese and Japanese.
func (s Script) Group() Script {
	switch s {
	case hira, kana, bopo:
		return hani
	}
	return s
}

var hani, hira, kana, bopo, latin Script

func init() {
	hani, hira, kana, bopo = byCode["Hani"], byCode["Hira"], byCode["Kana"], byCode["Bopo"]
	latin = Of('a')
}

// Cased reports whether the script has upper and lower case, so that its
// words are lower-cased before n-grams are taken.
func (s Script) Cased() bool { return int(s) < len(cased) && cased[s] }

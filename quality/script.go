package quality

import (
	"sort"
	"sync"
	"unicode"
)

// Rune classes, as the signals need them. Marks are kept apart from
// letters because Indic vowel signs and viramas are marks: counting them
// as letters would make every Indic word look twice as long as it reads.
const (
	clsOther  uint8 = iota // controls, format characters, unassigned
	clsSpace               // White_Space
	clsLetter              // L*
	clsMark                // M*
	clsDigit               // Nd
	clsNumber              // Nl, No
	clsPunct               // P*
	clsSymbol              // S*
)

// Script ids index scriptNames; 0 is Common/Inherited/unknown, which do
// not count towards any script.
var (
	tableOnce   sync.Once
	runeClass   [0x10000]uint8
	runeScript  [0x10000]uint8
	scriptNames []string         // id -> Go script name
	scriptIDs   map[string]uint8 // Go script name -> id
)

// The tables cover the BMP, where nearly all text lives; runes above it
// (emoji, historic scripts, CJK extensions) take the slower path through
// package unicode. A table lookup per rune is what keeps Compute a single
// cheap pass: unicode.Is over ~160 scripts per rune would cost more than
// everything else put together.
func buildTables() {
	names := make([]string, 0, len(unicode.Scripts))
	for n := range unicode.Scripts {
		if n != "Common" && n != "Inherited" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	scriptNames = append([]string{""}, names...)
	if len(scriptNames) > 255 {
		panic("quality: too many scripts for a uint8 id")
	}
	scriptIDs = make(map[string]uint8, len(scriptNames))
	for i, n := range scriptNames {
		if i > 0 {
			scriptIDs[n] = uint8(i)
		}
	}
	for i, n := range scriptNames[1:] {
		fill16(unicode.Scripts[n], runeScript[:], uint8(i+1))
	}
	// Later fills win: general categories first, White_Space last so that
	// tab, newline and the odd spaces are spaces whatever their category.
	fill16(unicode.L, runeClass[:], clsLetter)
	fill16(unicode.M, runeClass[:], clsMark)
	fill16(unicode.N, runeClass[:], clsNumber)
	fill16(unicode.Nd, runeClass[:], clsDigit)
	fill16(unicode.P, runeClass[:], clsPunct)
	fill16(unicode.S, runeClass[:], clsSymbol)
	fill16(unicode.White_Space, runeClass[:], clsSpace)
	// Invisible separators are spaces too: a line of zero-width spaces is
	// an empty line to a reader. ZWJ and ZWNJ are not: they sit inside
	// Indic and Persian words.
	for _, r := range []rune{'\u200B', '\u2060', '\uFEFF'} {
		runeClass[r] = clsSpace
	}
	// The Tibetan tsheg separates syllables as a space would; counted as
	// punctuation it would make every Tibetan text a quarter symbols.
	runeClass['\u0F0B'], runeClass['\u0F0C'] = clsOther, clsOther
	buildTerminal()
}

func fill16(t *unicode.RangeTable, dst []uint8, v uint8) {
	for _, r := range t.R16 {
		for c := int(r.Lo); c <= int(r.Hi); c += int(r.Stride) {
			dst[c] = v
		}
	}
	for _, r := range t.R32 {
		if r.Lo > 0xFFFF {
			break
		}
		hi := min(int(r.Hi), 0xFFFF)
		for c := int(r.Lo); c <= hi; c += int(r.Stride) {
			dst[c] = v
		}
	}
}

// classify returns the class and script id of r.
func classify(r rune) (uint8, uint8) {
	if r < 0x10000 && r >= 0 {
		return runeClass[r], runeScript[r]
	}
	var c uint8
	switch {
	case unicode.IsLetter(r):
		c = clsLetter
	case unicode.IsMark(r):
		c = clsMark
	case unicode.Is(unicode.Nd, r):
		c = clsDigit
	case unicode.IsNumber(r):
		c = clsNumber
	case unicode.IsPunct(r):
		c = clsPunct
	case unicode.IsSymbol(r):
		c = clsSymbol
	case unicode.IsSpace(r):
		c = clsSpace
	}
	if c != clsLetter && c != clsMark {
		return c, 0
	}
	for i, n := range scriptNames[1:] {
		if unicode.Is(unicode.Scripts[n], r) {
			return c, uint8(i + 1)
		}
	}
	return c, 0
}

// iso15924 maps the ISO 15924 codes of language labels to Go's script
// names. Codes that name a writing system made of several Unicode scripts
// (Jpan, Kore) list them all; Hans and Hant are both Han.
var iso15924 = map[string][]string{
	"Arab": {"Arabic"}, "Armn": {"Armenian"}, "Beng": {"Bengali"},
	"Bopo": {"Bopomofo"}, "Cher": {"Cherokee"}, "Cyrl": {"Cyrillic"},
	"Deva": {"Devanagari"}, "Ethi": {"Ethiopic"}, "Geor": {"Georgian"},
	"Grek": {"Greek"}, "Gujr": {"Gujarati"}, "Guru": {"Gurmukhi"},
	"Hang": {"Hangul"}, "Hani": {"Han"}, "Hans": {"Han"}, "Hant": {"Han"},
	"Hebr": {"Hebrew"}, "Hira": {"Hiragana"}, "Jpan": {"Han", "Hiragana", "Katakana"},
	"Kana": {"Katakana"}, "Khmr": {"Khmer"}, "Knda": {"Kannada"},
	"Kore": {"Hangul", "Han"}, "Laoo": {"Lao"}, "Latn": {"Latin"},
	"Limb": {"Limbu"}, "Mlym": {"Malayalam"}, "Mong": {"Mongolian"},
	"Mtei": {"Meetei_Mayek"}, "Mymr": {"Myanmar"}, "Olck": {"Ol_Chiki"},
	"Orya": {"Oriya"}, "Sinh": {"Sinhala"}, "Syrc": {"Syriac"},
	"Taml": {"Tamil"}, "Telu": {"Telugu"}, "Tfng": {"Tifinagh"},
	"Thaa": {"Thaana"}, "Thai": {"Thai"}, "Tibt": {"Tibetan"},
	"Tirh": {"Tirhuta"}, "Shrd": {"Sharada"}, "Gran": {"Grantha"},
}

// unspacedScripts do not separate words with spaces, so whitespace words
// mean nothing there and the word-based signals are left out.
var unspacedScripts = []string{"Han", "Hiragana", "Katakana", "Thai", "Lao", "Khmer", "Myanmar", "Tibetan"}

// scriptsOf returns the script ids a label's script subtag stands for, or
// nil when the label names none this package knows.
func scriptsOf(lang string) []uint8 {
	tableOnce.Do(buildTables)
	code := scriptCode(lang)
	if code == "" {
		return nil
	}
	var ids []uint8
	for _, n := range iso15924[code] {
		if id, ok := scriptIDs[n]; ok {
			ids = append(ids, id)
		}
	}
	return ids
}

// scriptCode returns the ISO 15924 part of a label like "hin_Deva".
func scriptCode(lang string) string {
	for i := len(lang) - 1; i >= 0; i-- {
		if lang[i] == '_' || lang[i] == '-' {
			return lang[i+1:]
		}
	}
	return ""
}

// langCode returns the ISO 639 part of a label like "hin_Deva".
func langCode(lang string) string {
	for i := 0; i < len(lang); i++ {
		if lang[i] == '_' || lang[i] == '-' {
			return lang[:i]
		}
	}
	return lang
}

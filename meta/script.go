package meta

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/akhbar/akhbar/internal/runeclass"
	"github.com/akhbar/akhbar/legacyfont"
	"github.com/akhbar/akhbar/lexicon"
	"github.com/akhbar/akhbar/pipeline"
)

// scheduled are the languages of India's Eighth Schedule, by ISO 639-3
// code: a Latin-script label for one of them is romanised text.
var scheduled = map[string]bool{"asm": true, "ben": true, "brx": true, "doi": true, "guj": true, "hin": true,
	"kan": true, "kas": true, "kok": true, "gom": true, "mai": true, "mal": true, "mar": true, "mni": true,
	"npi": true, "nep": true, "ory": true, "pan": true, "san": true, "sat": true, "snd": true, "tam": true,
	"tel": true, "urd": true}

// scriptFlags flags a body written in a legacy font's ASCII encoding
// ("legacy-font": Kruti Dev Hindi reads as Latin letters, and language ID
// calls it Indonesian; Chanakya as Latin-1 signs) or in Latin letters for an Indian language
// ("romanised"). Both are cheap tests on the table's frequent words; the
// text is left as the page wrote it. The pipeline converts such a body
// before language ID (package steps), so this flag fires here only when
// meta runs on its own.
func scriptFlags(d *pipeline.Doc) {
	// The body's blocks, as far as 20,000 bytes of them joined with
	// newlines, are handed to both tests one by one rather than joined
	// into a copy: no word spans two blocks either way.
	t := romanTable()
	var font legacyfont.Detector
	var roman romanCount
	var joined strings.Builder // for romanisedWords only
	n := 0
	for _, bl := range d.Blocks {
		if bl.Role == pipeline.RoleBody && n < 20000 {
			font.Add(bl.Text)
			if t.az {
				roman.add(bl.Text)
			} else {
				joined.WriteString(bl.Text)
				joined.WriteByte('\n')
			}
			n += len(bl.Text) + 1
		}
	}
	if n == 0 {
		return
	}
	r := &d.Record
	if font.Font() != legacyfont.None {
		addFlag(r, "legacy-font")
	}
	romanised := roman.romanised
	if !t.az {
		romanised = func() bool { return romanisedWords(joined.String()) }
	}
	base, script, _ := strings.Cut(r.Lang, "_")
	if script == "Latn" && scheduled[base] || romanised() {
		addFlag(r, "romanised")
	}
}

// romanisedText reports Latin-letter text of which one word in six is a
// romanised function word of an Indian language, three of them distinct:
// romanisedWords with its words cut, trimmed of non-letters and lower-cased
// in one pass, without a string per word.
//
// The lexicon's romanised words are small ASCII letters (romanTable checks
// it), so only a word that lower-cases to ASCII letters can be one: an
// ASCII word, or one with İ or the Kelvin sign, the only other runes whose
// lower case is ASCII (TestRomanLowerASCII). Any other rune leaves a
// non-ASCII rune in the folded word; such words are counted and not looked
// up. FuzzRomanised compares it with romanisedWords.
func romanisedText(text string) bool {
	if !romanTable().az {
		return romanisedWords(text)
	}
	var c romanCount
	c.add(text)
	return c.romanised()
}

// romanCount is romanisedText's counts over the parts of a text (words
// never span parts); only for a table that is az.
type romanCount struct {
	words, hits int
	seen        [romanMax / 64]uint64
}

func (rc *romanCount) add(text string) {
	t := romanTable()
	var buf [32]byte
	for i := 0; i < len(text); {
		start, end := nextField(text, i)
		i = end
		w := trimNonLetters(text[start:end])
		if w == "" {
			continue
		}
		rc.words++
		n, ok := 0, len(w) <= len(buf)
		for j := 0; ok && j < len(w); {
			c := w[j]
			if c < utf8.RuneSelf {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf[n] = c
				n++
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(w[j:])
			j += size
			switch r {
			case 0x130: // İ
				buf[n] = 'i'
			case 0x212A: // Kelvin sign
				buf[n] = 'k'
			default:
				ok = false
			}
			n++
		}
		if !ok {
			continue
		}
		if k, in := t.index[string(buf[:n])]; in {
			rc.hits++
			rc.seen[k/64] |= 1 << (k % 64)
		}
	}
}

// romanised is romanisedText's answer for the parts added.
func (rc *romanCount) romanised() bool {
	distinct := 0
	for _, b := range rc.seen {
		distinct += bits.OnesCount64(b)
	}
	return rc.words >= 10 && distinct >= 3 && rc.hits*6 >= rc.words
}

// romanisedWords is romanisedText word by word with strings.Fields and
// lexicon.Has: the reference, and the way for a lexicon with other words.
func romanisedWords(text string) bool {
	words, hits := 0, 0
	seen := map[string]bool{}
	for _, w := range strings.Fields(text) {
		w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
		if w == "" {
			continue
		}
		words++
		if lexicon.Has(lexicon.Romanised, w) {
			hits++
			seen[w] = true
		}
	}
	return words >= 10 && len(seen) >= 3 && hits*6 >= words
}

// romanMax bounds the romanised words romanisedText counts distinct ones
// of in a bit set.
const romanMax = 256

// romanTable indexes the lexicon's romanised words (folded); az says they
// are all small ASCII letters, and not too many for romanisedText.
var romanTable = sync.OnceValue(func() (t struct {
	index map[string]int
	az    bool
}) {
	var keys []string
	for _, e := range lexicon.Entries(lexicon.Romanised) {
		keys = append(keys, lexicon.Fold(e.Phrase))
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	t.index = make(map[string]int, len(keys))
	t.az = len(keys) <= romanMax
	for i, k := range keys {
		t.index[k] = i
		if k == "" || len(k) > 32 || strings.IndexFunc(k, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
			t.az = false
		}
	}
	return t
})

// nextField returns the bounds of the first run of non-space runes of text
// at or after i (strings.Fields's words), or len(text) twice.
func nextField(text string, i int) (start, end int) {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			i++
			continue
		}
		if !runeclass.SpaceLead(c) {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !runeclass.IsSpace(r) {
			break
		}
		i += size
	}
	start = i
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				break
			}
			i++
			continue
		}
		if !runeclass.SpaceLead(c) {
			// No space starts here; a continuation byte never does.
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if runeclass.IsSpace(r) {
			break
		}
		i += size
	}
	return start, i
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// trimNonLetters is strings.TrimFunc(w, not unicode.IsLetter).
func trimNonLetters(w string) string {
	for len(w) > 0 {
		r, size := rune(w[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(w)
		}
		if runeclass.IsLetter(r) {
			break
		}
		w = w[size:]
	}
	for len(w) > 0 {
		r, size := rune(w[len(w)-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(w)
		}
		if runeclass.IsLetter(r) {
			break
		}
		w = w[:len(w)-size]
	}
	return w
}

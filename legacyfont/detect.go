package legacyfont

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/akhbar/akhbar/internal/runeclass"
	"github.com/akhbar/akhbar/lexicon"
)

// Font names a legacy encoding of Hindi.
type Font string

// The fonts this package converts; None is Unicode or anything else.
const (
	None         Font = ""
	FontKrutiDev Font = "krutidev"
	FontChanakya Font = "chanakya"
)

// The detector's thresholds: a text is in a font when at least one word in
// eight is a frequent Hindi word as the font writes it, three of them
// distinct, in ten words or more. Hindi prose has a function word
// (है, में, का, के, की, से, को …) in most runs of eight words; English and
// other Latin-script prose has no word of those lists at all (they are not
// words of any Latin-script language), so the rates docs/lang.md reports
// come from the margin, not from tuning.
const (
	minWords    = 10
	minDistinct = 3
	wordsPerHit = 8
)

// Detect returns the legacy font text is written in, or None: the first
// of Kruti Dev and Chanakya whose Count passes the thresholds.
//
// It counts both fonts in one pass over the words, and skips the words
// that cannot be in a font's table: every Kruti Dev word of the table is
// ASCII and matchForm only trims ASCII marks off a Kruti Dev word, so a
// word with other bytes cannot match; every Chanakya word has a Latin-1 or
// Windows-1252 sign and matchForm never adds one, so an ASCII word cannot.
// (detectTables checks both against the table; FuzzDetect compares with
// Count.) On English pages this halves the work, on Hindi pages it skips
// nearly every word at its first rune.
func Detect(text string) Font {
	var d Detector
	d.Add(text)
	return d.Font()
}

// Detector is Detect over a text given in parts, as if they were joined
// with newlines, without joining them: the pipeline asks it of a page's
// blocks, and a joined copy of each page (two, with meta's) was an eighth
// of the bytes the steps allocate. Words never span parts, as they never
// span the newline between them, and the counts add up in any order.
type Detector struct {
	kd, ch fontCount
	words  int
	// joined holds the parts when a table is too large for one pass
	// (detectByCount then reads them all).
	joined []byte
}

// Add counts the words of one part.
func (d *Detector) Add(text string) {
	t := detectTables()
	if len(t.kd) > maxTable || len(t.ch) > maxTable {
		d.joined = append(append(d.joined, text...), '\n')
		return
	}
	eachField(text, func(w string, ascii bool) {
		d.words++
		if !ascii && w[0] >= 0xe0 {
			// As in Count: a word opening with a letter of another
			// block is in neither font.
			if r, _ := utf8.DecodeRuneInString(w); !isCP1252(r) {
				return
			}
		}
		// A word whose first byte opens no Kruti Dev word of the table
		// cannot be one after matchForm, which only trims its end (most
		// words of an English page).
		if (ascii || !t.kdASCII) && t.kdFirst[w[0]] {
			d.kd.add(t.kd, matchForm(FontKrutiDev, w))
		}
		if !ascii || !t.chHigh {
			d.ch.add(t.ch, matchForm(FontChanakya, w))
		}
	})
}

// Font returns the font of the parts added so far, as Detect does.
func (d *Detector) Font() Font {
	if d.joined != nil {
		return detectByCount(string(d.joined))
	}
	for _, c := range []struct {
		f Font
		n *fontCount
	}{{FontKrutiDev, &d.kd}, {FontChanakya, &d.ch}} {
		if d.words >= minWords && c.n.distinct() >= minDistinct && c.n.hits*wordsPerHit >= d.words {
			return c.f
		}
	}
	return None
}

// detectByCount is Detect by Count, a pass per font.
func detectByCount(text string) Font {
	for _, f := range []Font{FontKrutiDev, FontChanakya} {
		hits, distinct, words := f.Count(text)
		if words >= minWords && distinct >= minDistinct && hits*wordsPerHit >= words {
			return f
		}
	}
	return None
}

// fontCount is Count's hits and distinct words, the distinct ones as bits
// of their index in the font's table.
type fontCount struct {
	hits int
	seen [maxTable / 64]uint64
}

// maxTable is the most words of one font Detect counts in one pass; a
// longer table makes it call Count.
const maxTable = 256

func (c *fontCount) add(table map[string]int, w string) {
	i, ok := table[w]
	if w == "" || !ok {
		return
	}
	c.hits++
	c.seen[i/64] |= 1 << (i % 64)
}

func (c *fontCount) distinct() int {
	n := 0
	for _, b := range c.seen {
		n += bits.OnesCount64(b)
	}
	return n
}

// detectTables holds each font's words with an index, and what Detect may
// skip: kdASCII when every Kruti Dev word is ASCII, chHigh when every
// Chanakya word has a byte above ASCII.
var detectTables = sync.OnceValue(func() (t struct {
	kd, ch          map[string]int
	kdASCII, chHigh bool
	kdFirst         [256]bool // the first bytes of kd's words
}) {
	index := func(words map[string]bool) map[string]int {
		keys := make([]string, 0, len(words))
		for w := range words {
			keys = append(keys, w)
		}
		slices.Sort(keys)
		m := make(map[string]int, len(keys))
		for i, w := range keys {
			m[w] = i
		}
		return m
	}
	t.kd, t.ch = index(legacyWords()[FontKrutiDev]), index(legacyWords()[FontChanakya])
	t.kdASCII, t.chHigh = true, true
	for w := range t.kd {
		t.kdASCII = t.kdASCII && isASCII(w)
		if w != "" {
			t.kdFirst[w[0]] = true
		}
	}
	for w := range t.ch {
		t.chHigh = t.chHigh && !isASCII(w)
	}
	return t
})

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// eachField calls fn with each word of text as strings.Fields cuts it (runs
// of non-space runes, unicode.IsSpace), and whether it is all ASCII.
//
// Every block of every page passes through it, so it reads a byte at a time
// through one table (fieldClass) and decodes a rune only where a space can
// start: any other byte, ASCII or not, is no space and starts none, so
// stepping over a rune a byte at a time finds the same words, as a
// continuation byte is never a lead byte. A word is ASCII when no byte of it
// has the high bit, which the inner loop gathers with an OR.
func eachField(text string, fn func(w string, ascii bool)) {
	i := 0
	for i < len(text) {
		// Spaces before a word.
		c := text[i]
		switch fieldClass[c] {
		case fieldSpace:
			i++
			continue
		case fieldSpaceLead:
			r, size := utf8.DecodeRuneInString(text[i:])
			if runeclass.IsSpace(r) {
				i += size
				continue
			}
		}
		// A word: up to the next space.
		start, high := i, byte(0)
		for i < len(text) {
			c := text[i]
			k := fieldClass[c]
			if k == fieldWord {
				high |= c
				i++
				continue
			}
			if k == fieldSpace {
				break
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if runeclass.IsSpace(r) {
				break
			}
			high |= c
			i += size
		}
		fn(text[start:i], high < utf8.RuneSelf)
	}
}

// fieldClass sorts the bytes for eachField: an ASCII space, the lead byte
// of a rune that may be a space (runeclass.SpaceLead), or any other byte.
var fieldClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c < utf8.RuneSelf && asciiSpace[c]:
			t[c] = fieldSpace
		case runeclass.SpaceLead(byte(c)):
			t[c] = fieldSpaceLead
		}
	}
	return t
}()

const (
	fieldWord = iota
	fieldSpace
	fieldSpaceLead
)

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// Convert converts text in the font to Unicode Devanagari; None returns
// text as it is.
func (f Font) Convert(text string) string {
	switch f {
	case FontKrutiDev:
		return KrutiDev(text)
	case FontChanakya:
		return Chanakya(text)
	}
	return text
}

// Looks reports whether a short piece of a document that Detect found to
// be in the font (a headline, a caption, one paragraph, a dateline) is
// itself in the font: one of its words in eight is a frequent Hindi word
// in the font's encoding, at least one; or, for a line without such a word
// ("ubZ fnYyh] 3 tqykbZ", नई दिल्ली, 3 जुलाई), two words and at least half
// of its words are shaped as the font writes Hindi and Latin-script words
// are not (one such word is often a brand: "YouTube"). Lines of the page
// in a Latin font ("Home", "Read more", an English paragraph) fail and are
// kept as written.
func (f Font) Looks(text string) bool {
	if f == None {
		return false
	}
	hits, _, words := f.Count(text)
	if hits >= 1 && hits*wordsPerHit >= words {
		return true
	}
	shaped, lettered := 0, 0
	for _, w := range strings.Fields(text) {
		if !strings.ContainsFunc(w, isLetterKey) {
			continue
		}
		lettered++
		if f == FontKrutiDev && kdShaped(w) || f == FontChanakya && chShaped(w) {
			shaped++
		}
	}
	return shaped >= 2 && 2*shaped >= lettered
}

func isLetterKey(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0xa1 && r <= 0xff || r > 0xff && isCP1252(r)
}

// kdShaped reports a word as Kruti Dev writes Hindi: small letters only
// and none of them a vowel letter (vowelless), a capital after a
// small letter (the font puts half forms and the ai, au and reph signs
// on capitals: "fnYyh", "vkSj", "ubZ"), or a key the font uses for a
// letter inside the word (";[{=+<>|" in "fd;k", "ck<+"; not "/", which
// English lines use between words). Latin words have capitals only at the
// start, save a few names (iPhone).
func kdShaped(w string) bool {
	w = strings.TrimRight(w, kdTrail)
	if vowelless(w) {
		return true
	}
	prevLower := false
	for i, r := range w {
		switch {
		case r >= 'a' && r <= 'z':
			prevLower = true
			continue
		case r >= 'A' && r <= 'Z':
			if prevLower {
				return true
			}
		case strings.ContainsRune(";[{=+<>|", r) && i > 0 && i < len(w)-1:
			return true
		}
		prevLower = false
	}
	return false
}

// vowelless reports a word of two small letters or more with none of
// a e i o u y: Kruti Dev writes the vowel signs on other keys ("dgk" कहा,
// "fd" कि, "vc" अब), English words hardly ever lack all six.
func vowelless(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'a' || c > 'z' || strings.IndexByte("aeiouy", c) >= 0 {
			return false
		}
	}
	return true
}

// chShaped reports a word as Chanakya writes Hindi: most of its
// characters are the Latin-1 and Windows-1252 signs the font's glyphs sit
// on ("ÚUæÁSÍæÙ" राजस्थान), which no Latin-script language writes in a
// row.
func chShaped(w string) bool {
	n, high := 0, 0
	for _, r := range w {
		n++
		if r >= 0xa1 && r <= 0xff || r > 0xff && isCP1252(r) {
			high++
		}
	}
	return n > 0 && 2*high > n
}

// isCP1252 reports the characters Windows-1252 puts at 0x80-0x9F. They
// lie in U+0152..U+02DC and U+2013..U+2122, which the range test reads
// first: most runes asked about are letters of Indian scripts.
func isCP1252(r rune) bool {
	if r < 0x152 || r > 0x2122 || r > 0x2dc && r < 0x2013 {
		return false
	}
	return strings.ContainsRune("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ", r)
}

// The marks each font types after a word: Kruti Dev's danda A, comma ] and
// full stop -; Chanakya's danda Ð and ASCII punctuation.
const (
	kdTrail = "A]-\\"
	chTrail = "Ð,.?!;"
)

// Count counts the words of text, those that are frequent Hindi words in
// the font's encoding (package lexicon, kind legacy, value the font's
// name), and how many of those are distinct.
func (f Font) Count(text string) (hits, distinct, words int) {
	var seen map[string]bool
	table := legacyWords()[f]
	for w := range strings.FieldsSeq(text) {
		words++
		// The fonts' words are ASCII (Kruti Dev) or Latin-1 and
		// Windows-1252 signs (Chanakya): a word that opens with a letter
		// of another block (Devanagari, most scripts) is neither, and
		// most words of most non-Latin pages are skipped here.
		if w[0] >= 0xe0 {
			if r, _ := utf8.DecodeRuneInString(w); !isCP1252(r) {
				continue
			}
		}
		w = matchForm(f, w)
		if w != "" && table[w] {
			hits++
			if seen == nil {
				seen = map[string]bool{}
			}
			seen[w] = true
		}
	}
	return hits, len(seen), words
}

// matchForm is a word as the table lists it: without the marks typed
// after it, and for Chanakya without the hooks ¤ and U that the font adds
// to some letters and with one of its two anusvara glyphs.
func matchForm(f Font, w string) string {
	switch f {
	case FontKrutiDev:
		return strings.TrimRight(w, kdTrail)
	case FontChanakya:
		w = strings.TrimRight(w, chTrail)
		if strings.ContainsAny(w, "¤U´") {
			w = chHooks.Replace(w)
		}
		return w
	}
	return w
}

var chHooks = strings.NewReplacer("¤", "", "U", "", "´", "¢")

// legacyWords are the lexicon's legacy-font words by font, as written
// (case matters: "gS" and "GS" are different letters).
var legacyWords = sync.OnceValue(func() map[Font]map[string]bool {
	m := map[Font]map[string]bool{}
	for _, e := range lexicon.Entries(lexicon.Legacy) {
		f := Font(e.Value)
		if m[f] == nil {
			m[f] = map[string]bool{}
		}
		m[f][matchForm(f, e.Phrase)] = true
	}
	return m
})

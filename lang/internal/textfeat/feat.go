package textfeat

import (
	"unicode"
	"unicode/utf8"

	"github.com/akhbar/akhbar/internal/runeclass"
)

// MaxOrder is the longest character n-gram, in runes, counting the space that
// pads each word on both sides. Five covers whole short function words
// (" छ ", " अछि ") which carry most of what separates close languages.
const MaxOrder = 5

// nuktaForms maps the precomposed Indic letters that NFC itself decomposes
// (Unicode composition exclusions) to their base letter plus nukta, so that
// text from sources that did and did not normalise gives the same n-grams.
var nuktaForms = map[rune][2]rune{
	0x0958: {0x0915, 0x093C}, 0x0959: {0x0916, 0x093C}, 0x095A: {0x0917, 0x093C},
	0x095B: {0x091C, 0x093C}, 0x095C: {0x0921, 0x093C}, 0x095D: {0x0922, 0x093C},
	0x095E: {0x092B, 0x093C}, 0x095F: {0x092F, 0x093C},
	0x09DC: {0x09A1, 0x09BC}, 0x09DD: {0x09A2, 0x09BC}, 0x09DF: {0x09AF, 0x09BC},
	0x0A33: {0x0A32, 0x0A3C}, 0x0A36: {0x0A38, 0x0A3C}, 0x0A59: {0x0A16, 0x0A3C},
	0x0A5A: {0x0A17, 0x0A3C}, 0x0A5B: {0x0A1C, 0x0A3C}, 0x0A5E: {0x0A2B, 0x0A3C},
	0x0B5C: {0x0B21, 0x0B3C}, 0x0B5D: {0x0B22, 0x0B3C},
}

// ignorable runes vanish inside words: joiners and soft hyphens are invisible
// and used inconsistently, and the Arabic tatweel only stretches a line.
func ignorable(r rune) bool {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x00AD, 0x0640, 0xFEFF, 0x2060:
		return true
	}
	return r >= 0xFE00 && r <= 0xFE0F
}

// Letter reports whether r can be part of a word: letters and combining marks.
func Letter(r rune) bool {
	if r < 0x80 {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	// runeclass's table agrees with unicode.IsLetter and unicode.IsMark
	// for every rune (its TestTable), at one load instead of a search.
	return runeclass.Is(r, runeclass.Letter|runeclass.Mark)
}

// classOf is runeclass.Of with only the classes Words asks about outside
// the Basic Multilingual Plane, where runeclass has no table and would ask
// package unicode about every class.
func classOf(r rune) runeclass.Class {
	if r < 0x10000 {
		return runeclass.Of(r)
	}
	var c runeclass.Class
	if unicode.IsLetter(r) {
		c |= runeclass.Letter
	}
	if unicode.IsMark(r) {
		c |= runeclass.Mark
	}
	if c != 0 && unicode.ToLower(r) != r {
		c |= runeclass.Lowers
	}
	return c
}

// nukta returns the base letter and nukta of a precomposed Indic letter
// that NFC decomposes (nuktaForms), checking the range they are in before
// the map: almost every rune is outside it.
func nukta(r rune) ([2]rune, bool) {
	if r < 0x0958 || r > 0x0B5D {
		return [2]rune{}, false
	}
	d, ok := nuktaForms[r]
	return d, ok
}

// MaxWordBytes bounds a word's padded form: a longer run of letters is cut
// to its first MaxWordBytes-1 bytes (at a rune's start) before its closing
// pad. No word of a language runs near this long (the kit's LID sentences
// and pages have none); such a run is an unbroken blob (base64, a line of
// junk with no spaces) whose first kilobyte tells its script and language
// as well as the rest, while scoring all of it costs time and memory in
// proportion: five n-grams a letter, each hashed, looked up and, for the
// second stage, kept (a 30 MB run took 10 CPU-seconds and 2 GB).
// Letters still counts every letter, so script shares are unchanged.
const MaxWordBytes = 1024

// runeCut returns the largest n <= max at which b[:n] ends on a rune
// boundary.
func runeCut(b []byte, max int) int {
	n := max
	for n > 0 && !utf8.RuneStart(b[n]) {
		n--
	}
	return n
}

// Word is one word of a text: its script group, the number of characters
// (letters and marks) it has and its normalised form padded with a space on
// both sides. Marks count because Indic words spell most vowels with them.
type Word struct {
	Script  Script
	Letters int
	Padded  []byte
}

// Scanner cuts text into words. Its buffer is reused from word to word, so a
// Scanner must not be shared between goroutines.
type Scanner struct {
	buf []byte
}

// Words calls fn for every word of text. A word is a maximal run of letters
// and marks of one script group; a combining mark belongs to the word it
// follows. Invalid UTF-8 bytes end a word like punctuation does. The Word's
// Padded slice is only valid during the call.
func (sc *Scanner) Words(text string, fn func(Word)) {
	sc.buf = append(sc.buf[:0], ' ')
	cur := None
	letters := 0
	flush := func() {
		if letters > 0 {
			if len(sc.buf) >= MaxWordBytes {
				sc.buf = sc.buf[:runeCut(sc.buf, MaxWordBytes-1)]
			}
			sc.buf = append(sc.buf, ' ')
			fn(Word{Script: cur, Letters: letters, Padded: sc.buf})
		}
		sc.buf = append(sc.buf[:0], ' ')
		cur = None
		letters = 0
	}
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII, most of the text there is: a letter is Latin, and
			// nothing else is a letter, mark or ignorable.
			i++
			if c|0x20 < 'a' || c|0x20 > 'z' {
				flush()
				continue
			}
			if cur != latin && cur != None {
				flush()
			}
			cur = latin
			letters++
			if len(sc.buf) < MaxWordBytes { // else flush cuts it
				sc.buf = append(sc.buf, c|0x20)
			}
			continue
		}
		r, size := decode(text, i)
		i += size
		if r == utf8.RuneError && size == 1 {
			flush()
			continue
		}
		if ignorable(r) {
			continue
		}
		class := classOf(r)
		if class&(runeclass.Letter|runeclass.Mark) == 0 {
			flush()
			continue
		}
		s := Of(r).Group()
		if s == Inherited || (r >= 0x300 && class&runeclass.Mark != 0) {
			if cur == None {
				continue // a mark with no letter to sit on
			}
			s = cur
		}
		if s == None {
			flush()
			continue
		}
		if s != cur && cur != None {
			flush()
		}
		cur = s
		if len(sc.buf) >= MaxWordBytes { // flush cuts the word
			letters++
			continue
		}
		if s.Cased() && class&runeclass.Lowers != 0 {
			r = unicode.ToLower(r)
		}
		if d, ok := nukta(r); ok {
			sc.buf = utf8.AppendRune(sc.buf, d[0])
			sc.buf = utf8.AppendRune(sc.buf, d[1])
			letters++
			continue
		}
		letters++
		if r >= 0x800 && r <= 0xFFFF && (r < 0xD800 || r > 0xDFFF) {
			// utf8.AppendRune's three-byte form, inline (see decode).
			sc.buf = append(sc.buf, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
			continue
		}
		sc.buf = utf8.AppendRune(sc.buf, r)
	}
	flush()
}

// decode is utf8.DecodeRuneInString(text[i:]) with the three-byte form
// (all of India's scripts, U+0800-U+FFFF) decoded inline: the standard
// library handles every form but ASCII out of line, which cost a tenth of
// Identify on Indic text.
func decode(text string, i int) (rune, int) {
	if c := text[i]; c&0xF0 == 0xE0 && i+2 < len(text) {
		c1, c2 := text[i+1], text[i+2]
		if c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			r := rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
			// Overlong forms and surrogates are invalid, as
			// DecodeRuneInString says.
			if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				return r, 3
			}
		}
	}
	return utf8.DecodeRuneInString(text[i:])
}

// FNV-1a, 64 bits: stable across builds and platforms (the model stores these
// hashes) and cheap to extend one byte at a time.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Ngrams calls fn with the order and hash of every character n-gram of a
// padded word, orders 1..MaxOrder, except the lone padding space. The
// n-grams come grouped by start position, shortest first; fn returns false
// to skip the longer n-grams of the current start.
func Ngrams(padded []byte, fn func(order int, h uint64) bool) {
	// Each rune's bytes are found once (a word of up to maxStarts-1
	// runes; a longer one takes the plain walk below), not once per
	// n-gram it is in: decoding was a fifth of the cost for Indic words.
	var buf [maxStarts]int32
	starts, ok := runeStarts(padded, &buf)
	if !ok {
		ngramsSlow(padded, fn)
		return
	}
	last := int32(len(padded) - 1)
	for s := 0; s+1 < len(starts) && starts[s] < last; s++ {
		h := uint64(fnvOffset)
		for n := 1; n <= MaxOrder && s+n < len(starts); n++ {
			for _, c := range padded[starts[s+n-1]:starts[s+n]] {
				h ^= uint64(c)
				h *= fnvPrime
			}
			if n == 1 && s == 0 {
				continue // the leading pad alone
			}
			if !fn(n, h) {
				break
			}
		}
	}
}

// NgramsInto writes the hash and order of every n-gram Ngrams gives for
// padded, in its order, into hs and ords and returns how many there are;
// -1 when they do not fit (then what hs and ords hold is undefined). It is
// Ngrams without a call per n-gram, for callers that look n-grams up in a
// batch.
func NgramsInto(padded []byte, hs []uint64, ords []uint8) int {
	var buf [maxStarts]int32
	starts, ok := runeStarts(padded, &buf)
	if !ok {
		return -1
	}
	k := 0
	last := int32(len(padded) - 1)
	for s := 0; s+1 < len(starts) && starts[s] < last; s++ {
		h := uint64(fnvOffset)
		for n := 1; n <= MaxOrder && s+n < len(starts); n++ {
			for _, c := range padded[starts[s+n-1]:starts[s+n]] {
				h ^= uint64(c)
				h *= fnvPrime
			}
			if n == 1 && s == 0 {
				continue // the leading pad alone
			}
			if k == len(hs) || k == len(ords) {
				return -1
			}
			hs[k], ords[k] = h, uint8(n)
			k++
		}
	}
	return k
}

// maxStarts bounds the runes of a word Ngrams walks with runeStarts.
const maxStarts = 128

// runeStarts fills buf with the byte offset of every rune of b, as
// utf8.DecodeRune steps through it, and then len(b); false when b has too
// many runes for buf.
func runeStarts(b []byte, buf *[maxStarts]int32) ([]int32, bool) {
	starts := buf[:0]
	for i := 0; i < len(b); {
		if len(starts) == maxStarts-1 {
			return nil, false
		}
		starts = append(starts, int32(i))
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRune(b[i:])
		i += size
	}
	return append(starts, int32(len(b))), true
}

// ngramsSlow is Ngrams for a word too long for runeStarts's buffer.
func ngramsSlow(padded []byte, fn func(order int, h uint64) bool) {
	for i := 0; i < len(padded)-1; {
		h := uint64(fnvOffset)
		j := i
		for n := 1; n <= MaxOrder && j < len(padded); n++ {
			_, size := utf8.DecodeRune(padded[j:])
			for k := j; k < j+size; k++ {
				h ^= uint64(padded[k])
				h *= fnvPrime
			}
			j += size
			if n == 1 && i == 0 {
				continue // the leading pad alone
			}
			if !fn(n, h) {
				break
			}
		}
		_, size := utf8.DecodeRune(padded[i:])
		i += size
	}
}

// NgramCount returns how many n-grams of each order Ngrams gives for a padded
// word of n runes (pads included).
func NgramCount(runes int) (c [MaxOrder]int) {
	for o := 1; o <= MaxOrder; o++ {
		// starts 0..runes-2 (the trailing pad starts nothing), each needing o runes
		k := runes - o + 1
		if k > runes-1 {
			k = runes - 1
		}
		if o == 1 {
			k-- // the leading pad alone is not an n-gram
		}
		if k > 0 {
			c[o-1] = k
		}
	}
	return c
}

// Hash is the hash Ngrams gives for the n-gram s; the trainer uses it to
// key n-grams it counted as strings.
func Hash(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

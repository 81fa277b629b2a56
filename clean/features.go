package clean

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/akhbar/akhbar/internal/runeclass"
	"github.com/akhbar/akhbar/lexicon"
)

// features are the measurements of one block that the rules look at. They
// count letters with their combining marks, so that a Hindi or Kannada
// word weighs about what an English one does.
type features struct {
	letters   int  // letters, marks and digits
	words     int  // space-separated tokens with a letter
	sentences int  // sentence ends followed by more text
	terminal  bool // ends like a sentence: . ! ? । ॥ ۔ ؟ 。 (before closing quotes)
	upper     int  // upper-case letters (scripts with case)
	cased     int  // letters of scripts with case
	titleCase int  // words starting with an upper-case letter
	separator int  // menu separators: | • · » › / between words
	ellipsis  bool // ends with … or ... (a teaser cut short)
	digits    int
}

func measure(s string) features { return measureScan(s, nil) }

// measureScan is measure; with sc not nil it also does, in the same pass
// over the runes, what newDoc asked of every block in three passes more
// (see blockScan).
func measureScan(s string, sc *blockScan) features {
	var f features
	inWord, wordHasLetter, wordStart := false, false, true
	for i, r := range s {
		c := runeclass.Of(r)
		if sc != nil {
			sc.add(s, i, r, c)
		}
		switch {
		case c&(runeclass.Letter|runeclass.Mark) != 0:
			f.letters++
			if c&(runeclass.Upper|runeclass.Lower) != 0 {
				f.cased++
				if c&runeclass.Upper != 0 {
					f.upper++
					if wordStart {
						f.titleCase++
					}
				}
			}
			wordHasLetter = true
			inWord = true
			wordStart = false
		case c&runeclass.Digit != 0:
			f.letters++
			f.digits++
			inWord = true
			wordStart = false
		case c&runeclass.Space != 0:
			if inWord && wordHasLetter {
				f.words++
			}
			inWord, wordHasLetter, wordStart = false, false, true
		default:
			if isSentenceEnd(r) {
				rest := s[i+utf8.RuneLen(r):]
				if next, _ := utf8.DecodeRuneInString(rest); next == ' ' && !(r == '.' && initialStop(s[:i], rest)) {
					f.sentences++
				}
			}
			switch r {
			case '|', '•', '·', '»', '›':
				f.separator++
			}
			wordStart = false
		}
	}
	if inWord && wordHasLetter {
		f.words++
	}
	t := strings.TrimRight(s, " \"'”’»)]*")
	if r, _ := utf8.DecodeLastRuneInString(t); isSentenceEnd(r) {
		f.terminal = true
	}
	if f.separator > 0 && strings.Contains(s, " |") {
		// Two sentences at least and the line closed by one: a
		// headline's clauses are parted by bars as long ("ಹುತಾತ್ಮ ಯೋಧ …
		// ಘೋಷಣೆ | ಸಿಟ್ಟಿಗೆದ್ದ …"), but never end in one.
		if n, end := barDandas(s); n > 1 && end {
			f.separator -= n
			f.sentences += n
			if end {
				f.sentences--
				f.terminal = true
			}
		}
	}
	if strings.IndexByte(s, 'I') >= 0 {
		n, end := iDandas(s)
		f.sentences += n
		f.terminal = f.terminal || end
	}
	f.ellipsis = strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...")
	if f.ellipsis {
		f.terminal = false
	}
	return f
}

// barDandas counts the bars of s written for a danda, as some keyboards
// and corpora (FLORES-200's Sanskrit) print it: " |" after a word of an
// Indic script, every part the bars cut s into a run of at least
// minDandaWords words (a menu's or a title's parts are a few words: "होम
// | देश", "headline | Site"). end says s ends in one. Any bar that is not
// such a danda makes them all separators (n = 0).
func barDandas(s string) (n int, end bool) {
	const minDandaWords = 6
	parts := strings.Split(s, "|")
	for i, p := range parts {
		last := i == len(parts)-1
		if last && strings.TrimSpace(p) == "" && i > 0 {
			return n, true
		}
		if len(strings.Fields(p)) < minDandaWords {
			return 0, false
		}
		if last {
			break
		}
		w := strings.TrimRightFunc(p, runeclass.IsSpace)
		r, _ := utf8.DecodeLastRuneInString(w)
		if len(w) == len(p) || !indicLetter(r) {
			return 0, false
		}
		n++
	}
	return n, false
}

// iDandas counts the Latin capital I's of s typed for the danda, as Odia
// and Ol Chiki keyboards and sites do (FLORES-200 dev: 18 of 500 Odia and
// 44 of 500 Santali sentences end in one; no other language's): an I that
// is a word of its own, or glued to the end of one, right after an Odia or
// Ol Chiki letter or sign, before a space or the end of s. end says the
// last one ends s; the others count as sentences, as a danda before a
// space does. An I after a Latin word is the pronoun or a numeral.
func iDandas(s string) (n int, end bool) {
	for i := 0; i < len(s); i++ {
		if s[i] != 'I' {
			continue
		}
		if i+1 < len(s) && s[i+1] != ' ' && s[i+1] != '\n' {
			continue
		}
		before := strings.TrimSuffix(s[:i], " ")
		r, _ := utf8.DecodeLastRuneInString(before)
		if !iDandaScript(r) || !runeclass.Is(r, runeclass.Letter|runeclass.Mark) {
			continue
		}
		if strings.TrimSpace(s[i+1:]) == "" {
			end = true
		} else {
			n++
		}
	}
	return n, end
}

// iDandaScript reports a rune of the Odia or the Ol Chiki block.
func iDandaScript(r rune) bool {
	return r >= 0x0B00 && r <= 0x0B7F || r >= 0x1C50 && r <= 0x1C7F
}

// indicLetter reports a letter or sign of the Brahmic blocks from
// Devanagari to Malayalam, whose sentences end in a danda.
func indicLetter(r rune) bool {
	return r >= 0x0900 && r < 0x0D80 && runeclass.Is(r, runeclass.Letter|runeclass.Mark)
}

// isSentenceEnd covers the full stops of the scripts akhbar reads, from
// package lexicon's table: Latin, Devanagari danda and double danda, Urdu
// full stop and question mark, CJK, Armenian, Ethiopic, Myanmar, Sinhala
// kunddaliya, Meetei Mayek cheikhei (꯫), Ol Chiki mucaad (᱾), ….
func isSentenceEnd(r rune) bool { return lexicon.IsSentenceEnd(r) }

// initialStop reports a full stop that ends an initial or an abbreviation
// rather than a sentence. before is the text before the stop, after the
// text after it. The stop is not a sentence end when the word before it
//
//   - already holds a dot ("U.S", "யு.எஸ்");
//   - is one letter of a script with case ("George W. Bush");
//   - is the name of an English letter as the language's script spells it
//     (lexicon.Letter: "জর্জ ডব্লিউ. বুশ", "ಡಬ್ಲ್ಯೂ.", "एन. वेन");
//   - is one syllable of a Dravidian script ("மு. க. ஸ்டாலின்"), see
//     oneSyllableInitial;
//
// or when the next word is itself such an initial before a stop: a chain
// of initials after a given name ("ஜார்ஜ். டபிள்யூ. புஷ்").
//
// A one-syllable word of the other Indian scripts is no initial: Hindi
// है, था, Gujarati છે, Punjabi ਹੈ, Nepali छ end most of their sentences
// (FLORES-200 dev: 335 of 500 Hindi sentences end in such a word).
func initialStop(before, after string) bool {
	w := before[strings.LastIndexFunc(before, runeclass.IsSpace)+1:]
	if w != "" && strings.Trim(w, ".") == "" {
		return true // the last dot of an ellipsis "...", as a teaser's end is none
	}
	if isInitial(w) {
		return true
	}
	after = strings.TrimLeftFunc(after, runeclass.IsSpace)
	next := after
	if k := strings.IndexFunc(after, runeclass.IsSpace); k >= 0 {
		next = after[:k]
	}
	w, ok := strings.CutSuffix(next, ".")
	return ok && w != "" && isInitial(w)
}

// isInitial reports whether w, a word before a full stop, is an initial or
// an abbreviation (see initialStop). Opening brackets and quotes before
// it are not part of it.
func isInitial(w string) bool {
	w = strings.TrimLeftFunc(w, openingMark)
	letters, cased, dot := 0, false, false
	for _, r := range w {
		switch {
		case runeclass.Is(r, runeclass.Letter):
			letters++
			cased = cased || runeclass.Is(r, runeclass.Upper|runeclass.Lower)
		case runeclass.Is(r, runeclass.Mark), r == zwnj, r == zwj:
		case r == '.':
			dot = true
		default:
			return false
		}
	}
	if letters == 0 {
		return false // "...", a number
	}
	if dot || letters == 1 && cased {
		return true
	}
	if (!isASCII(w) || asciiLetterName()) && letterName(w) {
		return true
	}
	return oneSyllableInitial(w)
}

// letterName reports w, or w without joiners at its end, as a letter's
// name (lexicon.Letter).
func letterName(w string) bool {
	t := strings.TrimRight(w, "\u200c\u200d")
	return lexicon.Has(lexicon.Letter, w) || len(t) < len(w) && lexicon.Has(lexicon.Letter, t)
}

// asciiLetterName reports whether a letter's name may be written in ASCII.
// When none is (the table spells the names in the Indian scripts), an
// ASCII word, whose folded form is ASCII, is none, and the map look-ups
// for the words before most English full stops are skipped.
var asciiLetterName = sync.OnceValue(func() bool {
	for _, p := range lexicon.Phrases(lexicon.Letter) {
		if isASCII(lexicon.Fold(p)) {
			return true
		}
	}
	return false
})

// openingMark is what isInitial trims before a word: opening brackets and
// quotes (Ps, Pi, " and '). No ASCII rune is in Pi, and Ps's are ( [ {.
func openingMark(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '(' || r == '[' || r == '{' || r == '"' || r == '\''
	}
	return unicode.In(r, unicode.Ps, unicode.Pi)
}

const (
	zwnj = '\u200c'
	zwj  = '\u200d'
)

// dravidianFloor is the first rune of the Tamil, Telugu, Kannada and
// Malayalam scripts.
const dravidianFloor = 0x0B82

// oneSyllableInitial reports a word of one akshara (a consonant, or a
// cluster joined by viramas, with its vowel sign; or one independent
// vowel) in the Tamil, Telugu, Kannada or Malayalam script. Names there
// carry initials of the script's own letters ("மு. க. ஸ்டாலின்", and "ಡಾ."
// abbreviates Dr.), while the languages end their sentences in long verbs:
// in FLORES-200 dev, 0 (Tamil) to 2 (Telugu, Malayalam) of 500 sentences
// end in a word of one akshara, loans or letter names all of them.
func oneSyllableInitial(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	// No rune below U+0B82 is in the four scripts (TestDravidianFloor).
	if first < dravidianFloor || !unicode.In(first, unicode.Tamil, unicode.Telugu, unicode.Kannada, unicode.Malayalam) {
		return false
	}
	aksharas, joined := 0, false
	for _, r := range w {
		switch {
		case runeclass.IsLetter(r):
			if !joined {
				aksharas++
			}
			joined = false
		case isVirama(r):
			joined = true
		}
	}
	return aksharas == 1
}

// prose reports a block that reads like running text rather than a
// label: several words with a sentence end, or simply long.
//
// A line of unpunctuatedWords words or more is running text even without
// a final mark (40 % of Punjabi news sentences have none): headlines,
// menus and labels are shorter, or cut by separators, or written in
// title case.
func (f features) prose() bool {
	return (f.words >= 8 && (f.terminal || f.sentences > 0)) || f.letters >= 160 ||
		f.words >= unpunctuatedWords && f.separator == 0 && !f.ellipsis && (f.cased == 0 || f.titleCase*3 < f.words)
}

// unpunctuatedWords is the length of a line that is prose without a mark.
const unpunctuatedWords = 16

// allCaps reports a block written in capitals (section labels, kickers).
func (f features) allCaps() bool { return f.cased >= 4 && f.upper*10 >= f.cased*9 }

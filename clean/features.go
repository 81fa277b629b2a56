package clean

import (
	"strings"
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

func measure(s string) features {
	var f features
	inWord, wordHasLetter, wordStart := false, false, true
	for i, r := range s {
		c := runeclass.Of(r)
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
			if isSentenceEnd(r) && !(r == '.' && initialBefore(s[:i])) {
				next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
				if next == ' ' {
					f.sentences++
				}
			}
			if strings.ContainsRune("|•·»›", r) {
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
	f.ellipsis = strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...")
	if f.ellipsis {
		f.terminal = false
	}
	return f
}

// isSentenceEnd covers the full stops of the scripts akhbar reads, from
// package lexicon's table: Latin, Devanagari danda and double danda, Urdu
// full stop and question mark, CJK, Armenian, Ethiopic, Myanmar, Sinhala
// kunddaliya, Meetei Mayek cheikhei (꯫), Ol Chiki mucaad (᱾), ….
func isSentenceEnd(r rune) bool { return lexicon.IsSentenceEnd(r) }

// initialBefore reports a full stop that ends an initial or an
// abbreviation rather than a sentence: the word before it is one letter
// with its marks ("George W. Bush") or already holds a dot ("U.S.",
// "யு.எஸ்."). s is the text before the stop.
func initialBefore(s string) bool {
	w := s[strings.LastIndexFunc(s, unicode.IsSpace)+1:]
	if strings.Contains(w, ".") {
		return true
	}
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsMark(r):
		default:
			return false
		}
	}
	return letters == 1
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

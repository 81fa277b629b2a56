package quality

import (
	"hash/maphash"
	"math/bits"
	"sort"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/akhbar/akhbar/lexicon"
)

// Signals are the quality measurements of one text, by stable snake_case
// key (the Key* constants; docs/quality.md describes each). A signal that
// does not apply to the text is absent, not zero: the stop-word share of a
// language without a list, the word-based signals of a text written
// without spaces between words (Chinese, Japanese, Thai, …). A rule over
// an absent signal is not applied.
type Signals map[string]float64

// Signal keys. Fractions are in [0, 1]; counts are whole numbers.
const (
	KeyCharCount  = "char_count" // characters (code points) of the text
	KeyWordCount  = "word_count" // whitespace-separated words
	KeyLineCount  = "line_count" // non-empty lines
	KeyParaCount  = "para_count" // paragraphs: runs of non-empty lines
	KeyMeanWord   = "mean_word_len"
	KeyAlphaWords = "alpha_word_frac"
	KeyDigitFrac  = "digit_frac"
	KeySymbolFrac = "symbol_frac"
	KeyHashRatio  = "hash_word_ratio"
	KeyEllipsis   = "ellipsis_word_ratio"

	KeyStopWords    = "stop_word_count"
	KeyStopWordFrac = "stop_word_frac"

	KeyTerminal     = "terminal_line_frac"
	KeySentences    = "sentence_count"
	KeyC4Sentences  = "c4_sentence_count"
	KeyBullet       = "bullet_line_frac"
	KeyEllipsisLine = "ellipsis_line_frac"
	KeyShortLine    = "short_line_frac"
	KeyCodeLine     = "code_line_frac"
	KeyNewlineRatio = "newline_word_ratio"
	KeyBraces       = "brace_count"
	KeyLorem        = "lorem_ipsum_count"
	KeyJavascript   = "javascript_line_frac"

	KeyDupLine     = "dup_line_frac"
	KeyDupLineChar = "dup_line_char_frac"
	KeyDupPara     = "dup_para_frac"
	KeyDupParaChar = "dup_para_char_frac"

	KeyScriptOther = "script_other_frac"
	KeyMixedScript = "mixed_script_word_frac"
	KeyLatinFrac   = "latin_frac"
	KeyMojibake    = "mojibake_frac"
	// KeyMarkStart is the share of words that open with a combining mark
	// (a vowel sign, a tone mark, a virama): no writing system starts a
	// word with one, so text cut at the wrong places has them (a broken
	// legacy-font conversion, syllables split by a bad tokeniser).
	KeyMarkStart = "mark_start_word_frac"
)

// KeyTopNgram returns the key of the top n-gram character fraction
// (n = 2..4), KeyDupNgram that of the duplicated n-gram character
// fraction (n = 5..10).
func KeyTopNgram(n int) string { return topKeys[n] }
func KeyDupNgram(n int) string { return dupKeys[n] }

var (
	topKeys = map[int]string{2: "top_2gram_frac", 3: "top_3gram_frac", 4: "top_4gram_frac"}
	dupKeys = map[int]string{5: "dup_5gram_frac", 6: "dup_6gram_frac", 7: "dup_7gram_frac",
		8: "dup_8gram_frac", 9: "dup_9gram_frac", 10: "dup_10gram_frac"}
)

// Keys returns every signal key Compute may set, sorted.
func Keys() []string {
	ks := []string{KeyCharCount, KeyWordCount, KeyLineCount, KeyParaCount, KeyMeanWord,
		KeyAlphaWords, KeyDigitFrac, KeySymbolFrac, KeyHashRatio, KeyEllipsis, KeyStopWords,
		KeyStopWordFrac, KeyTerminal, KeySentences, KeyC4Sentences, KeyBullet, KeyEllipsisLine,
		KeyShortLine, KeyCodeLine, KeyNewlineRatio, KeyBraces, KeyLorem, KeyJavascript,
		KeyDupLine, KeyDupLineChar, KeyDupPara, KeyDupParaChar, KeyScriptOther, KeyMixedScript,
		KeyLatinFrac, KeyMojibake, KeyMarkStart}
	for _, k := range topKeys {
		ks = append(ks, k)
	}
	for _, k := range dupKeys {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// signalCount is the number of keys Compute may set.
var signalCount = len(Keys())

// shortLine is FineWeb's bound: a line of at most this many characters is
// short.
const shortLine = 30

// word is one whitespace word as the repetition signals see it: the hash
// and length (in characters) of its core, the word without punctuation
// and symbols at either end.
type word struct {
	hash uint64
	n    int32
}

// lineRec is one non-empty line (or paragraph) for the duplicate counts.
type lineRec struct {
	hash uint64
	n    int32
}

// scratch holds what one Compute call needs, reused across calls.
type scratch struct {
	words []word
	lines []lineRec
	paras []lineRec
	tab   table
	low   []byte
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Compute measures text. lang is the document's label ("hin_Deva"), or
// "" / "und" when unknown; it chooses the stop-word list and the expected
// script. The text is only read.
//
// The text is walked once, rune by rune, with a table lookup per rune for
// its class and script; everything per line, paragraph and word is
// folded in on the way. The repetition signals then work on the compact
// word hashes, not on the text.
func Compute(text, lang string) Signals {
	tableOnce.Do(buildTables)
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.words, sc.lines, sc.paras = sc.words[:0], sc.lines[:0], sc.paras[:0]

	stops := stopWords(lang)
	expected := scriptsOf(lang)
	latin := scriptIDs["Latin"]
	// In Latin-script text a word with any foreign letter is mixed; in
	// other text Latin inside a word is how names are written.
	latinLabel := len(expected) == 1 && expected[0] == latin

	var (
		chars, nonSpace                           int
		letters, digits, punctSym                 int
		scriptCount                               [256]int
		hashes, ellipses                          int
		braces, mojibake, markStarts              int
		terminalLines, bulletLines, ellipsisLines int
		unmarkedLines, unmarkedLong               int  // prose lines without a final sentence mark; the long ones
		unmarkedWords                             int  // letter-bearing words of the long ones
		headWords                                 = -1 // words of the first line, when it is a headline
		shortLines, codeLines, jsLines, newlines  int
		sentences, c4Sentences                    int
		alphaWords, letterSum, stopHits           int
		mixedWords, mixedWordsNL                  int
		runs, mixedRuns, mixedRunsNL              int
		nWords                                    int

		// current run of letters and marks
		rScript, rScriptNL uint8
		rMixed, rMixedNL   bool
		inRun              bool
		lorem              int

		// current word
		wStart             = -1
		coreStart          = -1
		coreEnd            int
		wLetters, wCore    int
		wScript, wScriptNL uint8 // first script; first script other than Latin
		wMixed, wMixedNL   bool
		wHasUpper          bool
		wAlpha             bool

		// current line
		lStart           = -1
		lEnd             int
		lChars, lWords   int
		lAlpha           int   // words of the line with a letter
		lClean           int   // of those, the ones in one script, the text's
		lScript          uint8 // without a label, the line's first script other than Latin
		lMojibake        int   // mojibake count when the line began
		lSentences       int
		lFirst, lLast    rune
		lLastSig         rune // last rune that is not a closing quote or bracket
		lDots            int  // run of '.' at the end, ignoring closers
		lJS              bool
		paraHash         uint64
		paraChars        int32
		inPara           bool
		prev             rune
		prevTerminal     bool
		prevWide         bool // the pending terminal is a CJK full-width one
		jsState, loState int
	)

	// Runs of letters and marks stand in for words in scripts written
	// without spaces.
	endRun := func() {
		runs++
		if rMixed {
			mixedRuns++
		}
		if rMixedNL {
			mixedRunsNL++
		}
		rScript, rScriptNL, rMixed, rMixedNL, inRun = 0, 0, false, false, false
	}
	endWord := func() {
		if inRun {
			endRun()
		}
		if wStart < 0 {
			return
		}
		nWords++
		if wAlpha {
			alphaWords++
			lAlpha++
			if !wMixedNL && !(latinLabel && wMixed) && ownScript(wScriptNL, expected, &lScript) {
				lClean++
			}
			letterSum += wLetters
		}
		if wMixed {
			mixedWords++
		}
		if wMixedNL {
			mixedWordsNL++
		}
		if coreStart >= 0 {
			core := text[coreStart:coreEnd]
			sc.words = append(sc.words, word{maphash.String(hashSeed, core), int32(wCore)})
			if stops != nil {
				h := sc.words[len(sc.words)-1].hash
				if wHasUpper {
					sc.low = appendLower(sc.low[:0], core)
					h = maphash.Bytes(hashSeed, sc.low)
				}
				if _, ok := stops[h]; ok {
					stopHits++
				}
			}
		}
		lWords++
		wStart, coreStart = -1, -1
		wLetters, wCore, wScript, wScriptNL = 0, 0, 0, 0
		wMixed, wMixedNL, wHasUpper, wAlpha = false, false, false, false
	}
	endLine := func() {
		endWord()
		if lStart < 0 {
			if inPara {
				sc.paras = append(sc.paras, lineRec{paraHash, paraChars})
				inPara = false
			}
			return
		}
		h := maphash.String(hashSeed, text[lStart:lEnd])
		sc.lines = append(sc.lines, lineRec{h, int32(lChars)})
		if len(sc.lines) == 1 && lWords <= headlineWords {
			headWords = len(sc.words)
		} else if len(sc.paras) == 0 {
			headWords = -1 // the first paragraph has more lines
		}
		if !inPara {
			inPara, paraHash, paraChars = true, 0, 0
		}
		paraHash = bits.RotateLeft64(paraHash, 17)*0x9E3779B97F4A7C15 ^ h
		paraChars += int32(lChars)
		// A line that trails off in an ellipsis is a teaser or a cut
		// snippet, not a finished sentence, whatever C4 would say.
		ellipsis := lLastSig == '…' || lDots >= 3
		terminal := isTerminal(lLastSig) && !ellipsis
		if prevTerminal {
			lSentences++
		}
		if terminal {
			terminalLines++
			if lWords >= 3 {
				c4Sentences += lSentences
			}
		}
		sentences += lSentences
		if isBullet(lFirst) {
			bulletLines++
		} else if !ellipsis && !terminal && mojibake == lMojibake {
			prose, long := unmarkedProse(lWords, lClean, lChars)
			if prose {
				unmarkedLines++
			}
			if long {
				unmarkedLong++
				unmarkedWords += lAlpha
			}
		}
		if ellipsis {
			ellipsisLines++
		}
		if lChars <= shortLine {
			shortLines++
		}
		if lLast == '{' || lLast == '}' || lFirst == '}' || lFirst == '{' || (lLast == ';' && !entityEnd(text[lStart:lEnd])) {
			codeLines++
		}
		if lJS {
			jsLines++
		}
		lStart, lChars, lWords, lAlpha, lClean, lSentences, lScript = -1, 0, 0, 0, 0, 0, 0
		lMojibake = mojibake
		lFirst, lLast, lLastSig, lDots = 0, 0, 0, 0
		lJS, prevTerminal = false, false
	}

	for i, r := range text {
		chars++
		size := 1
		if r >= utf8.RuneSelf {
			size = utf8.RuneLen(r)
			if r == utf8.RuneError {
				size = 1 // invalid byte or a real U+FFFD; both are mojibake
				mojibake++
			}
		}
		jsState = step(jsState, r, "javascript")
		if jsState == len("javascript") {
			lJS, jsState = true, 0
		}
		loState = stepLorem(loState, r)
		if loState == len("lorem ipsum") {
			lorem++
			loState = 0
		}
		if r == '\n' {
			newlines++
			endLine()
			prev = r
			continue
		}
		cls, scr := classify(r)
		if cls == clsSpace {
			endWord()
			if prevTerminal {
				lSentences++
				prevTerminal = false
			}
			prev = r
			continue
		}
		nonSpace++
		if lStart < 0 {
			lStart = i
			lFirst = r
		}
		lEnd = i + size
		lChars++
		lLast = r
		if wStart < 0 {
			wStart = i
			if cls == clsMark {
				markStarts++
			}
		}
		if cls != clsLetter && cls != clsMark && inRun {
			endRun()
		}
		switch cls {
		case clsLetter, clsMark:
			inRun = true
			if scr != 0 {
				if rScript == 0 {
					rScript = scr
				} else if rScript != scr && !sameGroup(rScript, scr) {
					rMixed = true
				}
				if scr != latin {
					if rScriptNL == 0 {
						rScriptNL = scr
					} else if rScriptNL != scr && !sameGroup(rScriptNL, scr) {
						rMixedNL = true
					}
				}
			}
			if cls == clsLetter {
				letters++
				wLetters++
				wAlpha = true
				if r < 0x80 {
					wHasUpper = wHasUpper || (r >= 'A' && r <= 'Z')
				} else if !wHasUpper && hasCase(scr) {
					wHasUpper = unicode.IsUpper(r)
				}
			}
			if scr != 0 {
				scriptCount[scr]++
				if wScript == 0 {
					wScript = scr
				} else if wScript != scr && !sameGroup(wScript, scr) {
					wMixed = true
				}
				if scr != latin {
					if wScriptNL == 0 {
						wScriptNL = scr
					} else if wScriptNL != scr && !sameGroup(wScriptNL, scr) {
						wMixedNL = true
					}
				}
			}
		case clsDigit, clsNumber:
			digits++
		case clsPunct, clsSymbol:
			punctSym++
		}
		if cls != clsPunct && cls != clsSymbol {
			if coreStart < 0 {
				coreStart = i
			}
			coreEnd = i + size
			wCore++
		}
		// Mojibake: UTF-8 read as Latin-1 or Windows-1252 turns every
		// non-ASCII character into a lead (Â..ô) followed by a
		// continuation (U+0080..U+00BF or the cp1252 letters in 0x80..0x9F).
		// Real text almost never puts those two side by side.
		if prev >= 0xC2 && prev <= 0xF4 && isCont1252(r) {
			mojibake++
		}
		switch r {
		case '#':
			hashes++
		case '…':
			ellipses++
		case '{', '}':
			braces++
		}
		if r == '.' {
			lDots++
			if prev == '.' && lDots == 3 {
				ellipses++
			}
		} else if !isTransparent(r) {
			lDots = 0
		}
		if !isTransparent(r) {
			lLastSig = r
		}
		// A sentence ends at a terminal followed by a space or the end of
		// the line; after a full-width CJK terminal no space follows.
		if prevTerminal && prevWide && !isTerminal(r) && !isTransparent(r) {
			lSentences++
			prevTerminal = false
		}
		if isTerminal(r) {
			prevTerminal = true
			prevWide = r == '。' || r == '！' || r == '？' || r == '｡'
		} else if !isTransparent(r) {
			prevTerminal = false
		}
		prev = r
	}
	endLine()
	endLine() // an empty last line closes the last paragraph

	// Sized for every key: a map grown key by key rehashed itself three
	// times per document.
	s := make(Signals, signalCount)
	s[KeyCharCount] = float64(chars)
	s[KeyLineCount] = float64(len(sc.lines))
	s[KeyParaCount] = float64(len(sc.paras))
	s[KeyBraces] = float64(braces)
	s[KeyLorem] = float64(lorem)
	s[KeySentences] = float64(sentences)
	s[KeyC4Sentences] = float64(c4Sentences)
	s[KeyDigitFrac] = ratio(digits, nonSpace)
	s[KeySymbolFrac] = ratio(punctSym, nonSpace)
	s[KeyMojibake] = ratio(mojibake, nonSpace)
	s[KeyMarkStart] = ratio(markStarts, nWords)
	nl := len(sc.lines)
	s[KeyTerminal] = ratio(terminalLines, nl)
	s[KeyBullet] = ratio(bulletLines, nl)
	s[KeyEllipsisLine] = ratio(ellipsisLines, nl)
	s[KeyShortLine] = ratio(shortLines, nl)
	s[KeyCodeLine] = ratio(codeLines, nl)
	s[KeyJavascript] = ratio(jsLines, nl)
	dl, dlc := dupCount(sc.lines, &sc.tab)
	s[KeyDupLine] = ratio(dl, nl)
	s[KeyDupLineChar] = ratio(dlc, chars)
	dp, dpc := dupCount(sc.paras, &sc.tab)
	s[KeyDupPara] = ratio(dp, len(sc.paras))
	s[KeyDupParaChar] = ratio(dpc, chars)

	// Scripts: the expected ones are the label's; without a label, the
	// most frequent. Latin is never foreign: names, acronyms and English
	// terms run through news in every language.
	top := uint8(0)
	for id, c := range scriptCount {
		if c > scriptCount[top] {
			top = uint8(id)
		}
	}
	if len(expected) == 0 && top != 0 {
		expected = []uint8{top}
	}
	scriptLetters, foreign := 0, 0
	for id, c := range scriptCount {
		if c == 0 {
			continue
		}
		scriptLetters += c
		if uint8(id) != latin && !containsID(expected, uint8(id)) && !groupIn(uint8(id), expected) {
			foreign += c
		}
	}
	s[KeyScriptOther] = ratio(foreign, scriptLetters)
	s[KeyLatinFrac] = ratio(scriptCount[latin], scriptLetters)

	if top == scriptIDs["Thai"] || top == scriptIDs["Lao"] {
		// Thai and Lao end sentences with a space, not a mark: the
		// punctuation signals would call every line unfinished.
		delete(s, KeyTerminal)
		delete(s, KeySentences)
		delete(s, KeyC4Sentences)
	}
	if !isUnspaced(top) && nl >= 2 && (unmarkedLines*10 >= nl*6 || unmarkedLong >= 2 && unmarkedWords*2 >= alphaWords) {
		// Running text written without sentence marks (as much Punjabi
		// and Sindhi news is): the punctuation signals do not apply.
		delete(s, KeyTerminal)
		delete(s, KeySentences)
		delete(s, KeyC4Sentences)
	}
	latinDoc := len(expected) == 1 && expected[0] == latin
	if isUnspaced(top) {
		if latinDoc {
			s[KeyMixedScript] = ratio(mixedRuns, runs)
		} else {
			s[KeyMixedScript] = ratio(mixedRunsNL, runs)
		}
		return s
	}
	s[KeyWordCount] = float64(nWords)
	s[KeyNewlineRatio] = ratio(newlines, nWords)
	s[KeyAlphaWords] = ratio(alphaWords, nWords)
	s[KeyMeanWord] = ratio(letterSum, alphaWords)
	s[KeyHashRatio] = ratio(hashes, nWords)
	s[KeyEllipsis] = ratio(ellipses, nWords)
	// Latin inside a word of another script ("IPL-में", "UN의") is how
	// news in Hindi or Korean writes names; two other scripts in one word
	// is garbage. In Latin-script text any foreign letter in a word counts.
	if latinDoc {
		s[KeyMixedScript] = ratio(mixedWords, alphaWords)
	} else {
		s[KeyMixedScript] = ratio(mixedWordsNL, alphaWords)
	}
	if stops != nil {
		s[KeyStopWords] = float64(stopHits)
		s[KeyStopWordFrac] = ratio(stopHits, nWords)
	}
	// A headline restated in the lead is news, not repetition: when the
	// first paragraph is one short line and more paragraphs follow, the
	// n-gram signals are counted from the second paragraph on. On a
	// 60-word news brief a headline of ten words echoed in its lead
	// covers more than Gopher's 10 %; repeated lines and paragraphs are
	// still counted over the whole text.
	ws := sc.words
	if headWords >= 0 && len(sc.paras) >= 2 {
		ws = ws[headWords:]
	}
	for n := 2; n <= 4; n++ {
		s[topKeys[n]] = ratio(topNgram(ws, n, &sc.tab), chars)
	}
	for n := 5; n <= 10; n++ {
		s[dupKeys[n]] = ratio(dupNgram(ws, n, &sc.tab), chars)
	}
	return s
}

// ownScript reports whether a word whose first script other than Latin
// is id (0: none) is in the text's script: the label's, or without a
// label the first one of its line (*line, set here).
func ownScript(id uint8, expected []uint8, line *uint8) bool {
	if id == 0 {
		return true
	}
	if len(expected) > 0 {
		return containsID(expected, id) || groupIn(id, expected)
	}
	if *line == 0 {
		*line = id
	}
	return id == *line || sameGroup(id, *line)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func containsID(ids []uint8, id uint8) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// unmarkedProse tells whether a line that does not end in a sentence
// mark reads as running text all the same (prose), and whether it is a
// long one, from its words, its words with a letter in the text's own
// script (or Latin) and its characters (not counting spaces). A prose
// line has unpunctuatedWords such words, or unpunctuatedChars characters
// and half as many words; a long line the same with longChars
// characters. 80 % of its words must be such words: lines of symbols,
// numbers, garbled or mixed-script words are not prose however long
// (nor, in Compute, a line with mojibake).
//
// A text of two lines or more is written without sentence marks, and
// the punctuation signals are left out of it, when 60 % of its lines are
// such prose lines, or when two lines or more are long and hold half of
// its words with a letter. The second test is for text set one sentence
// a line: short sentences (a quote, a reply) stand beside long ones, and
// a share of lines called too many of them short. Menus, listings and
// nav lines fail both: their lines are short whatever their number, and
// their few long lines are cut headlines or teasers that end in a full
// stop. One long line is a tag cloud or a stub's title, not evidence.
//
// unpunctuatedWords is longer than a menu item or a cut headline;
// unpunctuatedChars lets the Dravidian languages in, which say in 8 or 9
// long words what English says in 12 (61 characters; FLORES-200 dev).
// longChars is higher because in a word share a few long lines weigh
// more: at 60 or 80 characters, listings of cut headlines in the
// long-worded languages passed. The bounds were chosen on the FLORES and
// lingua documents with their marks taken off, as paragraphs and one
// sentence a line, and on the generated junk
// (scripts/eval-quality-ntrex.sh); the NTREX documents that script also
// measures were left for the report.
func unmarkedProse(words, clean, chars int) (prose, long bool) {
	if clean*5 < words*4 {
		return false, false
	}
	if clean >= unpunctuatedWords {
		return true, true
	}
	if clean < unpunctuatedWords/2 {
		return false, false
	}
	return chars >= unpunctuatedChars, chars >= longChars
}

// headlineWords is the longest first line taken for a headline: a
// headline is a phrase, a one-line first paragraph longer than this is a
// lead or a whole short text, whose repeats are repetition. Not tuned: the
// FLORES and lingua "-titled" sets of scripts/eval-quality-ntrex.sh carry
// ten-word headlines.
const headlineWords = 20

const (
	unpunctuatedWords = 12
	unpunctuatedChars = 60
	longChars         = 100
)

// isTerminal reports whether r ends a sentence: Unicode's
// Sentence_Terminal property (. ! ? and the danda, Arabic full stop and
// question mark, CJK full stop, Ol Chiki mucaad, Meetei Mayek cheikhei,
// Myanmar, Ethiopic, …) plus the Khmer and Tibetan ends of sentence,
// which Unicode files under Terminal_Punctuation only. Not ';': it ends
// Greek questions, but far more often CSS and code. The marks beyond
// Sentence_Terminal come from package lexicon's table.
func isTerminal(r rune) bool {
	if r < 0x10000 {
		return terminalBits[r>>6]&(1<<(r&63)) != 0
	}
	return unicode.Is(unicode.Sentence_Terminal, r)
}

var terminalBits [0x10000 / 64]uint64

func buildTerminal() {
	set := func(c int) { terminalBits[c>>6] |= 1 << (c & 63) }
	for _, r := range unicode.Sentence_Terminal.R16 {
		for c := int(r.Lo); c <= int(r.Hi); c += int(r.Stride) {
			set(c)
		}
	}
	for _, c := range lexicon.SentenceEnds() {
		if c < 0x10000 {
			set(int(c))
		}
	}
}

// isTransparent reports a rune that may stand after a sentence end
// without hiding it: a closer, or an invisible format mark. Bidi marks
// follow the stops of Sindhi, Urdu and Persian web text (".\u200f"), and
// Khmer separates words with zero-width spaces; without them the line
// and the sentence would look unfinished.
func isTransparent(r rune) bool { return isCloser(r) || isInvisibleMark(r) }

// isInvisibleMark: directional marks, embeddings and isolates, the Arabic
// letter mark, zero-width space, word joiner, BOM and soft hyphen (the
// zero-width joiners are parts of words and are not among them).
func isInvisibleMark(r rune) bool {
	switch {
	case r == '\u200e', r == '\u200f', r == '\u061c', r == '\u200b', r == '\u2060', r == '\ufeff', r == '\u00ad':
		return true
	case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}

// isCloser: quotes and closing brackets that may follow a sentence end.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '»', '”', '’', '」', '』', '）', '›', '*':
		return true
	}
	return false
}

func isBullet(r rune) bool {
	switch r {
	case '•', '·', '‣', '⁃', '◦', '▪', '▫', '■', '□', '●', '○', '►', '▶', '➤', '➢', '→', '»', '-', '*', '–', '—', '✓', '✔', '★', '☆', '◆', '◇', '|', '>':
		return true
	}
	return false
}

// isCont1252 reports whether r is what a UTF-8 continuation byte becomes
// when read as Windows-1252 or Latin-1.
func isCont1252(r rune) bool {
	if r >= 0x80 && r <= 0xBF {
		return true
	}
	switch r {
	case '€', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 'Ž', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 'ž', 'Ÿ':
		return true
	}
	return false
}

var (
	casedOnce    sync.Once
	casedScripts [256]bool
	groupOf      [256]uint8
	unspacedIDs  [256]bool
)

func initScriptSets() {
	for _, n := range []string{"Latin", "Greek", "Cyrillic", "Armenian", "Georgian", "Cherokee", "Deseret", "Adlam"} {
		casedScripts[scriptIDs[n]] = true
	}
	// Japanese mixes three scripts in one word; Korean may mix Hangul and
	// Han. They count as one group for the mixed-script signal.
	cjk := scriptIDs["Han"]
	for _, n := range []string{"Han", "Hiragana", "Katakana", "Hangul", "Bopomofo"} {
		groupOf[scriptIDs[n]] = cjk
	}
	for _, n := range unspacedScripts {
		unspacedIDs[scriptIDs[n]] = true
	}
}

func hasCase(id uint8) bool {
	casedOnce.Do(initScriptSets)
	return casedScripts[id]
}

func sameGroup(a, b uint8) bool {
	casedOnce.Do(initScriptSets)
	return groupOf[a] != 0 && groupOf[a] == groupOf[b]
}

func groupIn(id uint8, ids []uint8) bool {
	for _, x := range ids {
		if sameGroup(id, x) {
			return true
		}
	}
	return false
}

func isUnspaced(id uint8) bool {
	casedOnce.Do(initScriptSets)
	return id != 0 && unspacedIDs[id]
}

func appendLower(dst []byte, s string) []byte {
	for _, r := range s {
		if r < 0x80 {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// step advances a case-insensitive ASCII matcher for a pattern whose first
// letter does not recur in it, so that a mismatch restarts at 0 or 1.
func step(state int, r rune, pat string) int {
	if r < 0x80 {
		c := byte(r)
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c == pat[state] {
			return state + 1
		}
		if c == pat[0] {
			return 1
		}
	}
	return 0
}

func stepLorem(state int, r rune) int { return step(state, r, "lorem ipsum") }

// entityEnd reports whether a line ends in an HTML entity ("&quot;"):
// markup residue, not a statement of code.
func entityEnd(line string) bool {
	for i := len(line) - 2; i >= 0 && i >= len(line)-10; i-- {
		c := line[i]
		if c == '&' {
			return true
		}
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '#') {
			return false
		}
	}
	return false
}

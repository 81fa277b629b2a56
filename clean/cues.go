package clean

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/akhbar/akhbar/internal/phrases"
	"github.com/akhbar/akhbar/internal/runeclass"
	"github.com/akhbar/akhbar/lexicon"
)

// cue is what a cue phrase says about a block.
type cue int

const (
	cueNone        cue = iota
	cueBoiler          // the block is page furniture: ads, share bars, menus, prompts
	cueRelated         // "also read: <title>": the rest of the block is a related link
	cueRelatedHead     // "Related stories": the blocks after it are related links
	cueCopyright       // a copyright line
	cueByline          // "By <name>"
	cueDateLabel       // "Published:", "Updated:" on its own line, the date follows
	cueComments        // comment section starts: nothing after it is body
)

// cueWords() are matched against the first words of a block, case-folded,
// with trailing punctuation taken off. A phrase matches when the block is
// the phrase alone, or for cueRelated/cueByline/cueCopyright/cueDateLabel,
// when the block starts with it. The phrases come from package lexicon,
// the one table of language words: add a language there.
var cueWords = sync.OnceValue(func() map[cue][]string {
	return map[cue][]string{
		// A home word alone on a line is a menu's first link, whatever
		// the language calls it ("मुखेल पान", "முகப்பு").
		cueBoiler:      lexicon.Phrases(lexicon.Boiler, lexicon.Home),
		cueRelated:     lexicon.PhrasesWhere(func(e lexicon.Entry) bool { return !e.Flag("colon") }, lexicon.AlsoRead),
		cueRelatedHead: lexicon.Phrases(lexicon.RelatedHead),
		cueCopyright:   lexicon.Phrases(lexicon.Copyright),
		// Labels too ambiguous for a whole line of a dump ("text", "di") are
		// marked html in the table and left to HTML author cleaning.
		cueByline:    lexicon.PhrasesWhere(func(e lexicon.Entry) bool { return !e.Flag("html") }, lexicon.Byline),
		cueDateLabel: lexicon.Phrases(lexicon.Published, lexicon.Updated, lexicon.DateLabel),
		cueComments:  lexicon.Phrases(lexicon.Comments),
	}
})

// colonRelated() are the "also read" cues that are common words, cues only
// with their colon ("More: title"): the other lists leave them out.
var colonRelated = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, e := range lexicon.Entries(lexicon.AlsoRead) {
		if e.Flag("colon") {
			m[cueKey(NFC(e.Phrase))] = true
		}
	}
	return m
})

// bylinePreps() are the byline labels that are prepositions ("von",
// "par"), apart from English "by", which is a byline label on its own.
var bylinePreps = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, e := range lexicon.Entries(lexicon.Byline) {
		if e.Flag("prep") && !e.Flag("html") && e.Phrase != "by" {
			m[cueKey(e.Phrase)] = true
		}
	}
	return m
})

// colonBylines() are the byline labels kept for HTML author fields (flag
// html) that are neither prepositions nor cut from a longer label: with a
// colon after them they open a byline line of a dump too.
var colonBylines = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, e := range lexicon.Entries(lexicon.Byline) {
		if e.Flag("html") && !e.Flag("prep") && !e.Flag("cut") {
			m[cueKey(e.Phrase)] = true
		}
	}
	return m
})

// prefixCues may start a longer block; the others must be the whole block.
var prefixCues = map[cue]bool{cueRelated: true, cueByline: true, cueCopyright: true, cueDateLabel: true}

// containsBoiler() are phrases that mark a block as furniture wherever they
// appear in it (consent prompts, comment forms, app promotions).
var containsBoiler = sync.OnceValue(func() []string { return lexicon.Phrases(lexicon.BoilerContains) })

// altWords() end the short blocks that are image alt text leaking into a
// dump ("author img", "ETV Bharat Logo").
var altWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range lexicon.Phrases(lexicon.AltWord) {
		m[NFC(strings.ToLower(w))] = true
	}
	return m
})

// commentWords(), inside a heading, open a comment section ("167 comments").
var commentWords = sync.OnceValue(func() []string { return lexicon.Phrases(lexicon.CommentsPart) })

// creditWords() label a picture's source; a caption carries one after its
// text ("… (Photo: PTI)", "… फोटो: …").
var creditWords = sync.OnceValue(func() []string {
	var out []string
	for _, w := range lexicon.Phrases(lexicon.Credit) {
		out = append(out, NFC(strings.ToLower(w)))
	}
	return out
})

// creditInParen reports a parenthesised caption tail that names a
// picture's source: it holds a credit word as a whole word ("(फोटो: X)",
// "(Getty Images)"), not inside another ("(ಚಿತ್ರದುರ್ಗ)" is a town).
func creditInParen(in string) bool {
	for _, w := range creditWords() {
		for i := 0; ; {
			j := strings.Index(in[i:], w)
			if j < 0 {
				break
			}
			j += i
			before, _ := utf8.DecodeLastRuneInString(in[:j])
			after, _ := utf8.DecodeRuneInString(in[j+len(w):])
			if (j == 0 || !isWordRune(before)) && (j+len(w) == len(in) || !isWordRune(after)) {
				return true
			}
			i = j + len(w)
		}
	}
	return false
}

func isWordRune(r rune) bool { return runeclass.Is(r, runeclass.Letter|runeclass.Mark|runeclass.Digit) }

// creditLabels() are the credit words as labels: "photo:", "फोटो - ".
var creditLabels = sync.OnceValue(func() []string {
	out := []string{"credit..."}
	for _, w := range lexicon.PhrasesWhere(func(e lexicon.Entry) bool { return !e.Flag("paren") }, lexicon.Credit) {
		w = NFC(strings.ToLower(w))
		out = append(out, w+":", w+" :")
		if !isASCII(w) {
			// Indian pages write the label with a dash as often; a dash
			// with no space is a compound ("ಚಿತ್ರ-ವಿಚಿತ್ರ").
			out = append(out, w+" - ", w+"- ")
		}
	}
	return out
})

// creditLabelSet() is creditLabels() for searching a block.
var creditLabelSet = sync.OnceValue(func() *phrases.Set { return phrases.New(creditLabels()) })

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

var containsBoilerNFC = sync.OnceValue(func() *phrases.Set { return phrases.New(containsBoilerList()) })

// containsBoilerList is containsBoiler() in NFC.
var containsBoilerList = sync.OnceValue(func() []string {
	out := make([]string, len(containsBoiler()))
	for i, p := range containsBoiler() {
		out[i] = NFC(p)
	}
	return out
})

// maxCueLen() is the longest cue phrase in bytes: a longer block cannot be
// a cue on its own.
var maxCueLen = sync.OnceValue(func() int {
	n := 0
	for k := range cueIndex() {
		n = max(n, len(k))
	}
	return n
})

var cueIndex = sync.OnceValue(func() map[string]cue {
	n := 0
	for _, ps := range cueWords() {
		n += len(ps)
	}
	m := make(map[string]cue, n)
	// Later kinds do not override earlier ones: a phrase in two lists
	// keeps the first, so list order in this function is the precedence.
	for _, k := range []cue{cueComments, cueRelatedHead, cueRelated, cueCopyright, cueDateLabel, cueByline, cueBoiler} {
		for _, p := range cueWords()[k] {
			key := cueKey(NFC(p))
			if _, ok := m[key]; !ok {
				m[key] = k
			}
		}
	}
	return m
})

// prefixIndex() holds the prefix cues alone: a phrase that is a heading when
// it stands alone ("ये भी पढ़ें", "related news") still opens an "also
// read" link when a title follows it.
var prefixIndex = sync.OnceValue(func() map[string]cue {
	m := map[string]cue{}
	for _, k := range []cue{cueRelated, cueCopyright, cueDateLabel, cueByline} {
		for _, p := range cueWords()[k] {
			key := cueKey(NFC(p))
			if _, ok := m[key]; !ok {
				m[key] = k
			}
		}
	}
	return m
})

// prefixFirstWords() are the first words of the keys of prefixIndex() of
// several words (cueKey parts words by single ASCII spaces).
var prefixFirstWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for k := range prefixIndex() {
		if sp := strings.IndexByte(k, ' '); sp >= 0 {
			m[k[:sp]] = true
		}
	}
	return m
})

// cueKey folds a phrase for lookup: lower case, inner spaces single,
// surrounding punctuation off.
func cueKey(s string) string {
	s = strings.TrimFunc(s, cueTrim)
	if isKey(s) {
		return s
	}
	// One pass: fold case and squeeze spaces (blocks come from
	// clean.Line, so runs of spaces are rare; the common case copies).
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if runeclass.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		writeLower(&b, r)
	}
	return b.String()
}

// keyOfLower is cueKey(s) made from low = lower(s) (FuzzKeyOfLower):
// lower-casing commutes with cueTrim (TestCueTrimCaseless) and keeps
// spaces as they are, so the key is low trimmed, with runs of spaces
// squeezed. Without such runs, the common case, it is a substring of low
// and costs neither a pass of case folding nor a copy.
func keyOfLower(low string) string {
	t := strings.TrimFunc(low, cueTrim)
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == ' ':
			if i+1 < len(t) && t[i+1] == ' ' {
				return squeezeSpaces(t)
			}
		case c < utf8.RuneSelf:
			if runeclass.IsSpace(rune(c)) {
				return squeezeSpaces(t)
			}
		case runeclass.SpaceLead(c):
			if r, _ := utf8.DecodeRuneInString(t[i:]); runeclass.IsSpace(r) {
				return squeezeSpaces(t)
			}
		}
	}
	return t
}

// squeezeSpaces makes every run of spaces in t one ASCII space; t has
// none at its ends.
func squeezeSpaces(t string) string {
	var b strings.Builder
	b.Grow(len(t))
	space := false
	for i, r := range t {
		if runeclass.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if r == utf8.RuneError {
			b.WriteString("\uFFFD") // lower made every invalid byte one
			continue
		}
		_, n := utf8.DecodeRuneInString(t[i:])
		b.WriteString(t[i : i+n])
	}
	return b.String()
}

// isKey reports a trimmed text that cueKey's loop would copy as it is:
// no rune with a lower case, no space but single ASCII spaces, valid UTF-8.
// Blocks in scripts without case mostly are; they then cost no copy.
func isKey(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' || c != ' ' && runeclass.IsSpace(rune(c)) {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || runeclass.Of(r)&(runeclass.Space|runeclass.Lowers) != 0 {
			return false
		}
		i += size
	}
	return true
}

// cueTrim is what cueKey takes off both ends of a phrase: spaces,
// punctuation and symbols but ©, + and (. Lower-casing never changes its
// answer (TestCueTrimCaseless), so keys may be trimmed before or after.
func cueTrim(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiCueTrim[r]
	}
	return cueTrimClass(r)
}

// asciiCueTrim is cueTrim of the ASCII runes, most of those it is asked.
var asciiCueTrim = func() (t [utf8.RuneSelf]bool) {
	for r := range t {
		t[r] = cueTrimClass(rune(r))
	}
	return t
}()

func cueTrimClass(r rune) bool {
	c := runeclass.Of(r)
	return c&runeclass.Space != 0 || c&runeclass.Punct != 0 && r != '©' && r != '+' && r != '(' || c&runeclass.Symbol != 0 && r != '©'
}

// writeLower writes r in lower case as cueKey folds it.
func writeLower(b *strings.Builder, r rune) {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteByte(byte(r))
		return
	}
	b.WriteRune(runeclass.ToLower(r))
}

// cueMatch is a matched cue and, for prefix cues, the text after it.
type cueMatch struct {
	kind cue
	rest string
}

// matchCue finds the cue a block starts with. Whole-block cues win over
// prefixes, and longer prefixes over shorter ones.
func matchCue(text string) cueMatch {
	low := lower(text)
	key := ""
	if len(text) <= 2*maxCueLen() {
		key = keyOfLower(low)
	}
	return matchCueKey(text, low, key)
}

// matchCueKey is matchCue with the block's lower-cased copy and its
// cueKey already made (the key is only looked at for blocks of up to
// 2*maxCueLen() bytes).
func matchCueKey(text, low, key string) cueMatch {
	if len(text) <= 2*maxCueLen() {
		if key == "" {
			return cueMatch{}
		}
		if k, ok := cueIndex()[key]; ok {
			return cueMatch{kind: k}
		}
	}
	// Prefixes: try the first 6, 5, ... 1 words of the block. The heads
	// are the prefixes of one string of the words, lower-cased and joined
	// by single spaces; a head's key is that prefix trimmed as cueKey
	// trims (cueKey of the head, without a string per head). Lower-casing
	// keeps spaces, so the words of low are the lower-cased words of the
	// text; when single ASCII spaces part them, the heads are a substring
	// of low.
	var spans [7][2]int
	n := min(wordSpans(low, &spans), 6)
	var ends [6]int
	heads := ""
	if n > 0 {
		from := spans[0][0]
		contiguous := true
		for i := 0; i < n; i++ {
			ends[i] = spans[i][1] - from
			if i > 0 && (spans[i][0] != spans[i-1][1]+1 || low[spans[i-1][1]] != ' ') {
				contiguous = false // a wider space, or another one
			}
		}
		if contiguous {
			heads = low[from:spans[n-1][1]]
		} else {
			var b strings.Builder
			for i := 0; i < n; i++ {
				if i > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(low[spans[i][0]:spans[i][1]])
				ends[i] = b.Len()
			}
			heads = b.String()
		}
	}
	// Every head's key starts where heads does once trimmed (a shorter
	// head all trimmable has the key ""), and a key of several words
	// starts with the same first word: when that word opens no prefix cue
	// of several words, only the keys of one word are looked up.
	lead := len(heads) - len(strings.TrimLeftFunc(heads, cueTrim))
	firstOpens := 0 // 0: not asked yet, 1: no, 2: yes
	for i := n; i >= 1; i-- {
		// A cue glued to its rest ("पढ़ें-ब्रिटेन", "Copyright©2024") is
		// split at its first punctuation.
		key := "" // strings.TrimFunc(heads[:ends[i-1]], cueTrim)
		if lead < ends[i-1] {
			key = strings.TrimRightFunc(heads[lead:ends[i-1]], cueTrim)
		}
		if len(key) > maxPrefixLen() {
			continue // longer than any prefix cue: no look-up
		}
		if sp := strings.IndexByte(key, ' '); sp >= 0 {
			if firstOpens == 0 {
				firstOpens = 1
				if prefixFirstWords()[key[:sp]] {
					firstOpens = 2
				}
			}
			if firstOpens == 1 {
				continue
			}
		}
		k, ok := prefixIndex()[key]
		if !ok || !prefixCues[k] {
			continue
		}
		rest := strings.TrimSpace(afterWords(text, i))
		rest = strings.TrimLeftFunc(rest, func(r rune) bool { return runeclass.Is(r, runeclass.Punct|runeclass.Space) || r == '|' })
		if k == cueByline && i == 1 && bylinePreps()[cueKey(firstWords(text, 1)[0])] {
			// The prepositions "von", "par", "por" are bylines only when
			// followed by a short name; a label noun ("लेखक", "লিখেছেন")
			// may be followed by a date on the same line.
			if len(firstWords(text, 6)) > 5 {
				continue
			}
		}
		return cueMatch{kind: k, rest: rest}
	}
	// "Published : Jul 3" splits the label from its colon; "यह भी पढ़ें-"
	// glues the dash to the cue: retry on the text before the first
	// punctuation that ends a label.
	if i := labelEnd(text, maxPrefixSolid()); i > 0 {
		if k, ok := prefixIndex()[cueKey(text[:i])]; ok && prefixCues[k] {
			return cueMatch{kind: k, rest: strings.TrimSpace(strings.TrimLeft(text[i:], ":-–—| "))}
		}
		// A label too ambiguous alone for a dump line ("द्वारा", "Text")
		// is a byline label when a colon follows it: "द्वारा: नाम".
		if text[i] == ':' && colonBylines()[cueKey(text[:i])] {
			return cueMatch{kind: cueByline, rest: strings.TrimSpace(text[i+1:])}
		}
		if text[i] == ':' && colonRelated()[cueKey(text[:i])] {
			return cueMatch{kind: cueRelated, rest: strings.TrimSpace(text[i+1:])}
		}
	}
	return cueMatch{}
}

// labelEnd is strings.IndexAny(text, ":-–—|"), or -1 as soon as the text
// before the mark holds more than limit runes that cueKey keeps (letters,
// digits, inner punctuation): those it keeps all, so such a head's key
// cannot be a cue of limit or fewer. A long paragraph is not scanned to
// its first colon or dash.
func labelEnd(text string, limit int) int {
	n := 0
	for i, r := range text {
		switch r {
		case ':', '-', '–', '—', '|':
			return i
		}
		if !cueTrim(r) {
			if n++; n > limit {
				return -1
			}
		}
	}
	return -1
}

// maxPrefixLen() is the longest key of prefixIndex() in bytes.
var maxPrefixLen = sync.OnceValue(func() int {
	m := 0
	for k := range prefixIndex() {
		m = max(m, len(k))
	}
	return m
})

// maxPrefixSolid() is the most runes cueKey keeps (all but spaces,
// punctuation and symbols trimmed at the ends) of a prefix cue.
var maxPrefixSolid = sync.OnceValue(func() int {
	m := 0
	for k := range prefixIndex() {
		n := 0
		for _, r := range k {
			if !cueTrim(r) {
				n++
			}
		}
		m = max(m, n)
	}
	return m
})

// firstWords returns up to n space-separated words from the start of s
// without splitting all of it.
func firstWords(s string, n int) []string { return appendFirstWords(nil, s, n) }

// appendFirstWords is firstWords appending to out, which may be an array
// on the caller's stack.
func appendFirstWords(out []string, s string, n int) []string {
	for len(out) < n {
		s = strings.TrimLeftFunc(s, runeclass.IsSpace)
		if s == "" {
			break
		}
		i := strings.IndexFunc(s, runeclass.IsSpace)
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i])
		s = s[i:]
	}
	return out
}

// wordSpans finds up to len(spans) space-separated words from the start
// of s, as appendFirstWords does, and returns how many; spans[i] holds
// where word i starts and ends in s.
//
// It steps over bytes, not runes: no byte of a rune but its first is
// ASCII or can start a space (runeclass.SpaceLead), and an invalid byte,
// which a rune-by-rune scan also takes alone, is no space.
func wordSpans(s string, spans *[7][2]int) int {
	n, i := 0, 0
	for n < len(spans) {
		for i < len(s) {
			w := spaceAt(s, i)
			if w == 0 {
				break
			}
			i += w
		}
		if i == len(s) {
			break
		}
		start := i
		for i < len(s) && spaceAt(s, i) == 0 {
			i++
		}
		spans[n] = [2]int{start, i}
		n++
	}
	return n
}

// spaceAt is the length of the space rune at s[i], or 0 when none is
// there.
func spaceAt(s string, i int) int {
	c := s[i]
	if c < utf8.RuneSelf {
		if runeclass.IsSpace(rune(c)) {
			return 1
		}
		return 0
	}
	if !runeclass.SpaceLead(c) {
		return 0
	}
	if r, w := utf8.DecodeRuneInString(s[i:]); runeclass.IsSpace(r) {
		return w
	}
	return 0
}

// afterWords returns s without its first n words.
func afterWords(s string, n int) string {
	for range n {
		s = strings.TrimLeftFunc(s, runeclass.IsSpace)
		i := strings.IndexFunc(s, runeclass.IsSpace)
		if i < 0 {
			return ""
		}
		s = s[i:]
	}
	return s
}

// strongBoiler() are phrases no article paragraph carries: consent banners,
// comment-policy disclaimers, reproduction notices. A block with one is
// furniture however long it is.
var strongBoiler = sync.OnceValue(func() []string { return lexicon.Phrases(lexicon.BoilerStrong) })

var strongBoilerNFC = sync.OnceValue(func() *phrases.Set { return phrases.New(strongBoilerList()) })

// strongBoilerList is strongBoiler() in NFC.
var strongBoilerList = sync.OnceValue(func() []string {
	out := make([]string, len(strongBoiler()))
	for i, p := range strongBoiler() {
		out[i] = NFC(p)
	}
	return out
})

// The phrase lists a block is searched for, as bits of blockPhrases's
// answer: newDoc searches each block once for all of them (TestBlockPhrases
// checks each bit against the list's own search).
const (
	phLegal  = 1 << iota // legalText
	phCredit             // creditLabelSet, hasCredit's labels
	phBoiler             // boilerPhrase
	phStrong             // strongBoilerPhrase
	phSocial             // socialText
)

var blockPhrases = sync.OnceValue(func() *phrases.Group {
	return phrases.NewGroup(legalWords, creditLabels(), containsBoilerList(), strongBoilerList(), socialWords)
})

// strongBoilerPhrase reports a block that contains a strong furniture
// phrase; low is the block in lower case.
func strongBoilerPhrase(low string) bool { return strongBoilerNFC().In(low) }

// boilerPhrase reports a block that contains a furniture phrase; low is
// the block in lower case.
func boilerPhrase(low string) bool { return containsBoilerNFC().In(low) }

// altLeak reports image alt text that leaked into the dump: a short block
// ending in "img", "logo", "icon" and the like.
func altLeak(text string, f features) bool {
	if f.words == 0 || f.words > 12 || f.terminal {
		return false
	}
	// The last word, lower-cased: lower-casing keeps spaces and
	// non-spaces as they are, so it may come after the split.
	text = strings.TrimRightFunc(text, runeclass.IsSpace)
	last := lower(text[strings.LastIndexFunc(text, runeclass.IsSpace)+1:]) // strings.ToLower
	last = strings.TrimFunc(last, func(r rune) bool { return !runeclass.IsLetter(r) })
	return altWords()[NFC(last)]
}

// RelatedHeading reports a block that heads a list of related stories
// ("Related news", "संबंधित खबरें") rather than being one of them.
func RelatedHeading(text string) bool { return matchCue(text).kind == cueRelatedHead }

// AlsoReadTitle is the headline an "also read" block links to: the block
// without its cue ("यह भी पढ़ें- ब्रिटेन …" gives "ब्रिटेन …").
func AlsoReadTitle(text string) string {
	if m := matchCue(text); m.kind == cueRelated {
		return m.rest
	}
	return ""
}

package dates

import (
	"sync"
	"unicode/utf8"
)

// parser holds one call's tokens and a cache of word meanings, so that a
// word is normalised and looked up at most once however often the
// candidates around it look at it.
type parser struct {
	s    string
	toks []token
	t    *tables
	lang string
	// runTogether is Options.RunTogether.
	runTogether bool
	// per token: 0 not looked up, 1 no meaning, 2 meaning in mean[i]
	state []uint8
	mean  []meaning
	span  []uint8 // tokens covered by a multi-token word match
	key   []byte
	key2  []byte
}

var parserPool = sync.Pool{New: func() any { return &parser{} }}

func newParser(s string, o *opts) *parser {
	p := parserPool.Get().(*parser)
	p.s = s
	p.t = getTables()
	p.lang = o.Lang
	p.runTogether = o.RunTogether
	p.toks = tokenize(s, p.toks[:0], o.RunTogether)
	n := len(p.toks)
	if cap(p.state) < n {
		p.state = make([]uint8, n, n+n/2)
		p.mean = make([]meaning, n, n+n/2)
		p.span = make([]uint8, n, n+n/2)
	} else {
		p.state = p.state[:n]
		p.mean = p.mean[:n]
		p.span = p.span[:n]
		clear(p.state)
	}
	return p
}

func (p *parser) release() {
	if cap(p.toks) > 4096 {
		return // do not keep huge buffers alive
	}
	p.s = ""
	parserPool.Put(p)
}

func (p *parser) text(i int) string { return p.s[p.toks[i].start:p.toks[i].end] }

// wordKey returns the normalised key of word token i (valid until the
// next call).
func (p *parser) wordKey(i int) []byte {
	p.key = appendKey(p.key[:0], p.text(i))
	return p.key
}

// word returns the meaning of the word at token i and how many tokens
// the match covers (multi-word keys such as "il y a", "mis à jour" or
// "星期三" cover several).
func (p *parser) word(i int) (meaning, int, bool) {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return meaning{}, 0, false
	}
	switch p.state[i] {
	case 1:
		return meaning{}, 0, false
	case 2:
		return p.mean[i], int(p.span[i]), true
	}
	k := p.wordKey(i)
	best, bestN, found := meaning{}, 0, false
	maxw := 0
	if j := p.t.multi.find(k); j >= 0 {
		maxw = int(p.t.multiN[j])
	}
	if maxw > 1 {
		// Join the following words (or adjacent CJK characters) and try
		// the longest join first.
		p.key2 = append(p.key2[:0], k...)
		var ends, keyLens [8]int
		nc := 0
		for idx := i; nc+1 < maxw && nc < len(ends); nc++ {
			j := idx + 1
			if p.toks[i].cjk {
				if j >= len(p.toks) || !p.toks[j].cjk {
					break
				}
			} else {
				if j < len(p.toks) && p.toks[j].kind == tSpace {
					j++
				}
				if j >= len(p.toks) || p.toks[j].kind != tWord || p.toks[j].cjk {
					break
				}
				p.key2 = append(p.key2, ' ')
			}
			p.key2 = appendKey(p.key2, p.text(j))
			idx = j
			ends[nc], keyLens[nc] = j, len(p.key2)
		}
		for c := nc - 1; c >= 0; c-- {
			if m, ok := p.t.lookup(p.key2[:keyLens[c]], p.lang); ok {
				best, bestN, found = m, ends[c]-i+1, true
				break
			}
		}
	}
	if !found {
		if m, ok := p.t.lookup(p.wordKey(i), p.lang); ok {
			best, bestN, found = m, 1, true
		} else if stem, ok := inflectedStem(p.key); ok {
			if m, ok := p.t.lookup(stem, p.lang); ok && m.names() {
				best, bestN, found = m, 1, true
			}
		}
	}
	if !found {
		p.state[i] = 1
		return meaning{}, 0, false
	}
	if bestN > 255 {
		bestN = 255
	}
	p.state[i], p.mean[i], p.span[i] = 2, best, uint8(bestN)
	return best, bestN, true
}

// next returns the index of the first non-space token after i.
func (p *parser) next(i int) int {
	i++
	for i < len(p.toks) && p.toks[i].kind == tSpace {
		i++
	}
	return i
}

// prev returns the index of the last non-space token before i, or -1.
func (p *parser) prev(i int) int {
	i--
	for i >= 0 && p.toks[i].kind == tSpace {
		i--
	}
	return i
}

func (p *parser) isPunct(i int, rs string) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tPunct {
		return false
	}
	for _, r := range rs {
		if p.toks[i].r == r {
			return true
		}
	}
	return false
}

func (p *parser) isNum(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tNum
}

// asciiWord reports whether token i is the ASCII word w (case-insensitive).
func (p *parser) asciiWord(i int, ws ...string) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return false
	}
	t := p.text(i)
	for _, w := range ws {
		if len(t) == len(w) && equalFoldASCII(t, w) {
			return true
		}
	}
	return false
}

func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x >= 'A' && x <= 'Z' {
			x += 'a' - 'A'
		}
		if y >= 'A' && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// truncate cuts s to at most n bytes at a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// inflectedStem returns a word's key without the vowel sign e or ī that
// ends it, when three letters or more stay: Gujarati, Bengali, Assamese
// and Sanskrit put a case ending on a weekday, a month or a unit as the
// sign e (સોમવારે "on Monday", দিবসে, वर्षे), Marathi as ī (सोमवारी), and
// the tables hold the bare names. Shorter stems are left alone: there the
// ending makes another word (बारे "about", not बार "day").
func inflectedStem(key []byte) ([]byte, bool) {
	r, w := utf8.DecodeLastRune(key)
	if r < 0x0900 || r >= 0x0D80 || r&0x7F != 0x40 && r&0x7F != 0x47 {
		return nil, false
	}
	stem := key[:len(key)-w]
	letters := 0
	for _, c := range string(stem) {
		// The letters of the nine ISCII-shaped blocks: independent
		// vowels and consonants.
		if c >= 0x0900 && c < 0x0D80 && c&0x7F >= 0x05 && c&0x7F <= 0x39 {
			letters++
		}
	}
	return stem, letters >= 3
}

package clean

import (
	"strings"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"

	"github.com/akhbar/akhbar/internal/chillu"
	"github.com/akhbar/akhbar/internal/runeclass"
)

// blockScan gathers, in measure's pass over a block's runes, what newDoc
// otherwise learnt in three passes more, each decoding the block again:
// the block's contentKey (for markRepeats), where lower starts to change
// it (caseless text, most of an Indian-language dump, is then not
// scanned again to find that nothing changes), and whether its spaces
// are single ASCII spaces (keyOfLower's key is then low trimmed, with no
// second look for spaces to squeeze). FuzzScanBlock checks each against
// the function it stands for.
type blockScan struct {
	d        xxhash.Digest
	buf      [256]byte
	n        int // bytes of buf not yet hashed
	letters  int // contentKey's count
	lowFrom  int // first byte lower changes (-1: none yet)
	oddSpace bool
}

// scanBlock measures s and fills sc.
func scanBlock(s string, sc *blockScan) features {
	sc.d.Reset()
	sc.n, sc.letters, sc.lowFrom, sc.oddSpace = 0, 0, -1, false
	return measureScan(s, sc)
}

// add takes the rune r at s[i:], of class c.
func (sc *blockScan) add(s string, i int, r rune, c runeclass.Class) {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			sc.put(byte(r))
		case 'A' <= r && r <= 'Z':
			sc.put(byte(r) + 'a' - 'A')
			if sc.lowFrom < 0 {
				sc.lowFrom = i
			}
		case r == ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				sc.oddSpace = true
			}
		case c&runeclass.Space != 0:
			sc.oddSpace = true
		}
		return
	}
	sc.wide(s, i, r, c)
}

func (sc *blockScan) put(b byte) {
	if sc.n == len(sc.buf) {
		sc.flush()
	}
	sc.buf[sc.n] = b
	sc.n++
	sc.letters++
}

func (sc *blockScan) flush() {
	sc.d.Write(sc.buf[:sc.n])
	sc.n = 0
}

// wide is add for a rune above ASCII (or an invalid byte's U+FFFD).
func (sc *blockScan) wide(s string, i int, r rune, c runeclass.Class) {
	if sc.n > len(sc.buf)-16 {
		sc.flush()
	}
	if c&(runeclass.Letter|runeclass.Mark|runeclass.Digit) != 0 {
		// As contentKey folds it.
		v := ""
		if mayFoldVariant(r) {
			v = foldVariant(r)
		}
		switch {
		case v != "":
			if sc.n+len(v) > len(sc.buf) {
				sc.flush()
				sc.d.WriteString(v)
			} else {
				sc.n += copy(sc.buf[sc.n:], v)
			}
		case c&runeclass.Lowers != 0:
			sc.n += utf8.EncodeRune(sc.buf[sc.n:], runeclass.ToLower(r))
		default:
			sc.n += copy(sc.buf[sc.n:], s[i:i+utf8.RuneLen(r)])
		}
		sc.letters++
	}
	if sc.lowFrom < 0 && (c&runeclass.Lowers != 0 || r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD")) {
		sc.lowFrom = i // lower maps an invalid byte to U+FFFD
	}
	if c&runeclass.Space != 0 {
		sc.oddSpace = true
	}
}

// key is contentKey(s) of the scanned s.
func (sc *blockScan) key() (uint64, int) {
	sc.flush()
	return sc.d.Sum64(), sc.letters
}

// low is lower(s) of the scanned s.
func (sc *blockScan) low(s string) string {
	if sc.lowFrom < 0 {
		return s
	}
	return lowerFrom(s, sc.lowFrom)
}

// keyOfLower is keyOfLower(low), low the lower-cased scanned text.
func (sc *blockScan) keyOfLower(low string) string {
	if sc.oddSpace {
		return keyOfLower(low)
	}
	return strings.TrimFunc(low, cueTrim)
}

// mayFoldVariant reports the runes foldVariant may fold: ৎ, the Malayalam
// atomic chillus, Arabic kaf, alef maksura and yeh, and the presentation
// forms (TestMayFoldVariant). Indian text has few of them; it skips the
// switch for every other letter.
func mayFoldVariant(r rune) bool {
	return r == 'ৎ' || chillu.Is(r) || r >= 'ك' && r <= 'ي' || r >= 0xFB50
}

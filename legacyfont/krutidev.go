package legacyfont

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var (
	//go:embed data/krutidev.tsv
	krutiDevTSV string
	//go:embed data/chanakya.tsv
	chanakyaTSV string
)

// pair is one replacement of a table: legacy string → Unicode.
type pair struct{ from, to string }

// font is what converting one legacy font takes: its table, applied in
// order, and the keys it types out of Unicode order.
type font struct {
	table func() []pair
	// before runs on the whole text first; signKeys and cleanups on each
	// word after the table; after on the whole text last.
	before, signKeys, cleanups, after *strings.Replacer
	// shortI is the key typed before the consonant cluster its short-i
	// sign follows; reph the key typed after the syllable its reph tops.
	shortI, reph rune
}

// vowelJoins join vowels typed as two keys, and a doubled halant.
var vowelJoins = strings.NewReplacer("\u094d\u094d", "\u094d",
	"ाे", "ो", "ाै", "ौ", "अा", "आ", "आे", "ओ", "आै", "औ", "एे", "ऐ")

var krutiDev = &font{
	table: sync.OnceValue(func() []pair {
		// The reference table is wrong about one key (SOURCES.md): "pkS"
		// is च + ौ, not चै.
		return mustTable("krutidev.tsv", krutiDevTSV, map[string]string{"pkS": "चौ"})
	}),
	// The reference drops a space typed before the subscript-r key.
	before: strings.NewReplacer(" ª", "ª", " ~j", "~j", " z", "z"),
	// Glyphs that stand for a sign and a reordering key at once.
	signKeys: strings.NewReplacer("±", "Zं", "Æ", "र्f", "É", "र्fं", "Ç", "fं", "¯", "fं", "Ê", "ीZ"),
	cleanups: vowelJoins,
	after:    strings.NewReplacer(),
	shortI:   'f',
	reph:     'Z',
}

var chanakya = &font{
	table:  sync.OnceValue(func() []pair { return mustTable("chanakya.tsv", chanakyaTSV, nil) }),
	before: strings.NewReplacer(),
	// ¨ is the short i with the anusvara, typed before the cluster.
	signKeys: strings.NewReplacer("¨", "çं"),
	cleanups: vowelJoins,
	// The table's two pairs that hold a space, and its quotation marks.
	after:  strings.NewReplacer("ओ े", "ओ", " ः", " :", "Ò", "‘", "Ó", "’"),
	shortI: 'ç',
	reph:   'ü',
}

func mustTable(name, data string, overrides map[string]string) []pair {
	t, err := parseTable(name, data, overrides)
	if err != nil {
		panic(err) // the embedded files are tested
	}
	return t
}

func parseTable(name, data string, overrides map[string]string) ([]pair, error) {
	var t []pair
	for i, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		a, b, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("legacyfont: %s line %d: no tab", name, i+1)
		}
		from, err1 := strconv.Unquote(a)
		to, err2 := strconv.Unquote(b)
		if err1 != nil || err2 != nil || from == "" {
			return nil, fmt.Errorf("legacyfont: %s line %d: bad field", name, i+1)
		}
		if o, ok := overrides[from]; ok {
			to = o
		}
		t = append(t, pair{from, to})
	}
	return t, nil
}

const (
	halant = '\u094d'
	nukta  = '\u093c'
	shortI = '\u093f'
	ra     = '\u0930'
)

func isConsonant(r rune) bool {
	return r >= '\u0915' && r <= '\u0939' || r >= '\u0958' && r <= '\u095f'
}

// isSign reports a dependent vowel sign or a nasal/visarga sign: what
// follows a consonant cluster within its syllable.
func isSign(r rune) bool {
	return r >= '\u093e' && r <= '\u094c' || r >= '\u0900' && r <= '\u0903' ||
		r == '\u0962' || r == '\u0963' || r == nukta
}

// KrutiDev converts text in the Kruti Dev 010 encoding to Unicode
// Devanagari (NFC). Characters the font does not use pass through; the
// output is valid UTF-8 even when the input is not.
func KrutiDev(s string) string { return convert(s, krutiDev) }

// Chanakya converts text in the Walkman-Chanakya encoding (as UTF-8: the
// font's Windows-1252 bytes read as that code page) to Unicode Devanagari
// (NFC), as KrutiDev does for Kruti Dev.
func Chanakya(s string) string { return convert(s, chanakya) }

// convert applies a font's table and reordering. Every rule of the table
// and of the reordering stays within a word (the short i and the reph
// move inside their syllable), so the text is converted word by word, and
// a word met again is taken from a cache: news text repeats its words, and
// the table is applied in order, one pass per pair, which is slow on a
// whole page.
func convert(s string, f *font) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = f.before.Replace(s)
	var out strings.Builder
	out.Grow(len(s) * 2)
	cache := map[string]string{}
	for len(s) > 0 {
		i := strings.IndexFunc(s, unicode.IsSpace)
		if i < 0 {
			i = len(s)
		}
		if i > 0 {
			w := s[:i]
			c, ok := cache[w]
			if !ok {
				c = convertWord(w, f)
				cache[w] = c
			}
			out.WriteString(c)
		}
		s = s[i:]
		j := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsSpace(r) })
		if j < 0 {
			j = len(s)
		}
		out.WriteString(s[:j])
		s = s[j:]
	}
	return norm.NFC.String(f.after.Replace(out.String()))
}

// convertWord converts one word (no white space): the table in order,
// the glyphs that stand for a sign and a key at once, the reordering, the
// clean-ups.
func convertWord(s string, f *font) string {
	// Most pairs cannot match a short word: skip a pair whose first byte
	// the word does not hold (the set grows with what replacements write).
	var has [256]bool
	for i := 0; i < len(s); i++ {
		has[s[i]] = true
	}
	for _, p := range f.table() {
		if has[p.from[0]] && strings.Contains(s, p.from) {
			s = strings.ReplaceAll(s, p.from, p.to)
			for i := 0; i < len(p.to); i++ {
				has[p.to[i]] = true
			}
		}
	}
	s = f.signKeys.Replace(s)
	rs := []rune(s)
	rs = placeShortI(rs, f.shortI)
	rs = placeReph(rs, f.reph)
	return visarga(f.cleanups.Replace(string(rs)))
}

// cluster returns the end of the consonant cluster starting at i (a run
// of consonant, nukta, halant ending in a consonant and its nukta), or i
// when no consonant starts there.
func cluster(rs []rune, i int) int {
	j := i
	for j < len(rs) && isConsonant(rs[j]) {
		j++
		if j < len(rs) && rs[j] == nukta {
			j++
		}
		if j+1 < len(rs) && rs[j] == halant && isConsonant(rs[j+1]) {
			j++
			continue
		}
		break
	}
	return j
}

// placeShortI moves each short-i key (possibly followed by the anusvara it
// was typed with) after the consonant cluster that follows it: "fLFk" is
// स्थि, a half form typed before the full consonant included.
func placeShortI(rs []rune, key rune) []rune {
	out := make([]rune, 0, len(rs)+4)
	for i := 0; i < len(rs); i++ {
		if rs[i] != key {
			out = append(out, rs[i])
			continue
		}
		j := i + 1
		nasal := false
		if j < len(rs) && rs[j] == 'ं' {
			nasal = true
			j++
		}
		end := cluster(rs, j)
		out = append(out, rs[j:end]...)
		out = append(out, shortI)
		if nasal {
			out = append(out, 'ं')
		}
		i = end - 1
	}
	return out
}

// placeReph moves each reph key before the syllable it follows: back over
// the vowel and nasal signs, the consonant, and any half consonants joined
// to it, and writes र् there. One pass: the syllable is at the end of what
// is written so far.
func placeReph(rs []rune, key rune) []rune {
	out := make([]rune, 0, len(rs)+8)
	for _, r := range rs {
		if r != key {
			out = append(out, r)
			continue
		}
		k := len(out)
		for k > 0 && isSign(out[k-1]) {
			k--
		}
		if k > 0 && isConsonant(out[k-1]) {
			k--
			for k >= 2 && out[k-1] == halant {
				c := k - 2
				if out[c] == nukta && c >= 1 {
					c--
				}
				if !isConsonant(out[c]) {
					break
				}
				k = c
			}
		}
		if k == len(out) {
			continue // a reph with no syllable before it: drop the key
		}
		out = append(out, 0, 0)
		copy(out[k+2:], out[k:len(out)-2])
		out[k], out[k+1] = ra, halant
	}
	return out
}

// visarga reads a colon written between two Devanagari letters as the
// visarga the font draws with the same key.
func visarga(s string) string {
	if !strings.Contains(s, ":") {
		return s
	}
	rs := []rune(s)
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] == ':' && isDeva(rs[i-1]) && isDeva(rs[i+1]) {
			rs[i] = 'ः'
		}
	}
	return string(rs)
}

func isDeva(r rune) bool { return r >= '\u0900' && r <= '\u097f' }

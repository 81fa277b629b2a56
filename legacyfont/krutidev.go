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

//go:embed data/krutidev.tsv
var krutiDevTSV string

// pair is one replacement of the table: Kruti Dev string → Unicode.
type pair struct{ from, to string }

// overrides correct the reference table where it is wrong about the font
// (SOURCES.md): "pkS" is च + ौ, not चै.
var overrides = map[string]string{"pkS": "चौ"}

// table is the ordered replacement table, read once.
var table = sync.OnceValue(func() []pair {
	t, err := parseTable(krutiDevTSV)
	if err != nil {
		panic(err) // the embedded file is tested
	}
	return t
})

func parseTable(data string) ([]pair, error) {
	var t []pair
	for i, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		a, b, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("legacyfont: krutidev.tsv line %d: no tab", i+1)
		}
		from, err1 := strconv.Unquote(a)
		to, err2 := strconv.Unquote(b)
		if err1 != nil || err2 != nil || from == "" {
			return nil, fmt.Errorf("legacyfont: krutidev.tsv line %d: bad field", i+1)
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
//
// Every rule of the table and of the reordering stays within a word (the
// short i and the reph move inside their syllable), so the text is
// converted word by word, and a word met again is taken from a cache:
// news text repeats its words, and the table is applied in order, one
// pass per pair, which is slow on a whole page.
func KrutiDev(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	// The reference drops a space typed before the subscript-r key.
	for _, sp := range [][2]string{{" ª", "ª"}, {" ~j", "~j"}, {" z", "z"}} {
		s = strings.ReplaceAll(s, sp[0], sp[1])
	}
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
				c = convertWord(w)
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
	return out.String()
}

// convertWord converts one word (no white space): the table in order,
// the glyphs that stand for a sign and a key at once, the reordering, the
// clean-ups, NFC.
func convertWord(s string) string {
	// Most pairs cannot match a short word: skip a pair whose first byte
	// the word does not hold (the set grows with what replacements write).
	var has [256]bool
	for i := 0; i < len(s); i++ {
		has[s[i]] = true
	}
	for _, p := range table() {
		if has[p.from[0]] && strings.Contains(s, p.from) {
			s = strings.ReplaceAll(s, p.from, p.to)
			for i := 0; i < len(p.to); i++ {
				has[p.to[i]] = true
			}
		}
	}
	s = signKeys.Replace(s)
	rs := []rune(s)
	rs = placeShortI(rs)
	rs = placeReph(rs)
	s = cleanups.Replace(string(rs))
	return norm.NFC.String(visarga(s))
}

var (
	// signKeys are glyphs that stand for a sign and a reordering key.
	signKeys = strings.NewReplacer("±", "Zं", "Æ", "र्f", "É", "र्fं", "Ç", "fं", "¯", "fं", "Ê", "ीZ")
	// cleanups join vowels typed as two keys and a doubled halant.
	cleanups = strings.NewReplacer("\u094d\u094d", "\u094d",
		"ाे", "ो", "ाै", "ौ", "अा", "आ", "आे", "ओ", "आै", "औ", "एे", "ऐ")
)

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

// placeShortI moves each short-i key ('f', possibly followed by the
// anusvara it was typed with) after the consonant cluster that follows it.
func placeShortI(rs []rune) []rune {
	out := make([]rune, 0, len(rs)+4)
	for i := 0; i < len(rs); i++ {
		if rs[i] != 'f' {
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
		// A half form typed after the cluster still belongs to it when
		// the font has no glyph for the pair: "fLFk" is स्थि.
		out = append(out, shortI)
		if nasal {
			out = append(out, 'ं')
		}
		i = end - 1
	}
	return out
}

// placeReph moves each reph key ('Z') before the syllable it follows: back
// over the vowel and nasal signs, the consonant, and any half consonants
// joined to it, and writes र् there. One pass: the syllable is at the end
// of what is written so far.
func placeReph(rs []rune) []rune {
	out := make([]rune, 0, len(rs)+8)
	for _, r := range rs {
		if r != 'Z' {
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

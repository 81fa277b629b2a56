package dates

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/akhbar/akhbar/internal/chillu"
	"github.com/akhbar/akhbar/internal/nasal"
	"github.com/akhbar/akhbar/lexicon"
	"golang.org/x/text/unicode/norm"
)

//go:generate go run ./internal/gen
//go:generate go test -run TestDateparserKeysNormal -args -update-keys
//go:generate go test -run TestTablesGenerated -args -update-tables

// dateparser.tsv is generated from go-dateparser's locale data, its keys
// then stored as normKey gives them (the second go:generate line). Our own
// words (labels, parts of the day, date-part markers, the calendar words
// of the scheduled languages and spellings seen on Indian news sites) come
// from package lexicon, the one table of language words.
//
//go:embed data/dateparser.tsv
var dateparserTSV string

// lexiconRows gives the lexicon's date words as the rows of
// dateparser.tsv (lang, kind, key, value): kind w for a word, r for a
// whole relative phrase, x for a template around a number. They are
// handed over as fields, not written out as lines to be cut again.
func lexiconRows(add func(lang, kind, key, val string)) {
	row := func(e lexicon.Entry, kind, val string) { add(e.Code, kind, e.Phrase, val) }
	for _, k := range []lexicon.Kind{lexicon.Part, lexicon.HourWord, lexicon.Published, lexicon.PublishedWord,
		lexicon.Updated, lexicon.UpdatedWord, lexicon.Month, lexicon.Weekday, lexicon.Filler, lexicon.Unit,
		lexicon.RelDir, lexicon.Mark, lexicon.Relative, lexicon.RelTemplate} {
		for _, e := range lexicon.Entries(k) {
			switch k {
			case lexicon.HourWord:
				row(e, "w", "hourword")
			case lexicon.Published, lexicon.PublishedWord:
				row(e, "w", "published")
			case lexicon.Updated, lexicon.UpdatedWord:
				row(e, "w", "updated")
			case lexicon.Filler:
				row(e, "w", "")
			case lexicon.Relative:
				row(e, "r", e.Value)
			case lexicon.RelTemplate:
				row(e, "x", e.Value)
			default:
				row(e, "w", e.Value)
			}
		}
	}
}

// Parts of the day. Indian languages name the part of the day rather than
// AM/PM ("शाम 7 बजे" is 19:00), so each has its own rule in applyPeriod.
const (
	pAM = 1 + iota
	pPM
	pMorning
	pNoon // afternoon: 12 stays 12, 1..6 are PM
	pEvening
	pNight // 6..11 are PM, 12 is midnight, 1..5 are AM
)

// Date-part markers: 年/월/日 after a number, ngày/tháng/năm before it.
const (
	mkYear = 1 + iota
	mkMonth
	mkDay
	mkHour
	mkMinute
	mkSecond
)

// Relative units.
const (
	uSecond = 1 + iota
	uMinute
	uHour
	uDay
	uWeek
	uMonth
	uYear
	uDecade
)

// meaning is everything one word can mean; a word may mean several
// things in different languages ("mar" is March in English and Tuesday
// in Spanish), and the parser picks by position.
type meaning struct {
	month, wday int8
	period      int8
	unit        int8
	dir         int8 // -1 ago, +1 in/after
	mark        int8
	markBefore  bool // the marker precedes its number (Vietnamese)
	filler      bool
	hourWord    bool // "Uhr", "बजे", "hrs": follows or precedes an hour
	label       Kind
	rel         *relative // a whole relative phrase: "yesterday", "गत मास"
	// past is the phrase's reading in the past or present when it has
	// one, kept apart from rel because some words read both ways (Hindi
	// कल: yesterday and tomorrow) and rel keeps only the first.
	past *relative
}

func (m meaning) isZero() bool { return m == meaning{} }

// names reports whether m names a month, a weekday, a unit or a relative
// day (the words a case ending can inflect), not a label, a filler or a
// marker.
func (m meaning) names() bool {
	return (m.month != 0 || m.wday != 0 || m.unit != 0 || m.rel != nil || m.past != nil) &&
		!m.filler && m.label == 0 && !m.hourWord && m.mark == 0
}

func (m *meaning) merge(o meaning) {
	if m.month == 0 {
		m.month = o.month
	}
	if m.wday == 0 {
		m.wday = o.wday
	}
	if m.period == 0 {
		m.period = o.period
	}
	if m.unit == 0 {
		m.unit = o.unit
	}
	if m.dir == 0 {
		m.dir = o.dir
	}
	if m.mark == 0 {
		m.mark, m.markBefore = o.mark, o.markBefore
	}
	m.filler = m.filler || o.filler
	m.hourWord = m.hourWord || o.hourWord
	if m.label == Unknown {
		m.label = o.label
	}
	if m.rel == nil {
		m.rel = o.rel
	}
	if m.past == nil {
		m.past = o.past
	}
}

// relative is "N units ago" (Dir -1) or "in N units" (Dir +1).
type relative struct {
	n    int
	unit int8
	dir  int8
}

type entry struct {
	all    meaning
	byLang []langMeaning // only filled when languages disagree
}

// langMeaning is one language's reading of a key.
type langMeaning struct {
	lang string
	m    meaning
}

// template is a relative expression around a number whose words are
// glued or fused ("5 महिन्यापूर्वी", "වසර 2කට පෙර"): pre and post are keys
// of the words before and after the number, joined by single spaces.
type template struct {
	pre  string
	unit int8
	dir  int8
	lang string
}

// tables are what the parser looks words up in. They are built from the
// rows by buildTables, but a program does not build them: buildTables ran
// when tables_gen.go was written (TestTablesGenerated), and the program
// reads that file's copy, which the compiler lays out as static data.
// Building them took about 20 ms of CPU at every start, most of it the
// kernel handing the process the fresh pages of its maps, for a run that
// may only read a few dumps.
type tables struct {
	words   strIndex
	entries []entry // by words' key index
	// multi holds the first word of every multi-word key, so that a join
	// is only tried where one can match.
	multi     strIndex
	multiN    []int8 // by multi's key index: the most words of a key it starts
	templates strIndex
	tmplLists [][]template // by templates' key index
	tmplFirst strIndex
}

func getTables() *tables { return &genTables }

// strIndex finds a key among keys through an open-addressing table of
// their indices, made when the tables are generated, so that a lookup
// costs what a map's does and the program builds nothing.
//
// A slot holds the key's index+1 in its low 16 bits and 16 more bits of
// its hash above them, so that most words of a text, which are no key,
// are turned away by the slot alone, without reading a key (a map's
// control bytes do the same).
type strIndex struct {
	keys  []string
	slots []uint32 // tag<<16 | index+1 of the key hashed there, 0 for none; a power of two long
}

// keyHash mixes a key eight bytes at a time (most keys are one to three
// such words; an Indian word's letters take three bytes each), its high
// bits folded down so that a mask of the low bits spreads the keys. It is
// fixed: tables_gen.go's slots are laid out with it.
func keyHash(b []byte) uint32 {
	const m = 0x9E3779B97F4A7C15
	h := uint64(len(b)) * m
	for ; len(b) >= 8; b = b[8:] {
		h = (h ^ binary.LittleEndian.Uint64(b)) * m
		h ^= h >> 32
	}
	if len(b) > 0 {
		var t uint64
		for i, c := range b {
			t |= uint64(c) << (8 * i)
		}
		h = (h ^ t) * m
		h ^= h >> 32
	}
	return uint32(h ^ h>>16)
}

// find returns the index of key k, or -1.
func (x *strIndex) find(k []byte) int {
	if len(x.slots) == 0 {
		return -1
	}
	mask := uint32(len(x.slots) - 1)
	h := keyHash(k)
	tag := h &^ 0xffff
	for i := h & mask; ; i = (i + 1) & mask {
		s := x.slots[i]
		if s == 0 {
			return -1
		}
		if s&^0xffff == tag && x.keys[s&0xffff-1] == string(k) {
			return int(s&0xffff - 1)
		}
	}
}

// newStrIndex indexes keys (distinct, fewer than 65,535) in a table at
// most half full and at most 65,536 slots (the mask takes the hash's low
// 16 bits, the tag the high ones).
func newStrIndex(keys []string) strIndex {
	n := 1
	for n < 2*len(keys) {
		n *= 2
	}
	if len(keys) >= 0xffff || n > 0x10000 {
		panic("dates: too many keys for a strIndex")
	}
	x := strIndex{keys: keys, slots: make([]uint32, n)}
	mask := uint32(n - 1)
	for j, k := range keys {
		h := keyHash([]byte(k))
		i := h & mask
		for x.slots[i] != 0 {
			i = (i + 1) & mask
		}
		x.slots[i] = h&^0xffff | uint32(j+1)
	}
	return x
}

var valueMeaning = map[string]meaning{
	"": {filler: true}, "ago": {dir: -1}, "in": {dir: 1},
	"am": {period: pAM}, "pm": {period: pPM},
	"morning": {period: pMorning}, "noon": {period: pNoon}, "evening": {period: pEvening}, "night": {period: pNight},
	"second": {unit: uSecond}, "minute": {unit: uMinute}, "hour": {unit: uHour}, "day": {unit: uDay},
	"week": {unit: uWeek}, "month": {unit: uMonth}, "year": {unit: uYear}, "decade": {unit: uDecade},
	"hourword":  {hourWord: true},
	"published": {label: Published}, "updated": {label: Updated},
	"mark-year": {mark: mkYear}, "mark-month": {mark: mkMonth}, "mark-day": {mark: mkDay},
	"mark-hour": {mark: mkHour}, "mark-minute": {mark: mkMinute}, "mark-second": {mark: mkSecond},
	"premark-year": {mark: mkYear, markBefore: true}, "premark-month": {mark: mkMonth, markBefore: true},
	"premark-day": {mark: mkDay, markBefore: true},
}

var monthNames = strings.Fields("january february march april may june july august september october november december")
var wdayNames = strings.Fields("monday tuesday wednesday thursday friday saturday sunday")

func init() {
	for i, n := range monthNames {
		valueMeaning[n] = meaning{month: int8(i + 1)}
	}
	for i, n := range wdayNames {
		valueMeaning[n] = meaning{wday: int8(i + 1)}
	}
}

var unitNames = map[string]int8{"second": uSecond, "minute": uMinute, "hour": uHour, "day": uDay,
	"week": uWeek, "month": uMonth, "year": uYear, "decade": uDecade}

// fields is strings.Fields(s) without the slice: it puts the first len(d)
// fields in d and returns how many fields s has. The tables are built at
// every start; strings.Fields per row was a third of their allocations.
func fields(s string, d []string) int {
	n := 0
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				if n < len(d) {
					d[n] = s[start:i]
				}
				n++
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		if n < len(d) {
			d[n] = s[start:]
		}
		n++
	}
	return n
}

// parseRelValue reads dateparser's normalised relative forms:
// "N week ago", "in N week", "0 day ago", "in 1 day".
func parseRelValue(v string) (n int, unit, dir int8, ok bool) {
	var buf [3]string
	f := buf[:]
	switch nf := fields(v, f); {
	case nf == 3 && f[2] == "ago":
		dir = -1
		f = f[:2]
	case nf == 3 && f[0] == "in":
		dir = 1
		f = f[1:]
	default:
		return 0, 0, 0, false
	}
	if f[0] == "N" {
		n = -1
	} else {
		for _, c := range f[0] {
			if c < '0' || c > '9' {
				return 0, 0, 0, false
			}
			n = n*10 + int(c-'0')
		}
	}
	unit, ok = unitNames[f[1]]
	return n, unit, dir, ok
}

// rawDateparserKeys makes buildTables normalise the generated table's
// keys as it does its own rows', for the test that checks they need not.
var rawDateparserKeys = false

// buildTables makes the tables from the rows. Only TestTablesGenerated
// calls it, to write tables_gen.go and to check that file against the rows;
// its costs (maps sized for today's rows, keys cut in place) date from when
// every start called it.
func buildTables() *tables {
	// The sizes are what the tables hold today (5,031 keys, 478 first
	// words of multi-word keys, 1,395 template ends, 941 of their first
	// words), rounded up: a larger hint is memory cleared and faulted in
	// at every start for nothing, a smaller one maps grown by rehashing.
	// Only speed depends on them.
	const nKeys = 5200
	var t struct {
		multi     map[string]int
		templates map[string][]template
		tmplFirst map[string]bool
	}
	t.multi, t.templates, t.tmplFirst = make(map[string]int, 512), make(map[string][]template, 1440), make(map[string]bool, 1024)
	// The readings of one key by language, in the order the languages
	// first came: a key has few (most one, kept without a slice of its
	// own), and a map per key would be thousands of small maps built at
	// every start. Keys index one slice of them, so that building costs
	// no allocation per key.
	type reading struct {
		lang string
		m    meaning
	}
	type perLang struct {
		first reading
		more  []reading
	}
	idx := make(map[string]int32, nKeys)
	keys := make([]string, 0, nKeys)
	raw := make([]perLang, 0, nKeys)
	// add takes the key as normKey gives it.
	add := func(lang, k string, m meaning) {
		if k == "" {
			return
		}
		var first [1]string
		if !strings.ContainsFunc(k, unicode.IsSpace) {
			// One word: strings.Fields would give k itself.
			if n := utf8.RuneCountInString(k); n > 1 && isCJKKey(k) {
				r, _ := utf8.DecodeRuneInString(k)
				t.multi[string(r)] = max(t.multi[string(r)], n)
			}
		} else if nf := fields(k, first[:]); nf > 1 {
			t.multi[first[0]] = max(t.multi[first[0]], nf)
		} else if n := utf8.RuneCountInString(k); n > 1 && isCJKKey(k) {
			r, _ := utf8.DecodeRuneInString(k)
			t.multi[string(r)] = max(t.multi[string(r)], n)
		}
		j, ok := idx[k]
		if !ok {
			j = int32(len(raw))
			idx[k] = j
			keys = append(keys, k)
			raw = append(raw, perLang{first: reading{lang: lang}})
		}
		p := &raw[j]
		if p.first.lang == lang {
			p.first.m.merge(m)
			return
		}
		i := 0
		for i < len(p.more) && p.more[i].lang != lang {
			i++
		}
		if i == len(p.more) {
			p.more = append(p.more, reading{lang: lang})
		}
		p.more[i].m.merge(m)
	}
	// The relative phrases' values, taken from chunks rather than one
	// allocation each (each still has its own pointer).
	var rels []relative
	newRel := func(r relative) *relative {
		if len(rels) == cap(rels) {
			rels = make([]relative, 0, 512)
		}
		rels = append(rels, r)
		return &rels[len(rels)-1]
	}
	// norm is normKey for our own rows; the generated table's keys are
	// stored already normal (TestDateparserKeysNormal), which saves the
	// x/text decomposition of thousands of keys at every start.
	norm := normKey
	row := func(lang, kind, key, val string, ours bool) {
		switch kind {
		case "w":
			// Single Latin letters ("h", "k", "a") abbreviate nearly
			// everything in some language; they would make noise.
			k := norm(key)
			if len(k) == 1 && !ours {
				return
			}
			if m, ok := valueMeaning[val]; ok {
				add(lang, k, m)
			}
		case "r":
			if n, u, d, ok := parseRelValue(val); ok && n >= 0 {
				r := newRel(relative{n: n, unit: u, dir: d})
				m := meaning{rel: r}
				if d < 0 {
					m.past = r
				}
				add(lang, norm(key), m)
			}
		case "x":
			pre, post, ok := strings.Cut(key, "|")
			_, u, d, ok2 := parseRelValue(val)
			if !ok || !ok2 {
				return
			}
			pk := norm(post)
			t.templates[pk] = append(t.templates[pk], template{pre: norm(pre), unit: u, dir: d, lang: lang})
			if fw, _, _ := strings.Cut(pk, " "); fw != "" {
				t.tmplFirst[fw] = true
			}
		}
	}
	lexiconRows(func(lang, kind, key, val string) { row(lang, kind, key, val, true) })
	if !rawDateparserKeys {
		norm = func(k string) string { return k }
	}
	// The generated table, line by line (cut in place, not split into a
	// slice of thousands of lines first).
	for data := dateparserTSV; data != ""; {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		if line == "" || line[0] == '#' || strings.Count(line, "\t") != 3 {
			continue
		}
		lang, rest, _ := strings.Cut(line, "\t")
		kind, rest, _ := strings.Cut(rest, "\t")
		key, val, _ := strings.Cut(rest, "\t")
		row(lang, kind, key, val, false)
	}
	// The keys in byte order, each index of a set with its value.
	order := make([]int, len(keys))
	for j := range order {
		order[j] = j
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(keys[a], keys[b]) })
	out := &tables{entries: make([]entry, len(raw))}
	sorted := make([]string, len(keys))
	for at, j := range order {
		p := raw[j]
		sorted[at] = keys[j]
		// Without a language hint all readings are merged, our own table
		// first; the parser picks a reading by position.
		e := &out.entries[at]
		e.all = p.first.m
		for _, r := range p.more {
			e.all.merge(r.m)
		}
		for _, r := range p.more {
			if r.m != p.first.m {
				// One reading a language, as a map by language would
				// hold them (a later one of a language replaces it).
				byLang := map[string]meaning{p.first.lang: p.first.m}
				for _, r := range p.more {
					byLang[r.lang] = r.m
				}
				for _, l := range slices.Sorted(maps.Keys(byLang)) {
					e.byLang = append(e.byLang, langMeaning{l, byLang[l]})
				}
				break
			}
		}
	}
	out.words = newStrIndex(sorted)
	mk := slices.Sorted(maps.Keys(t.multi))
	out.multi = newStrIndex(mk)
	for _, k := range mk {
		out.multiN = append(out.multiN, int8(t.multi[k]))
	}
	tk := slices.Sorted(maps.Keys(t.templates))
	out.templates = newStrIndex(tk)
	for _, k := range tk {
		out.tmplLists = append(out.tmplLists, t.templates[k])
	}
	out.tmplFirst = newStrIndex(slices.Sorted(maps.Keys(t.tmplFirst)))
	return out
}

func isCJKKey(k string) bool {
	for _, r := range k {
		if !isCJK(r) {
			return false
		}
	}
	return k != ""
}

// normKey is the lookup key of a word: NFKD, without accents and other
// optional marks (markKey) and zero-width joiners, lower-cased, spaces
// collapsed. This is the normalisation Python dateparser applies, so that
// accented and unaccented spellings meet ("März" = "marz"), except that
// the vowel signs, viramas and anusvaras of the Indian scripts stay: they
// are letters of the word, not accents, and without them unrelated words
// meet the table's (Marathi केले "did" keyed as कल "yesterday", Punjabi
// ਨਵੇਂ "new" as ਨਵ "November", Gujarati કે "or" as ક "hour", Hindi में
// "in" as Nepali मे "May"). The spellings that vary still meet: nukta or
// none ("फ़रवरी" = "फरवरी"), candrabindu or anusvara, a nasal before a stop
// as the anusvara or a consonant, a word-final virama or none ("నవంబర్" =
// "నవంబర"), Malayalam's atomic or older chillus, Assamese's ra and wa or
// Bengali's (sameLetter).
func normKey(s string) string {
	// Most keys of the tables are already normal: then s itself, with no
	// copy (the tables are built from strings that live as long).
	var buf [64]byte
	k := appendKey(buf[:0], s)
	if string(k) == s {
		return s
	}
	return string(k)
}

func appendKey(dst []byte, s string) []byte {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	space := false
	if ascii {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c == ' ' || c == '\t' {
				space = len(dst) > 0
				continue
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		}
		return dst
	}
	if brahmicOnly(s) {
		return appendBrahmicKey(dst, s)
	}
	return appendKeySlow(dst, s)
}

// appendKeySlow is appendKey for any non-ASCII text, through x/text.
func appendKeySlow(dst []byte, s string) []byte {
	start := len(dst)
	space := false
	var tmp [128]byte
	d := norm.NFKD.AppendString(tmp[:0], s)
	for i := 0; i < len(d); {
		r, w := utf8.DecodeRune(d[i:])
		i += w
		switch {
		case r == 0x200C || r == 0x200D || r == 0x200B:
			continue
		case unicode.IsSpace(r):
			space = len(dst) > 0
			continue
		case r >= 0x300 && unicode.Is(unicode.Mn, r):
			k, ok := markKey(r)
			if !ok {
				continue
			}
			r = k
		case r >= 'ৰ' && r <= 'ୱ' && sameLetter[r] != 0:
			r = sameLetter[r]
		case chillu.Is(r):
			if space {
				dst = append(dst, ' ')
				space = false
			}
			dst = append(dst, chillu.Base(r)...)
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return finishKey(dst, start)
}

// lookup returns the meaning of a key, preferring the hinted language's
// reading when languages disagree.
func (t *tables) lookup(key []byte, lang string) (meaning, bool) {
	j := t.words.find(key)
	if j < 0 {
		return meaning{}, false
	}
	e := &t.entries[j]
	if lang != "" {
		for _, r := range e.byLang {
			if r.lang == lang {
				return r.m, true
			}
		}
	}
	return e.all, true
}

// markKey returns what a key keeps of the nonspacing mark r, and false
// when it keeps nothing: an Indian abugida's vowel signs, viramas and
// anusvara stay, its candrabindu becomes the anusvara; its nukta, Vedic
// stress marks and Gurmukhi's addak are dropped, as every other script's
// nonspacing marks are. The nine blocks from Devanagari to Malayalam share
// ISCII's layout (0x00-0x01 candrabindu, 0x02 anusvara, 0x3C nukta,
// 0x51-0x54 stress marks); all of Sinhala's and Meetei Mayek's marks are
// vowel signs and viramas.
func markKey(r rune) (rune, bool) {
	switch {
	case r >= 0x0900 && r < 0x0D80:
		switch o := r & 0x7F; {
		case r == 0x0A70: // Gurmukhi tippi, the bindi's other shape
			return 0x0A02, true
		case r == 0x0A71 || o == 0x3C || o >= 0x51 && o <= 0x54:
			return 0, false
		case o <= 0x01:
			return r&^0x7F | 0x02, true
		}
		return r, true
	case r >= 0x0D80 && r < 0x0E00, r >= 0xABC0 && r < 0xAC00, r >= 0xAAE0 && r < 0xAB00:
		return r, true
	}
	return 0, false
}

// sameLetter are letters keyed as the letter typists write for them:
// Assamese ra and wa as Bengali's ra and ba, Odia's wa (U+0B71) as its
// other encoding.
var sameLetter = map[rune]rune{'ৰ': 'র', 'ৱ': 'ব', 'ୱ': 'ଵ'}

// isVirama reports whether r is the virama of an Indian abugida.
func isVirama(r rune) bool {
	return r >= 0x0900 && r < 0x0D80 && r&0x7F == 0x4D || r == 0x0DCA || r == 0xABED
}

// finishKey writes key[start:] as the Indian spellings that vary meet: a
// nasal consonant and virama before a stop of its class as the anusvara
// (package nasal: घण्टे = घंटे), and no virama at a word's end (loanwords
// are written with it and without it: "నవంబర్", "నవంబర").
func finishKey(key []byte, start int) []byte {
	if bytes.IndexByte(key[start:], 0x8D) >= 0 { // a virama's last byte, among others
		// A nasal before a stop keys as the anusvara it is also
		// written with (घण्टे = घंटे).
		if a := nasal.ToAnusvara(string(key[start:])); a != string(key[start:]) {
			key = append(key[:start], a...)
		}
	}
	if bytes.IndexByte(key[start:], ' ') < 0 { // one word: its last rune
		if r, w := utf8.DecodeLastRune(key); len(key)-w >= start && isVirama(r) {
			return key[:len(key)-w]
		}
		return key
	}
	out := key[:start]
	for i := start; i < len(key); {
		r, w := utf8.DecodeRune(key[i:])
		if isVirama(r) && (i+w == len(key) || key[i+w] == ' ') {
			i += w
			continue
		}
		out = append(out, key[i:i+w]...)
		i += w
	}
	return out
}

// Brahmic fast path. NFKD and the Mn test through x/text cost a
// microsecond per Indian word; for U+0900..U+0DFF both are tabulated once.
const brahmicLo, brahmicHi = 0x0900, 0x0E00

var brahmic struct {
	once   sync.Once
	drop   [brahmicHi - brahmicLo]bool   // nonspacing mark: not part of a key
	decomp [brahmicHi - brahmicLo]string // the key of a rune NFKD changes
}

func brahmicTables() {
	for r := rune(brahmicLo); r < brahmicHi; r++ {
		var k []byte
		for _, x := range norm.NFKD.String(string(r)) {
			if unicode.Is(unicode.Mn, x) {
				var ok bool
				if x, ok = markKey(x); !ok {
					continue
				}
			}
			k = utf8.AppendRune(k, x)
		}
		if chillu.Is(r) {
			k = []byte(chillu.Base(r))
		}
		if c, ok := sameLetter[r]; ok {
			k = []byte(string(c))
		}
		i := r - brahmicLo
		switch {
		case len(k) == 0:
			brahmic.drop[i] = true
		case string(k) != string(r):
			brahmic.decomp[i] = string(k)
		}
	}
}

// brahmicOnly reports whether s is all Brahmic-block runes and joiners.
func brahmicOnly(s string) bool {
	for _, r := range s {
		if (r < brahmicLo || r >= brahmicHi) && r != 0x200C && r != 0x200D {
			return false
		}
	}
	return s != ""
}

func appendBrahmicKey(dst []byte, s string) []byte {
	brahmic.once.Do(brahmicTables)
	start := len(dst)
	// Every rune brahmicOnly lets through is three bytes long in UTF-8,
	// the joiners (E2 80 8C/8D) too: no decoding loop is needed.
	for i := 0; i+3 <= len(s); i += 3 {
		if s[i] == 0xE2 {
			continue
		}
		r := rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
		j := r - brahmicLo
		switch {
		case brahmic.drop[j]:
		case brahmic.decomp[j] != "":
			dst = append(dst, brahmic.decomp[j]...)
		default:
			dst = append(dst, s[i:i+3]...)
		}
	}
	return finishKey(dst, start)
}

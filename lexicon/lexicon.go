package lexicon

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/akhbar/akhbar/internal/nfc"
	"github.com/akhbar/akhbar/internal/runeclass"
)

// Kind is what a phrase is on a page.
type Kind string

// The kinds of the table. A phrase may have several kinds ("updated" is a
// label and a furniture word) and be in several languages.
const (
	// Byline labels open or close an author line: "By", "लेखक", "লিখেছেন".
	// Flags in the value: "html", only when cleaning an author field in
	// HTML, too ambiguous for a whole line of a text dump ("text", "di");
	// "cut", a word cut from the start of an author field but no label
	// that makes a line a byline ("interview"); "prep", the preposition
	// "by" of a language ("von", "par"), which may follow lead-in words;
	// "editor", the editor's label, which names no author after another
	// label's names ("Reported by: A, Edited by: B").
	Byline Kind = "byline"
	// Role is a job printed after a name, as written: "Author", "Autorin".
	Role Kind = "role"
	// And joins two names in a byline: "and", "और", "ও".
	And Kind = "and"
	// Credit words label a picture's source: "Photo", "फोटो", "ছবি".
	// Flag "paren": a credit only inside a caption's closing parentheses
	// ("(File)", "(via X)"); as a label it is too common ("photos: …").
	Credit Kind = "credit"
	// Agency names a news or photo agency: "PTI", "IANS", "भाषा".
	Agency Kind = "agency"
	// Org names a desk or role, not a person, as a whole author field:
	// "staff", "editor", "डेस्क". OrgPart does so anywhere in it.
	Org     Kind = "org"
	OrgPart Kind = "org-part"
	// Published and Updated label a date line ("Published", "प्रकाशित"):
	// a line may start with them, and package dates reads them as the
	// date's kind. PublishedWord and UpdatedWord are read by dates only
	// (too common to label a line: "released", "edited"). DateLabel opens
	// a date line without saying which date ("Date", "तिथि").
	Published     Kind = "published"
	Updated       Kind = "updated"
	PublishedWord Kind = "published-word"
	UpdatedWord   Kind = "updated-word"
	DateLabel     Kind = "datelabel"
	// Month and Weekday names, full and short; the value is the English
	// name ("july", "monday").
	Month   Kind = "month"
	Weekday Kind = "weekday"
	// Part of the day; the value is am, pm, morning, noon (afternoon),
	// evening or night.
	Part Kind = "part"
	// HourWord follows or precedes an hour: "बजे", "Uhr", "hrs".
	HourWord Kind = "hourword"
	// Unit of a relative date (value second … decade), RelDir its
	// direction (value ago or in), Relative a whole relative phrase
	// (value like "1 day ago"), RelTemplate a phrase around a number
	// ("|ঘণ্টা আগতে", value like "N hour ago"), Mark a date-part marker
	// (年, 월; value mark-year … or premark-* when it precedes its number),
	// Filler a word a date may hold that means nothing ("the", "तारीख").
	Unit        Kind = "unit"
	RelDir      Kind = "reldir"
	Relative    Kind = "relative"
	RelTemplate Kind = "reltemplate"
	Mark        Kind = "mark"
	Filler      Kind = "filler"
	// AlsoRead opens a link to another story: "Also read", "यह भी पढ़ें".
	// Flag "colon": a common word that is a cue only with its colon
	// ("More: title"; "More from the author" heads a list).
	// RelatedHead heads a list of them: "Related stories".
	AlsoRead    Kind = "alsoread"
	RelatedHead Kind = "relatedhead"
	// Copyright opens a copyright line: "Copyright", "©", "सर्वाधिकार".
	Copyright Kind = "copyright"
	// Boiler is page furniture as a whole block: share, print, subscribe,
	// menus. BoilerContains marks furniture wherever it appears in a short
	// block (consent prompts, app promotion); BoilerStrong in a block of
	// any length.
	Boiler         Kind = "boiler"
	BoilerContains Kind = "boiler-contains"
	BoilerStrong   Kind = "boiler-strong"
	// SummaryHead heads a standfirst's points above an article
	// ("Highlights", "मुख्य बातें"): the lines under it are no body.
	SummaryHead Kind = "summaryhead"
	// Comments heads a comment section; CommentsPart does so inside a
	// longer heading ("167 comments").
	Comments     Kind = "comments"
	CommentsPart Kind = "comments-part"
	// AltWord ends the alt text of an image leaking into a dump ("logo").
	AltWord Kind = "altword"
	// Home is the first crumb of a breadcrumb that names no site. Flag
	// "label": a label before the crumbs and a colon ("You are here:").
	Home Kind = "home"
	// SentenceEnd is a mark that ends a sentence (one rune a phrase).
	SentenceEnd Kind = "sentend"
	// Legacy is a frequent word as a legacy (pre-Unicode) font writes it
	// in ASCII; the value names the font family ("krutidev"). Compared as
	// written: these fonts use case and punctuation as letters.
	Legacy Kind = "legacy"
	// Romanised is a frequent function word of the language written in
	// Latin letters ("hai", "kintu"), no everyday word of English.
	Romanised Kind = "romanised"
	// Letter is the name of a letter of the English alphabet as the
	// language's script spells it ("डब्ल्यू", "ডব্লিউ", "ಡಬ್ಲ್ಯೂ"); the value
	// is the letter ("w"). Such a word before a full stop is an initial
	// ("जॉर्ज डब्ल्यू. बुश"), not the end of a sentence. A letter name that
	// is also a frequent sentence-final word of the language (Punjabi ਸੀ
	// "was", Hindi आई "came") is left out.
	Letter Kind = "letter"
)

// Entry is one line of the table.
type Entry struct {
	File   string // the file's name without extension: "hin", "kas_Arab"
	Code   string // the short code of the file's "! code" line: "hi"
	Kind   Kind
	Phrase string // as written in the file
	Value  string // a meaning ("july") or comma-separated flags ("html,prep")
}

// Flag reports whether the entry's value lists flag f.
func (e Entry) Flag(f string) bool {
	for _, x := range strings.Split(e.Value, ",") {
		if x == f {
			return true
		}
	}
	return false
}

//go:embed data/*.tsv
var dataFS embed.FS

type table struct {
	byKind  map[Kind][]Entry
	folded  map[Kind]map[string]bool
	words   map[Kind]int // the most words a phrase of the kind has
	ends    map[rune]bool
	endBits [0x10000 / 64]uint64 // ends in the Basic Multilingual Plane
	files   []string
}

var (
	once sync.Once
	tab  *table
)

func get() *table {
	once.Do(func() {
		t, err := load(dataFS)
		if err != nil {
			// The files are embedded and tested: a bad one is a build
			// mistake, not an input error.
			panic(err)
		}
		tab = t
	})
	return tab
}

// load reads every data/*.tsv of fsys, in file-name order.
func load(fsys fs.FS) (*table, error) {
	names, err := fs.Glob(fsys, "data/*.tsv")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	t := &table{byKind: map[Kind][]Entry{}, folded: map[Kind]map[string]bool{}, words: map[Kind]int{}, ends: map[rune]bool{}}
	// The load comes with every start of the program, so it allocates
	// little: the files are read first and their lines counted by kind;
	// the slices by kind are then cut from one array and each entry
	// parsed straight into its place (file order, then line order within
	// a kind), not grown entry by entry nor copied.
	datas := make([]string, len(names))
	perKind := map[Kind]int{}
	variants := map[string][]string{} // a phrase's spellings, found while counting
	for i, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		// The bytes are a fresh copy no one else holds or changes: the
		// entries' strings point into them instead of copying them again.
		datas[i] = unsafe.String(unsafe.SliceData(data), len(data))
		countKinds(datas[i], perKind, variants)
	}
	n := 0
	for _, c := range perKind {
		n += c
	}
	byKind := make([]Entry, n)
	next := make(map[Kind]int, len(perKind))
	at := 0
	for k, c := range perKind {
		next[k] = at
		t.byKind[k] = byKind[at : at : at+c]
		// Sized, not grown and rehashed phrase by phrase.
		t.folded[k] = make(map[string]bool, c)
		at += c
	}
	for i, name := range names {
		file := strings.TrimSuffix(path.Base(name), ".tsv")
		t.files = append(t.files, file)
		err := parseFile(file, datas[i], variants, func(e Entry) {
			j := next[e.Kind]
			next[e.Kind] = j + 1
			byKind[j] = e
			t.byKind[e.Kind] = t.byKind[e.Kind][:len(t.byKind[e.Kind])+1]
			t.add(&byKind[j])
		})
		if err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", name, err)
		}
	}
	return t, nil
}

// countKinds adds to n the number of entries of each kind in a language
// file, as parseFile will find them (a bad line is counted or not:
// parseFile then fails on it): a line's, and one for each of its phrase's
// spellings, which it keeps in variants under the phrase as written.
func countKinds(data string, n map[Kind]int, variants map[string][]string) {
	for data != "" {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		if line == "" || line[0] == '#' || strings.HasPrefix(line, "! code ") {
			continue
		}
		if kind, rest, ok := strings.Cut(line, "\t"); ok {
			phrase, _, _ := strings.Cut(rest, "\t")
			n[Kind(kind)]++
			if maySpell(phrase) {
				if _, seen := variants[phrase]; !seen {
					variants[phrase] = spellings(toNFC(phrase))
				}
				n[Kind(kind)] += len(variants[phrase])
			}
		}
	}
}

// parseFile calls add with each entry of one language file, in order,
// each followed by its phrase's other spellings (variants, as countKinds
// found them).
func parseFile(file, data string, variants map[string][]string, add func(Entry)) error {
	code := file
	for n := 0; data != ""; n++ {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		line = strings.TrimRight(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "! code "); ok {
			code = strings.TrimSpace(rest)
			continue
		}
		kind, rest, ok := strings.Cut(line, "\t")
		phrase, value, three := strings.Cut(rest, "\t")
		if !ok || three && strings.Contains(value, "\t") || kind == "" || strings.TrimSpace(phrase) == "" {
			return fmt.Errorf("line %d: want kind<TAB>phrase[<TAB>value], got %q", n+1, line)
		}
		e := Entry{File: file, Code: code, Kind: Kind(kind), Phrase: toNFC(phrase), Value: value}
		if !knownKinds[e.Kind] {
			return fmt.Errorf("line %d: unknown kind %q", n+1, kind)
		}
		if e.Kind == SentenceEnd && utf8.RuneCountInString(e.Phrase) != 1 {
			return fmt.Errorf("line %d: a sentence end is one character, got %q", n+1, e.Phrase)
		}
		add(e)
		for _, v := range variants[phrase] {
			e.Phrase = v
			add(e)
		}
	}
	return nil
}

var knownKinds = map[Kind]bool{}

func init() {
	for _, k := range []Kind{Byline, Role, And, Credit, Agency, Org, OrgPart, Published, Updated, PublishedWord,
		UpdatedWord, DateLabel, Month, Weekday, Part, HourWord, Unit, RelDir, Relative, RelTemplate, Mark, Filler,
		AlsoRead, RelatedHead, Copyright, Boiler, BoilerContains, BoilerStrong, SummaryHead, Comments, CommentsPart, AltWord,
		Home, SentenceEnd, Legacy, Romanised, Letter} {
		knownKinds[k] = true
	}
}

// add indexes one entry (byKind is filled by load).
func (t *table) add(e *Entry) {
	m := t.folded[e.Kind]
	if m == nil {
		m = map[string]bool{}
		t.folded[e.Kind] = m
	}
	k := Fold(e.Phrase)
	m[k] = true
	t.words[e.Kind] = max(t.words[e.Kind], countFields(k))
	if e.Kind == SentenceEnd {
		r, _ := utf8.DecodeRuneInString(e.Phrase)
		t.ends[r] = true
		if r < 0x10000 {
			t.endBits[r>>6] |= 1 << (r & 63)
		}
	}
}

// countFields is len(strings.Fields(s)) without making the slice.
func countFields(s string) int {
	n := 0
	inWord := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			inWord = false
		} else if !inWord {
			inWord = true
			n++
		}
	}
	return n
}

// Fold is the form phrases are compared in: NFC, lower case, surrounding
// spaces off, inner runs of spaces single.
func Fold(s string) string {
	if isFolded(s) {
		return s
	}
	return fold(s)
}

func fold(s string) string {
	s = toNFC(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// isFolded reports a string that Fold returns unchanged: no upper case,
// no space but single inner ASCII spaces, no invalid UTF-8, and nothing NFC
// could change. Most look-ups are of such words, and
// Fold then costs no copy.
func isFolded(s string) bool {
	marks := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z', c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
				return false
			case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
				return false
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 || runeclass.Of(r)&(runeclass.Space|runeclass.Lowers) != 0 {
			return false
		}
		marks = marks || r >= 0x300
		i += w
	}
	// Below U+0300 there is nothing NFC rewrites.
	return !marks || !nfc.MayChange(s)
}

// toNFC is norm.NFC.String, skipped when nothing in s can change
// (package internal/nfc); most look-ups are of such words.
func toNFC(s string) string { return nfc.String(s) }

// Entries returns the entries of a kind in file-name order, then line
// order. The slice is shared: do not modify it.
func Entries(k Kind) []Entry { return get().byKind[k] }

// Phrases returns the distinct phrases of the given kinds as written,
// first occurrence first.
func Phrases(kinds ...Kind) []string {
	var out []string
	seen := map[string]bool{}
	for _, k := range kinds {
		for _, e := range get().byKind[k] {
			if !seen[e.Phrase] {
				seen[e.Phrase] = true
				out = append(out, e.Phrase)
			}
		}
	}
	return out
}

// PhrasesWhere is Phrases for the entries keep accepts.
func PhrasesWhere(keep func(Entry) bool, kinds ...Kind) []string {
	var out []string
	seen := map[string]bool{}
	for _, k := range kinds {
		for _, e := range get().byKind[k] {
			if keep(e) && !seen[e.Phrase] {
				seen[e.Phrase] = true
				out = append(out, e.Phrase)
			}
		}
	}
	return out
}

// Has reports whether s, folded, is a phrase of kind k.
func Has(k Kind, s string) bool { return get().folded[k][Fold(s)] }

// HasFolded is Has for a string already folded (Fold): a caller that
// asks about one word under many kinds folds it once.
func HasFolded(k Kind, folded string) bool { return get().folded[k][folded] }

// MaxWords is the number of words of the longest phrase of kind k.
func MaxWords(k Kind) int { return get().words[k] }

// Prefix finds the longest phrase of kind k that s starts with, as whole
// words: the phrase may be followed by the end, a space or punctuation
// ("लेखक:", "By-"). It returns the phrase as folded and the rest of s
// after it, with the punctuation and spaces between them taken off.
func Prefix(k Kind, s string) (phrase, rest string, ok bool) {
	t := get()
	n := t.words[k]
	if n == 0 {
		return "", "", false
	}
	// The first n words of s, folded, with where each ends in s.
	type word struct {
		folded string
		end    int
	}
	words := make([]word, 0, n)
	pos := 0
	for len(words) < n {
		for pos < len(s) {
			r, w := utf8.DecodeRuneInString(s[pos:])
			if !unicode.IsSpace(r) {
				break
			}
			pos += w
		}
		if pos >= len(s) {
			break
		}
		start := pos
		for pos < len(s) {
			r, w := utf8.DecodeRuneInString(s[pos:])
			if unicode.IsSpace(r) {
				break
			}
			pos += w
		}
		words = append(words, word{lowerNFC(s[start:pos]), pos})
	}
	// Heads of 1..len(words) words; the longest that is a phrase wins. A
	// label glued to its punctuation ("लेखक:", "By-") is tried without it.
	heads := make([]string, len(words))
	for i, w := range words {
		if i == 0 {
			heads[i] = w.folded
		} else {
			heads[i] = heads[i-1] + " " + w.folded
		}
	}
	for i := len(words) - 1; i >= 0; i-- {
		key := strings.TrimRightFunc(heads[i], isLabelPunct)
		if key == "" || !t.folded[k][key] {
			continue
		}
		// The cut in s: the word's end less the punctuation trimmed,
		// which folding leaves as it is.
		end := words[i].end - (len(heads[i]) - len(key))
		if end < 0 || end > len(s) {
			end = words[i].end
		}
		return key, strings.TrimLeftFunc(s[end:], func(r rune) bool { return unicode.IsSpace(r) || isLabelPunct(r) }), true
	}
	return "", "", false
}

// lowerNFC is Fold for one word: NFC and lower case.
func lowerNFC(w string) string {
	w = toNFC(w)
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// isLabelPunct is punctuation that separates a label from what it labels.
func isLabelPunct(r rune) bool {
	switch r {
	case ':', '：', '-', '–', '—', '|', ',', '.', '।', '؛', '،', '∙', '·', '•':
		return true
	}
	return false
}

// IsSentenceEnd reports whether r ends a sentence in some language of the
// table: . ! ? । ॥ ۔ ؟ 。 ꯫ ᱾ …
func IsSentenceEnd(r rune) bool {
	t := get()
	if r >= 0 && r < 0x10000 {
		return t.endBits[r>>6]&(1<<(r&63)) != 0
	}
	return t.ends[r]
}

// SentenceEnds returns the sentence-final marks, sorted.
func SentenceEnds() []rune {
	var out []rune
	for r := range get().ends {
		out = append(out, r)
	}
	slices.Sort(out)
	return out
}

// Files lists the language files of the table, without extension.
func Files() []string { return slices.Clone(get().files) }

// Alternation returns a regular-expression group matching any of the
// phrases, longest first, each phrase quoted and its spaces matching any
// run of white space: `(?:written\s+by|by|लेखक)`. An empty list gives a
// group that matches nothing.
func Alternation(phrases []string) string {
	var ps []string
	seen := map[string]bool{}
	for _, p := range phrases {
		if !seen[p] {
			seen[p] = true
			ps = append(ps, p)
		}
	}
	sort.SliceStable(ps, func(i, j int) bool { return len(ps[i]) > len(ps[j]) })
	if len(ps) == 0 {
		return `[^\s\S]`
	}
	q := make([]string, len(ps))
	for i, p := range ps {
		fs := strings.Fields(p)
		for j := range fs {
			fs[j] = regexp.QuoteMeta(fs[j])
		}
		q[i] = strings.Join(fs, `\s+`)
	}
	return `(?:` + strings.Join(q, "|") + `)`
}

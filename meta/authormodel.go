package meta

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/internal/modelfile"
	"github.com/akhbar/akhbar/lexicon"
	"github.com/akhbar/akhbar/pipeline"
)

// AuthorModelFile is the learned byline picker of text dumps, embedded
// from meta/models and trained by clean/internal/traindump on the dump
// set's pages that have an author truth (WCXB's; an empty truth is "no
// author"), with the held-out block probabilities and headline pickers
// of a cross-validation run (scripts/check-dump-pickers.sh runs it all
// and compares the bytes).
//
// The rules of rulesAuthors each read one layout; in a text dump, which
// lost the markup that told a byline from a menu item, they either miss
// (a name alone under a bare "By", a label glued to the name, a name
// over the date line) or read a section or a site as a writer. Here
// every rule's reading of every header line is a candidate, with where
// it stands and what stands around it, and the model chooses one of
// them or none. An empty file means no model: the rules decide.
const AuthorModelFile = "dump-author.gbdt"

//go:embed models/dump-author.gbdt
var embeddedAuthorModel []byte

// AuthorModel scores each author candidate of a dump; the best one is
// the byline when it scores at least Min, else the page names no
// author. Where the rules read a byline, another candidate replaces it
// only when it scores at least Override, and none only when the rules'
// reading scores under 1-Override.
type AuthorModel struct{ Picker }

const authorModelMagic = "akhbar-dump-author 1\n"

// MarshalBinary writes the model as Picker does.
func (m *AuthorModel) MarshalBinary() ([]byte, error) { return m.marshal(authorModelMagic) }

// ParseAuthorModel reads what MarshalBinary wrote.
func ParseAuthorModel(data []byte) (*AuthorModel, error) {
	m := &AuthorModel{}
	if err := m.parse(data, authorModelMagic, "author model", NAuthorFeatures); err != nil {
		return nil, err
	}
	return m, nil
}

var authorModel modelfile.Lazy[AuthorModel]

// AuthorModelError says why the author model could not be loaded, if it
// could not (an empty embedded file is not an error).
func AuthorModelError() error {
	_, err := authorModel.Get(AuthorModelFile, embeddedAuthorModel, ParseAuthorModel)
	return err
}

func defaultAuthorModel() *AuthorModel {
	m, _ := authorModel.Get(AuthorModelFile, embeddedAuthorModel, ParseAuthorModel)
	return m
}

// Choose returns the index of the candidate the model takes, or -1 for
// none. clean's records and the trainer's held-out figures both decide
// by it.
func (m *AuthorModel) Choose(cands []AuthorCandidate) int {
	return m.chooseAmong(len(cands), func(k int) (row []float32, rules, judged bool) {
		return cands[k].Row, cands[k].Rules, cands[k].Cased
	})
}

// AuthorCandidate is a reading of the authors the byline picker weighed,
// with the feature row the model reads; Rules marks the rules' reading,
// Cased one whose first name is written in a script with capitals.
//
// The model chooses among cased readings only, and a rules' reading in
// a script without case stands: the pages it learned from name their
// writers in Latin letters almost all, where a line of two capitalised
// words is a name; in a script without case every short line has that
// shape, and the model took a masthead for a writer (the scheduled
// languages' pages, steps/testdata).
type AuthorCandidate struct {
	Names []string
	Row   []float32
	Rules bool
	Cased bool
}

// AuthorCandidates runs Extract with no author model and returns every
// author candidate it weighed. It exists for the trainer.
func AuthorCandidates(d *pipeline.Doc, o Options) []AuthorCandidate {
	var log []AuthorCandidate
	o.authorLog, o.noAuthorModel = &log, true
	Extract(d, o)
	return log
}

// chooseAuthors gives the record's authors: the rules' reading, or on a
// text dump with an author model, the model's choice among the
// candidates.
func chooseAuthors(d *pipeline.Doc, o Options, rules []string) []string {
	if d.Record.Source.Unit == "block" {
		// An HTML page's blocks keep their markup's cues; the model
		// learned from text dumps.
		return rules
	}
	m := defaultAuthorModel()
	if o.noAuthorModel {
		m = nil
	}
	if m == nil && o.authorLog == nil || m != nil && o.authorLog == nil && len(rules) > 0 && !cased(rules[0]) {
		// No model, or a rules' reading the model leaves standing
		// (Choose): no candidates to read.
		return rules
	}
	cands := authorCands(d, o, rules)
	if o.authorLog != nil {
		*o.authorLog = cands
	}
	if m == nil {
		return rules
	}
	if k := m.Choose(cands); k >= 0 {
		return cands[k].Names
	}
	return nil
}

// NAuthorFeatures is the length of an author candidate's feature row.
const NAuthorFeatures = 28

// authorWindow is how many blocks above the body's first block, and
// after it, the candidates are read from: a header under a long menu, a
// forum post's name under its text.
const (
	authorAbove = 150
	authorBelow = 30
)

// authorKinds name the readings: the rules' answer when no single line
// gives it, then one per reading of a line.
const (
	kindRules = iota
	kindByline
	kindAfterBar
	kindBeforeBar
	kindBeforeDate
	kindDesk
	kindLabelDate
	kindBare
	kindGlued
	kindUnderLabel
)

// reasonCodes number the block reasons the features read; a reason not
// listed is 0.
var reasonCodes = map[string]float32{
	"navigation": 1, "furniture": 2, "image": 3, clean.ReasonDate: 4, "symbols": 5, "header": 6,
	clean.ReasonRelated: 7, clean.ReasonCaption: 8, "alt-text": 9, "rule": 10, clean.ReasonTitle: 11,
	clean.ReasonCopyright: 12, clean.ReasonByline: 13, clean.ReasonAlsoRead: 14, clean.ReasonImageAlt: 15,
	clean.ReasonSummary: 16, clean.ReasonBreadcrumb: 17, clean.ReasonTeaser: 18, "copy": 19, clean.ReasonHeading: 20,
}

func reasonCode(blocks []pipeline.Block, i int) float32 {
	if i < 0 || i >= len(blocks) {
		return -1
	}
	b := blocks[i]
	if b.Role == pipeline.RoleBody && b.Reason == "" {
		return 21
	}
	return reasonCodes[b.Reason]
}

// authorCand is a candidate while the readings are gathered: the block
// of its first reading, its kind, and how many readings gave it.
type authorCand struct {
	names []string
	block int
	kind  int
	votes int
}

// authorCands reads every header line's authors each way the rules
// know, merges equal readings and gives each its features.
func authorCands(d *pipeline.Doc, o Options, rules []string) []AuthorCandidate {
	r := &d.Record
	blocks := d.Blocks
	body := bodyIndex(blocks)
	lo, hi := max(0, body-authorAbove), min(len(blocks), body+authorBelow)
	notNames := []string{r.Site, r.Section, r.Dateline}
	var cands []authorCand
	seen := map[string]int{}
	add := func(names []string, i, kind int) {
		names = cleanNames(names)
		if len(names) == 0 || !cased(names[0]) {
			// The model chooses among cased names only (Choose).
			return
		}
		key := lexicon.Fold(strings.Join(names, "; "))
		if k, ok := seen[key]; ok {
			cands[k].votes++
			return
		}
		seen[key] = len(cands)
		cands = append(cands, authorCand{names: names, block: i, kind: kind, votes: 1})
	}
	one := func(s string) []string {
		if s == "" {
			return nil
		}
		return []string{s}
	}
	for i := lo; i < hi; i++ {
		b := blocks[i]
		if b.Role == pipeline.RoleBody || b.Role == pipeline.RoleBlank || utf8.RuneCountInString(b.Text) > 200 {
			continue
		}
		s := b.Text
		if b.Reason == clean.ReasonByline {
			add(authors(s), i, kindByline)
		}
		add(bylineAfterBar(s), i, kindAfterBar)
		add(one(nameBeforeBar(s, notNames...)), i, kindBeforeBar)
		if b.Reason == clean.ReasonDate {
			add(one(nameBeforeDate(s, o.Now, notNames...)), i, kindBeforeDate)
			add(bylineBeforeDate(s, o.Now), i, kindLabelDate)
		}
		add(one(nameBeforeDesk(s, r.Site, r.Copyright, notNames...)), i, kindDesk)
		// The shape alone: reading every menu item as a byline cost a
		// fifth of a w3m dump's run, for the same held-out figure.
		// A labelled one is read as bareName reads it, the label off.
		n := ""
		if cased(s) {
			n = bareShape(s, notNames...)
		}
		if n != "" {
			if _, _, ok := lexicon.Prefix(lexicon.Byline, n); ok {
				n = bareName(n, notNames...)
			}
			add(one(n), i, kindBare)
		}
		if g := unglueLabel(s); g != "" {
			add(authors(g), i, kindGlued)
		}
		if len(strings.Fields(s)) <= 4 {
			// Not a share button or a date word under the label.
			if j := prevText(blocks, i); j >= 0 && bareLabel(blocks[j].Text) && !notNameWord(s) {
				add(authors(s), i, kindUnderLabel)
			}
		}
	}
	rulesAt := -1
	if len(rules) > 0 {
		key := lexicon.Fold(strings.Join(cleanNames(rules), "; "))
		k, ok := seen[key]
		if !ok {
			k = len(cands)
			cands = append(cands, authorCand{names: rules, block: -1, kind: kindRules, votes: 1})
		}
		rulesAt = k
	}
	if len(cands) == 0 {
		// Nothing to weigh: the features below fold the whole window.
		return nil
	}
	title := -1
	if t := firstReason(blocks, clean.ReasonTitle); t != nil {
		title = indexOf(blocks, t)
	}
	window := newFoldedLines(blocks[lo:hi])
	bodyText := ""
	if body < len(blocks) {
		bodyText = lexicon.Fold(blocks[body].Text)
	}
	firstLine := ""
	if len(blocks) > 0 {
		firstLine = lexicon.Fold(blocks[0].Text)
	}
	fTitle, fCopy := lexicon.Fold(r.Title), lexicon.Fold(r.Copyright)
	out := make([]AuthorCandidate, len(cands))
	all := make([]float32, len(cands)*NAuthorFeatures)
	for k, c := range cands {
		x := all[k*NAuthorFeatures : (k+1)*NAuthorFeatures : (k+1)*NAuthorFeatures]
		i := c.block
		first := lexicon.Fold(c.names[0])
		if i < 0 {
			// The rules' answer from no single line: place it at the
			// first line that holds its first name.
			if _, j := window.holding(first); j >= 0 {
				i = lo + j
			}
		}
		x[0] = float32(c.kind)
		x[1] = b2f(k == rulesAt)
		x[2] = float32(c.votes)
		x[3] = float32(i - body)
		if title >= 0 {
			x[4] = float32(i - title)
			x[5] = 1
		}
		x[6] = reasonCode(blocks, i)
		x[7] = reasonCode(blocks, prevText(blocks, i))
		x[8] = reasonCode(blocks, nextText(blocks, i))
		if j := prevText(blocks, i); j >= 0 {
			x[9] = b2f(bareLabel(blocks[j].Text))
			x[26] = b2f(blocks[j].Reason == clean.ReasonImageAlt || blocks[j].Reason == "alt-text" || blocks[j].Reason == "image")
		}
		x[10] = float32(len(c.names))
		words, upper, lower := 0, 0, 0
		for _, n := range c.names {
			for w := range strings.FieldsSeq(n) {
				words++
				r, _ := utf8.DecodeRuneInString(w)
				if unicode.IsUpper(r) {
					upper++
				} else if unicode.IsLower(r) {
					lower++
				}
			}
		}
		x[11] = float32(words)
		x[12] = float32(utf8.RuneCountInString(strings.Join(c.names, "")))
		if words > 0 {
			x[13] = float32(upper) / float32(words)
			x[14] = float32(lower) / float32(words)
		}
		n, _ := window.holding(first)
		x[15] = float32(n)
		for _, n := range notNames {
			if n != "" && lexicon.Fold(n) == first {
				x[16] = 1
			}
		}
		if fCopy != "" && strings.Contains(fCopy, first) {
			x[17] = 1
		}
		x[18] = b2f(fTitle != "" && strings.Contains(fTitle, first))
		x[19] = b2f(strings.Contains(firstLine, first))
		x[20] = b2f(strings.Contains(bodyText, first))
		x[21] = float32(len(cands))
		x[22] = float32(k)
		if i >= 0 && i < len(blocks) {
			x[23] = float32(blocks[i].LinkShare)
			x[24] = float32(len(strings.Fields(blocks[i].Text)))
			x[25] = b2f(blocks[i].Role == pipeline.RoleRepeated)
		}
		x[27] = b2f(lexicon.Has(lexicon.Org, c.names[0]) || lexicon.Has(lexicon.Agency, c.names[0]))
		out[k] = AuthorCandidate{Names: c.names, Row: x, Rules: k == rulesAt, Cased: cased(c.names[0])}
	}
	return out
}

// cased reports a name whose first letter has an upper and a lower form.
func cased(name string) bool {
	for _, r := range name {
		if unicode.IsLetter(r) {
			return unicode.ToUpper(r) != unicode.ToLower(r)
		}
	}
	return false
}

// foldedLines are blocks' folded texts in one string, each after a NUL,
// so that finding which blocks hold a name is one scan of the string
// per name, not one per name and block.
type foldedLines struct {
	text   string
	starts []int // where each block's text begins
}

func newFoldedLines(blocks []pipeline.Block) foldedLines {
	var b strings.Builder
	starts := make([]int, len(blocks))
	for i := range blocks {
		b.WriteByte(0)
		starts[i] = b.Len()
		b.WriteString(lexicon.Fold(blocks[i].Text))
	}
	return foldedLines{b.String(), starts}
}

// holding returns how many of the blocks hold s and the first of them
// (-1: none); s, a name, holds no NUL, so no match runs over two blocks.
func (f foldedLines) holding(s string) (n, first int) {
	first = -1
	for pos := 0; pos < len(f.text); {
		j := strings.Index(f.text[pos:], s)
		if j < 0 {
			break
		}
		b := sort.SearchInts(f.starts, pos+j+1) - 1
		n++
		if first < 0 {
			first = b
		}
		if b+1 == len(f.starts) {
			break
		}
		pos = f.starts[b+1]
	}
	return n, first
}

func b2f(b bool) float32 {
	if b {
		return 1
	}
	return 0
}

// cleanNames drops empty names and names longer than a byline's.
func cleanNames(names []string) []string {
	var out []string
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" || utf8.RuneCountInString(n) > 60 {
			continue
		}
		out = append(out, n)
	}
	return out
}

// prevText and nextText are the nearest blocks above and below i that
// are not blank lines (-1: none).
func prevText(blocks []pipeline.Block, i int) int {
	for j := i - 1; j >= 0; j-- {
		if blocks[j].Role != pipeline.RoleBlank && strings.TrimSpace(blocks[j].Text) != "" {
			return j
		}
	}
	return -1
}

func nextText(blocks []pipeline.Block, i int) int {
	for j := i + 1; j >= 0 && j < len(blocks); j++ {
		if blocks[j].Role != pipeline.RoleBlank && strings.TrimSpace(blocks[j].Text) != "" {
			return j
		}
	}
	return -1
}

// bareLabel reports a line that is a byline label and nothing else
// ("By", "Written by", "Author:"): a byline box whose name a text dump
// printed on the next line.
func bareLabel(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), ":：")
	return s != "" && lexicon.Has(lexicon.Byline, s)
}

// gluedLabels are the line byline labels, and the published and
// updated labels, that end in a cased letter: the ones a name or a date
// can run into.
var gluedLabels = sync.OnceValues(func() (byline, dated []string) {
	cased := func(l string) bool {
		r, _ := utf8.DecodeLastRuneInString(l)
		return unicode.IsLower(r)
	}
	for _, l := range lineBylineLabels() {
		if cased(l) {
			byline = append(byline, l)
		}
	}
	for _, l := range lexicon.Phrases(lexicon.Published, lexicon.Updated) {
		if cased(l) && !strings.Contains(l, " ") {
			dated = append(dated, l)
		}
	}
	return byline, dated
})

// gluedTo returns the label of labels that opens s run into a capital
// (or, for a date label, a figure), or "".
func gluedTo(s string, labels []string, figure bool) string {
	for _, l := range labels {
		if len(s) <= len(l) || !strings.EqualFold(s[:len(l)], l) {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(s[:len(l)])
		r, _ := utf8.DecodeRuneInString(s[len(l):])
		if unicode.IsLower(last) && (unicode.IsUpper(r) || figure && unicode.IsDigit(r)) {
			return s[:len(l)]
		}
	}
	return ""
}

// unglueLabel reads a line that opens with a byline label run into the
// name ("ByJane Doe", a renderer that printed two inline elements with
// no space between them) as "By Jane Doe"; "" when the line does not.
func unglueLabel(s string) string {
	byline, dated := gluedLabels()
	l := gluedTo(s, byline, false)
	if l == "" {
		return ""
	}
	words := strings.Fields(s[len(l):])
	for k, w := range words {
		// "ByJane Doe UpdatedJuly 3": the date's label too.
		if d := gluedTo(w, dated, true); d != "" {
			words[k] = d + " " + w[len(d):]
		}
	}
	return l + " " + strings.Join(words, " ")
}

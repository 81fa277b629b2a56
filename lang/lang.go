package lang

import (
	_ "embed"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/akhbar/akhbar/lang/internal/model"
	"github.com/akhbar/akhbar/lang/internal/stage2"
	"github.com/akhbar/akhbar/lang/internal/textfeat"
)

// Result is a language label and how sure the identifier is of it.
type Result struct {
	// Label is ISO 639-3 + "_" + ISO 15924 as FLORES-200 spells it
	// ("hin_Deva", "zho_Hans"); "und_<Script>" when the script is known but
	// no language of the model is written in it, "und" when the text has no
	// letters at all.
	Label string
	// Score is the model's probability for Label among the languages of its
	// script, times the share of the text's letters that are in that script.
	Score float64
}

//go:embed data/model.bin
var modelBytes []byte

// stage2Bytes is the second stage (package stage2), trained by
// lang/internal/train2 on sentences of prose.
//
//go:embed data/stage2.bin
var stage2Bytes []byte

var (
	loadOnce sync.Once
	mdl      *model.Model
	loadErr  error
	// secondErr is kept apart so that the second stage's trainer, which
	// only reads the first stage (see probe), runs with any stage2.bin.
	secondErr error
	// groups holds, per script group, the model labels written in it.
	groups []*model.Group
	// second holds, per script group, its second stage or nil.
	second []*secondStage
	pool   = sync.Pool{New: func() any { return newState() }}
)

// commonFloor lists the scripts whose labels all pay the same floor for an
// n-gram they lack (see model.Groups). Latin is one: inside Indian news it is
// mostly names, which the languages with the least training text would
// otherwise win on their kinder floors ("S Jaishankar Sergey Lavrov" came
// out Somali), and its labels' n-gram budgets differ (English's is four
// times the others').
var commonFloor = map[string]bool{"Latn": true}

func load() {
	mdl, loadErr = model.Load(modelBytes)
	if loadErr != nil {
		return
	}
	if groups, loadErr = groupsOf(mdl); loadErr != nil {
		return
	}
	if second, secondErr = bindSecond(stage2Bytes, false); secondErr != nil {
		second = nil
	}
}

// groupsOf returns the label groups of m by script group.
func groupsOf(m *model.Model) ([]*model.Group, error) {
	out := make([]*model.Group, len(textfeat.Codes))
	for code, g := range m.Groups(commonFloor) {
		s, ok := textfeat.ByCode(code)
		if !ok {
			return nil, fmt.Errorf("lang model: labels in unknown script %q", code)
		}
		out[s] = g
	}
	return out, nil
}

// secondStage is a stage2.Group tied to the first stage's group of its
// script.
type secondStage struct {
	g       *stage2.Group
	trigger []bool // by position in the first stage's group
	class   []int  // model label index of each class, -1 for a kept one
}

// bindSecond ties the second stage raw to the first stage's groups. With
// partial, a second-stage group whose script the first stage lacks is left
// out (a first stage trained for some scripts only, see holdout_test.go)
// instead of being an error.
func bindSecond(raw []byte, partial bool) ([]*secondStage, error) {
	if len(raw) == 0 {
		return nil, nil // no second stage (the trainer's bootstrap)
	}
	m, err := stage2.Load(raw)
	if err != nil {
		return nil, err
	}
	out := make([]*secondStage, len(textfeat.Codes))
	index := map[string]int{}
	for i, l := range mdl.Labels {
		index[l.Name] = i
	}
	for _, g2 := range m.Groups {
		s, ok := textfeat.ByCode(g2.Script)
		if ok && groups[s] == nil && partial {
			continue
		}
		if !ok || groups[s] == nil {
			return nil, fmt.Errorf("lang stage2: no first-stage group %q", g2.Script)
		}
		g := groups[s]
		if len(g2.Inputs) != len(g.Labels) {
			return nil, fmt.Errorf("lang stage2 %s: %d inputs for %d labels", g2.Script, len(g2.Inputs), len(g.Labels))
		}
		ss := &secondStage{g: g2, trigger: make([]bool, len(g.Labels))}
		for i, c := range g.Labels {
			if g2.Inputs[i] != mdl.Labels[c].Name {
				return nil, fmt.Errorf("lang stage2 %s: input %d is %s, the model's label is %s", g2.Script, i, g2.Inputs[i], mdl.Labels[c].Name)
			}
			ss.trigger[i] = g2.Triggers(mdl.Labels[c].Name)
		}
		for i, c := range g2.Classes {
			k, ok := index[c]
			if g2.Keeps(i) {
				// A kept class need not be a label of the model
				// (Awadhi has no first-stage training text).
				k, ok = -1, true
			}
			if !ok {
				return nil, fmt.Errorf("lang stage2 %s: unknown class %s", g2.Script, c)
			}
			ss.class = append(ss.class, k)
		}
		out[s] = ss
	}
	return out, nil
}

func getModel() *model.Model {
	loadOnce.Do(load)
	if err := errors.Join(loadErr, secondErr); err != nil {
		// The model is embedded at build time; a bad one is a build error
		// that no caller can handle.
		panic(err)
	}
	return mdl
}

// tally is what the words of one script group in some text add up to.
type tally struct {
	letters int
	ev      model.Evidence
	roman   romanTally // Latin only
	s2      stage2.Acc // groups with a second stage only
}

func (t *tally) add(o *tally) {
	t.letters += o.letters
	t.ev.Add(&o.ev)
	t.roman.add(&o.roman)
	t.s2.Add(&o.s2)
}

// state is the per-call scratch space, pooled so that identifying a line
// allocates nothing in the common case.
type state struct {
	sc      textfeat.Scanner
	tallies []tally // by script group
	touched []textfeat.Script
	scores  []float64
	pscores []float64 // a paragraph's, while scores holds its document's
	logits  []float64 // second stage
	hashes  []uint64  // one word's feature hashes, for the second stage
	// doc and docTouched are Document's sums by script group.
	doc        []tally
	docTouched []textfeat.Script
	// cache remembers words' evidence; wev and wacc score one word for it.
	cache wordCache
	wev   model.Evidence
	wacc  stage2.Acc
	// Document's paragraphs, their boosts, and its label per script.
	paras    []paraTally
	arena    []int64
	docLabel []string
}

func newState() *state {
	getModel()
	return emptyState()
}

func emptyState() *state {
	return &state{logits: make([]float64, 0, stage2.MaxClasses), hashes: make([]uint64, 0, 128), tallies: make([]tally, len(textfeat.Codes)), doc: make([]tally, len(textfeat.Codes)), docLabel: make([]string, len(textfeat.Codes))}
}

// scan tallies the words of text by script group, scoring those of groups
// with more than one label.
// Evidence saturates: past a few dozen words of one script, more words
// change no decision but cost the most time, so only their letters are
// counted. Identify scores up to identifyWords words; Document scores up to
// paragraphWords words of each paragraph and sums them for the document,
// so a long article is read once, cheaply.
const (
	identifyWords  = 96
	paragraphWords = 16
)

func (st *state) scan(text string, maxWords int) (total int) {
	for _, s := range st.touched {
		st.tallies[s] = tally{ev: model.Evidence{Boost: st.tallies[s].ev.Boost[:0]}}
	}
	st.touched = st.touched[:0]
	st.sc.Words(text, func(w textfeat.Word) {
		t := &st.tallies[w.Script]
		g := groups[w.Script]
		if t.letters == 0 {
			st.touched = append(st.touched, w.Script)
			if g != nil {
				t.ev.Reset(len(g.Labels))
			}
		}
		t.letters += w.Letters
		total += w.Letters
		if g != nil && len(g.Labels) > 1 && t.ev.Words < maxWords {
			st.addWord(t, w.Script, g, secondOf(w.Script), w.Padded)
		}
		if w.Script == latn {
			t.roman.word(w.Padded)
		}
	})
	return total
}

// dominant returns the touched script group with most letters, Latin letters
// counting half: Latin inside text of another script is mostly names,
// acronyms and URLs, while the reverse is rare.
func dominant(tallies []tally, touched []textfeat.Script) textfeat.Script {
	best, bestW := textfeat.None, 0
	for _, s := range touched {
		w := 2 * tallies[s].letters
		if s == latn {
			w = tallies[s].letters
		}
		if w > bestW || (w == bestW && s < best) {
			best, bestW = s, w
		}
	}
	return best
}

// decide labels the tally of script group s. bias, when not "", names a
// label that gets bonus (in the units of the scores) before the decision.
func (st *state) decide(s textfeat.Script, t *tally, bias string, bonus float64) (string, float64) {
	g := groups[s]
	switch {
	case g == nil:
		return "und_" + s.Code(), 1
	case s == latn && t.roman.isHindi():
		return "hin_Latn", 1
	case len(g.Labels) == 1:
		return mdl.Labels[g.Labels[0]].Name, 1
	}
	st.scores = mdl.Scores(&t.ev, g, model.DefaultParams, st.scores)
	if bias != "" {
		for i, c := range g.Labels {
			if mdl.Labels[c].Name == bias {
				st.scores[i] += bonus
			}
		}
	}
	i, p := model.Best(st.scores)
	if s2 := secondOf(s); s2 != nil && s2.trigger[i] && t.ev.Words >= stage2.MinWords {
		if k, q := st.secondDecide(s2, t, bias, bonus); k >= 0 {
			return mdl.Labels[k].Name, q
		}
	}
	return mdl.Labels[g.Labels[i]].Name, p
}

func secondOf(s textfeat.Script) *secondStage {
	if second == nil {
		return nil
	}
	return second[s]
}

// secondDecide runs the second stage on the first stage's scores in
// st.scores; it returns the model label index and its probability, or -1
// when the first stage's label stands (a kept class). A paragraph's leaning
// towards its document's label (bias) counts in the second stage too.
func (st *state) secondDecide(s2 *secondStage, t *tally, bias string, bonus float64) (int, float64) {
	z := st.secondLogits(s2, t, st.scores)
	if bias != "" {
		for c, k := range s2.class {
			if k >= 0 && mdl.Labels[k].Name == bias {
				z[c] += bonus
			}
		}
	}
	c, q := model.Best(z)
	return s2.class[c], q
}

// secondLogits are the second stage's class logits for tally t, given
// the first stage's scores of its group; they live in st.logits until the
// next call.
func (st *state) secondLogits(s2 *secondStage, t *tally, scores []float64) []float64 {
	best := scores[0]
	for _, v := range scores {
		best = max(best, v)
	}
	st.logits = s2.g.Logits(&t.s2, scores, best, st.logits[:0])
	return st.logits
}

var (
	latn, _ = textfeat.ByCode("Latn")
	arab, _ = textfeat.ByCode("Arab")
)

// alphabetLabels returns the labels whose alphabet spells Arabic-script
// text, where the letters decide it, else nil. Two or more of ٹ ڈ ڑ ے,
// which Sindhi writes ٽ ڊ ڙ and never and Pashto, Persian and Arabic
// never, with none of Sindhi's own letters (ڪ ڳ ڱ ڄ ڃ ڦ ڻ ٻ ڀ ٿ ٽ ڏ ڌ ڍ
// ڊ), are Urdu or Kashmiri; with two or more of Kashmiri's vowel letters
// (ٲ ۍ ۄ ٚ) besides, Kashmiri. Urdu and Kashmiri typed on an Arabic
// keyboard (ي ك ه for ی ک ہ) read as Sindhi, Pashto or each other to the
// n-gram model; in FLORES and lingua no row of another language has
// these letters so, and no Urdu row Kashmiri's.
func alphabetLabels(texts []string) []string {
	urdu, kashmiri := 0, 0
	for _, t := range texts {
		for _, r := range t {
			switch {
			case r < 0x065A || r > 0x06D2:
			case r == 'ٹ' || r == 'ڈ' || r == 'ڑ' || r == 'ے':
				urdu++
			case r == 'ٲ' || r == 'ۍ' || r == 'ۄ' || r == 0x065A:
				kashmiri++
			case strings.ContainsRune("ڪڳڱڄڃڦڻٻڀٿٽڏڌڍڊ", r):
				return nil
			}
		}
	}
	switch {
	case urdu < 2:
		return nil
	case kashmiri >= 2:
		return kashmiriAlphabet
	}
	return urduAlphabet
}

var (
	urduAlphabet     = []string{"urd_Arab", "kas_Arab"}
	kashmiriAlphabet = []string{"kas_Arab"}
)

// byAlphabet gives label back if labels is nil or holds it, else the
// first stage's best of labels for tally t of script s: the languages
// whose alphabet spells the text (alphabetLabels).
func (st *state) byAlphabet(s textfeat.Script, t *tally, label string, p float64, labels []string) (string, float64) {
	if labels == nil || slices.Contains(labels, label) {
		return label, p
	}
	g := groups[s]
	st.scores = mdl.Scores(&t.ev, g, model.DefaultParams, st.scores)
	for i, c := range g.Labels {
		if !slices.Contains(labels, mdl.Labels[c].Name) {
			st.scores[i] = math.Inf(-1)
		}
	}
	i, q := model.Best(st.scores)
	if math.IsInf(st.scores[i], -1) {
		return label, p // none of labels in the group
	}
	return mdl.Labels[g.Labels[i]].Name, q
}

// Identify labels one text: a line, a paragraph or a whole document. The
// label is that of the script most of its letters are in.
func Identify(text string) Result {
	st := pool.Get().(*state)
	defer pool.Put(st)
	total := st.scan(text, identifyWords)
	if total == 0 {
		return Result{Label: "und"}
	}
	s := dominant(st.tallies, st.touched)
	t := &st.tallies[s]
	l, p := st.decide(s, t, "", 0)
	if s == arab {
		l, p = st.byAlphabet(s, t, l, p, alphabetLabels([]string{text}))
	}
	return Result{Label: l, Score: p * float64(t.letters) / float64(total)}
}

// paragraphBonus is how much (in nats, after scaling) a paragraph's evidence
// must beat its document's label by to get a label of its own, for a long
// paragraph; a paragraph of w words leans (1 + 20/w) times as hard. A byline
// or a caption of names carries too little text to overturn its document
// ("By ETV Bharat Hindi Team" alone reads as Tagalog: "hindi" is a Tagalog
// word), a long paragraph easily can.
const paragraphBonus = 2.0

func leaning(words int) float64 {
	return paragraphBonus * (1 + 20/float64(max(words, 1)))
}

// Document labels a whole document given its paragraphs: the document label,
// its score, the share of letters per label (a Hindi article quoting English
// gives {"hin_Deva": 0.93, "eng_Latn": 0.07}) and one Result per paragraph.
//
// Each script of the document gets one label from all of the document's
// words in that script (where the second stage runs, from its verdicts on
// the paragraphs, see decideDoc); the shares are the letters per script. A paragraph is
// labelled on its own words, leaning towards its document's label for its
// script, so that a short paragraph is not given a language of its own on
// scant evidence. The text is read once: naive-Bayes evidence adds up, so
// the document's is the sum of its paragraphs'.
func Document(paragraphs []string) (doc Result, shares map[string]float64, per []Result) {
	st := pool.Get().(*state)
	defer pool.Put(st)
	per = make([]Result, len(paragraphs))
	shares = map[string]float64{}
	// paras[i] keeps what paragraph i's label needs: the tally of its
	// dominant script, with its boosts copied to st.arena, and its letters.
	// Both live in the pooled state, so a document allocates only what it
	// returns.
	paras := st.paras[:0]
	arena := st.arena[:0]
	// The document's tallies are kept in the pooled state: a fresh array
	// for every script group on every call was the main allocation.
	doc2 := st.doc
	for _, s := range st.docTouched {
		doc2[s] = tally{ev: model.Evidence{Boost: doc2[s].ev.Boost[:0]}}
		st.docLabel[s] = ""
	}
	docTouched := st.docTouched[:0]
	defer func() {
		st.docTouched, st.paras, st.arena = docTouched, paras, arena
		if cap(arena) > keepArena {
			// A huge document's space is not kept for the next one.
			st.paras, st.arena = nil, nil
		}
	}()
	total := 0
	for i, p := range paragraphs {
		n := st.scan(p, paragraphWords)
		total += n
		for _, s := range st.touched {
			if doc2[s].letters == 0 {
				docTouched = append(docTouched, s)
			}
			doc2[s].add(&st.tallies[s])
		}
		if i < keptParas {
			pt := st.paraOf(n)
			pt.off = len(arena)
			arena = append(arena, pt.t.ev.Boost...)
			pt.t.ev.Boost = nil
			paras = append(paras, pt)
		}
	}
	if total == 0 {
		for i := range per {
			per[i] = Result{Label: "und"}
		}
		return Result{Label: "und"}, shares, per
	}
	for _, s := range docTouched {
		l, p := st.decideDoc(s, &doc2[s], paragraphs, paras, arena)
		if s == arab {
			l, p = st.byAlphabet(s, &doc2[s], l, p, alphabetLabels(paragraphs))
		}
		st.docLabel[s] = l
		shares[l] += float64(doc2[s].letters) / float64(total)
		if s == dominant(doc2, docTouched) {
			doc = Result{Label: l, Score: p * float64(doc2[s].letters) / float64(total)}
		}
	}
	for i := range paragraphs {
		pt := st.para(i, paragraphs, paras, arena)
		if pt.n == 0 {
			per[i] = Result{Label: "und"}
			continue
		}
		l, p := st.decide(pt.s, &pt.t, st.docLabel[pt.s], leaning(pt.t.ev.Words))
		if pt.s == arab {
			l, p = st.byAlphabet(pt.s, &pt.t, l, p, alphabetLabels(paragraphs[i:i+1]))
		}
		per[i] = Result{Label: l, Score: p * float64(pt.t.letters) / float64(pt.n)}
	}
	return doc, shares, per
}

// decideDoc labels the document's tally t of script s, paras being its
// paragraphs (their boosts in arena). The first stage decides on t, the sum
// of every paragraph's evidence. Where the second stage then runs, it runs
// on each paragraph of at least stage2.MinWords words whose script is s,
// and the document gets the class with the largest sum of the paragraphs'
// log-posteriors. The second stage is trained on sentences: on a sum of
// paragraphs its features (n-gram counts over the square root of their
// number, first-stage score gaps that grow with the text) are out of the
// range it was fitted on. Held out on FLORES documents of 2 to 6 sentences
// (TestDocumentAggregation, docs/lang.md) this is right more often for
// Kashmiri in both scripts and Maithili, and no less for any other label,
// where a letter-weighted vote of the paragraphs' labels was worse. With
// fewer than two such paragraphs the second stage runs on the sum, so a
// one-paragraph document is labelled as before. The score is then the
// probability of the combined log-posteriors.
func (st *state) decideDoc(s textfeat.Script, t *tally, paragraphs []string, paras []paraTally, arena []int64) (string, float64) {
	g, s2 := groups[s], secondOf(s)
	if g == nil || s2 == nil || len(g.Labels) < 2 || t.ev.Words < stage2.MinWords {
		return st.decide(s, t, "", 0)
	}
	st.scores = mdl.Scores(&t.ev, g, model.DefaultParams, st.scores)
	i, p := model.Best(st.scores)
	if !s2.trigger[i] {
		return mdl.Labels[g.Labels[i]].Name, p
	}
	var mass [stage2.MaxClasses]float64
	n := 0
	for j := range paragraphs {
		pt := st.para(j, paragraphs, paras, arena)
		if pt.n == 0 || pt.s != s || pt.t.ev.Words < stage2.MinWords {
			continue
		}
		st.pscores = mdl.Scores(&pt.t.ev, g, model.DefaultParams, st.pscores)
		z := st.secondLogits(s2, &pt.t, st.pscores)
		top := z[0]
		for _, v := range z {
			top = max(top, v)
		}
		lse := 0.0
		for _, v := range z {
			lse += math.Exp(v - top)
		}
		lse = top + math.Log(lse)
		for c, v := range z {
			mass[c] += v - lse
		}
		n++
	}
	k, q := -1, 0.0
	if n < 2 {
		k, q = st.secondDecide(s2, t, "", 0)
	} else if c, cq := model.Best(mass[:len(s2.class)]); s2.class[c] >= 0 {
		k, q = s2.class[c], cq
	}
	if k >= 0 {
		return mdl.Labels[k].Name, q
	}
	return mdl.Labels[g.Labels[i]].Name, p
}

// keepArena is the most boosts Document keeps room for between calls
// (8 MB).
const keepArena = 1 << 20

// paraTally is what Document keeps of a paragraph: its letters, and the
// tally of its dominant script with the boosts at arena[off:].
type paraTally struct {
	s   textfeat.Script
	n   int
	t   tally
	off int
}

// keptParas is how many paragraphs' tallies Document keeps for the
// decisions after its first pass (about 2 KB each with their boosts, the
// Latin group's most). The paragraphs past it, which only hostile or
// degenerate pages have (700,000 one-letter paragraphs cost 1.7 GB of
// boosts when all were kept), are scanned again when their tally is
// needed: the same words give the same tally, so the labels do not change
// (TestDocumentKeptParas), and the memory stays bounded.
var keptParas = 1 << 14

// paraOf is the paragraph just scanned (n letters): its dominant script
// (most letters, Latin counting half, the first touched on a tie) and
// that script's tally, whose boosts are st.tallies' until the next scan.
func (st *state) paraOf(n int) paraTally {
	pt := paraTally{n: n}
	bestW := -1
	for _, s := range st.touched {
		w := 2 * st.tallies[s].letters
		if s == latn {
			w = st.tallies[s].letters
		}
		if w > bestW {
			pt.s, bestW = s, w
		}
	}
	if n > 0 {
		pt.t = st.tallies[pt.s]
	}
	return pt
}

// para returns paragraph i's tally with its boosts, as Document kept it
// or, past keptParas, scanned again.
func (st *state) para(i int, paragraphs []string, paras []paraTally, arena []int64) paraTally {
	if i >= len(paras) {
		return st.paraOf(st.scan(paragraphs[i], paragraphWords))
	}
	pt := paras[i]
	if g := groups[pt.s]; g != nil && pt.n > 0 {
		pt.t.ev.Boost = arena[pt.off : pt.off+len(g.Labels)+1]
	}
	return pt
}

// Script returns the ISO 15924 code of the script most letters of text are
// in (Latin letters counting half, as in Identify), and the share of letters
// in it. Han, Hiragana and Katakana count as
// one script: "Jpan" when the text has any kana, "Hani" when it has none.
// A text without letters gives ("Zyyy", 0).
func Script(text string) (script string, share float64) {
	st := pool.Get().(*state)
	defer pool.Put(st)
	total := 0
	for _, s := range st.touched {
		st.tallies[s] = tally{ev: model.Evidence{Boost: st.tallies[s].ev.Boost[:0]}}
	}
	st.touched = st.touched[:0]
	st.sc.Words(text, func(w textfeat.Word) {
		if st.tallies[w.Script].letters == 0 {
			st.touched = append(st.touched, w.Script)
		}
		st.tallies[w.Script].letters += w.Letters
		total += w.Letters
	})
	if total == 0 {
		return "Zyyy", 0
	}
	s := dominant(st.tallies, st.touched)
	code := s.Code()
	if code == "Hani" {
		for _, r := range text {
			if c := textfeat.Of(r).Code(); c == "Hira" || c == "Kana" {
				code = "Jpan"
				break
			}
		}
	}
	return code, float64(st.tallies[s].letters) / float64(total)
}

// Labels returns the labels the model can give, sorted.
func Labels() []string {
	m := getModel()
	out := make([]string, 0, len(m.Labels)+1)
	for _, l := range m.Labels {
		out = append(out, l.Name)
	}
	out = append(out, romanisedLabels...)
	sort.Strings(out)
	return out
}

// ParseFilter turns a comma-separated list of languages into a predicate on
// labels. An item is ISO 639-3 ("hin": Hindi in any script) or a full label
// ("kan_Knda"); "und" matches every undetermined label. Items are not
// checked against the model, so a filter written for a language the model
// lacks matches nothing rather than failing.
func ParseFilter(spec string) (func(label string) bool, error) {
	langs := map[string]bool{}
	labels := map[string]bool{}
	for _, item := range strings.Split(spec, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		code, script, hasScript := strings.Cut(item, "_")
		if !isLower(code, 2, 3) || (hasScript && !isScriptCode(script)) {
			return nil, fmt.Errorf("language filter %q: want ISO 639-3 like hin or a label like hin_Deva", item)
		}
		if hasScript {
			labels[code+"_"+script] = true
		} else {
			langs[code] = true
		}
	}
	if len(langs) == 0 && len(labels) == 0 {
		return nil, fmt.Errorf("language filter %q: empty", spec)
	}
	return func(label string) bool {
		if labels[label] {
			return true
		}
		code, _, _ := strings.Cut(label, "_")
		return langs[code]
	}, nil
}

func isLower(s string, min, max int) bool {
	if len(s) < min || len(s) > max {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

func isScriptCode(s string) bool {
	if len(s) != 4 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	return isLower(s[1:], 3, 3)
}

package clean

import (
	_ "embed"
	"slices"
	"strings"
	"time"

	"github.com/akhbar/akhbar/internal/learn"
	"github.com/akhbar/akhbar/internal/modelfile"
	"github.com/akhbar/akhbar/lexicon"
	"github.com/akhbar/akhbar/pipeline"
)

// TitleModelFile is the learned headline picker of text dumps, embedded
// from clean/models and trained by clean/internal/traindump on the dump
// set's pages that have a title truth (WCXB's), five renderers' dumps,
// with the held-out block probabilities a -cv run wrote to P
// (scripts/check-dump-pickers.sh runs both and compares the bytes):
//
//	go run ./clean/internal/traindump -set DIR -renderers w3m,lynx,links,elinks,html2text-deb -cv -nogrid -probs P
//	go run ./clean/internal/traindump -set DIR -renderers w3m,lynx,links,elinks,html2text-deb -probs P -title-out clean/models/
//
// The hand-set score of title (a line near the body, headline-shaped)
// still finds the candidates and is one of the model's features; the
// model only chooses among them. Text dumps carry no markup, and the
// hand score's pull towards the body takes a subheading or a promotion
// right above the text over the headline further up; the truths say
// which lines were headlines. An empty file means no model.
const TitleModelFile = "dump-title.gbdt"

//go:embed models/dump-title.gbdt
var embeddedTitleModel []byte

// TitleModel scores each title candidate of a dump with boosted trees;
// the best-scoring one is the headline. Where the hand-set score finds no
// candidate good enough, the model's pick must reach Min.
type TitleModel struct {
	Trees *learn.GBDT `json:"-"`
	Min   float64     `json:"min"`
}

const titleModelMagic = "akhbar-dump-title 1\n"

// MarshalBinary writes the model: a magic line, the parameters as one
// JSON line, then the trees.
func (m *TitleModel) MarshalBinary() ([]byte, error) {
	return modelfile.MarshalTrees(titleModelMagic, m, m.Trees)
}

// ParseTitleModel reads what MarshalBinary wrote.
func ParseTitleModel(data []byte) (*TitleModel, error) {
	m := &TitleModel{}
	trees, err := modelfile.ParseTrees(data, titleModelMagic, "title model", m, NTitleFeatures)
	if err != nil {
		return nil, err
	}
	m.Trees = trees
	return m, nil
}

var titleModel modelfile.Lazy[TitleModel]

// defaultTitleModel is the embedded model (or $AKHBAR_MODEL_DIR's), or
// nil when there is none: then the hand-set score picks the headline.
func defaultTitleModel() *TitleModel {
	m, _ := titleModel.Get(TitleModelFile, embeddedTitleModel, ParseTitleModel)
	return m
}

// TitleModelError says why the title model could not be loaded, if it
// could not (an empty embedded file is not an error).
func TitleModelError() error {
	_, err := titleModel.Get(TitleModelFile, embeddedTitleModel, ParseTitleModel)
	return err
}

// Choose returns the index of the candidate the model takes, or -1
// where the rules' pick stands: when a candidate is marked as the page's
// top heading (markedHeadline), when only menu lines are offered, and
// when the rules found no headline and the model's best does not reach
// Min. clean's title and the trainer's held-out figures both decide by
// it.
func (m *TitleModel) Choose(cands []TitleCandidate) int {
	best, bestP, rules := -1, -1.0, false
	for k, c := range cands {
		rules = rules || c.Rules
		if c.Menu {
			continue
		}
		if markedHeadline(c.Row) {
			return -1
		}
		if p := m.Trees.Predict(c.Row); p > bestP {
			best, bestP = k, p
		}
	}
	if best < 0 || !rules && bestP < m.Min {
		return -1
	}
	return best
}

// TitleCandidate is a line the headline picker weighed, with the feature
// row the title model reads; Rules marks the hand-set score's pick, Menu
// a line the model is not offered (menuLine), which has no Row.
type TitleCandidate struct {
	Block int
	Text  string
	Row   []float32
	Rules bool
	Menu  bool
}

// DumpTitleCandidates classifies a text dump as ClassifyDumpProbs does
// (with no title model, so the rules pick the headline) and returns
// every title candidate it weighed. It exists for the trainer.
func DumpTitleCandidates(pd *pipeline.Doc, m *DumpModel, probs []float64, now time.Time) []TitleCandidate {
	var log []TitleCandidate
	classifyOpts(pd, m, probs, now, nil, &log)
	return log
}

// titleCand is a candidate of title: its block, hand-set score and
// whether it is a menuLine.
type titleCand struct {
	i    int
	hand float64
	menu bool
}

// NTitleFeatures is the length of a title candidate's feature row.
const NTitleFeatures = 32

// titleRows gives each candidate's features: the hand-set score and its
// rank, where the line stands against the body and the other
// candidates, its shape, and what stands around it. s is the body's
// first block, rules the hand-set pick (-1: none).
func (d *doc) titleRows(cands []titleCand, s, rules int) [][]float32 {
	rows := make([][]float32, len(cands))
	all := make([]float32, len(cands)*NTitleFeatures)
	bodyWords := map[string]bool{}
	if s >= 0 && s < len(d.b) {
		k := 0
		for w := range strings.FieldsSeq(d.low[s]) {
			if k >= 60 {
				break
			}
			bodyWords[w] = true
			k++
		}
	}
	keys := map[string]int{}
	for _, k := range d.key {
		if k != "" {
			keys[k]++
		}
	}
	handRank := make([]int, len(cands))
	for k := range cands {
		for j := range cands {
			if cands[j].hand > cands[k].hand {
				handRank[k]++
			}
		}
	}
	b2f := func(b bool) float32 {
		if b {
			return 1
		}
		return 0
	}
	for k, c := range cands {
		i, f := c.i, d.f[c.i]
		x := all[k*NTitleFeatures : (k+1)*NTitleFeatures : (k+1)*NTitleFeatures]
		x[0] = float32(c.hand)
		x[1] = b2f(i == rules)
		x[2] = float32(handRank[k])
		x[3] = float32(s - i)
		x[4] = float32(len(cands) - 1 - k) // candidates between it and the body
		x[5] = float32(k)                  // candidates above it
		x[6] = float32(len(cands))
		x[7] = float32(i)
		x[8] = float32(f.words)
		x[9] = float32(f.letters)
		x[10] = float32(f.sentences)
		x[11] = b2f(f.terminal)
		x[12] = b2f(f.allCaps())
		x[13] = float32(f.separator)
		if f.words > 0 {
			x[14] = float32(f.titleCase) / float32(f.words)
		}
		if f.letters > 0 {
			x[15] = float32(f.digits) / float32(f.letters)
		}
		x[16] = float32(d.b[i].LinkShare)
		x[17] = b2f(d.gluedToDate(i))
		x[18] = b2f(isBreadcrumb(d.b[i].Text))
		x[19] = b2f(headline(d.b[i].Text, f))
		x[20] = -1
		if d.prob != nil {
			x[20] = float32(d.prob[i])
		}
		// A date, date label or byline just under it: a header's.
		for j := i + 1; j <= i+3 && j < len(d.b); j++ {
			if d.date[j] || d.cue[j].kind == cueDateLabel || d.cue[j].kind == cueByline {
				x[21] = float32(4 - (j - i))
				break
			}
		}
		if i > 0 {
			x[22] = b2f(d.date[i-1] || isBreadcrumb(d.b[i-1].Text))
		}
		// How many other blocks have the same short text: a menu item
		// or a heading printed twice (the page's own title over it).
		if key := d.key[i]; key != "" {
			x[23] = float32(keys[key] - 1)
		}
		if len(bodyWords) > 0 {
			n, in := 0, 0
			for w := range strings.FieldsSeq(d.low[i]) {
				n++
				if bodyWords[w] {
					in++
				}
			}
			if n > 0 {
				x[24] = float32(in) / float32(n)
			}
		}
		x[25] = b2f(d.parted)
		x[26] = float32(d.b[i].End - d.b[i].Start + 1)
		// Blank lines around it: a block of its own.
		above := i == 0 || d.b[i].Start > d.b[i-1].End+1
		below := i+1 == len(d.b) || d.b[i+1].Start > d.b[i].End+1
		x[27] = b2f(above) + b2f(below)
		x[28] = b2f(d.cue[i].kind != cueNone)
		if s > 0 {
			x[29] = float32(i) / float32(s)
		}
		// Renderers that print the page's <title> first print it as
		// "headline | site": the headline opens the first line.
		if i > 0 && d.low[i] != "" {
			if strings.HasPrefix(d.low[0], d.low[i]) {
				x[30] = 2
			} else if strings.Contains(d.low[0], d.low[i]) {
				x[30] = 1
			}
		}
		switch d.b[i].Tag {
		case "h1":
			x[31] = 2
		case "h2":
			x[31] = 1
		}
		rows[k] = x
	}
	return rows
}

// markedHeadline reports a candidate row whose line the dump marks as a
// top-level heading ("# Title" in Markdown, html2text's stars): there the
// renderer says which line the page's <h1> was, and the hand-set score,
// which weighs that mark most, picks the headline. The model is trained
// across renderers that print no marks, so it has not learned to read
// them.
func markedHeadline(row []float32) bool { return row[31] == 2 }

// titleWindow is how many blocks above the body the headline is looked
// for. The hand-set score falls with the distance, so a wide window
// changes little for it; the model finds headlines printed far above the
// text, under a long menu (held out, on the dump set: 30 blocks 0.439, 60
// 0.456, 150 0.460 of titles right; some candidate right on 0.521, 0.557,
// 0.588 of the pages).
const titleWindow = 150

// menuSeps part a trail or a bar's items: menuLine asks whether the
// first part is the home word.
var menuSeps = append(slices.Clone(TrailSeps), " | ")

// menuLine reports a header line that is the page's furniture whatever
// its position, so the title model is not offered it (the hand-set score
// weighs it down instead): a trail ("Home › News", also one that ends in
// the headline), a bar of short items ("Home | News | Sport"), or a line
// whose label before a colon is a furniture phrase of the language table
// ("Trending: A, B, C", "Related: …"). Measured held out on the dump set,
// a label's shape alone (a list of short items, a short figure) took off
// more headlines than menus; the words of the label do not.
func menuLine(s string, f features) bool {
	if isBreadcrumb(s) || f.separator >= 2 && shortItems(s) {
		return true
	}
	for _, sep := range menuSeps {
		if head, _, ok := strings.Cut(s, sep); ok && lexicon.Has(lexicon.Home, strings.TrimSpace(TrailWithoutLabel(head))) {
			return true
		}
	}
	label, _, ok := strings.Cut(s, ":")
	if !ok {
		return false
	}
	for _, k := range []lexicon.Kind{lexicon.Boiler, lexicon.RelatedHead, lexicon.AlsoRead} {
		if lexicon.Has(k, strings.TrimSpace(label)) {
			return true
		}
	}
	return false
}

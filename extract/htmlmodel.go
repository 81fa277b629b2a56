package extract

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"

	"golang.org/x/net/html"

	"github.com/akhbar/akhbar/internal/learn"
	"github.com/akhbar/akhbar/internal/modelfile"
	"github.com/akhbar/akhbar/pipeline"
)

// The embedded models, trained by `go run ./extract/internal/trainhtml`
// on every cross-validation fold of the evaluation kit's HTML pages.
var (
	//go:embed models/pagetype.bin
	embeddedPageType []byte
	//go:embed models/blocks.bin
	embeddedBlocks []byte
)

// Model file names, as modelfile looks them up.
const (
	PageTypeFile = "pagetype.bin"
	BlocksFile   = "blocks.bin"
)

// BlockModel scores blocks: the learned weights of class and id words,
// the boosted trees over a block's row, and the probability above which a
// block is body.
type BlockModel struct {
	Threshold float32
	Weights   map[string]float32
	Trees     *learn.GBDT
}

var blockMagic = []byte("AKHBAR-BLOCKS-1\n")

// MarshalBinary writes the model; words are written in sorted order so
// the bytes depend only on the model.
func (m *BlockModel) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	b.Write(blockMagic)
	put := func(v any) { _ = binary.Write(&b, binary.LittleEndian, v) }
	put(m.Threshold)
	words := make([]string, 0, len(m.Weights))
	for w := range m.Weights {
		words = append(words, w)
	}
	sort.Strings(words)
	put(int32(len(words)))
	for _, w := range words {
		put(int32(len(w)))
		b.WriteString(w)
		put(m.Weights[w])
	}
	t, err := m.Trees.MarshalBinary()
	if err != nil {
		return nil, err
	}
	b.Write(t)
	return b.Bytes(), nil
}

// UnmarshalBinary reads what MarshalBinary wrote.
func (m *BlockModel) UnmarshalBinary(data []byte) error {
	if !bytes.HasPrefix(data, blockMagic) {
		return errors.New("block model: bad header")
	}
	r := bytes.NewReader(data[len(blockMagic):])
	get := func(v any) error { return binary.Read(r, binary.LittleEndian, v) }
	var n int32
	if err := get(&m.Threshold); err != nil {
		return fmt.Errorf("block model: %w", err)
	}
	if err := get(&n); err != nil || n < 0 || int(n) > r.Len() {
		return errors.New("block model: bad word count")
	}
	m.Weights = make(map[string]float32, n)
	for i := int32(0); i < n; i++ {
		var l int32
		if err := get(&l); err != nil || l < 0 || int(l) > r.Len() {
			return errors.New("block model: bad word")
		}
		w := make([]byte, l)
		if _, err := r.Read(w); err != nil && l > 0 {
			return fmt.Errorf("block model: %w", err)
		}
		var v float32
		if err := get(&v); err != nil {
			return fmt.Errorf("block model: %w", err)
		}
		m.Weights[string(w)] = v
	}
	rest := data[len(data)-r.Len():]
	m.Trees = &learn.GBDT{}
	return m.Trees.UnmarshalBinary(rest)
}

type models struct {
	pageType *learn.Multi
	blocks   *BlockModel
	err      error
}

var (
	loadOnce sync.Once
	loaded   models
)

// htmlModels loads the two models once: the embedded ones, or a fold's
// when AKHBAR_MODEL_DIR says (evaluation only).
func htmlModels() (*models, error) {
	loadOnce.Do(func() {
		pt, err := modelfile.Bytes(PageTypeFile, embeddedPageType)
		var blocks []byte
		if err == nil {
			blocks, err = modelfile.Bytes(BlocksFile, embeddedBlocks)
		}
		if err == nil {
			loaded, err = loadModels(pt, blocks)
		}
		loaded.err = err
	})
	return &loaded, loaded.err
}

// loadModels reads the two models and checks that they were trained on
// the rows this build computes: trees read features by position, so a
// model trained before a feature was added or moved would score every
// page, wrongly and silently. Such a model is an error that says to
// retrain it.
func loadModels(pt, blocks []byte) (models, error) {
	var ms models
	ms.pageType = &learn.Multi{}
	if err := ms.pageType.UnmarshalBinary(pt); err != nil {
		return ms, err
	}
	ms.blocks = &BlockModel{}
	if err := ms.blocks.UnmarshalBinary(blocks); err != nil {
		return ms, err
	}
	page, rows := rowLengths()
	if len(ms.pageType.Classes) != len(PageTypes) {
		return ms, fmt.Errorf("page type model: %d classes, this build has %d: retrain it (go run ./extract/internal/trainhtml)", len(ms.pageType.Classes), len(PageTypes))
	}
	for _, m := range ms.pageType.Models {
		if m.NFeat != page {
			return ms, fmt.Errorf("page type model: trained on %d features, this build computes %d: retrain it (go run ./extract/internal/trainhtml)", m.NFeat, page)
		}
	}
	if ms.blocks.Trees.NFeat != rows {
		return ms, fmt.Errorf("block model: trained on %d features, this build computes %d: retrain it (go run ./extract/internal/trainhtml)", ms.blocks.Trees.NFeat, rows)
	}
	return ms, nil
}

// rowLengths are the lengths of the page type classifier's row and of a
// block's row, measured on a page of one block.
var rowLengths = sync.OnceValues(func() (int, int) {
	doc, err := html.Parse(strings.NewReader("<html><body><p>x</p></body></html>"))
	if err != nil {
		panic(err)
	}
	a := analyse(doc, nil, "")
	pt := make([]float64, len(PageTypes))
	return len(a.pageFeat), len(a.row(0, nil, pt, nil))
})

// Scores are a page's learned readings: the type's probabilities (in the
// order of PageTypes) and each block's probability of being body.
type Scores struct {
	Type      string
	TypeProbs []float64
	Blocks    []float64
}

// score runs both models over an analysed page.
func (ms *models) score(a *pageAnalysis) Scores {
	best, pt := ms.pageType.Predict(a.pageFeat)
	s := Scores{Type: ms.pageType.Classes[best], TypeProbs: pt}
	s.Blocks = make([]float64, len(a.base))
	var r []float32
	for i := range a.base {
		r = a.row(i, ms.blocks.Weights, pt, r[:0])
		s.Blocks[i] = ms.blocks.Trees.Predict(r)
	}
	return s
}

// Choose decides which blocks are body from their probabilities: every
// block at or above the threshold, and a short block between two body
// blocks that the model nearly kept (a subheading, a one-line paragraph
// of a post), so the body does not fall apart at its seams.
func Choose(probs []float64, threshold float32) []bool {
	t := float64(threshold)
	keep := make([]bool, len(probs))
	for i, p := range probs {
		keep[i] = p >= t
	}
	for i := 1; i+1 < len(probs); i++ {
		if !keep[i] && keep[i-1] && keep[i+1] && probs[i] >= t/2 {
			keep[i] = true
		}
	}
	return keep
}

// stretchTypes are the page types whose main content is one run of
// text (an article, a service page's sections, a documentation page),
// not posts or cards spread over the page.
var stretchTypes = map[string]bool{"article": true, "service": true, "documentation": true}

// stretchKeep is the probability above which a block outside the body's
// stretch is still body.
const stretchKeep = 0.8

// ChooseFor is Choose for a page of a given type, with each block's
// length in words. On the types of stretchTypes the body is held to the
// one stretch of blocks where the model is most sure, by the largest
// length-weighted sum of (probability - threshold) over consecutive
// blocks: a teaser, a related story or a comment far from that stretch
// that the model scored just above the threshold is left out, while a
// block it is sure of (stretchKeep) is kept wherever it stands.
func ChooseFor(typ string, probs []float64, words []int, threshold float32) []bool {
	keep := Choose(probs, threshold)
	if !stretchTypes[typ] {
		return keep
	}
	t := float64(threshold)
	best, cur := math.Inf(-1), 0.0
	from, bestFrom, bestTo := 0, -1, -1
	for i, p := range probs {
		if cur <= 0 {
			cur, from = 0, i
		}
		cur += float64(max(words[i], 1)) * (p - t)
		if cur > best {
			best, bestFrom, bestTo = cur, from, i
		}
	}
	for i := range keep {
		if keep[i] && (i < bestFrom || i > bestTo) && probs[i] < stretchKeep {
			keep[i] = false
		}
	}
	return keep
}

// Analysis is what the HTML trainer needs of one page: the same blocks
// and features clean computes. It exists for
// extract/internal/trainhtml; clean never calls it.
type Analysis struct{ a *pageAnalysis }

// Analyse decodes and parses one page and computes its features.
func Analyse(body []byte, pageURL string) (*Analysis, error) {
	dec := Decode(body, "", true)
	doc, err := parsePage(dec.Text)
	if err != nil {
		return nil, err
	}
	if pageURL == "" {
		// As clean does: a page read from a file names itself.
		pageURL = readMeta(doc, "").canonical
	}
	a := analyse(doc, dec.Text, pageURL)
	for i := range a.blocks {
		a.blocks[i].node = nil // the tree is not needed any more
	}
	return &Analysis{a}, nil
}

// PageFeatures is the page type classifier's row.
func (x *Analysis) PageFeatures() []float32 { return x.a.pageFeat }

// Texts are the blocks' texts.
func (x *Analysis) Texts() []string {
	out := make([]string, len(x.a.blocks))
	for i, b := range x.a.blocks {
		out[i] = b.text
	}
	return out
}

// Tags are the blocks' element names.
func (x *Analysis) Tags() []string {
	out := make([]string, len(x.a.blocks))
	for i, b := range x.a.blocks {
		out[i] = b.tag
	}
	return out
}

// Words are the blocks' lengths in words, as ChooseFor weighs them.
func (x *Analysis) Words() []int { return x.a.words }

// Tokens are each block's class and id words, nearest first.
func (x *Analysis) Tokens() [][]string { return x.a.toks }

// Rows are the block model's rows given learned word weights and the
// page type's probabilities.
func (x *Analysis) Rows(weights map[string]float32, pt []float64) [][]float32 {
	return x.a.rows(weights, pt)
}

// logit is the log-odds of a share, kept finite.
func logit(p float64) float32 {
	p = math.Min(math.Max(p, 1e-3), 1-1e-3)
	return float32(math.Log(p / (1 - p)))
}

// WordWeight is the weight a class or id word gets from how often blocks
// under it are body: the log-odds of its smoothed share against the share
// of all blocks.
func WordWeight(share, prior float64) float32 { return logit(share) - logit(prior) }

// learnedBlocks are the page's blocks with the roles the block model
// chose and its scores.
func learnedBlocks(page []pageBlock, keep []bool, probs []float64) []pipeline.Block {
	out := make([]pipeline.Block, len(page))
	for i, p := range page {
		b := pipeline.Block{Start: i, End: i, Text: p.text, Tag: p.tag, Link: p.link, EndLink: p.endLink, Score: float32(probs[i]),
			LinkShare: ratio(p.linkChars, len(p.text))}
		switch {
		case keep[i] && isHeadingTag(p.tag):
			b.Role, b.Reason = pipeline.RoleBody, "heading"
		case keep[i]:
			b.Role = pipeline.RoleBody
		default:
			b.Role, b.Reason = pipeline.RoleBoilerplate, "model"
		}
		out[i] = b
	}
	return out
}

package clean

import (
	_ "embed"
	"time"

	"github.com/akhbar/akhbar/internal/learn"
	"github.com/akhbar/akhbar/internal/modelfile"
	"github.com/akhbar/akhbar/pipeline"
)

// DumpModelFile is the name of the learned block model of text dumps,
// embedded from clean/models and trained by clean/internal/traindump on
// the dump set of scripts/make-dump-set.sh (the kit's body-gold pages of
// the cross-validation folds, rendered by 13 renderers and settings):
//
//	go run ./clean/internal/traindump -set /tmp/akhbar-dumpset -out clean/models/
//
// The embedded file is the one that command writes from the whole set
// (scripts/check-dump-model.sh retrains it and compares the bytes; the
// renders are the same bytes only with the renderer versions the set
// notes). It replaced, on 5 December 2026, a file trained on a partial
// rendering that could no longer be reproduced. Held out (README "Any
// renderer") it beats the hand-set scores on WCXB's pages of every type
// and is within noise of them on the ScrapingHub news pages (articles
// weigh three times other pages in its training: traindump's
// articleWeight).
//
// The model moves the borders of the body; it does not decide the
// article's header: the standfirst, byline and date lines above the body
// stay the rules' (afterHeader, header), so a standfirst the model finds
// well written still becomes the record's summary, and the headline is
// the title model's pick among the rules' candidates (titlemodel.go). An empty
// file here means no model: the hand-set block scores run.
// AKHBAR_MODEL_DIR=DIR runs DIR's model instead (the cross-validation
// does so per held-out cell).
const DumpModelFile = "dump-lines.gbdt"

//go:embed models/dump-lines.gbdt
var embeddedDumpModel []byte

// DumpModel turns a block's feature row into what the block adds to the
// body segment: boosted trees give the probability p that the block is
// body, and the block adds (p - theta) × (words + Cost), so that a long
// paragraph the model is sure of outweighs a run of doubtful menu lines
// and the maximum-sum search keeps its shape. Inside the segment, blocks
// with p below Drop are left out of the body.
//
// theta is the page's own, found from Theta (pageTheta); FixedTheta
// keeps Theta on every page, as the search did before.
type DumpModel struct {
	Trees *learn.GBDT `json:"-"`
	Theta float64     `json:"theta"`
	Cost  float64     `json:"cost"`
	Drop  float64     `json:"drop"`
	// Extra: another segment is body too when its sum reaches Extra times
	// the best one's (forum threads and product pages have several).
	Extra float64 `json:"extra"`
	// Mix, when above zero, adds the model's term, times Mix, to the
	// hand-set block score instead of replacing it: the rules keep the
	// article's header out of the body and the model moves the borders.
	Mix float64 `json:"mix,omitempty"`
	// FixedTheta: theta is Theta on every page (the search before
	// pageTheta, kept to measure against: traindump -fixed-theta).
	FixedTheta bool `json:"fixed_theta,omitempty"`
}

const dumpModelMagic = "akhbar-dump-lines 1\n"

// MarshalBinary writes the model: a magic line, the parameters as one
// JSON line, then the trees.
func (m *DumpModel) MarshalBinary() ([]byte, error) {
	return modelfile.MarshalTrees(dumpModelMagic, m, m.Trees)
}

// ParseDumpModel reads what MarshalBinary wrote.
func ParseDumpModel(data []byte) (*DumpModel, error) {
	m := &DumpModel{}
	trees, err := modelfile.ParseTrees(data, dumpModelMagic, "dump model", m, nDumpFeatures)
	if err != nil {
		return nil, err
	}
	m.Trees = trees
	return m, nil
}

var dumpModel modelfile.Lazy[DumpModel]

// defaultDumpModel is the embedded model (or $AKHBAR_MODEL_DIR's), or
// nil when there is none: then the hand-set block scores are used.
func defaultDumpModel() *DumpModel {
	m, _ := dumpModel.Get(DumpModelFile, embeddedDumpModel, ParseDumpModel)
	return m
}

// DumpModelError says why the dump model could not be loaded, if it
// could not (an empty embedded file is not an error).
func DumpModelError() error {
	_, err := dumpModel.Get(DumpModelFile, embeddedDumpModel, ParseDumpModel)
	return err
}

// applyModel scores every block with the model; markSingles has run.
func (d *doc) applyModel(m *DumpModel, probs []float64) {
	if probs == nil {
		rb := rowBufs.Get().(*rowBuf)
		d.rowsInto(rb)
		probs = make([]float64, len(rb.out))
		for i, x := range rb.out {
			probs[i] = m.Trees.Predict(x)
		}
		rowBufs.Put(rb)
	}
	d.prob = probs
	var rules []float64
	if m.Mix > 0 {
		rules = make([]float64, len(d.b))
		for i := range rules {
			rules[i] = d.score(i)
		}
	}
	learned := make([]float64, len(d.b))
	fill := func(theta float64) {
		for i, p := range probs {
			t := theta
			if !d.free(i) || d.f[i].ellipsis {
				// What the one-block rules already call furniture, a copy
				// or a teaser cut off with an ellipsis never gets a lower
				// bar than Theta: on pages whose body is one short story,
				// a lower one let the teaser list after it in and the
				// story became a listing.
				t = max(t, m.Theta)
			}
			learned[i] = (p - t) * (float64(d.f[i].words) + m.Cost)
			if rules != nil {
				learned[i] = rules[i] + m.Mix*learned[i]
			}
		}
	}
	fill(m.Theta)
	d.learned = learned
	if !m.FixedTheta {
		d.pageTheta(m, fill)
	}
}

// pageTheta sets the page's threshold (fill rewrites d.learned for a
// given one) to the one under which the body segment is the one of best
// expected body F1. One threshold for every page asks the same certainty
// of a block on a page whose body the model is sure of and on one where
// it is not; but the threshold that maximises F1 on calibrated
// probabilities is half the F1 the best selection can expect (Lipton,
// Elkan and Naryanaswamy, "Optimal thresholding of classifiers to
// maximize F1 measure", 2014): high where the model is sure, lower where
// it is not, so that the segment bridges the doubtful blocks between the
// parts of a body it rates lower (forum replies, product and service
// pages, listings).
//
// With w = words + Cost the weight of a block, the expected F1 of a
// segment S is about 2·Σ_S p·w / (Σ_S w + Σ_all p·w). Dinkelbach's
// iteration finds the segment that maximises that ratio: search with a
// threshold, set it to the ratio of the segment found, search again,
// until the segment stands (a few rounds of one pass each). A page with
// no body at Theta keeps Theta: a lower bar there made bodies of site
// taglines and contact lines (webcorpus shells). Measured in README
// ("Any renderer"): held out, body F1 rose for the renderers of the set,
// mostly on WCXB's non-article pages; the ScrapingHub news pages within
// noise.
func (d *doc) pageTheta(m *DumpModel, fill func(float64)) {
	s, e, _ := d.bestSegment(0, len(d.b))
	if s < 0 || d.freeLetters(s, e) < minBodyLetters {
		return
	}
	var all float64
	for i, p := range d.prob {
		all += p * (float64(d.f[i].words) + m.Cost)
	}
	ps, pe := -1, -1
	for range 10 {
		if s < 0 || s == ps && e == pe {
			return
		}
		ps, pe = s, e
		var tp, sel float64
		for i := s; i <= e; i++ {
			w := float64(d.f[i].words) + m.Cost
			tp += d.prob[i] * w
			sel += w
		}
		fill(tp / (sel + all))
		s, e, _ = d.bestSegment(0, len(d.b))
	}
}

// dropWeak leaves the blocks of the body the model is sure are not body
// out of it.
func (d *doc) dropWeak(s, e int, m *DumpModel) {
	for i := s; i <= e; i++ {
		if d.b[i].Role == pipeline.RoleBody && d.prob[i] < m.Drop {
			d.set(i, pipeline.RoleBoilerplate, "low-score")
		}
	}
}

// extraSegments takes in, besides the body [s, e], every other segment
// whose sum reaches m.Extra times the body's: the replies of a thread,
// the sections of a product page. It returns the blocks it added.
func (d *doc) extraSegments(s, e int, m *DumpModel) []int {
	if m.Extra <= 0 {
		return nil
	}
	best := 0.0
	for i := s; i <= e; i++ {
		best += d.score(i)
	}
	var added []int
	for _, r := range [][2]int{{0, s}, {e + 1, len(d.b)}} {
		from := r[0]
		for from < r[1] {
			ss, se, sc := d.bestSegment(from, r[1])
			if ss < 0 || sc < m.Extra*best {
				break
			}
			for i := ss; i <= se; i++ {
				added = append(added, i)
			}
			from = se + 1
		}
	}
	return added
}

// DumpRows returns the feature rows of a text dump's blocks, as the model
// sees them; the document is not changed. Stylesheets and empty dumps
// give none. It exists for the trainer, which pins now (the reference
// time of date lines) so that its rows do not follow the clock.
func DumpRows(pd *pipeline.Doc, now time.Time) [][]float32 {
	if len(pd.Blocks) == 0 || isCode(pd.Blocks) {
		return nil
	}
	blocks := append([]pipeline.Block(nil), pd.Blocks...)
	d := newDoc(blocks, now)
	d.markSingles()
	return d.rows()
}

// ClassifyDump is ClassifyAt with the given model for text dumps (nil:
// the hand-set scores). It exists for the trainer and for evaluation.
func ClassifyDump(pd *pipeline.Doc, m *DumpModel, now time.Time) { classify(pd, m, now) }

// ClassifyDumpProbs is ClassifyDump with the model's probabilities given
// (one per block), so that the trainer can try settings of m without
// running the trees again.
func ClassifyDumpProbs(pd *pipeline.Doc, m *DumpModel, probs []float64, now time.Time) {
	classifyProbs(pd, m, probs, now)
}

// ClassifyDumpWith is ClassifyDumpProbs with title model tm (nil: the
// hand-set pick). It exists for the trainer of meta's author model,
// which reads each dump with the headline picker its cell of the
// cross-validation was trained without.
func ClassifyDumpWith(pd *pipeline.Doc, m *DumpModel, probs []float64, now time.Time, tm *TitleModel) {
	classifyOpts(pd, m, probs, now, tm, nil)
}

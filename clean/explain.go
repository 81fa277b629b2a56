package clean

import (
	"fmt"
	"io"
	"time"

	"github.com/akhbar/akhbar/pipeline"
)

// Explain classifies a document and writes, per block, the score the body
// search gave it and the role it ended with, so a user can see why a line
// went where it went. It is for people, not for parsing.
//
// For a text dump the score is what the block adds to the body search of
// clean: with the dump model (the embedded one, or AKHBAR_MODEL_DIR's)
// its (p − threshold) × (words + cost) term, shown beside p in percent;
// without one the hand-set score.
func Explain(pd *pipeline.Doc, w io.Writer) {
	d := newDoc(pd.Blocks, time.Time{})
	html := pd.Record.Source.Unit == "block"
	m := defaultDumpModel()
	if !html && !isCode(pd.Blocks) {
		d.markSingles()
		if m != nil {
			d.applyModel(m, nil)
		}
		s, e := d.searchBody(m)
		fmt.Fprintf(w, "body search: blocks %d..%d, comments marker at %d\n", s, e, d.commentsMarker())
	}
	scores := make([]float64, len(d.b))
	for i := range d.b {
		if html {
			// The block model's probability, in percent: the roles
			// extraction gave are kept, so what is shown is what clean
			// decides.
			scores[i] = 100 * float64(pd.Blocks[i].Score)
			continue
		}
		scores[i] = d.score(i)
	}
	var probs []float64
	if html {
		fmt.Fprintf(w, "page type %s; block scores are the body model's probability in percent\n", pd.Record.PageType)
	} else {
		if d.prob != nil {
			probs = d.prob
			fmt.Fprintf(w, "block scores are what each adds to the body search: the dump model's (p - threshold) × (words + %g); p in percent after them\n", m.Cost)
		} else {
			fmt.Fprintf(w, "block scores are the hand-set ones (no dump model)\n")
		}
		for i := range pd.Blocks {
			pd.Blocks[i].Role, pd.Blocks[i].Reason = pipeline.RoleUnknown, ""
		}
	}
	Classify(pd)
	for i, b := range pd.Blocks {
		p := ""
		if probs != nil {
			p = fmt.Sprintf("%3.0f%%", 100*probs[i])
		}
		fmt.Fprintf(w, "%4d L%-5d %6.0f %4s %-3s %-24s %.100s\n", i, b.Start, scores[i], p, b.Tag, string(b.Role)+"/"+b.Reason, b.Text)
	}
}

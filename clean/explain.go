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
func Explain(pd *pipeline.Doc, w io.Writer) {
	d := newDoc(pd.Blocks, time.Time{})
	if pd.Record.Source.Unit != "block" && !isCode(pd.Blocks) {
		d.markSingles()
		s, e := d.region()
		fmt.Fprintf(w, "body search: blocks %d..%d, comments marker at %d\n", s, e, d.commentsMarker())
	}
	scores := make([]float64, len(d.b))
	html := pd.Record.Source.Unit == "block"
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
	if html {
		fmt.Fprintf(w, "page type %s; block scores are the body model's probability in percent\n", pd.Record.PageType)
	} else {
		for i := range pd.Blocks {
			pd.Blocks[i].Role, pd.Blocks[i].Reason = pipeline.RoleUnknown, ""
		}
	}
	Classify(pd)
	for i, b := range pd.Blocks {
		fmt.Fprintf(w, "%4d L%-5d %6.0f %-3s %-24s %.100s\n", i, b.Start, scores[i], b.Tag, string(b.Role)+"/"+b.Reason, b.Text)
	}
}

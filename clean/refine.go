package clean

import (
	"time"

	"github.com/akhbar/akhbar/pipeline"
)

// refineBody looks again at the blocks an HTML extractor kept as body:
// copies of earlier blocks, "also read" links, alt-text leaks, short
// furniture and blocks with a strong furniture phrase (one no article
// paragraph carries, however long the block: a consent notice, the note
// under a republished agency story) become what they are; the rest stays
// body.
func refineBody(pd *pipeline.Doc, now time.Time) {
	d := newDoc(pd.Blocks, now)
	isBody := func(i int) bool { return d.b[i].Role == pipeline.RoleBody || d.b[i].Role == pipeline.RoleUnknown }
	markRepeats(d.b, func(i int) bool { return !isBody(i) }, minRepeatLettersHTML)
	for i := range d.b {
		if !isBody(i) {
			continue
		}
		f, c := d.f[i], d.cue[i]
		switch {
		case c.kind == cueRelated && d.relatedLike(i):
			d.set(i, pipeline.RoleRelated, ReasonAlsoRead)
		case c.kind == cueBoiler && f.words <= 8, altLeak(d.b[i].Text, f), d.phr[i]&phBoiler != 0 && !f.prose(), d.phr[i]&phStrong != 0: // boilerPhrase(d.low[i]), strongBoilerPhrase
			d.set(i, pipeline.RoleBoilerplate, "furniture")
		case d.b[i].Role == pipeline.RoleUnknown:
			d.set(i, pipeline.RoleBody, "")
		}
	}
	if pd.Record.PageType == "" {
		pd.Record.PageType = "article"
	}
}

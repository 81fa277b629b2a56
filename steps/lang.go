package steps

import (
	"github.com/akhbar/akhbar/lang"
	"github.com/akhbar/akhbar/pipeline"
)

// langStep labels the article. The document label and each paragraph's
// label come from the body, so a long English footer cannot outvote a
// Kannada article; the shares are taken over the article's own text
// (body, headline, summary, captions, related titles: everything not
// furniture or a copy), so an English kicker in a Hindi page shows in
// them. Pages without a body are labelled from all their text. With a
// filter, documents outside the wanted languages are rejected.
func langStep(keep func(string) bool) func(*pipeline.Doc) error {
	return func(d *pipeline.Doc) error {
		var body, extra []string
		for _, b := range d.Blocks {
			switch b.Role {
			case pipeline.RoleBody:
				body = append(body, b.Text)
			case pipeline.RoleMetadata, pipeline.RoleRelated:
				extra = append(extra, b.Text)
			}
		}
		r := &d.Record
		if len(body) == 0 {
			var all []string
			for _, b := range d.Blocks {
				all = append(all, b.Text)
			}
			doc, shares, _ := lang.Document(all)
			r.Lang, r.LangScore, r.Langs = doc.Label, doc.Score, shares
		} else {
			doc, shares, per := lang.Document(body)
			r.Lang, r.LangScore, r.Langs = doc.Label, doc.Score, shares
			r.ParaLangs = make([]string, len(per))
			for i, p := range per {
				r.ParaLangs[i] = p.Label
			}
			if len(extra) > 0 {
				_, r.Langs, _ = lang.Document(append(body, extra...))
			}
		}
		if keep != nil && !keep(r.Lang) {
			return pipeline.Rejectf("filter:lang", "%s: language %s is not among those wanted", r.ID, r.Lang)
		}
		return nil
	}
}

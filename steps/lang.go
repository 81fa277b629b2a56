package steps

import (
	"github.com/akhbar/akhbar/lang"
	"github.com/akhbar/akhbar/pipeline"
)

// langStep labels the article: the document label and the share of each
// language are taken over the article's own text (body, headline, summary,
// captions, related titles: everything not furniture or a copy), so an
// English kicker in a Hindi page shows in the shares; each body paragraph
// gets its own label. Pages without a body are labelled from all their
// text. With a filter, documents outside the wanted languages are
// rejected.
func langStep(keep func(string) bool) func(*pipeline.Doc) error {
	return func(d *pipeline.Doc) error {
		var paras []string
		var bodyAt []int // indices in paras of the body paragraphs
		for _, b := range d.Blocks {
			switch b.Role {
			case pipeline.RoleBody:
				bodyAt = append(bodyAt, len(paras))
				paras = append(paras, b.Text)
			case pipeline.RoleMetadata, pipeline.RoleRelated:
				paras = append(paras, b.Text)
			}
		}
		if len(bodyAt) == 0 {
			paras = paras[:0]
			for _, b := range d.Blocks {
				paras = append(paras, b.Text)
			}
		}
		doc, shares, per := lang.Document(paras)
		r := &d.Record
		r.Lang, r.LangScore, r.Langs = doc.Label, doc.Score, shares
		if len(bodyAt) > 0 {
			r.ParaLangs = make([]string, len(bodyAt))
			for i, j := range bodyAt {
				r.ParaLangs[i] = per[j].Label
			}
		}
		if keep != nil && !keep(doc.Label) {
			return pipeline.Rejectf("filter:lang", "%s: language %s is not among those wanted", r.ID, doc.Label)
		}
		return nil
	}
}

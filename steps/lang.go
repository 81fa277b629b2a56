package steps

import (
	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/internal/runeclass"
	"github.com/akhbar/akhbar/lang"
	"github.com/akhbar/akhbar/pipeline"
)

// langStep labels the article. The document label and each paragraph's
// label come from the body, so a long English footer cannot outvote a
// Kannada article; the shares are taken over the article's own text
// (body, headline, summary, captions, related titles: everything not
// furniture or a copy), so an English kicker in a Hindi page shows in
// them. A page without a body is "und" (a record with no text has no
// language), with the shares of all its text, which the filter goes by.
// With a filter, documents outside the wanted languages are rejected, and
// with a minimum score, documents whose label is less sure than that (a
// page without a body scores 0). With keepText the body is every line
// clean.KeepText will keep, so that each of the record's paragraphs has
// its label.
func langStep(keep func(string) bool, minScore float64, keepText bool) func(*pipeline.Doc) error {
	return func(d *pipeline.Doc) error {
		var body, extra []string
		keepAll := keepText && clean.KeepsText(d)
		for i := range d.Blocks {
			b := &d.Blocks[i]
			switch {
			case keepAll:
				if clean.Kept(b) {
					body = append(body, b.Text)
				}
			case b.Role == pipeline.RoleBody:
				body = append(body, b.Text)
			case b.Role == pipeline.RoleMetadata || b.Role == pipeline.RoleRelated:
				extra = append(extra, b.Text)
			}
		}
		r := &d.Record
		filterLabel := ""
		if len(body) == 0 {
			// No text: the record's language is undetermined ("und"),
			// not the language of its menus; the shares say what the
			// page's other text is in, and the filter goes by them.
			var all []string
			for _, b := range d.Blocks {
				all = append(all, b.Text)
			}
			doc, shares, _ := lang.Document(all)
			r.Lang, r.LangScore, r.Langs = "und", 0, shares
			filterLabel = doc.Label
		} else {
			doc, shares, per := lang.Document(body)
			r.Lang, r.LangScore, r.Langs = doc.Label, doc.Score, shares
			r.ParaLangs = make([]string, len(per))
			for i, p := range per {
				r.ParaLangs[i] = p.Label
			}
			if len(extra) > 0 {
				// The body was read once already: label the rest on its own
				// and weigh the two sets of shares by their letters, rather
				// than reading the body again.
				_, more, _ := lang.Document(extra)
				r.Langs = mergeShares(shares, letters(body), more, letters(extra))
			}
		}
		if filterLabel == "" {
			filterLabel = r.Lang
		}
		if keep != nil && !keep(filterLabel) {
			return pipeline.Rejectf("filter:lang", "%s: language %s is not among those wanted", r.ID, filterLabel)
		}
		if minScore > 0 && r.LangScore < minScore {
			return pipeline.Rejectf("filter:lang-score", "%s: language %s scores %.2f, below the minimum %.2f", r.ID, r.Lang, r.LangScore, minScore)
		}
		return nil
	}
}

// letters counts letters and marks, the unit lang's shares are in.
func letters(paras []string) int {
	n := 0
	for _, p := range paras {
		for _, c := range p {
			if runeclass.Is(c, runeclass.Letter|runeclass.Mark) {
				n++
			}
		}
	}
	return n
}

// mergeShares combines the shares of two texts of na and nb letters.
func mergeShares(a map[string]float64, na int, b map[string]float64, nb int) map[string]float64 {
	if na+nb == 0 {
		return a
	}
	out := make(map[string]float64, len(a)+len(b))
	for k, v := range a {
		out[k] += v * float64(na) / float64(na+nb)
	}
	for k, v := range b {
		out[k] += v * float64(nb) / float64(na+nb)
	}
	return out
}

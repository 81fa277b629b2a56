package lang

import (
	"github.com/akhbar/akhbar/lang/internal/model"
	"github.com/akhbar/akhbar/lang/internal/stage2"
	"github.com/akhbar/akhbar/lang/internal/textfeat"
)

func init() { stage2.Probe = probe }

// probe gives the second stage's trainer what Identify's first stage sees
// of text (see stage2.Features). It allocates; Identify does not use it.
func probe(text string) stage2.Features {
	loadOnce.Do(load)
	if loadErr != nil {
		panic(loadErr)
	}
	st := emptyState()
	var f stage2.Features
	if st.scan(text, identifyWords) == 0 {
		f.Stage1 = "und"
		return f
	}
	s := dominant(st.tallies, st.touched)
	f.Script = s.Code()
	t := &st.tallies[s]
	g := groups[s]
	if g == nil || len(g.Labels) < 2 || (s == latn && t.roman.isHindi()) {
		f.Stage1, _ = st.decide(s, t, "", 0)
		return f
	}
	scores := mdl.Scores(&t.ev, g, model.DefaultParams, nil)
	i, _ := model.Best(scores)
	f.Stage1 = mdl.Labels[g.Labels[i]].Name
	for _, c := range g.Labels {
		f.Labels = append(f.Labels, mdl.Labels[c].Name)
	}
	f.Scores = scores
	// The words scan scores: the first identifyWords of the script.
	words := 0
	st.sc.Words(text, func(w textfeat.Word) {
		if w.Script != s || words >= identifyWords {
			return
		}
		words++
		f.Words = words
		stage2.WordHashes(w.Padded, func(h uint64) { f.Hashes = append(f.Hashes, h) })
	})
	return f
}

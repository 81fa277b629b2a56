// Package choose picks a record's title, authors and publication date
// from the candidates HTML extraction found (package extract/candidate):
// per field, a boosted-trees model scores every candidate, the best one
// wins, and none is taken when the best scores below the field's learned
// threshold (the page states no author, no date). The date's model is
// trained on each page's candidates together, a softmax over them and
// "none" (learn.TrainGBDTGroups), where the title's and the author's
// learn one candidate at a time; both give a probability per candidate
// and are applied alike.
//
// The models are trained by `go run ./choose/internal/train` on the
// evaluation kit's dev pages with folds grouped by site, and embedded
// (models/meta-*.gbdt); AKHBAR_MODEL_DIR overrides them for
// cross-validated evaluation (package modelfile). Without a model a
// field keeps the hand-written rules' pick, which is always one of the
// candidates.
//
// It is not where candidates are found or their features measured: that
// is extraction's work, which knows the page.
package choose

import (
	"bytes"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"

	"github.com/akhbar/akhbar/extract/candidate"
	"github.com/akhbar/akhbar/internal/learn"
	"github.com/akhbar/akhbar/internal/modelfile"
)

//go:embed models
var embedded embed.FS

// FileName is the model file of a field: meta-title.gbdt...
func FileName(f candidate.Field) string { return "meta-" + f.String() + ".gbdt" }

// Model is one field's ranker and its threshold for none.
type Model struct {
	GBDT      *learn.GBDT
	Threshold float64
	// NFeat is the length of the feature vectors it was trained on.
	NFeat int
}

var magic = []byte("akhbar-choose-1\n")

// MarshalBinary writes the model: a magic line, the feature count and
// the threshold, then the trees.
func (m *Model) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	b.Write(magic)
	var hdr [12]byte
	binary.LittleEndian.PutUint32(hdr[:4], uint32(m.NFeat))
	binary.LittleEndian.PutUint64(hdr[4:], math.Float64bits(m.Threshold))
	b.Write(hdr[:])
	g, err := m.GBDT.MarshalBinary()
	if err != nil {
		return nil, err
	}
	b.Write(g)
	return b.Bytes(), nil
}

// UnmarshalBinary reads what MarshalBinary wrote.
func (m *Model) UnmarshalBinary(data []byte) error {
	if !bytes.HasPrefix(data, magic) || len(data) < len(magic)+12 {
		return errors.New("not a choose model")
	}
	data = data[len(magic):]
	m.NFeat = int(binary.LittleEndian.Uint32(data[:4]))
	m.Threshold = math.Float64frombits(binary.LittleEndian.Uint64(data[4:12]))
	m.GBDT = new(learn.GBDT)
	if err := m.GBDT.UnmarshalBinary(data[12:]); err != nil {
		return err
	}
	if m.GBDT.NFeat > m.NFeat {
		return fmt.Errorf("trees read feature %d of %d", m.GBDT.NFeat, m.NFeat)
	}
	return nil
}

var (
	loadOnce sync.Once
	models   [candidate.NFields]*Model
	loadErr  [candidate.NFields]error
)

func load() {
	for f := candidate.Field(0); f < candidate.NFields; f++ {
		emb, _ := embedded.ReadFile("models/" + FileName(f))
		raw, err := modelfile.Bytes(FileName(f), emb)
		if err != nil || len(raw) == 0 {
			loadErr[f] = err
			continue
		}
		m := new(Model)
		if err := m.UnmarshalBinary(raw); err != nil {
			loadErr[f] = fmt.Errorf("%s: %w", FileName(f), err)
			continue
		}
		if m.NFeat != len(candidate.Names(f)) {
			loadErr[f] = fmt.Errorf("%s: trained on %d features, extraction gives %d", FileName(f), m.NFeat, len(candidate.Names(f)))
			continue
		}
		models[f] = m
	}
}

// Loaded returns a field's model, or nil and why there is none.
func Loaded(f candidate.Field) (*Model, error) {
	loadOnce.Do(load)
	return models[f], loadErr[f]
}

// Apply scores every candidate of the set and fills Chosen: the
// best-scored candidate of each field, or -1 when its score is below the
// field's threshold or the field has no candidate. A field without a
// model keeps the rules' pick.
func Apply(s *candidate.Set) {
	for f := candidate.Field(0); f < candidate.NFields; f++ {
		m, _ := Loaded(f)
		if m == nil {
			applyRule(s, f)
			continue
		}
		s.Model[f] = FileName(f)
		s.Threshold[f] = m.Threshold
		s.Chosen[f] = Pick(m, s.Fields[f])
	}
}

// ApplyRules fills Chosen with the rules' pick for every field.
func ApplyRules(s *candidate.Set) {
	for f := candidate.Field(0); f < candidate.NFields; f++ {
		applyRule(s, f)
	}
}

func applyRule(s *candidate.Set, f candidate.Field) {
	s.Model[f], s.Threshold[f], s.Chosen[f] = "", 0, -1
	for i := range s.Fields[f] {
		if s.Fields[f][i].Has("rule") {
			s.Fields[f][i].Score = 1
			s.Chosen[f] = i
		}
	}
}

// Pick scores the candidates with m and returns the best one's index, or
// -1 when none reaches the threshold. Ties keep the first candidate.
func Pick(m *Model, cs []candidate.Candidate) int {
	best, bestScore := -1, math.Inf(-1)
	for i := range cs {
		cs[i].Score = m.GBDT.Predict(cs[i].Features)
		if cs[i].Score > bestScore {
			best, bestScore = i, cs[i].Score
		}
	}
	if best >= 0 && bestScore < m.Threshold {
		return -1
	}
	return best
}

// Package stage2 is the second stage of language identification in package
// lang: a small linear model that decides again between close languages of
// one script (Hindi, Maithili, Sanskrit, Kashmiri, Marathi, Nepali in
// Devanagari; Urdu, Kashmiri, Sindhi in Arabic script) after the n-gram model
// of package model has picked one of them. It runs only when the first
// stage's label is one of a group's triggers, so every other text costs
// nothing more.
//
// Why a second stage: the first stage is trained on user-interface strings
// and word lists (the only text the registries carry for most of these
// languages), so news prose that Maithili or Kashmiri shares with Hindi or
// Urdu goes to the bigger language. The second stage is trained on sentences
// of prose (see cmd lang/internal/train2) and sees the first stage's scores
// as features, so it can only add to what the first stage knows.
//
// Its features are the character 1- to 5-grams of the text's words (the same
// n-grams the first stage reads), hashed into 2^Bits buckets, each count
// divided by the square root of the number of n-grams, plus the first
// stage's score of every label of the script (minus the best, clipped). The
// model is multinomial logistic regression; the weights of the buckets are
// stored as int8 with one scale per group. It is written by hand because
// nothing in the standard library or the project's dependencies fits a
// sparse multinomial model in a few hundred KB with allocation-free scoring.
//
// Some classes are kept (Group.Kept): languages the group recognises but
// does not give (Bhojpuri, Magahi, Chhattisgarhi and Awadhi in Devanagari).
// When one of them wins, the first stage's label stands, so the Hindi-belt
// prior of the first stage is kept, and they are not handed to Maithili.
//
// Not for: languages without prose training text (Konkani, Dogri, Bodo,
// Sindhi in Devanagari are never triggers nor classes), or any decision
// between scripts.
package stage2

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"unsafe"

	"github.com/akhbar/akhbar/lang/internal/textfeat"
)

// MaxClasses bounds the classes of a group, so that an accumulator is a
// fixed-size value.
const MaxClasses = 12

const magic = "AKLID2\x01"

// DenseClip is how far below the best first-stage score a label's score is
// still told apart; DenseScale divides the clipped difference. The clip is
// wide: a headline that the first stage finds Urdu by 100 nats must not
// look like one it finds Urdu by 30 (a FLORES Kashmiri sentence the first
// stage gives to Urdu is rarely more than 30 behind).
const (
	DenseClip  = 300.0
	DenseScale = 30.0
)

// Group is the second stage of one script group.
type Group struct {
	Script  string   // ISO 15924 code of the group, e.g. "Deva"
	Classes []string // labels it tells apart
	Kept    []string // classes that leave the first stage's label as it is
	Inputs  []string // first-stage labels whose scores are features
	Trigger []string // first-stage labels it runs on
	Bits    uint8    // 2^Bits hashed buckets
	Scale   float32  // value of one unit of W
	W       []int8   // bucket-major: W[b*K+k], K = len(Classes)
	Dense   []float32
	Bias    []float32
}

// Model is the second stage of every group that has one.
type Model struct {
	Groups []*Group
}

// Bucket is the bucket of an n-gram hash.
func (g *Group) Bucket(h uint64) int { return int(h >> (64 - g.Bits)) }

// Acc sums the bucket weights of a text's n-grams for one group. Sums add
// up, so a document's is the sum of its paragraphs'.
type Acc struct {
	Sum [MaxClasses]int32
	N   int32
}

// Add adds o to a.
func (a *Acc) Add(o *Acc) {
	for k := range a.Sum {
		a.Sum[k] += o.Sum[k]
	}
	a.N += o.N
}

// WordHashes calls fn with the hash of every feature of one padded word
// (textfeat.Scanner's form): its character n-grams (textfeat.Ngrams), and
// the whole word, which the n-grams of a word of more than three letters do
// not cover.
func WordHashes(padded []byte, fn func(h uint64)) {
	textfeat.Ngrams(padded, func(_ int, h uint64) bool {
		fn(h)
		return true
	})
	fn(WholeWord(padded))
}

// WholeWord is the hash of the whole-word feature of a padded word.
func WholeWord(padded []byte) uint64 {
	// textfeat.Hash's FNV-1a, on bytes: a string conversion could allocate.
	h := uint64(14695981039346656037)
	for _, c := range padded {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h ^ wordSalt
}

// wordSalt keeps a whole word's feature apart from the n-gram of the same
// characters.
const wordSalt = 0x9e3779b97f4a7c15

// AddWord adds the features of one padded word.
func (g *Group) AddWord(a *Acc, padded []byte) {
	WordHashes(padded, func(h uint64) { g.AddHash(a, h) })
}

// AddHashes adds features by their hashes (see WordHashes).
func (g *Group) AddHashes(a *Acc, hs []uint64) {
	k := len(g.Classes)
	shift := 64 - g.Bits
	w := g.W
	sum := &a.Sum
	if k > len(sum) {
		return
	}
	for _, h := range hs {
		b := int(h>>shift) * k
		row := w[b : b+k : b+k]
		for c, v := range row {
			sum[c] += int32(v)
		}
	}
	a.N += int32(len(hs))
}

// AddHash adds one feature by its hash (see WordHashes).
func (g *Group) AddHash(a *Acc, h uint64) {
	k := len(g.Classes)
	b := int(h>>(64-g.Bits)) * k
	row := g.W[b : b+k : b+k]
	for c, v := range row {
		a.Sum[c] += int32(v)
	}
	a.N++
}

// MinWords is the fewest words of its script a text needs for the second
// stage to run. Below it (a name, a two-word menu item) the hashed features
// are too few to outweigh their collisions, and the first stage, with its
// priors, decides. (The trainer's fragments go down to two words all the
// same: they teach the model how little a few words say.)
const MinWords = 4

// Norm is the factor of the bucket counts of a text with n features: one
// over the square root of n, so a document's evidence is seen at about a
// sentence's scale.
func Norm(n int) float64 { return 1 / math.Sqrt(float64(max(n, 1))) }

// DenseFeature is the feature of a first-stage score s when the best is best.
func DenseFeature(s, best float64) float64 {
	return max(s-best, -DenseClip) / DenseScale
}

// Logits writes the score of every class into out. inputs are the
// first-stage scores in the order of Inputs and best their maximum.
func (g *Group) Logits(a *Acc, inputs []float64, best float64, out []float64) []float64 {
	k := len(g.Classes)
	out = out[:0]
	norm := float64(g.Scale) * Norm(int(a.N))
	for c := range k {
		out = append(out, float64(g.Bias[c])+float64(a.Sum[c])*norm)
	}
	for j, s := range inputs {
		f := DenseFeature(s, best)
		d := g.Dense[j*k : j*k+k]
		for c := range k {
			out[c] += float64(d[c]) * f
		}
	}
	return out
}

// Keeps reports whether class c leaves the first stage's label.
func (g *Group) Keeps(c int) bool {
	for _, k := range g.Kept {
		if k == g.Classes[c] {
			return true
		}
	}
	return false
}

// Triggers reports whether the group runs when the first stage says label.
func (g *Group) Triggers(label string) bool {
	for _, t := range g.Trigger {
		if t == label {
			return true
		}
	}
	return false
}

// MarshalBinary writes the model; the format is little-endian, lengths
// first, so that the same model always gives the same bytes.
func (m *Model) MarshalBinary() ([]byte, error) {
	b := []byte(magic)
	b = binary.LittleEndian.AppendUint16(b, uint16(len(m.Groups)))
	str := func(s string) { b = append(b, byte(len(s))); b = append(b, s...) }
	strs := func(ss []string) {
		b = append(b, byte(len(ss)))
		for _, s := range ss {
			str(s)
		}
	}
	f32 := func(v float32) { b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v)) }
	for _, g := range m.Groups {
		k := len(g.Classes)
		if k < 2 || k > MaxClasses || len(g.W) != k<<g.Bits || len(g.Dense) != k*len(g.Inputs) || len(g.Bias) != k {
			return nil, fmt.Errorf("stage2 group %s: inconsistent sizes", g.Script)
		}
		str(g.Script)
		strs(g.Classes)
		strs(g.Kept)
		strs(g.Inputs)
		strs(g.Trigger)
		b = append(b, g.Bits)
		f32(g.Scale)
		for _, v := range g.Bias {
			f32(v)
		}
		for _, v := range g.Dense {
			f32(v)
		}
		for _, v := range g.W {
			b = append(b, byte(v))
		}
	}
	return b, nil
}

var errTrunc = errors.New("stage2 model: truncated")

// Load reads a model written by MarshalBinary. The bucket weights are read
// in place: b must not change afterwards.
func Load(b []byte) (*Model, error) {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, errors.New("stage2 model: bad magic")
	}
	p := len(magic)
	var err error
	need := func(n int) bool {
		if err == nil && p+n > len(b) {
			err = errTrunc
		}
		return err == nil
	}
	str := func() string {
		if !need(1) {
			return ""
		}
		n := int(b[p])
		p++
		if !need(n) {
			return ""
		}
		s := string(b[p : p+n])
		p += n
		return s
	}
	strs := func() []string {
		if !need(1) {
			return nil
		}
		n := int(b[p])
		p++
		out := make([]string, 0, n)
		for range n {
			out = append(out, str())
		}
		return out
	}
	f32s := func(n int) []float32 {
		if !need(4 * n) {
			return nil
		}
		out := make([]float32, n)
		for i := range out {
			out[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[p:]))
			p += 4
		}
		return out
	}
	if !need(2) {
		return nil, err
	}
	ng := int(binary.LittleEndian.Uint16(b[p:]))
	p += 2
	m := &Model{}
	for range ng {
		g := &Group{Script: str(), Classes: strs(), Kept: strs(), Inputs: strs(), Trigger: strs()}
		if !need(1) {
			return nil, err
		}
		g.Bits = b[p]
		p++
		k := len(g.Classes)
		if err == nil && (k < 2 || k > MaxClasses || g.Bits < 1 || g.Bits > 24) {
			return nil, fmt.Errorf("stage2 group %q: %d classes, %d bits", g.Script, k, g.Bits)
		}
		if s := f32s(1); s != nil {
			g.Scale = s[0]
		}
		g.Bias = f32s(k)
		g.Dense = f32s(k * len(g.Inputs))
		n := k << g.Bits
		if !need(n) {
			return nil, err
		}
		// int8 and byte have the same layout: read in place, like the first
		// stage's table, so loading puts nothing on the heap.
		g.W = unsafe.Slice((*int8)(unsafe.Pointer(&b[p])), n)
		p += n
		m.Groups = append(m.Groups, g)
	}
	if err != nil {
		return nil, err
	}
	if p != len(b) {
		return nil, fmt.Errorf("stage2 model: %d trailing bytes", len(b)-p)
	}
	return m, nil
}

// Features is what the first stage of package lang makes of one text, as
// the trainer needs it: the dominant script, the first stage's label, the
// labels of that script with their scores, and the n-gram hashes the second
// stage would read.
type Features struct {
	Script string
	Stage1 string
	Labels []string
	Scores []float64
	Hashes []uint64
	Words  int // words of Script read (at most the first stage's cap)
}

// Probe is set by package lang to its own first stage, so the trainer reads
// features through the very code Identify runs.
var Probe func(text string) Features

// Decide is package lang's decision for a text whose first stage gave f:
// the first stage's label, or the second stage's when a group runs on it and
// its class is not kept. Package lang computes the same inline, without
// allocating; the trainer and the tests use this.
func (m *Model) Decide(f *Features) string {
	for _, g := range m.Groups {
		if g.Script != f.Script || f.Words < MinWords || !g.Triggers(f.Stage1) {
			continue
		}
		c := g.Predict(&Row{Hashes: f.Hashes, Inputs: f.Scores})
		if !g.Keeps(c) {
			return g.Classes[c]
		}
	}
	return f.Stage1
}

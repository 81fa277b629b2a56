// Package model is the compact character n-gram language model behind package
// lang: its file format, the builder the trainer writes it with, and the
// read-only view that scores text. The file is an open-addressing hash table
// of n-gram hashes pointing at short posting lists (label, weight), read in
// place from the embedded bytes, so loading copies nothing and the table costs
// no heap. It is not a general key-value store: it only answers which labels
// have an n-gram and by how much.
//
// Each slot is 8 bytes: a 32-bit fingerprint of the hash and a 32-bit value.
// Nine n-grams in ten have at most two postings, and the value holds those
// itself (format version 3); only longer lists are stored apart, at an
// offset the value gives. The table is far larger than the processor's
// caches, so a lookup costs a cache miss for the slot and, in version 2,
// where every list was stored apart, a second one for the list.
//
// Version 4 stores a long list whose labels are all of one script group as
// a dense vector instead: one boost byte per label of the group, in the
// group's order, 0 for a label without a posting. The n-grams a text's
// words share are in many languages of their script (a Latin n-gram a word
// looks up has postings for 48 of the 61 Latin labels on average), and a
// dense vector is summed eight labels to a machine word, where a list costs
// a load and an add per posting. The table also starts on a 64-byte
// boundary of the file, so no slot straddles two cache lines.
// Convert turns a version 2 or 3 file into the version 4 file the builder
// writes for the same n-grams, byte for byte.
package model

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/akhbar/akhbar/lang/internal/textfeat"
)

const (
	magic   = "AKLID\x04"
	magicV3 = "AKLID\x03"
	magicV2 = "AKLID\x02"
)

// tableAlign is the alignment of the table (and so of the postings after
// it) in a version 4 file: the header is padded with zeros to it.
const tableAlign = 64

// A slot's value (version 3) is either the offset of a posting list in
// postings (below 1<<30) or, with the inline bit set, up to two postings
// themselves: bits 0-14 the first, 15-29 the second, each label<<8 | boost.
// A boost is never 0 (Builder.Add drops those), so boost 0 marks no
// posting, and an inline value of just the bit is an n-gram stored only as
// the prefix of longer ones. Labels up to maxInlineLabel fit.
const (
	inline         = 1 << 31
	inlineBits     = 15
	maxInlineLabel = 127
	maxOffset      = 1<<30 - 1
	// missing is what find gives for an n-gram the model lacks; no slot
	// value has bits 30 and 31 both set.
	missing = ^uint32(0)
)

// A slot value with bit 31 clear and bit 30 set (version 4) is a dense
// vector: bits 0-23 its offset in postings, bits 24-29 its script group
// (see labelGroups). The vector has Group.width bytes, one boost per label
// of the group in its order; it never crosses a 64-byte boundary of the
// file when it fits in one, so that it costs one cache line to read.
const (
	dense          = 1 << 30
	denseOffBits   = 24
	maxDenseOffset = 1<<denseOffBits - 1
	maxDenseGroups = 1 << (30 - denseOffBits)
	// maxDenseWidth is the widest dense vector, in bytes (groups of up to
	// 128 labels); scoring sums one in that many bytes of stack.
	maxDenseWidth = 128
)

// Step is the size of one unit of a quantised weight, in nats.
const Step = 1.0 / 16

// Label describes one class of the model.
type Label struct {
	Name   string  // e.g. "hin_Deva"
	Script string  // ISO 15924 group the label is written in, e.g. "Deva", "Hani"
	Prior  float32 // relative prior, 1 is neutral
	// Floor is the log-probability, per n-gram order, of an n-gram the label
	// never showed in training.
	Floor [textfeat.MaxOrder]float32
}

// Model is a loaded model. It is read-only and safe for concurrent use.
type Model struct {
	Labels   []Label
	mask     uint64
	slots    []byte // 8 bytes a slot: fingerprint uint32, value uint32
	postings []byte
	header   int // bytes before slots: magic, labels, table size, padding
	// members lists the labels of each script group (labelGroups), which
	// a dense vector's bytes stand for.
	members [][]uint8
}

// Posting is one label's weight for an n-gram: how much more likely the
// n-gram is under the label than its floor, in Steps.
type Posting struct {
	Label uint8
	Boost uint8
}

// Load reads a model from b without copying it; b must not change afterwards.
func Load(b []byte) (*Model, error) {
	for _, old := range []string{magicV2, magicV3} {
		if len(b) >= len(old) && string(b[:len(old)]) == old {
			return nil, fmt.Errorf("lang model: format version %d; convert it with go run ./lang/internal/modelconv", old[len(old)-1])
		}
	}
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, errors.New("lang model: bad magic")
	}
	return load(b, true)
}

// load reads a model of any version (the magic is checked by the caller);
// padded says whether the table is aligned to tableAlign (version 4). The
// table's values are read as version 4 ones.
func load(b []byte, padded bool) (*Model, error) {
	p := len(magic)
	need := func(n int) error {
		if p+n > len(b) {
			return errors.New("lang model: truncated")
		}
		return nil
	}
	if err := need(2); err != nil {
		return nil, err
	}
	n := int(binary.LittleEndian.Uint16(b[p:]))
	p += 2
	m := &Model{Labels: make([]Label, n)}
	for i := range m.Labels {
		var l Label
		for _, s := range []*string{&l.Name, &l.Script} {
			if err := need(1); err != nil {
				return nil, err
			}
			k := int(b[p])
			p++
			if err := need(k); err != nil {
				return nil, err
			}
			*s = string(b[p : p+k])
			p += k
		}
		if err := need(4 * (1 + textfeat.MaxOrder)); err != nil {
			return nil, err
		}
		l.Prior = math.Float32frombits(binary.LittleEndian.Uint32(b[p:]))
		p += 4
		for o := range l.Floor {
			l.Floor[o] = math.Float32frombits(binary.LittleEndian.Uint32(b[p:]))
			p += 4
		}
		m.Labels[i] = l
	}
	if err := need(8); err != nil {
		return nil, err
	}
	k := binary.LittleEndian.Uint32(b[p:])
	plen := int(binary.LittleEndian.Uint32(b[p+4:]))
	p += 8
	if k > 30 {
		return nil, fmt.Errorf("lang model: table of 2^%d slots", k)
	}
	if plen > maxOffset+1 {
		return nil, fmt.Errorf("lang model: %d bytes of postings, at most 1 GiB", plen)
	}
	if padded {
		pad := -p & (tableAlign - 1)
		if err := need(pad); err != nil {
			return nil, err
		}
		for _, c := range b[p : p+pad] {
			if c != 0 {
				return nil, errors.New("lang model: padding not zero")
			}
		}
		p += pad
	}
	nslots := 1 << k
	if err := need(8*nslots + plen); err != nil {
		return nil, err
	}
	m.mask = uint64(nslots - 1)
	m.header = p
	m.slots = b[p : p+8*nslots]
	p += 8 * nslots
	m.postings = b[p : p+plen]
	_, m.members = labelGroups(m.Labels)
	return m, nil
}

// labelGroups numbers the script groups of labels in the order their first
// label comes, and returns each label's group and each group's labels in
// order: the positions of a dense vector's bytes. Groups past
// maxDenseGroups get no number and no dense vectors.
func labelGroups(labels []Label) (gid []int, members [][]uint8) {
	num := map[string]int{}
	gid = make([]int, len(labels))
	for i, l := range labels {
		g, ok := num[l.Script]
		if !ok {
			g = len(num)
			num[l.Script] = g
			if g < maxDenseGroups {
				members = append(members, nil)
			}
		}
		gid[i] = g
		if g < maxDenseGroups && i < 256 {
			members[g] = append(members[g], uint8(i))
		}
	}
	return gid, members
}

// denseWidth is the size in bytes of a dense vector for a group of n
// labels: n rounded up to whole 8-byte words, which scoring adds one at a
// time.
func denseWidth(n int) int { return (n + 7) &^ 7 }

func fingerprint(h uint64) uint32 { return uint32(h>>32) | 1 }

// Lookup returns the postings of the n-gram with hash h, and whether the
// model has the n-gram at all: it may have it with no postings, only as
// the prefix of longer ones. It allocates; scoring reads the table in
// place instead.
func (m *Model) Lookup(h uint64) (ps []Posting, ok bool) {
	v := m.find(h)
	if v == missing {
		return nil, false
	}
	m.postings2(v, func(label, boost uint8) { ps = append(ps, Posting{label, boost}) })
	return ps, true
}

// find returns the value of the slot of the n-gram with hash h, or missing.
func (m *Model) find(h uint64) uint32 {
	fp := fingerprint(h)
	for i := h & m.mask; ; i = (i + 1) & m.mask {
		s := m.slots[8*i : 8*i+8]
		f := binary.LittleEndian.Uint32(s)
		if f == 0 {
			return missing
		}
		if f == fp {
			return binary.LittleEndian.Uint32(s[4:])
		}
	}
}

// postings2 calls fn for each posting of the slot value v (not missing);
// a dense vector's in the order of its group's labels.
func (m *Model) postings2(v uint32, fn func(label, boost uint8)) {
	if v&(inline|dense) == dense {
		labels := m.members[v>>denseOffBits&(maxDenseGroups-1)]
		vec := m.postings[v&maxDenseOffset:][:denseWidth(len(labels))]
		for p, c := range labels {
			if vec[p] != 0 {
				fn(c, vec[p])
			}
		}
		return
	}
	if v&inline == 0 {
		ps := m.postingsAt(int(v))
		for i := 0; i+1 < len(ps); i += 2 {
			fn(ps[i], ps[i+1])
		}
		return
	}
	for _, p := range [2]uint32{v & (1<<inlineBits - 1), v >> inlineBits & (1<<inlineBits - 1)} {
		if p&0xff != 0 {
			fn(uint8(p>>8), uint8(p))
		}
	}
}

// postingsAt returns the (label, boost) pairs of the list at offset off.
func (m *Model) postingsAt(off int) []byte {
	n := int(m.postings[off])
	return m.postings[off+1 : off+1+2*n : off+1+2*n]
}

// inlineValue returns the slot value that holds ps itself, and false when
// ps does not fit one.
func inlineValue(ps []Posting) (uint32, bool) {
	if len(ps) > 2 {
		return 0, false
	}
	v := uint32(inline)
	for i, p := range ps {
		if p.Label > maxInlineLabel || p.Boost == 0 {
			return 0, false
		}
		v |= (uint32(p.Label)<<8 | uint32(p.Boost)) << (inlineBits * i)
	}
	return v, true
}

// Builder collects n-gram postings and writes a model file.
type Builder struct {
	Labels []Label
	grams  map[uint64][]Posting
}

// NewBuilder returns a Builder for the given labels (at most 256).
func NewBuilder(labels []Label) *Builder {
	return &Builder{Labels: labels, grams: map[uint64][]Posting{}}
}

// Add records that label has boost (in nats) on the n-gram with hash h.
func (b *Builder) Add(h uint64, label int, boost float64) {
	q := math.Round(boost / Step)
	if q < 1 {
		return // no better than the floor: the floor already says it
	}
	if q > 255 {
		q = 255
	}
	b.grams[h] = append(b.grams[h], Posting{uint8(label), uint8(q)})
}

// Has reports whether the n-gram with hash h is in the model.
func (b *Builder) Has(h uint64) bool {
	_, ok := b.grams[h]
	return ok
}

// AddPrefix records the n-gram with hash h without postings, if it is not
// there yet. The scorer stops extending an n-gram as soon as a shorter one
// from the same position is missing, which is only exact if every stored
// n-gram's prefix is stored too; the trainer adds the missing ones here.
func (b *Builder) AddPrefix(h uint64) {
	if _, ok := b.grams[h]; !ok {
		b.grams[h] = []Posting{}
	}
}

// Len is the number of distinct n-grams added.
func (b *Builder) Len() int { return len(b.grams) }

// Bytes encodes the model.
func (b *Builder) Bytes() ([]byte, error) {
	if len(b.Labels) > 256 {
		return nil, fmt.Errorf("lang model: %d labels, at most 256", len(b.Labels))
	}
	out := []byte(magic)
	out = binary.LittleEndian.AppendUint16(out, uint16(len(b.Labels)))
	for _, l := range b.Labels {
		for _, s := range []string{l.Name, l.Script} {
			out = append(out, byte(len(s)))
			out = append(out, s...)
		}
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(l.Prior))
		for _, f := range l.Floor {
			out = binary.LittleEndian.AppendUint32(out, math.Float32bits(f))
		}
	}
	k := uint32(1)
	// Up to 85% full: linear probing still finds a hit in a probe or two and
	// a miss in a few, and the table is the bulk of the binary.
	for float64(uint64(1)<<k)*0.85 < float64(len(b.grams)) {
		k++
	}
	nslots := uint64(1) << k
	out = binary.LittleEndian.AppendUint32(out, k)
	plen := len(out)
	out = binary.LittleEndian.AppendUint32(out, 0) // the postings' length, below
	out = append(out, make([]byte, -len(out)&(tableAlign-1))...)
	slots := make([]byte, 8*nslots)
	enc := newEncoder(b.Labels, len(out)+len(slots))
	// Insert in hash order so the file is the same from run to run.
	keys := make([]uint64, 0, len(b.grams))
	for h := range b.grams {
		keys = append(keys, h)
	}
	slices.Sort(keys)
	for _, h := range keys {
		v, err := enc.value(b.grams[h])
		if err != nil {
			return nil, err
		}
		fp := fingerprint(h)
		for i := h & (nslots - 1); ; i = (i + 1) & (nslots - 1) {
			s := slots[8*i : 8*i+8]
			f := binary.LittleEndian.Uint32(s)
			if f == fp {
				return nil, fmt.Errorf("lang model: fingerprint collision at %x; retrain with another table size", h)
			}
			if f == 0 {
				binary.LittleEndian.PutUint32(s, fp)
				binary.LittleEndian.PutUint32(s[4:], v)
				break
			}
		}
	}
	binary.LittleEndian.PutUint32(out[plen:], uint32(len(enc.postings)))
	out = append(out, slots...)
	out = append(out, enc.postings...)
	return out, nil
}

// encoder gives n-grams their slot values, appending what is stored apart
// from the table to postings. The n-grams must come in the order the
// builder inserts them (by hash), so that the same n-grams give the same
// bytes.
type encoder struct {
	gid      []int // by label: its script group (labelGroups)
	pos      []int // by label: its position in the group
	width    []int // by group: its dense vectors' size, 0 for none
	start    int   // file offset of postings[0]
	postings []byte
}

func newEncoder(labels []Label, start int) *encoder {
	gid, members := labelGroups(labels)
	e := &encoder{gid: gid, pos: make([]int, len(labels)), start: start}
	for _, ls := range members {
		w := denseWidth(len(ls))
		if w > maxDenseWidth {
			w = 0
		}
		e.width = append(e.width, w)
		for p, c := range ls {
			e.pos[c] = p
		}
	}
	return e
}

// value returns the slot value of an n-gram with postings ps: ps itself
// when it fits (inlineValue); a dense vector when its labels are distinct
// and of one group, and a list would take at least half the vector's
// bytes; else a list, a count and then (label, boost) pairs.
func (e *encoder) value(ps []Posting) (uint32, error) {
	if len(ps) > 255 {
		return 0, fmt.Errorf("lang model: n-gram with %d postings", len(ps))
	}
	if v, ok := inlineValue(ps); ok {
		return v, nil
	}
	if v, ok := e.dense(ps); ok {
		return v, nil
	}
	if len(e.postings) > maxOffset {
		return 0, errors.New("lang model: postings past 1 GiB")
	}
	v := uint32(len(e.postings))
	e.postings = append(e.postings, byte(len(ps)))
	for _, p := range ps {
		e.postings = append(e.postings, p.Label, p.Boost)
	}
	return v, nil
}

// dense stores ps as a dense vector if it should be one (see value).
func (e *encoder) dense(ps []Posting) (uint32, bool) {
	if len(ps) == 0 || int(ps[0].Label) >= len(e.gid) {
		return 0, false
	}
	g := e.gid[ps[0].Label]
	if g >= len(e.width) || e.width[g] == 0 || 4*len(ps) < e.width[g] {
		return 0, false
	}
	w := e.width[g]
	vec := make([]byte, w)
	for _, p := range ps {
		if int(p.Label) >= len(e.gid) || e.gid[p.Label] != g || p.Boost == 0 || vec[e.pos[p.Label]] != 0 {
			return 0, false
		}
		vec[e.pos[p.Label]] = p.Boost
	}
	// Word-aligned in the file, and within one 64-byte line when it fits.
	at := e.start + len(e.postings)
	at += -at & 7
	if w <= 64 && at%64+w > 64 {
		at += -at & 63
	}
	off := at - e.start
	if off > maxDenseOffset {
		return 0, false
	}
	e.postings = append(e.postings, make([]byte, off-len(e.postings))...)
	e.postings = append(e.postings, vec...)
	return dense | uint32(g)<<denseOffBits | uint32(off), true
}

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
// ConvertV2 turns a version 2 file into the version 3 file the builder
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
	magic   = "AKLID\x03"
	magicV2 = "AKLID\x02"
)

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
	// value has bit 30 set.
	missing = ^uint32(0)
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
	header   int // bytes before slots: magic, labels, table size
}

// Posting is one label's weight for an n-gram: how much more likely the
// n-gram is under the label than its floor, in Steps.
type Posting struct {
	Label uint8
	Boost uint8
}

// Load reads a model from b without copying it; b must not change afterwards.
func Load(b []byte) (*Model, error) {
	if len(b) >= len(magicV2) && string(b[:len(magicV2)]) == magicV2 {
		return nil, errors.New("lang model: format version 2; convert it with go run ./lang/internal/modelconv")
	}
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, errors.New("lang model: bad magic")
	}
	return load(b)
}

// load reads a model of either version (the magic is checked by the
// caller); the table's values are read as version 3 ones.
func load(b []byte) (*Model, error) {
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
	nslots := 1 << k
	if err := need(8*nslots + plen); err != nil {
		return nil, err
	}
	m.mask = uint64(nslots - 1)
	m.header = p
	m.slots = b[p : p+8*nslots]
	p += 8 * nslots
	m.postings = b[p : p+plen]
	return m, nil
}

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

// postings2 calls fn for each posting of the slot value v (not missing).
func (m *Model) postings2(v uint32, fn func(label, boost uint8)) {
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
	slots := make([]byte, 8*nslots)
	var postings []byte
	// Insert in hash order so the file is the same from run to run.
	keys := make([]uint64, 0, len(b.grams))
	for h := range b.grams {
		keys = append(keys, h)
	}
	slices.Sort(keys)
	for _, h := range keys {
		ps := b.grams[h]
		if len(ps) > 255 {
			return nil, fmt.Errorf("lang model: n-gram with %d postings", len(ps))
		}
		v, ok := inlineValue(ps)
		if !ok {
			if len(postings) > maxOffset {
				return nil, errors.New("lang model: postings past 1 GiB")
			}
			v = uint32(len(postings))
			postings = append(postings, byte(len(ps)))
			for _, p := range ps {
				postings = append(postings, p.Label, p.Boost)
			}
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
	out = binary.LittleEndian.AppendUint32(out, k)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(postings)))
	out = append(out, slots...)
	out = append(out, postings...)
	return out, nil
}

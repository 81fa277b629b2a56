package model

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// Convert returns the version 4 file of the version 2 or 3 model old: byte
// for byte what Builder writes for the same n-grams (see ConvertV2 and
// convertV3).
func Convert(old []byte) ([]byte, error) {
	if len(old) >= len(magicV2) && string(old[:len(magicV2)]) == magicV2 {
		v3, err := ConvertV2(old)
		if err != nil {
			return nil, err
		}
		old = v3
	}
	return convertV3(old)
}

// convertV3 returns the version 4 file of the version 3 model old. Labels,
// table size, slot positions and inline values stay; the table is aligned
// (tableAlign) and each list stored apart is encoded again (encoder.value:
// a dense vector or a list), in the order version 3 stored them, which is
// the order Builder inserts n-grams (by hash). Anything that is not such a
// file is an error: lists that do not tile the postings exactly, a boost
// of 0, a list that fits inline, a full table, trailing bytes.
func convertV3(old []byte) ([]byte, error) {
	if len(old) < len(magicV3) || string(old[:len(magicV3)]) != magicV3 {
		return nil, errors.New("lang model: not a version 2 or 3 file")
	}
	m, err := load(old, false)
	if err != nil {
		return nil, err
	}
	if m.header+len(m.slots)+len(m.postings) != len(old) {
		return nil, errors.New("lang model: trailing bytes")
	}
	type entry struct {
		slot int
		off  uint32
	}
	var ents []entry
	empty := false
	for i := 0; i < len(m.slots); i += 8 {
		if binary.LittleEndian.Uint32(m.slots[i:]) == 0 {
			empty = true
			continue
		}
		v := binary.LittleEndian.Uint32(m.slots[i+4:])
		if v&inline != 0 {
			if v&dense != 0 {
				return nil, fmt.Errorf("lang model: slot %d: value %#x", i/8, v)
			}
			continue
		}
		ents = append(ents, entry{i, v})
	}
	if !empty {
		return nil, errors.New("lang model: table without an empty slot")
	}
	slices.SortFunc(ents, func(a, b entry) int { return int(a.off) - int(b.off) })
	out := make([]byte, 0, m.header+len(m.slots)+len(m.postings)+tableAlign)
	out = append(out, magic...)
	out = append(out, old[len(magic):m.header-4]...) // labels and table size
	plen := len(out)
	out = binary.LittleEndian.AppendUint32(out, 0) // the postings' length, below
	out = append(out, make([]byte, -len(out)&(tableAlign-1))...)
	slots := bytes.Clone(m.slots)
	enc := newEncoder(m.Labels, len(out)+len(slots))
	next := uint32(0) // where the next list must start
	for _, e := range ents {
		if e.off != next || int(e.off) >= len(m.postings) {
			return nil, fmt.Errorf("lang model: list at %d, expected %d", e.off, next)
		}
		n := int(m.postings[e.off])
		end := int(e.off) + 1 + 2*n
		if end > len(m.postings) {
			return nil, fmt.Errorf("lang model: list at %d runs past the postings", e.off)
		}
		raw := m.postings[e.off+1 : end]
		ps := make([]Posting, n)
		for i := range ps {
			ps[i] = Posting{raw[2*i], raw[2*i+1]}
			if ps[i].Boost == 0 {
				return nil, fmt.Errorf("lang model: boost 0 in the list at %d", e.off)
			}
		}
		if _, ok := inlineValue(ps); ok {
			return nil, fmt.Errorf("lang model: the list at %d fits its slot", e.off)
		}
		v, err := enc.value(ps)
		if err != nil {
			return nil, err
		}
		binary.LittleEndian.PutUint32(slots[e.slot+4:], v)
		next = uint32(end)
	}
	if int(next) != len(m.postings) {
		return nil, fmt.Errorf("lang model: %d bytes of postings after the last list", len(m.postings)-int(next))
	}
	binary.LittleEndian.PutUint32(out[plen:], uint32(len(enc.postings)))
	out = append(out, slots...)
	out = append(out, enc.postings...)
	return out, nil
}

// ConvertV2 returns the version 3 file of the version 2 model old. Labels,
// table size and slot positions stay; each slot gets its postings inline
// when they fit (inlineValue) and otherwise the offset of its list, the
// lists kept in the order version 2 stored them. Version 2 stored one list
// per n-gram in the order Builder inserts n-grams (by hash), so the result
// is byte for byte what Builder writes for the same n-grams. Anything that
// is not such a file is an error: lists that do not tile the postings
// exactly, a boost of 0, a full table, trailing bytes.
func ConvertV2(old []byte) ([]byte, error) {
	if len(old) < len(magicV2) || string(old[:len(magicV2)]) != magicV2 {
		return nil, errors.New("lang model: not a version 2 file")
	}
	m, err := load(old, false)
	if err != nil {
		return nil, err
	}
	if m.header+len(m.slots)+len(m.postings) != len(old) {
		return nil, errors.New("lang model: trailing bytes")
	}
	type entry struct {
		slot int
		off  uint32
	}
	var ents []entry
	empty := false
	for i := 0; i < len(m.slots); i += 8 {
		if binary.LittleEndian.Uint32(m.slots[i:]) == 0 {
			empty = true
			continue
		}
		ents = append(ents, entry{i, binary.LittleEndian.Uint32(m.slots[i+4:])})
	}
	if !empty {
		return nil, errors.New("lang model: table without an empty slot")
	}
	slices.SortFunc(ents, func(a, b entry) int { return int(a.off) - int(b.off) })
	slots := bytes.Clone(m.slots)
	var postings []byte
	next := uint32(0) // where the next list must start
	for _, e := range ents {
		if e.off != next || int(e.off) >= len(m.postings) {
			return nil, fmt.Errorf("lang model: list at %d, expected %d", e.off, next)
		}
		n := int(m.postings[e.off])
		end := int(e.off) + 1 + 2*n
		if end > len(m.postings) {
			return nil, fmt.Errorf("lang model: list at %d runs past the postings", e.off)
		}
		raw := m.postings[e.off+1 : end]
		ps := make([]Posting, n)
		for i := range ps {
			ps[i] = Posting{raw[2*i], raw[2*i+1]}
			if ps[i].Boost == 0 {
				return nil, fmt.Errorf("lang model: boost 0 in the list at %d", e.off)
			}
		}
		v, ok := inlineValue(ps)
		if !ok {
			if len(postings) > maxOffset {
				return nil, errors.New("lang model: postings past 1 GiB")
			}
			v = uint32(len(postings))
			postings = append(postings, m.postings[e.off:end]...)
		}
		binary.LittleEndian.PutUint32(slots[e.slot+4:], v)
		next = uint32(end)
	}
	if int(next) != len(m.postings) {
		return nil, fmt.Errorf("lang model: %d bytes of postings after the last list", len(m.postings)-int(next))
	}
	out := make([]byte, 0, m.header+len(slots)+len(postings))
	out = append(out, magicV3...)
	out = append(out, old[len(magic):m.header-4]...) // labels and table size
	out = binary.LittleEndian.AppendUint32(out, uint32(len(postings)))
	out = append(out, slots...)
	out = append(out, postings...)
	return out, nil
}

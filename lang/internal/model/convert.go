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
	m, lists, err := storedLists(old, magicV3, "version 2 or 3", func(slot int, v uint32) (bool, error) {
		if v&inline == 0 {
			return false, nil
		}
		if v&dense != 0 {
			return false, fmt.Errorf("lang model: slot %d: value %#x", slot/8, v)
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, m.header+len(m.slots)+len(m.postings)+tableAlign)
	out = append(out, magic...)
	out = append(out, old[len(magic):m.header-4]...) // labels and table size
	plen := len(out)
	out = binary.LittleEndian.AppendUint32(out, 0) // the postings' length, below
	out = append(out, make([]byte, -len(out)&(tableAlign-1))...)
	slots := bytes.Clone(m.slots)
	enc := newEncoder(m.Labels, len(out)+len(slots))
	for _, l := range lists {
		if _, ok := inlineValue(l.ps); ok {
			return nil, fmt.Errorf("lang model: the list at %d fits its slot", l.off)
		}
		v, err := enc.value(l.ps)
		if err != nil {
			return nil, err
		}
		binary.LittleEndian.PutUint32(slots[l.slot+4:], v)
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
	m, lists, err := storedLists(old, magicV2, "version 2", func(int, uint32) (bool, error) { return false, nil })
	if err != nil {
		return nil, err
	}
	slots := bytes.Clone(m.slots)
	var postings []byte
	for _, l := range lists {
		v, ok := inlineValue(l.ps)
		if !ok {
			if len(postings) > maxOffset {
				return nil, errors.New("lang model: postings past 1 GiB")
			}
			v = uint32(len(postings))
			postings = append(postings, l.raw...)
		}
		binary.LittleEndian.PutUint32(slots[l.slot+4:], v)
	}
	out := make([]byte, 0, m.header+len(slots)+len(postings))
	out = append(out, magicV3...)
	out = append(out, old[len(magic):m.header-4]...) // labels and table size
	out = binary.LittleEndian.AppendUint32(out, uint32(len(postings)))
	out = append(out, slots...)
	out = append(out, postings...)
	return out, nil
}

// storedList is one n-gram's list of postings that a version 2 or 3 file
// stores apart from its slot.
type storedList struct {
	slot int    // byte offset of its slot in the table
	off  uint32 // offset of the list in the postings
	raw  []byte // the list as stored: its length, then label and boost pairs
	ps   []Posting
}

// storedLists loads old, a file of the version magic names (what, in
// errors), and returns its model and the lists stored apart from their
// slots, in the order they are stored. inSlot says which slot values hold
// their postings in the slot itself, or that a value is none a file of
// that version holds. Anything else that is not such a file is an error:
// trailing bytes, a full table, lists that do not tile the postings
// exactly, a boost of 0.
func storedLists(old []byte, magic, what string, inSlot func(slot int, v uint32) (bool, error)) (*Model, []storedList, error) {
	if len(old) < len(magic) || string(old[:len(magic)]) != magic {
		return nil, nil, fmt.Errorf("lang model: not a %s file", what)
	}
	m, err := load(old, false)
	if err != nil {
		return nil, nil, err
	}
	if m.header+len(m.slots)+len(m.postings) != len(old) {
		return nil, nil, errors.New("lang model: trailing bytes")
	}
	var lists []storedList
	empty := false
	for i := 0; i < len(m.slots); i += 8 {
		if binary.LittleEndian.Uint32(m.slots[i:]) == 0 {
			empty = true
			continue
		}
		v := binary.LittleEndian.Uint32(m.slots[i+4:])
		if in, err := inSlot(i, v); err != nil {
			return nil, nil, err
		} else if in {
			continue
		}
		lists = append(lists, storedList{slot: i, off: v})
	}
	if !empty {
		return nil, nil, errors.New("lang model: table without an empty slot")
	}
	slices.SortFunc(lists, func(a, b storedList) int { return int(a.off) - int(b.off) })
	next := uint32(0) // where the next list must start
	for k := range lists {
		l := &lists[k]
		if l.off != next || int(l.off) >= len(m.postings) {
			return nil, nil, fmt.Errorf("lang model: list at %d, expected %d", l.off, next)
		}
		n := int(m.postings[l.off])
		end := int(l.off) + 1 + 2*n
		if end > len(m.postings) {
			return nil, nil, fmt.Errorf("lang model: list at %d runs past the postings", l.off)
		}
		l.raw = m.postings[l.off:end]
		l.ps = make([]Posting, n)
		for i := range l.ps {
			l.ps[i] = Posting{l.raw[1+2*i], l.raw[2+2*i]}
			if l.ps[i].Boost == 0 {
				return nil, nil, fmt.Errorf("lang model: boost 0 in the list at %d", l.off)
			}
		}
		next = uint32(end)
	}
	if int(next) != len(m.postings) {
		return nil, nil, fmt.Errorf("lang model: %d bytes of postings after the last list", len(m.postings)-int(next))
	}
	return m, lists, nil
}

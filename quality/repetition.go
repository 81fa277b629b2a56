package quality

import "math/bits"

// table is an open-addressing hash table from 64-bit keys to a count and
// the position of the key's first occurrence. It exists because the
// repetition signals insert every word n-gram of a text for nine values
// of n: with Go maps that alone would cost several times the rest of
// Compute. It is cleared, not reallocated, between uses.
type table struct {
	keys  []uint64
	count []int32
	pos   []int32
	mask  uint64
}

func (t *table) reset(n int) {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	if cap(t.keys) >= size {
		t.keys, t.count, t.pos = t.keys[:size], t.count[:size], t.pos[:size]
		clear(t.keys)
	} else {
		t.keys, t.count, t.pos = make([]uint64, size), make([]int32, size), make([]int32, size)
	}
	t.mask = uint64(size - 1)
}

// add counts k, first seen at p, and returns its slot.
func (t *table) add(k uint64, p int32) int {
	if k == 0 {
		k = 1 // 0 marks an empty slot
	}
	i := (k * 0x9E3779B97F4A7C15) >> 7 & t.mask
	for {
		switch t.keys[i] {
		case 0:
			t.keys[i], t.count[i], t.pos[i] = k, 1, p
			return int(i)
		case k:
			t.count[i]++
			return int(i)
		}
		i = (i + 1) & t.mask
	}
}

func ngramHash(w []word) uint64 {
	h := uint64(len(w))
	for _, x := range w {
		h = bits.RotateLeft64(h, 23)*0xBF58476D1CE4E5B9 ^ x.hash
	}
	return h
}

// ngramChars is the length of an n-gram as Gopher counts it: its words
// joined by single spaces.
func ngramChars(w []word) int {
	n := len(w) - 1
	for _, x := range w {
		n += int(x.n)
	}
	return n
}

// topNgram returns the characters covered by the most frequent word
// n-gram, counted once per occurrence (Gopher's "top n-gram character
// fraction" numerator). An n-gram seen once is no repetition: 0.
func topNgram(ws []word, n int, t *table) int {
	if len(ws) < n {
		return 0
	}
	t.reset(len(ws))
	best, bestSlot := int32(1), -1
	for i := 0; i+n <= len(ws); i++ {
		slot := t.add(ngramHash(ws[i:i+n]), int32(i))
		if t.count[slot] > best {
			best, bestSlot = t.count[slot], slot
		}
	}
	if bestSlot < 0 {
		return 0
	}
	p := int(t.pos[bestSlot])
	return int(best) * ngramChars(ws[p:p+n])
}

// dupNgram returns the characters covered by repeated word n-grams as
// Gopher (and datatrove's find_all_duplicate) counts them: scanning left
// to right, an n-gram seen before adds its characters and the scan jumps
// past it, so no character counts twice.
func dupNgram(ws []word, n int, t *table) int {
	if len(ws) < n {
		return 0
	}
	t.reset(len(ws))
	total := 0
	for i := 0; i+n <= len(ws); {
		slot := t.add(ngramHash(ws[i:i+n]), int32(i))
		if t.count[slot] > 1 {
			total += ngramChars(ws[i : i+n])
			i += n
			continue
		}
		i++
	}
	return total
}

// dupCount returns how many lines (or paragraphs) repeat an earlier one,
// and their characters.
func dupCount(ls []lineRec, t *table) (int, int) {
	if len(ls) < 2 {
		return 0, 0
	}
	t.reset(len(ls))
	n, chars := 0, 0
	for i, l := range ls {
		if t.count[t.add(l.hash, int32(i))] > 1 {
			n++
			chars += int(l.n)
		}
	}
	return n, chars
}

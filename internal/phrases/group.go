package phrases

import "strings"

const groupBits = 14 // 16384 filter bits, 2 KiB: room for several lists

// Group is several phrase lists searched in one pass: Match(text) has bit
// k set exactly when New(lists[k]).In(text). The cleaner asks five lists
// (legal, credit, furniture, strong furniture, social) of nearly every
// block; one pass over the block instead of five is most of their cost.
// A Group is safe for concurrent use.
//
// Phrases of six bytes or more are filtered on their first six bytes, the
// others on their first three. Three bytes are one letter of an Indian
// script: a Hindi block hit the three-byte filter at most of its letters
// and compared every phrase starting with that letter; two letters rule
// nearly all of them out.
type Group struct {
	always  uint32 // lists holding "", which every text contains
	short   []entry
	all     uint32 // a bit for every list with a phrase
	filter  [1 << groupBits / 64]uint64
	bucket  [][]entry // phrases of 3 to 5 bytes
	filter6 [1 << groupBits / 64]uint64
	bucket6 [][]entry // phrases of 6 bytes or more
	has3    bool      // some phrase is 3 to 5 bytes long
}

type entry struct {
	p    string
	mask uint32
}

// NewGroup makes the group of up to 32 lists.
func NewGroup(lists ...[]string) *Group {
	if len(lists) > 32 {
		panic("phrases: more than 32 lists in a group")
	}
	g := &Group{bucket: make([][]entry, 1<<groupBits), bucket6: make([][]entry, 1<<groupBits)}
	for k, list := range lists {
		bit := uint32(1) << k
		for _, p := range list {
			g.all |= bit
			switch {
			case p == "":
				g.always |= bit
			case len(p) < 3:
				g.short = append(g.short, entry{p, bit})
			case len(p) >= 6:
				h := groupHash6(uint64(p[0])<<40 | uint64(p[1])<<32 | uint64(p[2])<<24 | uint64(p[3])<<16 | uint64(p[4])<<8 | uint64(p[5]))
				g.filter6[h/64] |= 1 << (h % 64)
				g.bucket6[h] = append(g.bucket6[h], entry{p, bit})
			default:
				g.has3 = true
				h := groupHash(uint32(p[0])<<16 | uint32(p[1])<<8 | uint32(p[2]))
				g.filter[h/64] |= 1 << (h % 64)
				g.bucket[h] = append(g.bucket[h], entry{p, bit})
			}
		}
	}
	return g
}

func groupHash(x uint32) uint32 { return (x * 0x9E3779B1) >> (32 - groupBits) }

func groupHash6(x uint64) uint64 { return (x * 0x9E3779B97F4A7C15) >> (64 - groupBits) }

// Match reports which lists have a phrase in text, a bit per list.
func (g *Group) Match(text string) uint32 {
	found := g.always
	for _, e := range g.short {
		if found&e.mask == 0 && strings.Contains(text, e.p) {
			found |= e.mask
		}
	}
	if found == g.all || len(text) < 3 {
		return found
	}
	// x holds the six bytes up to text[i]; a three-byte phrase is looked
	// for at i-2, a longer one at i-5.
	x := uint64(text[0])<<8 | uint64(text[1])
	for i := 2; i < len(text); i++ {
		x = (x<<8 | uint64(text[i])) & 0xFFFFFFFFFFFF
		if g.has3 {
			h := groupHash(uint32(x) & 0xFFFFFF)
			if g.filter[h/64]&(1<<(h%64)) != 0 {
				if found = g.scan(found, g.bucket[h], text[i-2:]); found == g.all {
					return found
				}
			}
		}
		if i < 5 {
			continue
		}
		h := groupHash6(x)
		if g.filter6[h/64]&(1<<(h%64)) != 0 {
			if found = g.scan(found, g.bucket6[h], text[i-5:]); found == g.all {
				return found
			}
		}
	}
	return found
}

// scan adds the lists of the phrases of bucket that text at starts with.
func (g *Group) scan(found uint32, bucket []entry, at string) uint32 {
	for _, e := range bucket {
		if found&e.mask == 0 && strings.HasPrefix(at, e.p) {
			found |= e.mask
		}
	}
	return found
}

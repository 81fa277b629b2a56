package phrases

import "strings"

const groupBits = 14 // 16384 filter bits, 2 KiB: room for several lists

// Group is several phrase lists searched in one pass: Match(text) has bit
// k set exactly when New(lists[k]).In(text). The cleaner asks five lists
// (legal, credit, furniture, strong furniture, social) of nearly every
// block; one pass over the block instead of five is most of their cost.
// A Group is safe for concurrent use.
type Group struct {
	always uint32 // lists holding "", which every text contains
	short  []entry
	all    uint32 // a bit for every list with a phrase
	filter [1 << groupBits / 64]uint64
	bucket [][]entry
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
	g := &Group{bucket: make([][]entry, 1<<groupBits)}
	for k, list := range lists {
		bit := uint32(1) << k
		for _, p := range list {
			g.all |= bit
			switch {
			case p == "":
				g.always |= bit
			case len(p) < 3:
				g.short = append(g.short, entry{p, bit})
			default:
				h := groupHash(uint32(p[0])<<16 | uint32(p[1])<<8 | uint32(p[2]))
				g.filter[h/64] |= 1 << (h % 64)
				g.bucket[h] = append(g.bucket[h], entry{p, bit})
			}
		}
	}
	return g
}

func groupHash(x uint32) uint32 { return (x * 0x9E3779B1) >> (32 - groupBits) }

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
	x := uint32(text[0])<<8 | uint32(text[1])
	for i := 2; i < len(text); i++ {
		x = (x<<8 | uint32(text[i])) & 0xFFFFFF
		h := groupHash(x)
		if g.filter[h/64]&(1<<(h%64)) == 0 {
			continue
		}
		at := text[i-2:]
		for _, e := range g.bucket[h] {
			if found&e.mask == 0 && strings.HasPrefix(at, e.p) {
				found |= e.mask
				if found == g.all {
					return found
				}
			}
		}
	}
	return found
}

package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"
	"golang.org/x/text/unicode/norm"

	"github.com/akhbar/akhbar/internal/chillu"
	"github.com/akhbar/akhbar/internal/runeclass"
	"github.com/akhbar/akhbar/pipeline"
)

// Minimum lengths, in letters, for a block to count as a copy on its own.
// Shorter blocks ("Advertisement", "Share") repeat on every page and say
// nothing; they count as copies only inside a run of copied blocks. In an
// HTML article, short blocks that repeat are usually meant to (list items
// of a recipe, a table's rows): there only a paragraph counts on its own.
const (
	minRepeatLetters     = 20
	minRepeatLettersHTML = 100
)

// contentKey hashes a block's letters and digits, case-folded, so that
// copies that differ only in spacing, punctuation or case match; visually
// identical encodings are unified first (see foldVariant).
//
// The folded letters are hashed as they come, a buffer at a time, not
// gathered into a string first.
func contentKey(s string) (key uint64, letters int) {
	var d xxhash.Digest
	d.Reset()
	var buf [256]byte
	b := buf[:0]
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				b = append(b, c)
				letters++
			case 'A' <= c && c <= 'Z':
				b = append(b, c+'a'-'A')
				letters++
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		c := runeclass.Of(r)
		if c&(runeclass.Letter|runeclass.Mark|runeclass.Digit) == 0 {
			continue // U+FFFD, an invalid byte's rune, too
		}
		switch v := foldVariant(r); {
		case v != "":
			b = append(b, v...)
		case c&runeclass.Lowers != 0:
			b = utf8.AppendRune(b, runeclass.ToLower(r))
		default:
			// A valid rune's bytes are its only encoding: copy them.
			b = append(b, s[i-w:i]...)
		}
		letters++
		if len(b) > len(buf)/2 {
			d.Write(b)
			b = b[:0]
		}
	}
	d.Write(b)
	return d.Sum64(), letters
}

// foldVariant gives the comparison form of a letter that has a visually
// identical other encoding, or "" when it has none: Bengali khanda ta ৎ
// and ত্ (+ZWJ, which the key drops); Malayalam atomic chillus and the
// old consonant + virama (+ZWJ) spelling; Arabic yeh and kaf and the
// Persian/Urdu ones; Arabic presentation forms and their letters (NFKC).
// It is for comparing only: the text keeps what the page wrote.
func foldVariant(r rune) string {
	if chillu.Is(r) {
		return chillu.Base(r)
	}
	switch r {
	case 'ৎ':
		return "ত্"
	case 'ي', 'ى':
		return "ی"
	case 'ك':
		return "ک"
	}
	if isPresentationForm(r) {
		var out strings.Builder
		for _, x := range norm.NFKC.String(string(r)) {
			if unicode.IsLetter(x) || unicode.IsMark(x) {
				// A form that is its own NFKC (U+FE73, the tail
				// fragment) is not folded again: that recursed forever.
				v := ""
				if x != r {
					v = foldVariant(x)
				}
				if v != "" {
					out.WriteString(v)
				} else {
					out.WriteRune(x)
				}
			}
		}
		return out.String()
	}
	return ""
}

// markRepeats finds blocks that copy an earlier block and marks them
// repeated, with Ref pointing at the first copy. A long block repeats on
// its own; a short one only where it continues a run of copies (the
// heading inside a body printed twice). The first copy is kept, so the
// document is repaired, not dropped.
func markRepeats(blocks []pipeline.Block, skip func(i int) bool, minLetters int) {
	keys := make([]uint64, len(blocks))
	lens := make([]int, len(blocks))
	for i := range blocks {
		keys[i], lens[i] = contentKey(blocks[i].Text)
	}
	markRepeatsKeyed(blocks, keys, lens, skip, minLetters)
}

// markRepeatsKeyed is markRepeats with each block's contentKey made:
// keys[i], lens[i] = contentKey(blocks[i].Text).
func markRepeatsKeyed(blocks []pipeline.Block, keys []uint64, lens []int, skip func(i int) bool, minLetters int) {
	first := make(map[uint64]int, len(blocks))
	for i := range blocks {
		if lens[i] == 0 || skip(i) {
			continue
		}
		j, seen := first[keys[i]]
		if !seen {
			first[keys[i]] = i
			continue
		}
		if lens[i] >= minLetters {
			setRepeated(&blocks[i], j)
		}
	}
	// Grow runs: a block next to a copy that matches the block next to
	// the original is part of the same copied run, however short.
	for changed := true; changed; {
		changed = false
		for i := range blocks {
			if blocks[i].Role != pipeline.RoleRepeated {
				continue
			}
			j := blocks[i].Ref
			for _, d := range []int{-1, 1} {
				a, b := i+d, j+d
				if b < 0 || a >= len(blocks) || b >= a {
					continue
				}
				if blocks[a].Role == pipeline.RoleRepeated || lens[a] == 0 || skip(a) || keys[a] != keys[b] {
					continue
				}
				if blocks[b].Role == pipeline.RoleRepeated {
					b = blocks[b].Ref
				}
				setRepeated(&blocks[a], b)
				changed = true
			}
		}
	}
}

func setRepeated(b *pipeline.Block, ref int) {
	b.Role = pipeline.RoleRepeated
	b.Reason = "copy"
	b.Ref = ref
}

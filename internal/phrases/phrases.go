// Package phrases answers one question fast: does a text contain any of a
// fixed list of phrases? The cleaner asks it of every block for lists of a
// few dozen to a few hundred phrases (photo-credit labels, furniture
// phrases), where a strings.Contains per phrase costs the length of the
// block times the number of phrases and was the largest single cost of
// cleaning a text dump.
//
// A Set hashes each phrase's first three bytes into a 4096-bit filter and
// a bucket; a search slides a three-byte window over the text, and only
// where the filter bit is set compares the bucket's phrases. The answer is
// exactly that of strings.Contains over the list (phrases shorter than
// three bytes are checked that way); the filter only skips positions where
// no phrase can start. The standard library has no multi-pattern search
// (strings.Replacer's trie does not report whether it matched), and an
// Aho–Corasick automaton over a few hundred short phrases is more code and
// memory for no gain at these sizes; hence this.
//
// It is not a tokeniser and knows nothing of case, normalisation or word
// boundaries: callers fold the text and the phrases alike first.
package phrases

import "strings"

const bits = 12 // 4096 filter bits, 512 bytes: stays in the L1 cache

// Set is a fixed list of phrases. The zero Set contains no phrase.
// A Set is safe for concurrent use.
type Set struct {
	short  []string // phrases of fewer than 3 bytes
	filter [1 << bits / 64]uint64
	bucket [][]string // 1<<bits buckets, nil when no phrase has 3 bytes
	empty  bool       // the list holds "", which every text contains
}

// New makes the set of the given phrases.
func New(list []string) *Set {
	s := &Set{}
	for _, p := range list {
		switch {
		case p == "":
			s.empty = true
		case len(p) < 3:
			s.short = append(s.short, p)
		default:
			if s.bucket == nil {
				s.bucket = make([][]string, 1<<bits)
			}
			h := hash(uint32(p[0])<<16 | uint32(p[1])<<8 | uint32(p[2]))
			s.filter[h/64] |= 1 << (h % 64)
			s.bucket[h] = append(s.bucket[h], p)
		}
	}
	return s
}

func hash(x uint32) uint32 { return (x * 0x9E3779B1) >> (32 - bits) }

// In reports whether text contains at least one phrase of the set.
func (s *Set) In(text string) bool {
	if s.empty {
		return true
	}
	for _, p := range s.short {
		if strings.Contains(text, p) {
			return true
		}
	}
	if s.bucket == nil || len(text) < 3 {
		return false
	}
	x := uint32(text[0])<<8 | uint32(text[1])
	for i := 2; i < len(text); i++ {
		x = (x<<8 | uint32(text[i])) & 0xFFFFFF
		h := hash(x)
		if s.filter[h/64]&(1<<(h%64)) == 0 {
			continue
		}
		at := text[i-2:]
		for _, p := range s.bucket[h] {
			if strings.HasPrefix(at, p) {
				return true
			}
		}
	}
	return false
}

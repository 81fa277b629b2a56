package dedup

import (
	"math"
	"slices"

	"github.com/akhbar/akhbar/internal/words"
)

// Hasher computes the shingles, MinHash signature and LSH band keys of
// texts under one set of parameters. It is safe for concurrent use; its
// methods keep no state between calls.
type Hasher struct {
	shingle     int
	bands, rows int
	// MinHash permutations: h_i(x) = (x ^ xor[i]) * mul[i], a bijection of
	// the 64-bit shingle hashes per i. The shingle hashes are already
	// well mixed (xxhash of words, then a finaliser), so one xor and one
	// odd multiplier per permutation are enough to make the minima
	// independent; TestSignatureEstimatesJaccard checks the estimate on
	// real text.
	xor, mul []uint64
}

// NewHasher makes a Hasher. Zero parameters take the defaults of
// DefaultOptions.
func NewHasher(o Options) *Hasher {
	o = o.withDefaults()
	h := &Hasher{shingle: o.Shingle, bands: o.Bands, rows: o.Rows}
	k := o.Bands * o.Rows
	h.xor = make([]uint64, k)
	h.mul = make([]uint64, k)
	s := o.Seed
	for i := range k {
		h.xor[i] = splitmix(&s)
		h.mul[i] = splitmix(&s) | 1
	}
	return h
}

// splitmix is SplitMix64: it turns a seed into a stream of well-mixed
// words, so that the permutations are fixed by Options.Seed alone and the
// same on every machine (a Beam worker must compute the same signature).
func splitmix(s *uint64) uint64 {
	*s += 0x9e3779b97f4a7c15
	z := *s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// fmix is the MurmurHash3 64-bit finaliser.
func fmix(z uint64) uint64 {
	z ^= z >> 33
	z *= 0xff51afd7ed558ccd
	z ^= z >> 33
	z *= 0xc4ceb93e5a14d8ad
	z ^= z >> 33
	return z
}

// Tokens returns the word-token hashes of a text (see package words).
func Tokens(text string) []uint64 {
	// One word per six bytes is about English's rate and more than Indic
	// scripts' (three bytes a letter): one allocation instead of a dozen
	// doublings on a news article.
	return words.Hashes(make([]uint64, 0, len(text)/6+1), text, 0)
}

// Shingles returns the hashes of the text's shingles: every run of n
// consecutive tokens (a text of fewer than n tokens, but at least one, is
// one shingle of all its tokens, so that short texts still compare). The
// result may hold repeats and is in text order.
func (h *Hasher) Shingles(dst []uint64, toks []uint64) []uint64 {
	n := h.shingle
	if len(toks) == 0 {
		return dst
	}
	if len(toks) < n {
		n = len(toks)
	}
	for i := 0; i+n <= len(toks); i++ {
		var x uint64 = uint64(n)
		for _, t := range toks[i : i+n] {
			x = x*0x100000001b3 + t
		}
		dst = append(dst, fmix(x))
	}
	return dst
}

// SignatureOf returns the MinHash signature of a set of shingle hashes:
// for each of bands×rows permutations, the least permuted hash. An empty
// set gives nil.
func (h *Hasher) SignatureOf(shingles []uint64) []uint64 {
	if len(shingles) == 0 {
		return nil
	}
	sig := make([]uint64, len(h.mul))
	xor, mul := h.xor, h.mul[:len(h.xor)]
	i := 0
	for ; i+4 <= len(xor); i += 4 {
		minHash4(shingles, (*[4]uint64)(xor[i:]), (*[4]uint64)(mul[i:]), (*[4]uint64)(sig[i:]))
	}
	for ; i < len(xor); i++ {
		s, m := xor[i], mul[i]
		least := uint64(math.MaxUint64)
		for _, x := range shingles {
			least = min(least, (x^s)*m)
		}
		sig[i] = least
	}
	return sig
}

// minHash4 computes four signature values in one pass over the shingles:
// each shingle is loaded once for four permutations, whose multiply and
// minimum chains run side by side; min compiles to a conditional move, so
// there is no branch to mispredict. It is a function of its own so that
// its twelve live words fit in registers (inlined into SignatureOf the
// minima were spilled to the stack on every shingle). The values are the
// same bits as one permutation at a time (TestSignatureGolden).
//
//go:noinline
func minHash4(shingles []uint64, xor, mul, out *[4]uint64) {
	s0, s1, s2, s3 := xor[0], xor[1], xor[2], xor[3]
	m0, m1, m2, m3 := mul[0], mul[1], mul[2], mul[3]
	l0, l1, l2, l3 := uint64(math.MaxUint64), uint64(math.MaxUint64), uint64(math.MaxUint64), uint64(math.MaxUint64)
	for _, x := range shingles {
		l0 = min(l0, (x^s0)*m0)
		l1 = min(l1, (x^s1)*m1)
		l2 = min(l2, (x^s2)*m2)
		l3 = min(l3, (x^s3)*m3)
	}
	out[0], out[1], out[2], out[3] = l0, l1, l2, l3
}

// Signature is SignatureOf the shingles of text.
func (h *Hasher) Signature(text string) []uint64 {
	toks := Tokens(text)
	return h.SignatureOf(h.Shingles(make([]uint64, 0, len(toks)), toks))
}

// BandKeys cuts a signature into bands of rows values and hashes each band,
// with its number, into one key: two documents are LSH candidates when
// they share any key. The band number is part of the key so that the keys
// of all bands can go through one shuffle or one sort.
func (h *Hasher) BandKeys(sig []uint64) []uint64 {
	if len(sig) == 0 {
		return nil
	}
	keys := make([]uint64, h.bands)
	for b := range keys {
		k := uint64(b+1) * 0x9e3779b97f4a7c15
		for _, v := range sig[b*h.rows : (b+1)*h.rows] {
			k = fmix(k ^ v)
		}
		keys[b] = k
	}
	return keys
}

// EstimateJaccard is the share of signature positions where two
// signatures agree: an unbiased estimate of the Jaccard similarity of the
// two shingle sets, with standard error sqrt(J(1-J)/len(sig)).
func EstimateJaccard(a, b []uint64) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}

// ShingleSet turns shingle hashes into the sorted, repeat-free set of
// their top 32 bits, the form that exact verification compares and that
// the local runner spills to disk. 32 bits are plenty: two different
// shingles of two documents of a thousand shingles each collide with
// probability about 2^-12, which moves a Jaccard value by a thousandth.
func ShingleSet(shingles []uint64) []uint32 {
	set := make([]uint32, len(shingles))
	for i, x := range shingles {
		set[i] = uint32(x >> 32)
	}
	slices.Sort(set)
	return slices.Compact(set)
}

// Jaccard is the exact Jaccard similarity of two sorted, repeat-free sets.
// Two empty sets are not similar (an empty document is nobody's copy).
func Jaccard(a, b []uint32) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			inter++
			i++
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

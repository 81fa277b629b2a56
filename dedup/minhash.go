package dedup

import (
	"math"
	mathbits "math/bits"
	"slices"
	"sync"

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
	perms []permutation
	// The same words apart, as the vector loop loads them.
	xor, mul []uint64
	// portable makes the signature skip the vector loop: tests compare
	// the two loops on one machine.
	portable bool
}

// permutation is one MinHash permutation, its two words side by side so
// that the MinHash loop reads them with one index.
type permutation struct{ xor, mul uint64 }

// NewHasher makes a Hasher. Zero parameters take the defaults of
// DefaultOptions.
func NewHasher(o Options) *Hasher {
	o = o.withDefaults()
	h := &Hasher{shingle: o.Shingle, bands: o.Bands, rows: o.Rows}
	k := o.Bands * o.Rows
	h.perms = make([]permutation, k)
	s := o.Seed
	for i := range h.perms {
		h.perms[i].xor = splitmix(&s)
		h.perms[i].mul = splitmix(&s) | 1
		h.xor = append(h.xor, h.perms[i].xor)
		h.mul = append(h.mul, h.perms[i].mul)
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
	return tokensInto(make([]uint64, 0, len(text)/6+1), text)
}

func tokensInto(dst []uint64, text string) []uint64 {
	return words.Hashes(dst, text, 0)
}

// scratch is a fingerprint's working memory (token and shingle hashes),
// reused across calls so that a corpus's worth of fingerprints does not
// allocate and collect a few kilobytes per document.
type scratch struct{ u64 []uint64 }

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

// putScratch returns sc to the pool unless it grew past 1 MiB (a huge
// document), which is left to the collector.
func putScratch(sc *scratch) {
	if cap(sc.u64) > 1<<17 {
		sc.u64 = nil
	}
	scratchPool.Put(sc)
}

// Shingles returns the hashes of the text's shingles: every run of n
// consecutive tokens (a text of fewer than n tokens, but at least one, is
// one shingle of all its tokens, so that short texts still compare). The
// result may hold repeats and is in text order. dst may be toks[:0]: each
// token is read before its place is written.
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
	return h.signatureInto(make([]uint64, len(h.perms)), shingles)
}

// signatureInto computes the signature of shingles into sig, which has
// one element per permutation, and returns it.
//
// Where the CPU has AVX-512 (minhash_amd64.s), a vector loop computes the
// permutations eight at a time, and the portable loop below only the
// last bands×rows mod 8. In the portable loop the shingles go through in chunks of minHashChunk, and for each chunk
// the loop runs over the permutations: the chunk stays in the first-level
// cache, the permutation's two words are loaded once per chunk, and the
// chunk's products reduce to one minimum in a tree of independent
// conditional moves. The loop is then bound by the multiplier (about one
// product per cycle); the earlier loop over shingles with four running
// minima spilled them to the stack, and every product waited on a store.
// The last, partial chunk is filled up with copies of the last shingle:
// a repeat does not change a minimum. Minima are exact, so the bits are
// those of one permutation at a time (TestFingerprintMatchesReference).
func (h *Hasher) signatureInto(sig, shingles []uint64) []uint64 {
	for i := range sig {
		sig[i] = math.MaxUint64
	}
	done := minHashVector(sig, h, shingles)
	rest, perms := sig[done:], h.perms[done:]
	if len(rest) == 0 {
		return sig
	}
	for len(shingles) >= minHashChunk {
		minHashChunk16(rest, perms, (*[minHashChunk]uint64)(shingles))
		shingles = shingles[minHashChunk:]
	}
	if len(shingles) > 0 {
		var last [minHashChunk]uint64
		n := copy(last[:], shingles)
		for i := n; i < len(last); i++ {
			last[i] = shingles[n-1]
		}
		minHashChunk16(rest, perms, &last)
	}
	return sig
}

const minHashChunk = 16

// minHashChunk16 lowers each sig[i] to the least of the chunk's hashes
// under permutation i. Sixteen products per permutation is where longer
// chunks stopped paying: the chunk's loads and the tree's moves are
// spread over more products, and the eight-product version was 6 % slower.
func minHashChunk16(sig []uint64, perms []permutation, c *[minHashChunk]uint64) {
	perms = perms[:len(sig)]
	for i := range sig {
		s, m := perms[i].xor, perms[i].mul
		a := min((c[0]^s)*m, (c[1]^s)*m)
		b := min((c[2]^s)*m, (c[3]^s)*m)
		d := min((c[4]^s)*m, (c[5]^s)*m)
		e := min((c[6]^s)*m, (c[7]^s)*m)
		a, d = min(a, b), min(d, e)
		b = min((c[8]^s)*m, (c[9]^s)*m)
		e = min((c[10]^s)*m, (c[11]^s)*m)
		f := min((c[12]^s)*m, (c[13]^s)*m)
		g := min((c[14]^s)*m, (c[15]^s)*m)
		sig[i] = min(sig[i], min(a, d), min(min(b, e), min(f, g)))
	}
}

// Signature is SignatureOf the shingles of text.
func (h *Hasher) Signature(text string) []uint64 {
	sc := getScratch()
	defer putScratch(sc)
	toks := tokensInto(sc.u64[:0], text)
	sc.u64 = toks
	return h.SignatureOf(h.Shingles(toks[:0], toks))
}

// BandKeys cuts a signature into bands of rows values and hashes each band,
// with its number, into one key: two documents are LSH candidates when
// they share any key. The band number is part of the key so that the keys
// of all bands can go through one shuffle or one sort.
func (h *Hasher) BandKeys(sig []uint64) []uint64 {
	if len(sig) == 0 {
		return nil
	}
	return h.bandKeysInto(make([]uint64, h.bands), sig)
}

// bandKeysInto writes the band keys of sig into keys (one per band).
func (h *Hasher) bandKeysInto(keys, sig []uint64) []uint64 {
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
	sortTop32(set, shingles)
	return slices.Compact(set)
}

// sortTop32 writes the top 32 bits of the hashes into set (of the same
// length), sorted. The hashes are uniform (fmix outputs), so it first
// scatters them by their top bits into buckets of about eight, then sorts
// each bucket by insertion: on a news article's shingles about twice as
// fast as slices.Sort, which was a sixth of the fingerprint's time (one
// bucket per value was slower: the pass over the buckets costs more than
// the insertion sorts save). A bucket longer than 16 goes to slices.Sort,
// so that text made to collide in the top bits costs n log n, not n².
func sortTop32(set []uint32, hashes []uint64) {
	n := len(hashes)
	if n < 64 {
		for i, x := range hashes {
			set[i] = uint32(x >> 32)
		}
		slices.Sort(set)
		return
	}
	bits := min(uint(mathbits.Len(uint(n)))-3, 16)
	var small [1<<8 + 1]uint32 // enough for 2,047 shingles
	var start []uint32
	if bits <= 8 {
		start = small[:1<<bits+1]
	} else {
		start = make([]uint32, 1<<bits+1)
	}
	shift := 64 - bits
	for _, x := range hashes {
		start[x>>shift+1]++
	}
	for b := 1; b < len(start); b++ {
		start[b] += start[b-1]
	}
	// start[b] is now the end of bucket b-1 = the start of bucket b;
	// filling moves start[b] to the end of bucket b.
	for _, x := range hashes {
		b := x >> shift
		set[start[b]] = uint32(x >> 32)
		start[b]++
	}
	lo := uint32(0)
	for _, hi := range start[:len(start)-1] {
		if b := set[lo:hi]; len(b) > 16 {
			slices.Sort(b)
		} else {
			for i := 1; i < len(b); i++ {
				for j := i; j > 0 && b[j] < b[j-1]; j-- {
					b[j], b[j-1] = b[j-1], b[j]
				}
			}
		}
		lo = hi
	}
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

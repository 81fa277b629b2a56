package dedup

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/akhbar/akhbar/internal/words"
)

// refFingerprint is the fingerprint as this package first computed it, one
// step and one permutation at a time, kept as the reference the fast
// path must agree with bit for bit.
func refFingerprint(h *Hasher, text string) Fingerprint {
	toks := words.Hashes(nil, text, 0)
	fp := Fingerprint{Words: len(toks)}
	if len(toks) == 0 {
		return fp
	}
	x := uint64(len(toks))
	for _, t := range toks {
		x = fmix(x ^ t)
	}
	fp.Hash = max(x, 1)
	n := min(h.shingle, len(toks))
	var sh []uint64
	for i := 0; i+n <= len(toks); i++ {
		x := uint64(n)
		for _, t := range toks[i : i+n] {
			x = x*0x100000001b3 + t
		}
		sh = append(sh, fmix(x))
	}
	for _, p := range h.perms {
		least := uint64(math.MaxUint64)
		for _, x := range sh {
			least = min(least, (x^p.xor)*p.mul)
		}
		fp.Signature = append(fp.Signature, least)
	}
	for b := range h.bands {
		k := uint64(b+1) * 0x9e3779b97f4a7c15
		for _, v := range fp.Signature[b*h.rows : (b+1)*h.rows] {
			k = fmix(k ^ v)
		}
		fp.Bands = append(fp.Bands, k)
	}
	for _, x := range sh {
		fp.Set = append(fp.Set, uint32(x>>32))
	}
	slices.Sort(fp.Set)
	fp.Set = slices.Compact(fp.Set)
	return fp
}

func sameFingerprint(a, b Fingerprint) bool {
	return a.Hash == b.Hash && a.Words == b.Words && equalU64(a.Signature, b.Signature) &&
		equalU64(a.Bands, b.Bands) && slices.Equal(a.Set, b.Set)
}

// TestFingerprintMatchesReference compares the fingerprint with
// refFingerprint on the golden texts and 600 random ones (100 with -short),
// with each MinHash loop.
func TestFingerprintMatchesReference(t *testing.T) {
	texts := goldenTexts(t)
	seed := uint64(5)
	n := 600
	if testing.Short() {
		n = 100
	}
	for i := range n {
		texts[fmt.Sprintf("more%04d", i)] = randomText(&seed, int(splitmix(&seed)%3000))
	}
	for _, loop := range minHashLoops() {
		for _, o := range goldenOptions {
			h := NewHasher(o)
			h.portable = loop == "portable"
			for _, name := range sortedKeys(texts) {
				if got, want := h.Fingerprint(texts[name], true), refFingerprint(h, texts[name]); !sameFingerprint(got, want) {
					t.Errorf("%s loop, %+v %s: fingerprint differs from the reference:\ngot  %+v\nwant %+v", loop, o, name, got, want)
				}
			}
		}
	}
}

// minHashLoops names the MinHash loops this machine can run: the portable
// one, and the vector one where the CPU has it.
func minHashLoops() []string {
	if haveVector {
		return []string{"portable", "vector"}
	}
	return []string{"portable"}
}

func FuzzFingerprintMatchesReference(f *testing.F) {
	for _, s := range []string{"one two three four five six", "हिंदी समाचार आज की मुख्य खबरें यहां", "e\u0301 北京 \xff", ""} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, s string, opt uint8) {
		o := goldenOptions[int(opt)%len(goldenOptions)]
		h := NewHasher(o)
		h.portable = opt&0x80 != 0
		if got, want := h.Fingerprint(s, true), refFingerprint(h, s); !sameFingerprint(got, want) {
			t.Fatalf("%+v %q: got %+v, want %+v", o, s, got, want)
		}
	})
}

// TestSignatureOfLongInput covers a document of more shingles than the
// vector loop takes in one call, and lengths around its chunk sizes.
func TestSignatureOfLongInput(t *testing.T) {
	s := uint64(9)
	all := make([]uint64, 1<<16+1<<15+17)
	for i := range all {
		all[i] = splitmix(&s)
	}
	for _, n := range []int{1, 15, 16, 17, 33, 1 << 16, len(all)} {
		sh := all[:n]
		for _, loop := range minHashLoops() {
			h := NewHasher(Options{Bands: 9, Rows: 13})
			h.portable = loop == "portable"
			got := h.SignatureOf(sh)
			for i, p := range h.perms {
				least := uint64(math.MaxUint64)
				for _, x := range sh {
					least = min(least, (x^p.xor)*p.mul)
				}
				if got[i] != least {
					t.Fatalf("%s loop, %d shingles: value %d differs", loop, n, i)
				}
			}
		}
	}
}

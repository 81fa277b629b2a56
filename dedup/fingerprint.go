package dedup

// Fingerprint is everything duplicate detection needs from one document's
// text: what a per-record map stage emits. It does not hold the text.
type Fingerprint struct {
	// Hash identifies the normalised text (its word sequence after NFC
	// and lower-casing; punctuation, spacing and line breaks do not
	// count). Texts with the same Hash are exact duplicates. It is 0 for
	// a text without words, which is never anyone's duplicate.
	Hash uint64
	// Words is the number of word tokens.
	Words int
	// Signature is the MinHash signature; Bands its LSH band keys.
	Signature []uint64
	Bands     []uint64
	// Set is the sorted shingle set for exact verification (nil when
	// verification is by estimate).
	Set []uint32
}

// Fingerprint computes the fingerprint of a text. With set false the
// shingle set is not kept.
func (h *Hasher) Fingerprint(text string, set bool) Fingerprint {
	sc := getScratch()
	defer putScratch(sc)
	toks := tokensInto(sc.u64[:0], text)
	sc.u64 = toks
	fp := Fingerprint{Words: len(toks)}
	if len(toks) == 0 {
		return fp
	}
	fp.Hash = ContentHash(toks)
	// In place: shingle i is written over token i once it has been read.
	sh := h.Shingles(toks[:0], toks)
	// The signature and its band keys in one allocation; the full slice
	// expression keeps an append to Signature from writing over Bands.
	k := len(h.perms)
	both := make([]uint64, k+h.bands)
	fp.Signature = h.signatureInto(both[:k:k], sh)
	fp.Bands = h.bandKeysInto(both[k:], fp.Signature)
	if set {
		fp.Set = ShingleSet(sh)
	}
	return fp
}

// ContentHash hashes a word sequence. It is never 0 for a non-empty
// sequence, so 0 can mean "no words".
func ContentHash(toks []uint64) uint64 {
	x := uint64(len(toks))
	for _, t := range toks {
		x = fmix(x ^ t)
	}
	if x == 0 {
		x = 1
	}
	return x
}

// Similarity is the verification step: the Jaccard similarity of two
// fingerprints, exact when both carry shingle sets, estimated from the
// signatures otherwise.
func Similarity(a, b *Fingerprint) float64 {
	if a.Hash == 0 || b.Hash == 0 {
		return 0
	}
	if a.Hash == b.Hash {
		return 1
	}
	if a.Set != nil && b.Set != nil {
		return Jaccard(a.Set, b.Set)
	}
	return EstimateJaccard(a.Signature, b.Signature)
}

// Verify reports whether a candidate pair is a duplicate at threshold t,
// and its similarity.
func Verify(a, b *Fingerprint, t float64) (bool, float64) {
	s := Similarity(a, b)
	return s >= t && s > 0, s
}

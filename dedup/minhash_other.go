//go:build !amd64 || purego

package dedup

const haveVector = false

// minHashVector has no vector loop on this platform: the portable loop
// computes the whole signature.
func minHashVector(sig []uint64, h *Hasher, shingles []uint64) int { return 0 }

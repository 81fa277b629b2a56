//go:build amd64 && !purego

package dedup

import "golang.org/x/sys/cpu"

// haveVector is whether this CPU (and OS) can run the AVX-512 loop.
var haveVector = cpu.X86.HasAVX512F && cpu.X86.HasAVX512DQ

// minHashAVX512 is in minhash_amd64.s.
//
//go:noescape
func minHashAVX512(sig, xor, mul *uint64, groups int, shingles *uint64, n int)

// minHashVector lowers the first multiple of eight of sig's values with
// AVX-512 (eight 64-bit products per instruction, where the portable loop
// makes about one per cycle) and returns how many it did: 0 without
// AVX-512, so the portable loop does them all.
func minHashVector(sig []uint64, h *Hasher, shingles []uint64) int {
	g := len(sig) / 8
	if !haveVector || h.portable || g == 0 || len(shingles) == 0 {
		return 0
	}
	// An assembly loop cannot be preempted: a huge document goes in
	// blocks of shingles (a millisecond or so each) so that the collector
	// never waits long for this goroutine.
	for len(shingles) > 0 {
		n := min(len(shingles), 1<<16)
		minHashAVX512(&sig[0], &h.xor[0], &h.mul[0], g, &shingles[0], n)
		shingles = shingles[n:]
	}
	return 8 * g
}

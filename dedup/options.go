package dedup

import (
	"fmt"
	"runtime"
)

// Verification says how a candidate pair's similarity is measured.
type Verification string

const (
	// Exact compares the two documents' shingle sets, which the local
	// runner spills to disk (about 4 bytes per word of text).
	Exact Verification = "exact"
	// Estimate compares MinHash signatures only: no shingle sets are
	// kept, at the price of a standard error of sqrt(J(1-J)/(bands×rows))
	// on every decision.
	Estimate Verification = "estimate"
)

// Options tune duplicate detection. The zero value means the defaults.
type Options struct {
	// Shingle is the number of words per shingle (5).
	Shingle int
	// Bands and Rows set the LSH banding: a signature of Bands×Rows
	// MinHash values cut into Bands bands of Rows values; two documents
	// are candidates when one band agrees entirely. The probability of
	// that at Jaccard J is 1-(1-J^Rows)^Bands.
	Bands, Rows int
	// Threshold is the Jaccard similarity at or above which a candidate
	// pair is a duplicate.
	Threshold float64
	// Verify is Exact (default) or Estimate.
	Verify Verification
	// Seed fixes the MinHash permutations. Signatures made with
	// different seeds cannot be compared.
	Seed uint64
	// MaxBucket bounds the work per LSH bucket: a bucket of up to
	// MaxBucket different texts is compared pair by pair; in a larger one
	// every text is compared with the first MaxBucket only (in content
	// hash order, so the choice does not depend on input order).
	MaxBucket int
	// MemoryBudget is the memory, in bytes, for band keys waiting to be
	// sorted; beyond it they are sorted into runs on disk and merged.
	// The index also keeps 8 bytes per document in memory while it
	// clusters (union–find), outside this budget.
	MemoryBudget int64
	// TempDir is where spill files go ("" for the system's).
	TempDir string
	// Workers is the number of goroutines AddBatch fingerprints with
	// (0: one per CPU).
	Workers int
	// Policy chooses each cluster's keeper.
	Policy Policy
}

// DefaultOptions are the parameters "akhbar dedup" uses. See
// docs/dedup.md for the curve they give and how they were chosen.
func DefaultOptions() Options {
	return Options{
		Shingle:      5,
		Bands:        40,
		Rows:         3,
		Threshold:    0.4,
		Verify:       Exact,
		Seed:         0x616b68626172, // "akhbar"
		MaxBucket:    64,
		MemoryBudget: 256 << 20,
		Policy:       Earliest,
	}
}

func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.Shingle <= 0 {
		o.Shingle = d.Shingle
	}
	if o.Bands <= 0 {
		o.Bands = d.Bands
	}
	if o.Rows <= 0 {
		o.Rows = d.Rows
	}
	if o.Threshold <= 0 {
		o.Threshold = d.Threshold
	}
	if o.Verify == "" {
		o.Verify = d.Verify
	}
	if o.Seed == 0 {
		o.Seed = d.Seed
	}
	if o.MaxBucket <= 0 {
		o.MaxBucket = d.MaxBucket
	}
	if o.MemoryBudget <= 0 {
		o.MemoryBudget = d.MemoryBudget
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.Policy == "" {
		o.Policy = d.Policy
	}
	return o
}

// Check reports options that cannot work.
func (o Options) Check() error {
	o = o.withDefaults()
	switch {
	case o.Threshold > 1:
		return fmt.Errorf("dedup: threshold %g is above 1", o.Threshold)
	case o.Verify != Exact && o.Verify != Estimate:
		return fmt.Errorf("dedup: unknown verification %q (exact, estimate)", o.Verify)
	case o.Bands*o.Rows > 4096:
		return fmt.Errorf("dedup: %d×%d MinHash values is too many", o.Bands, o.Rows)
	}
	return o.Policy.check()
}

package beam

import "github.com/akhbar/akhbar/dedup"

// DedupOptions are "akhbar dedup"'s parameters: package dedup's Options
// (the Beam stages use its shingling, banding, seed, threshold,
// verification, bucket bound and keeper policy; memory budget, spill
// folder and goroutines are the local index's own), plus Drop and
// Templates. Zero fields mean dedup's defaults, as there.
type DedupOptions struct {
	dedup.Options
	// Drop leaves duplicates out of the output instead of marking them.
	Drop bool
	// Templates leaves lines that recur across a site's records out of
	// the comparison ("akhbar dedup --templates").
	Templates bool
}

// Check reports options that cannot work.
func (o DedupOptions) Check() error { return o.Options.Check() }

// resolved fills the zero fields that the stages read themselves from
// dedup.DefaultOptions; dedup.NewHasher fills the rest as the local index
// does.
func (o DedupOptions) resolved() DedupOptions {
	d := dedup.DefaultOptions()
	if o.Threshold <= 0 {
		o.Threshold = d.Threshold
	}
	if o.Verify == "" {
		o.Verify = d.Verify
	}
	if o.MaxBucket <= 0 {
		o.MaxBucket = d.MaxBucket
	}
	if o.Policy == "" {
		o.Policy = d.Policy
	}
	return o
}

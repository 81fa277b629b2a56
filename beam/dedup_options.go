package beam

// DedupOptions are "akhbar dedup"'s parameters (package dedup's Options
// without what only the local index needs: memory budget, spill folder,
// goroutines), plus Drop and Templates.
type DedupOptions struct {
	Shingle     int
	Bands, Rows int
	Threshold   float64
	Verify      string // "exact" or "estimate"
	Seed        uint64
	MaxBucket   int
	Policy      string // "earliest" or "longest"
	// Drop leaves duplicates out of the output instead of marking them.
	Drop bool
	// Templates leaves lines that recur across a site's records out of
	// the comparison ("akhbar dedup --templates").
	Templates bool
}

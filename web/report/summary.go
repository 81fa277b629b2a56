package report

import "github.com/akhbar/akhbar/web/internal/sketch"

// Summary is everything the report draws. It is plain data (it is
// embedded in the page as JSON), so other tools can use it too.
type Summary struct {
	Title       string   `json:"title"`
	Generated   string   `json:"generated"`
	Corpora     []string `json:"corpora"`
	RejectFiles []string `json:"reject_files"`

	Records int64 `json:"records"`
	Tokens  int64 `json:"tokens"`
	Chars   int64 `json:"chars"`
	Rejects int64 `json:"rejects"`
	// Units counts the lines (text input) or blocks (HTML) the audit
	// spans cover, blank ones aside; RemovedUnits those taken out of the
	// body.
	Units        int64 `json:"units"`
	RemovedUnits int64 `json:"removed_units"`

	Langs     []sketch.Count `json:"langs"`
	Sites     []sketch.Count `json:"sites"`
	Sections  []sketch.Count `json:"sections"`
	PageTypes []sketch.Count `json:"page_types"`
	Flags     []sketch.Count `json:"flags"`
	// LangCount and the like are the distinct keys held (all of them
	// while the counts are exact).
	LangCount    int `json:"lang_count"`
	SiteCount    int `json:"site_count"`
	SectionCount int `json:"section_count"`
	// Approx names the fields ("site", "section", ...) with more distinct
	// keys than the report counts exactly; their counts are then lower
	// bounds and their per-key numbers estimates.
	Approx map[string]bool `json:"approx,omitempty"`

	Months  []MonthCount `json:"months"`
	Undated int64        `json:"undated"`

	Lengths Lengths `json:"lengths"`

	Removed        []RoleCount    `json:"removed"`
	RemovedReasons []RoleCount    `json:"removed_reasons"`
	RejectReasons  []sketch.Count `json:"reject_reasons"`

	Quality []Signal   `json:"quality"`
	Dup     DupSummary `json:"dup"`

	// Notes say where a bound made a number an estimate.
	Notes []string `json:"notes"`
}

// MonthCount is the number of records published in one month.
type MonthCount struct {
	Month string `json:"month"` // YYYY-MM
	Docs  int64  `json:"docs"`
}

// Lengths are body-length histograms over the buckets starting at Edges.
type Lengths struct {
	Edges  []int64    `json:"edges"`
	Chars  []int64    `json:"chars"`
	Tokens []int64    `json:"tokens"`
	ByLang []LangHist `json:"by_lang"`
}

// LangHist is the body length in characters of one language's records.
type LangHist struct {
	Lang  string  `json:"lang"`
	Docs  int64   `json:"docs"`
	Chars []int64 `json:"chars"`
}

// RoleCount counts removed spans of one role (and reason), and the lines
// or blocks they cover.
type RoleCount struct {
	Role   string `json:"role"`
	Reason string `json:"reason,omitempty"`
	Spans  int64  `json:"spans"`
	Units  int64  `json:"units"`
}

// Signal is the distribution of one quality signal: exact count, range
// and mean, and a histogram estimated from a uniform sample when Sampled.
type Signal struct {
	Name    string    `json:"name"`
	N       int64     `json:"n"`
	Min     float64   `json:"min"`
	Max     float64   `json:"max"`
	Mean    float64   `json:"mean"`
	Lo      []float64 `json:"lo"`
	Counts  []int64   `json:"counts"`
	Sampled bool      `json:"sampled"`
}

// DupSummary describes the duplicate clusters that records belong to.
type DupSummary struct {
	Records  int64        `json:"records"`  // records with a cluster
	Keepers  int64        `json:"keepers"`  // of which the cluster's keeper
	Clusters int64        `json:"clusters"` // distinct clusters (estimated when !Exact)
	Exact    bool         `json:"exact"`
	Sizes    []SizeBucket `json:"sizes"`
}

// SizeBucket counts clusters with Min..Max records in this corpus
// (Max 0: no upper bound).
type SizeBucket struct {
	Min      int64 `json:"min"`
	Max      int64 `json:"max"`
	Clusters int64 `json:"clusters"`
	Records  int64 `json:"records"`
}

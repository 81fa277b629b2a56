package beam

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/akhbar/akhbar/pipeline"
)

// Summary is what a Beam run counted, as stats.json holds it. Run adds up
// as the local run's counts do: read = written + rejected (+ dropped as
// duplicates).
type Summary struct {
	Run   pipeline.Stats `json:"run"`
	Dedup *DedupStats    `json:"dedup,omitempty"`
}

// DedupStats count what the dedup stages found.
type DedupStats struct {
	Docs       int64 `json:"docs"`       // records with words, fingerprinted
	Empty      int64 `json:"empty"`      // records without words: never clustered
	Clusters   int64 `json:"clusters"`   // clusters of two or more
	Duplicates int64 `json:"duplicates"` // members that are not their cluster's keeper
	Largest    int64 `json:"largest"`
	Candidates int64 `json:"candidates"` // distinct candidate pairs with different texts
	ExactPairs int64 `json:"exact_pairs"`
	Accepted   int64 `json:"accepted"` // candidates at or above the threshold
}

// Add merges o into s.
func (s *Summary) Add(o Summary) {
	s.Run.Add(o.Run)
	if o.Dedup == nil {
		return
	}
	if s.Dedup == nil {
		s.Dedup = &DedupStats{}
	}
	d, e := s.Dedup, o.Dedup
	d.Docs += e.Docs
	d.Empty += e.Empty
	d.Clusters += e.Clusters
	d.Duplicates += e.Duplicates
	d.Largest = max(d.Largest, e.Largest)
	d.Candidates += e.Candidates
	d.ExactPairs += e.ExactPairs
	d.Accepted += e.Accepted
}

// mergeSummaries is the combiner of the stats collection.
func mergeSummaries(a, b []byte) ([]byte, error) {
	var x, y Summary
	if err := json.Unmarshal(a, &x); err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, &y); err != nil {
		return nil, err
	}
	x.Add(y)
	return json.Marshal(&x)
}

// writeStatsFn writes the combined summary as stats.json.
type writeStatsFn struct {
	Path string
}

func (f *writeStatsFn) ProcessElement(ctx context.Context, b []byte) error {
	var s Summary
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	out, err := json.MarshalIndent(&s, "", "  ")
	if err != nil {
		return err
	}
	if err := writeFile(ctx, f.Path, append(out, '\n')); err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	return nil
}

// ReadSummary reads the stats.json of a finished run.
func ReadSummary(ctx context.Context, output string) (Summary, error) {
	var s Summary
	b, err := ReadFile(ctx, JoinPath(output, StatsFile))
	if err != nil {
		return s, err
	}
	return s, json.Unmarshal(b, &s)
}

// The files of an output folder besides the shards.
const (
	StatsFile  = "stats.json"
	InputsFile = "inputs.txt"
)

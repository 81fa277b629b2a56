package main

import (
	"slices"

	"github.com/spf13/pflag"

	"github.com/akhbar/akhbar/job"
	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/steps"
)

// statsFile is what --stats writes: the run's counts with each step's
// items in, rejected and out in pipeline order, as datatrove's per-step
// stats and "dolma stat" give them. The manifest's "stats" holds the same
// counts (without the per-step table, which it can be made from).
type statsFile struct {
	Read       int64            `json:"read"`
	Written    int64            `json:"written"`
	Rejected   int64            `json:"rejected"`
	Duplicates int64            `json:"duplicates"`
	BytesIn    int64            `json:"bytes_in"`
	Steps      []stepCount      `json:"steps"`
	Reasons    map[string]int64 `json:"reasons"`
	Langs      map[string]int64 `json:"langs"`
	Hosts      map[string]int64 `json:"hosts"`
	PageTypes  map[string]int64 `json:"page_types"`
	Skipped    map[string]int64 `json:"skipped,omitempty"`
}

type stepCount struct {
	Name     string `json:"name"`
	In       int64  `json:"in"`
	Rejected int64  `json:"rejected,omitempty"`
	Dropped  int64  `json:"dropped,omitempty"`
	Out      int64  `json:"out"`
}

func addStatsFlag(f *pflag.FlagSet, p *string) {
	f.StringVar(p, "stats", "", "also write the run's counts as JSON to this file: per step (in, rejected, out), reject reason, language, site and page type")
}

// stepNames is the order items go through: reading, the steps, the
// document passes where they hook in, then the record pass.
func stepNames(o job.Options) []string {
	names := []string{"read"}
	for _, s := range steps.Build(o.Steps) {
		names = append(names, s.Name)
	}
	for _, p := range o.DocPasses {
		i := slices.Index(names, p.After)
		names = slices.Insert(names, i+1, p.Name)
	}
	return names
}

func makeStatsFile(o job.Options, s pipeline.Stats) statsFile {
	f := statsFile{Read: s.Read, Written: s.Written, Rejected: s.Rejected, Duplicates: s.Duplicates, BytesIn: s.BytesIn,
		Reasons: orEmpty(s.Reasons), Langs: orEmpty(s.Langs), Hosts: orEmpty(s.Hosts), PageTypes: orEmpty(s.PageTypes), Skipped: s.Skipped}
	in := s.Read
	for _, name := range stepNames(o) {
		r := s.RejectedAt[name]
		f.Steps = append(f.Steps, stepCount{Name: name, In: in, Rejected: r, Out: in - r})
		in -= r
	}
	if u := s.RejectedAt["(unknown)"]; u > 0 { // timeouts: no step to blame
		f.Steps = append(f.Steps, stepCount{Name: "(timeout)", In: in, Rejected: u, Out: in - u})
		in -= u
	}
	if o.RecordPass != nil {
		f.Steps = append(f.Steps, stepCount{Name: o.RecordPass.Name, In: in, Dropped: s.Duplicates, Out: in - s.Duplicates})
	}
	return f
}

func orEmpty(m map[string]int64) map[string]int64 {
	if m == nil {
		return map[string]int64{}
	}
	return m
}

// writeStats writes --stats after a run that completed.
func writeStats(path string, o job.Options, s pipeline.Stats, runErr error) error {
	if path == "" || runErr != nil {
		return runErr
	}
	return sink.WriteJSON(path, makeStatsFile(o, s))
}

package report

import (
	"context"
	"fmt"
	"time"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/web/corpus"
)

// Options control Build.
type Options struct {
	// Rejects are rejects files to count. When nil, Build looks for the
	// ones of each corpus (corpus.RejectFiles).
	Rejects []string
	// NoRejects counts no rejects at all.
	NoRejects bool
	// Title heads the page; default: the corpus names.
	Title string
	// Progress, if set, is called every so many records with the count.
	Progress func(records int64)
	// Now stamps the report; default time.Now (tests fix it).
	Now func() time.Time
}

// Build reads the corpora (and their rejects) once, in order, and returns
// their summary.
func Build(ctx context.Context, corpora []string, o Options) (*Summary, error) {
	a := NewAggregator()
	var n int64
	for _, path := range corpora {
		// Decoding is most of the work: it runs on all CPUs, and records
		// are added in corpus order so that the report does not vary.
		err := corpus.ScanOrdered(ctx, path, corpus.DecodeRecord(path), func(e *corpus.Entry) error {
			a.Add(&e.Record)
			n++
			if o.Progress != nil && n%100000 == 0 {
				o.Progress(n)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	rejects := o.Rejects
	if rejects == nil && !o.NoRejects {
		for _, path := range corpora {
			rejects = append(rejects, corpus.RejectFiles(path)...)
		}
	}
	if o.NoRejects {
		rejects = nil
	}
	for _, path := range rejects {
		err := corpus.ScanRejects(ctx, path, func(r *pipeline.Reject) error {
			a.AddReject(r)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("rejects: %w", err)
		}
	}
	s := a.Summary()
	s.Corpora = corpora
	s.RejectFiles = rejects
	now := time.Now
	if o.Now != nil {
		now = o.Now
	}
	s.Generated = now().UTC().Format(time.RFC3339)
	s.Title = o.Title
	return s, nil
}

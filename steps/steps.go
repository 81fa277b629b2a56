// Package steps composes the per-document pipeline that "akhbar clean"
// runs, from the step packages, in the one order data flows: extract,
// clean, meta, annotate. The local runner and the Beam runner both take
// their steps from here, so they cannot drift apart.
//
// It holds no step logic of its own.
package steps

import (
	"strings"

	"github.com/akhbar/akhbar/extract"
	"github.com/akhbar/akhbar/pipeline"
)

// Config selects and tunes the steps.
type Config struct{}

// Build returns the steps for one document, in order.
func Build(cfg Config) []pipeline.Step {
	return []pipeline.Step{
		{Name: "extract", Run: extractStep},
		{Name: "assemble", Run: func(d *pipeline.Doc) error { d.Assemble(); return nil }},
	}
}

func extractStep(d *pipeline.Doc) error {
	f := d.Record.Source.Format
	switch {
	case strings.Contains(f, "html"), f == "warc", f == "arc":
		// WARC and ARC readers hand over only HTML pages; WET text goes
		// to the text extractor.
		return extract.HTML(d)
	default:
		return extract.Text(d)
	}
}

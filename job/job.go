// Package job runs a whole corpus job: it expands the inputs, streams
// their items through the per-document steps with a bounded worker pool,
// and writes records and rejects, counting every item. "akhbar clean" and
// "akhbar run" both build an Options and call Run, so a pipeline file and
// the command line mean the same thing.
//
// It is not where any step's logic lives (see package steps and the step
// packages) and it knows nothing of flags or YAML.
package job

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/source"
	"github.com/akhbar/akhbar/steps"
)

// Options describe one job.
type Options struct {
	Inputs       []string      // files, folders, globs, "-"
	Format       source.Format // Auto detects per input
	Output       string        // .jsonl, .jsonl.gz, .jsonl.zst, or "-"
	Rejects      string        // "" puts them next to Output; "none" only counts them
	Workers      int           // 0: one per CPU
	MaxItemBytes int64
	Steps        steps.Config
	// Progress, when set, receives a progress bar (a terminal).
	Progress io.Writer
	// Log receives rejects when no rejects file is written, and the
	// summary line.
	Log io.Writer
}

// UserError marks errors in how the job was asked for (bad paths, bad
// options), as opposed to failures while running it.
type UserError struct{ Err error }

func (e UserError) Error() string { return e.Err.Error() }
func (e UserError) Unwrap() error { return e.Err }

// Run runs the job and returns its counts. Items that fail on their own
// are rejects, not errors; an error means the job as a whole failed.
func Run(ctx context.Context, o Options) (pipeline.Stats, error) {
	var stats pipeline.Stats
	inputs, err := source.Expand(o.Inputs)
	if err != nil {
		return stats, UserError{err}
	}
	out, err := sink.CreateJSONL(o.Output)
	if err != nil {
		return stats, err
	}
	defer out.Abort()
	rejPath := RejectsPath(o.Output, o.Rejects)
	var rej *sink.JSONL
	if rejPath != "" {
		if rej, err = sink.CreateJSONL(rejPath); err != nil {
			return stats, err
		}
		defer rej.Abort()
	}
	log := o.Log
	if log == nil {
		log = io.Discard
	}

	bar := newProgress(o.Progress, inputs)
	runner := pipeline.Runner{Steps: steps.Build(o.Steps), Workers: o.Workers}
	srcOpts := source.Options{Format: o.Format, MaxItemBytes: o.MaxItemBytes}
	produce := func(emit func(pipeline.Item) error) error {
		for _, in := range inputs {
			if err := source.Read(ctx, in, srcOpts, emit); err != nil {
				return err
			}
			bar.inputDone(in)
		}
		return nil
	}
	err = runner.Run(ctx, produce, func(oc pipeline.Outcome) error {
		switch {
		case oc.Skip != "":
			stats.Skip(oc.Skip)
			return nil
		case oc.Reject != nil:
			stats.Read++
			stats.Reject(oc.Reject.Reason)
			if rej != nil {
				return rej.Write(oc.Reject)
			}
			if o.Rejects != "none" {
				fmt.Fprintf(log, "reject %s: %s\n", oc.Reject.ID, oc.Reject.Error)
			}
			return nil
		}
		stats.Read++
		stats.Written++
		return out.Write(&oc.Doc.Record)
	})
	bar.finish()
	if err != nil {
		return stats, err
	}
	if err := out.Close(); err != nil {
		return stats, err
	}
	if rej != nil {
		if err := rej.Close(); err != nil {
			return stats, err
		}
	}
	return stats, nil
}

// RejectsPath says where rejects go: the explicit path, none for "none",
// or next to the output with ".rejects" before its extensions
// (corpus.jsonl.zst gives corpus.rejects.jsonl.zst); none for stdout.
func RejectsPath(output, rejects string) string {
	switch {
	case rejects == "none":
		return ""
	case rejects != "":
		return rejects
	case output == "-" || output == "":
		return ""
	}
	dir, base := filepath.Split(output)
	if i := strings.IndexByte(base[1:], '.'); i >= 0 {
		return dir + base[:i+1] + ".rejects" + base[i+1:]
	}
	return output + ".rejects.jsonl"
}

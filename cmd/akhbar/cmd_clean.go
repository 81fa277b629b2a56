package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/source"
	"github.com/akhbar/akhbar/steps"
)

func init() { register(newCleanCommand) }

type cleanOptions struct {
	Format       string
	Output       string
	Rejects      string
	Workers      int
	MaxItemBytes int64
	Quiet        bool
}

func newCleanCommand() *cobra.Command {
	var opts cleanOptions
	cmd := &cobra.Command{
		Use:   "clean [flags] INPUT...",
		Short: "Turn raw news pages into clean article records",
		Long: `clean reads raw news pages and writes one record per page as JSON lines.

INPUT is a file, a folder (read recursively), a glob, or - for stdin.
Inputs may be plain-text dumps, HTML, WARC/WET/ARC or JSONL, compressed with
gzip, zstd or bzip2; the format is told from the content unless --format
says otherwise. The output is compressed by its extension (.gz, .zst).

Every input item ends as exactly one record or one reject with a reason;
the run ends with "read N = written W + rejected R".

Exit status: 0 when the run completed (rejects included), 1 when it failed,
2 on a usage error, 130 when interrupted.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runClean(cmd.Context(), opts, args, cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Format, "format", "auto", "input format: auto, text, html, warc, arc, jsonl")
	f.StringVarP(&opts.Output, "output", "o", "-", "output file (.jsonl, .jsonl.gz, .jsonl.zst; - for stdout)")
	f.StringVar(&opts.Rejects, "rejects", "", "write rejects here (default: OUTPUT with .rejects before the extension; none for stdout)")
	f.IntVarP(&opts.Workers, "jobs", "j", 0, "worker goroutines (default: one per CPU)")
	f.Int64Var(&opts.MaxItemBytes, "max-item-size", 64<<20, "largest page in bytes; larger items are rejected")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress bar")
	return cmd
}

func runClean(ctx context.Context, opts cleanOptions, args []string, stderr io.Writer) error {
	format, ok := source.ParseFormat(opts.Format)
	if !ok {
		return usagef("unknown --format %q", opts.Format)
	}
	inputs, err := source.Expand(args)
	if err != nil {
		return usagef("%v", err)
	}
	out, err := sink.CreateJSONL(opts.Output)
	if err != nil {
		return err
	}
	defer out.Abort()
	rejPath := opts.Rejects
	if rejPath == "" && opts.Output != "-" {
		rejPath = rejectsPath(opts.Output)
	}
	var rej *sink.JSONL
	if rejPath != "" {
		if rej, err = sink.CreateJSONL(rejPath); err != nil {
			return err
		}
		defer rej.Abort()
	}

	var stats pipeline.Stats
	progress := newProgress(stderr, inputs, opts.Quiet || opts.Output == "-")
	runner := pipeline.Runner{Steps: steps.Build(steps.Config{}), Workers: opts.Workers}
	srcOpts := source.Options{Format: format, MaxItemBytes: opts.MaxItemBytes}
	produce := func(emit func(pipeline.Item) error) error {
		for _, in := range inputs {
			if err := source.Read(ctx, in, srcOpts, emit); err != nil {
				return err
			}
			progress.inputDone(in)
		}
		return nil
	}
	err = runner.Run(ctx, produce, func(o pipeline.Outcome) error {
		if o.Skip != "" {
			stats.Skip(o.Skip)
			return nil
		}
		stats.Read++
		if o.Reject != nil {
			stats.Reject(o.Reject.Reason)
			if rej != nil {
				return rej.Write(o.Reject)
			}
			fmt.Fprintf(stderr, "reject %s: %s\n", o.Reject.ID, o.Reject.Error)
			return nil
		}
		stats.Written++
		return out.Write(&o.Doc.Record)
	})
	progress.finish()
	if err != nil {
		fmt.Fprintln(stderr, stats.Summary())
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	if rej != nil {
		if err := rej.Close(); err != nil {
			return err
		}
	}
	fmt.Fprintln(stderr, stats.Summary())
	return nil
}

// rejectsPath puts ".rejects" before the output's extensions:
// corpus.jsonl.zst gives corpus.rejects.jsonl.zst.
func rejectsPath(out string) string {
	dir, base := splitDir(out)
	for i := 0; i < len(base); i++ {
		if base[i] == '.' && i > 0 {
			return dir + base[:i] + ".rejects" + base[i:]
		}
	}
	return out + ".rejects.jsonl"
}

func splitDir(p string) (string, string) {
	for i := len(p) - 1; i >= 0; i-- {
		if os.IsPathSeparator(p[i]) {
			return p[:i+1], p[i+1:]
		}
	}
	return "", p
}

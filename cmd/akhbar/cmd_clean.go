package main

import (
	"context"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/akhbar/akhbar/job"
	"github.com/akhbar/akhbar/lang"
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
	Quality      string
	Langs        string
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
	f.StringVar(&opts.Rejects, "rejects", "", `rejects file (default: OUTPUT with .rejects before the extension; "none" to only count them)`)
	f.IntVarP(&opts.Workers, "jobs", "j", 0, "worker goroutines (default: one per CPU)")
	f.Int64Var(&opts.MaxItemBytes, "max-item-size", 64<<20, "largest page in bytes; larger items are rejected")
	f.StringVar(&opts.Quality, "quality", "none", "quality filter preset that rejects: none (signals only), default, gopher, c4, fineweb")
	f.StringVar(&opts.Langs, "langs", "", "keep only these languages, e.g. hin,mar,kan_Knda (ISO 639-3, with or without script); others are rejected")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress bar")
	return cmd
}

func runClean(ctx context.Context, opts cleanOptions, args []string, stderr io.Writer) error {
	format, ok := source.ParseFormat(opts.Format)
	if !ok {
		return usagef("unknown --format %q", opts.Format)
	}
	rules, err := steps.ParseQuality(opts.Quality)
	if err != nil {
		return usagef("%v", err)
	}
	var langs func(string) bool
	if opts.Langs != "" {
		if langs, err = lang.ParseFilter(opts.Langs); err != nil {
			return usagef("--langs: %v", err)
		}
	}
	o := job.Options{
		Inputs:       args,
		Format:       format,
		Output:       opts.Output,
		Rejects:      opts.Rejects,
		Workers:      opts.Workers,
		MaxItemBytes: opts.MaxItemBytes,
		Steps:        steps.Config{Quality: rules, Langs: langs},
		Log:          stderr,
	}
	if !opts.Quiet && opts.Output != "-" {
		o.Progress = os.Stderr
	}
	stats, err := job.Run(ctx, o)
	return reportJob(stderr, stats, err)
}

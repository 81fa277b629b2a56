package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/akhbar/akhbar/internal/xio"
	"github.com/akhbar/akhbar/web/report"
)

func init() { register(newReportCommand) }

type reportOptions struct {
	Output    string
	Rejects   []string
	NoRejects bool
	Title     string
	Quiet     bool
	// Card is a dataset card to write (README.md for the Hugging Face
	// Hub); with it, the HTML is written only when -o is given.
	Card    string
	htmlToo bool
}

func newReportCommand() *cobra.Command {
	var opts reportOptions
	cmd := &cobra.Command{
		Use:   "report [flags] CORPUS...",
		Short: "Write an HTML report of a corpus: languages, sites, lengths, removals, rejects, dups",
		Long: `report reads one or more corpora (JSON lines, plain, .gz or .zst) and writes
one self-contained HTML page with charts: documents and tokens by language,
site and section, publication dates, body lengths, removed spans by role and
reason, reject reasons, quality-signal distributions and duplicate-cluster
sizes, each with its exact numbers in a table. The page needs no network.

--card README.md writes a Hugging Face dataset card instead (YAML front
matter the Hub indexes: languages, size, data files; then the same figures
as Markdown tables); add -o to write the HTML as well.

Rejects are read from the file "akhbar clean" writes beside each corpus
(X.rejects.jsonl.zst beside X.jsonl.zst) unless --rejects names others.

Memory stays bounded whatever the corpus size; where a bound makes a number
an estimate the page says so.

Exit status: 0 on success, 1 when a corpus could not be read, 2 on a usage
error, 130 when interrupted.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.htmlToo = opts.Card == "" || cmd.Flags().Changed("output")
			return runReport(cmd.Context(), opts, args, cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Output, "output", "o", "report.html", "HTML file to write (- for stdout)")
	f.StringSliceVar(&opts.Rejects, "rejects", nil, "rejects files to count (default: the one beside each corpus)")
	f.BoolVar(&opts.NoRejects, "no-rejects", false, "count no rejects")
	f.StringVar(&opts.Title, "title", "", "page title (default: the corpus names)")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress messages")
	f.StringVar(&opts.Card, "card", "", "write a Hugging Face dataset card (README.md) with the same figures")
	return cmd
}

func runReport(ctx context.Context, opts reportOptions, args []string, stderr io.Writer) error {
	if opts.NoRejects && len(opts.Rejects) > 0 {
		return usagef("--rejects and --no-rejects exclude each other")
	}
	ro := report.Options{Rejects: opts.Rejects, NoRejects: opts.NoRejects, Title: opts.Title}
	if ro.Title == "" {
		ro.Title = "akhbar report: " + joinNames(args)
	}
	if !opts.Quiet {
		ro.Progress = func(n int64) { fmt.Fprintf(stderr, "report: %d records read\r", n) }
	}
	s, err := report.Build(ctx, args, ro)
	if err != nil {
		return err
	}
	if opts.Card != "" {
		if err := writeAtomically(opts.Card, func(w io.Writer) error { return report.WriteCard(w, s) }); err != nil {
			return err
		}
		if !opts.Quiet {
			fmt.Fprintf(stderr, "report: dataset card -> %s\n", opts.Card)
		}
	}
	if opts.Card != "" && !opts.htmlToo {
		return nil
	}
	if err := writeAtomically(opts.Output, func(w io.Writer) error { return report.Write(w, s) }); err != nil {
		return err
	}
	if !opts.Quiet {
		fmt.Fprintf(stderr, "report: %d records, %d rejects -> %s\n", s.Records, s.Rejects, opts.Output)
	}
	return nil
}

func writeAtomically(path string, fn func(io.Writer) error) error {
	out, err := xio.Create(path)
	if err != nil {
		return err
	}
	defer out.Abort()
	if err := fn(out); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return out.Commit()
}

func joinNames(paths []string) string {
	if len(paths) > 3 {
		return fmt.Sprintf("%s and %d more", joinNames(paths[:2]), len(paths)-2)
	}
	s := ""
	for i, p := range paths {
		if i > 0 {
			s += ", "
		}
		s += filepath.Base(p)
	}
	return s
}

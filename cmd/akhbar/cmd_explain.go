package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/extract"
	"github.com/akhbar/akhbar/extract/candidate"
	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/source"
	"github.com/akhbar/akhbar/steps"
)

func init() { register(newExplainCommand) }

func newExplainCommand() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "explain [flags] INPUT",
		Short: "Show how clean classifies each block of one page, and why",
		Long: `explain runs the extraction and classification of "akhbar clean" on the pages
of one input and prints every block with the score the body search gave it
(for HTML, the block model's probability that it is body, in percent) and
the role and reason it ended with: the same roles clean gives; for HTML
pages, every title, author and date candidate with its features and score,
the chosen one marked.

Exit status: 0 on success, 1 when the input cannot be read, 2 on a usage error.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExplain(cmd.Context(), format, args[0], cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVar(&format, "format", "auto", "input format: "+strings.Join(source.Formats, ", "))
	return cmd
}

func runExplain(ctx context.Context, format, path string, w io.Writer) error {
	f, ok := source.ParseFormat(format)
	if !ok {
		return usagef("unknown --format %q", format)
	}
	return source.Read(ctx, source.Input{Path: path}, source.Options{Format: f}, func(it pipeline.Item) error {
		fmt.Fprintf(w, "== %s\n", it.ID)
		if it.Err != nil || it.Skip != "" {
			fmt.Fprintf(w, "not a page: %v %s\n", it.Err, it.Skip)
			return nil
		}
		d := pipeline.NewDoc(it)
		var cands candidate.Set
		var err error
		if isHTML(d.Record.Source.Format) {
			err = extract.HTMLWith(d, extract.HTMLOptions{Candidates: &cands})
		} else {
			err = steps.Extract(d)
		}
		if err != nil {
			fmt.Fprintf(w, "extract: %v\n", err)
			return nil
		}
		clean.Explain(d, w)
		if isHTML(d.Record.Source.Format) {
			// Every title, author and date the page offers, with the
			// features the choice scored it by; * marks the one taken.
			fmt.Fprintf(w, "== metadata candidates\n")
			cands.Write(w)
		}
		if r := d.Item.Meta["date_readings"]; r != "" {
			// How the publication date was chosen, and what was refused.
			fmt.Fprintf(w, "published %q via %q; readings: %s\n", d.Record.Published, d.Item.Meta["date_source"], r)
		}
		return nil
	})
}

// isHTML is the formats steps.Extract reads as HTML.
func isHTML(format string) bool {
	return strings.Contains(format, "html") || format == "warc" || format == "arc"
}

package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/akhbar/akhbar/dedup"
	"github.com/akhbar/akhbar/job"
	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
)

func init() { register(newDedupCommand) }

type dedupOptions struct {
	Output    string
	Drop      bool
	Templates bool
	Stats     string
	MemoryMB  int64
	dedup.Options
	Verify    string
	Policy    string
	Overwrite bool
}

func newDedupCommand() *cobra.Command {
	var opts dedupOptions
	d := dedup.DefaultOptions()
	cmd := &cobra.Command{
		Use:   "dedup [flags] CORPUS...",
		Short: "Mark exact and near-duplicate records across a corpus",
		Long: `dedup reads corpora of akhbar records (JSON lines, plain, .gz or .zst) and
writes them again with duplicate clusters marked: every member of a cluster of
two or more records gets "dup": {"cluster": ID}, and every member but the
cluster's keeper also "of": KEEPER-ID and "score": its similarity to the keeper.
With --drop the duplicates are left out instead, and counted.

Records are compared by their text: exact duplicates by a hash of the word
sequence, near-duplicates by MinHash over word 5-gram shingles with LSH banding,
candidate pairs verified by Jaccard similarity against --threshold, clusters by
union-find. The keeper is the earliest published record, then the longest; the
last tie-breaks are a content hash and the id, so the result does not depend on
input order. With --templates, lines that recur across many records of one site
are left out of the comparison (the records themselves are not changed).

Memory stays bounded: band keys beyond --memory are sorted into runs on disk
(in --tmp), and per-record data is spilled; 8 bytes per record stay in memory.
The process asks the Go runtime to keep its heap to --memory plus 256 MiB
(unless GOMEMLIMIT is set).
The corpus is read two times (three with --templates); stdin is first copied to
a temporary file.

Exit status: 0 when the run completed, 1 when it failed, 2 on a usage error,
130 when interrupted.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDedup(cmd.Context(), opts, args, cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Output, "output", "o", "-", "output file (.jsonl, .jsonl.gz, .jsonl.zst, .parquet; - for stdout)")
	f.BoolVar(&opts.Drop, "drop", false, "leave duplicates out of the output instead of marking them")
	f.BoolVar(&opts.Templates, "templates", false, "leave lines that recur across a site's records out of the comparison")
	f.StringVar(&opts.Stats, "stats", "", "write the run's figures as JSON to this file")
	f.Float64Var(&opts.Threshold, "threshold", d.Threshold, "Jaccard similarity at or above which a candidate pair is a duplicate")
	f.IntVar(&opts.Shingle, "shingle", d.Shingle, "words per shingle")
	f.IntVar(&opts.Bands, "bands", d.Bands, "LSH bands")
	f.IntVar(&opts.Rows, "rows", d.Rows, "MinHash values per band")
	f.StringVar(&opts.Verify, "verify", string(d.Verify), "candidate check: exact (shingle sets) or estimate (signatures)")
	f.StringVar(&opts.Policy, "keep", string(d.Policy), "keeper policy: earliest (published, then longest) or longest")
	f.IntVar(&opts.MaxBucket, "max-bucket", d.MaxBucket, "compare pair by pair in LSH buckets up to this many texts")
	opts.MemoryMB = d.MemoryBudget >> 20
	f.Var(&sizeValue{p: &opts.MemoryMB, bareUnit: 1 << 20}, "memory", "band keys to sort in memory before spilling to disk (MiB, or a size like 2GiB)")
	f.StringVar(&opts.TempDir, "tmp", "", "folder for spill files (default: a work folder beside the output, or the system's for stdout)")
	f.IntVarP(&opts.Workers, "jobs", "j", 0, "fingerprinting goroutines (default: one per CPU)")
	f.BoolVar(&opts.Overwrite, "overwrite", false, "replace an output that holds another run or a file akhbar did not write")
	return cmd
}

// dedupSummary is what --stats writes.
type dedupSummary struct {
	Run       pipeline.Stats `json:"run"`
	Dedup     dedup.Stats    `json:"dedup"`
	Templates any            `json:"templates,omitempty"`
}

func runDedup(ctx context.Context, opts dedupOptions, args []string, stderr io.Writer) error {
	if err := checkWorkers(opts.Workers); err != nil {
		return err
	}
	o := opts.Options
	o.Verify = dedup.Verification(opts.Verify)
	o.Policy = dedup.Policy(opts.Policy)
	o.MemoryBudget = opts.MemoryMB << 20
	if err := o.Check(); err != nil {
		return usagef("%v", err)
	}
	if err := job.CheckOutputName(opts.Output); err != nil {
		return usagef("%v", err)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		// The sort buffer is most of the heap; without a limit the
		// collector lets the heap grow to twice the live data.
		debug.SetMemoryLimit(o.MemoryBudget + 256<<20)
	}
	settings, err := dedupSettings(o, opts)
	if err != nil {
		return err
	}
	claim, done, err := job.ClaimOutput(opts.Output, settings, args, opts.Overwrite)
	if err != nil {
		var ue job.UserError
		if errors.As(err, &ue) {
			return usageError{ue.Err}
		}
		return err
	}
	if done {
		fmt.Fprintf(stderr, "%s: this run is already complete; nothing to do\n", opts.Output)
		return nil
	}
	defer claim.Release()
	work, err := claim.Work()
	if err != nil {
		return err
	}
	if o.TempDir == "" {
		// Spill files and the copy of stdin go with the output's claim:
		// removed at the end, and by the next run of the same output
		// should this one be killed.
		o.TempDir = work
	}
	inputs, cleanup, err := dedupInputs(args, o.TempDir)
	if err != nil {
		return err
	}
	defer cleanup()

	var sum dedupSummary
	textOf := func(rec *pipeline.Record) string { return rec.Text }
	if opts.Templates {
		tpl, st, err := learnRecordTemplates(ctx, inputs)
		if err != nil {
			return err
		}
		sum.Templates = st
		textOf = tpl
	}

	idx := dedup.NewIndex(o)
	defer idx.Close()
	const batch = 1024
	var recs []*pipeline.Record
	var texts []string
	flush := func() error {
		err := idx.AddBatch(recs, texts)
		recs, texts = recs[:0], texts[:0]
		return err
	}
	for _, in := range inputs {
		err := sink.ReadRecords(in, func(rec pipeline.Record) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			recs = append(recs, &rec)
			texts = append(texts, textOf(&rec))
			if len(recs) == batch {
				return flush()
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	if err := flush(); err != nil {
		return err
	}
	res, err := idx.Finish()
	if err != nil {
		return err
	}
	defer res.Close()
	sum.Dedup = res.Stats()

	out, err := sink.Create(opts.Output, sink.Records)
	if err != nil {
		return err
	}
	defer out.Abort()
	st := &sum.Run
	for _, in := range inputs {
		err := sink.ReadRecords(in, func(rec pipeline.Record) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			st.Read++
			dup, err := res.Apply(&rec)
			if err != nil {
				return err
			}
			if dup && opts.Drop {
				st.Duplicates++
				return nil
			}
			st.Written++
			return out.Write(&rec)
		})
		if err != nil {
			fmt.Fprintln(stderr, st.Summary())
			return err
		}
	}
	if err := out.Close(); err != nil {
		return err
	}
	if err := claim.Finish(version, *st, out.Count(), out.Bytes()); err != nil {
		return err
	}
	d := sum.Dedup
	fmt.Fprintf(stderr, "dedup: %d records, %d clusters of two or more (largest %d), %d duplicates; %d exact pairs, %d of %d verified pairs at Jaccard >= %g\n",
		d.Docs, d.Clusters, d.Largest, d.Duplicates, d.ExactPairs, d.Accepted, d.Verified, o.Threshold)
	fmt.Fprintln(stderr, st.Summary())
	if opts.Stats != "" {
		b, _ := json.MarshalIndent(sum, "", "  ")
		if err := os.WriteFile(opts.Stats, append(b, '\n'), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// dedupSettings are the settings that decide the output, as the run's
// identity takes them.
func dedupSettings(o dedup.Options, opts dedupOptions) (json.RawMessage, error) {
	o.Workers, o.TempDir, o.MemoryBudget = 0, "", 0
	return json.Marshal(struct {
		Command   string        `json:"command"`
		Version   string        `json:"version"`
		Build     string        `json:"build,omitempty"`
		Format    string        `json:"output_format"`
		Drop      bool          `json:"drop"`
		Templates bool          `json:"templates"`
		Dedup     dedup.Options `json:"dedup"`
	}{"dedup", version, job.BuildRevision(), sink.FormatExt(opts.Output), opts.Drop, opts.Templates, o})
}

// dedupInputs checks the inputs and copies stdin to a file, since the
// corpus is read more than once.
func dedupInputs(args []string, tmp string) ([]string, func(), error) {
	var files []string
	cleanup := func() {}
	for _, a := range args {
		if a != "-" {
			if _, err := os.Stat(a); err != nil {
				return nil, cleanup, usagef("%v", err)
			}
			files = append(files, a)
			continue
		}
		f, err := os.CreateTemp(tmp, "akhbar-dedup-stdin-*.jsonl")
		if err != nil {
			return nil, cleanup, err
		}
		cleanup = func() { os.Remove(f.Name()) }
		_, err = io.Copy(f, os.Stdin)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return nil, cleanup, fmt.Errorf("stdin: %w", err)
		}
		files = append(files, f.Name())
	}
	return files, cleanup, nil
}

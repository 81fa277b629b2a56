package main

import (
	"context"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/akhbar/akhbar/config"
	"github.com/akhbar/akhbar/dedup"
	"github.com/akhbar/akhbar/job"
	"github.com/akhbar/akhbar/lang"
	"github.com/akhbar/akhbar/source"
	"github.com/akhbar/akhbar/steps"
	"github.com/akhbar/akhbar/template"
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
	MinLangScore float64
	KeepText     bool
	Quiet        bool

	ShardSize    string
	ShardRecords int64
	ItemTimeout  time.Duration
	Overwrite    bool
	Now          string

	Templates      bool
	Dedup          bool
	DropDuplicates bool

	Profile profileFlags
	corpus  corpusFlags
	Stats   string
}

func newCleanCommand() *cobra.Command {
	var opts cleanOptions
	cmd := &cobra.Command{
		Use:   "clean [flags] INPUT...",
		Short: "Turn raw news pages into clean article records",
		Long: `clean reads raw news pages and writes one record per page as JSON lines.

INPUT is a file, a folder (read recursively), a glob, or - for stdin.
Inputs may be plain-text dumps, HTML, RSS/Atom feeds, pages saved as MHTML,
WARC/WET/ARC, JSONL (or a JSON array) or Parquet, in tar or zip archives or not, compressed with gzip, zstd,
bzip2, xz or LZ4; the format is told from the content unless --format says
otherwise. The output is compressed by its extension (.gz, .zst).

Every input item ends as exactly one record or one reject with a reason;
the run ends with "read N = written W + rejected R".

Output to a folder (-o DIR/) or with --shard-size / --shard-records is cut
into shards (DIR/part-00000.jsonl.zst, or OUT-00000.EXT next to OUT), each
written under a temporary name and renamed when complete. A run that is
killed or interrupted keeps its complete shards: the same command run again
continues after them, and the output ends byte for byte as if the run had
never stopped. The run's manifest (inputs with sizes and hashes, settings,
counts, shards) is written next to the output when it is complete.
` + "`.parquet`" + ` output writes Parquet with the same columns as the JSON record.

Exit status: 0 when the run completed (rejects included), 1 when it failed,
2 on a usage error, 130 when interrupted.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runClean(cmd.Context(), opts, args, cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Format, "format", "auto", "input format: "+strings.Join(source.Formats, ", "))
	f.StringVarP(&opts.Output, "output", "o", "-", "output file (.jsonl, .jsonl.gz, .jsonl.zst, .parquet), folder (DIR/), or - for stdout")
	f.StringVar(&opts.Rejects, "rejects", "", `rejects file (default: OUTPUT with .rejects before the extension; "none" to only count them)`)
	f.IntVarP(&opts.Workers, "jobs", "j", 0, "worker goroutines (default: one per CPU)")
	f.Var(newSizeValue(&opts.MaxItemBytes, job.DefaultMaxItemBytes), "max-item-size", "largest page (bytes, or 32MiB, 1GB); larger items are rejected (the steps need up to ~30 times a page's size)")
	f.StringVar(&opts.Quality, "quality", "none", "quality filter preset that rejects: none (signals only), default, gopher, c4, fineweb")
	f.StringVar(&opts.Langs, "langs", "", "keep only these languages, e.g. hin,mar,kan_Knda (ISO 639-3, with or without script); others are rejected")
	f.Float64Var(&opts.MinLangScore, "min-lang-score", 0, "reject records whose language score is below this (0-1; filter:lang-score); 0 keeps all")
	f.BoolVar(&opts.KeepText, "keep-text", false, "text input is already cleaned (a corpus's text field, an extractor's output): keep every line in the body, still reading the metadata from it; HTML is cleaned as always")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress bar")
	f.StringVar(&opts.ShardSize, "shard-size", "", "start a new output shard after this much JSON (1GB, 512MiB); -o DIR/ defaults to 1GiB")
	f.Int64Var(&opts.ShardRecords, "shard-records", 0, "start a new output shard after this many records (or rejects)")
	f.DurationVar(&opts.ItemTimeout, "item-timeout", time.Minute, "longest time one item may take; slower items are rejected as timeout (0: no limit)")
	f.BoolVar(&opts.Overwrite, "overwrite", false, "replace an output that holds another run, an unfinished one, or a file akhbar did not write, instead of refusing or resuming")
	f.BoolVar(&opts.Templates, "templates", false, "learn each site's template lines from the corpus (a first pass) and take them out of the body")
	f.BoolVar(&opts.Dedup, "dedup", false, `mark near-duplicate records ("dup": cluster, keeper) as "akhbar dedup" does`)
	f.BoolVar(&opts.DropDuplicates, "drop-duplicates", false, "with --dedup, leave duplicates out (counted); implies --dedup")
	f.StringVar(&opts.Now, "now", "", "reference time for relative dates, RFC 3339 (default: when the run first started)")
	opts.Profile.register(f)
	opts.corpus.add(f)
	addStatsFlag(f, &opts.Stats)
	return cmd
}

func runClean(ctx context.Context, opts cleanOptions, args []string, stderr io.Writer) error {
	if err := checkWorkers(opts.Workers); err != nil {
		return err
	}
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
		ItemTimeout:  opts.ItemTimeout,
		ShardRecords: opts.ShardRecords,
		Overwrite:    opts.Overwrite,
		Steps:        steps.Config{Quality: rules, QualityPreset: opts.Quality, Langs: langs, LangList: splitList(opts.Langs), MinLangScore: opts.MinLangScore, KeepText: opts.KeepText},
		Version:      version,
		Log:          stderr,
	}
	if err := opts.corpus.apply(&o); err != nil {
		return err
	}
	if opts.ShardSize != "" {
		size, err := config.ParseSize(opts.ShardSize)
		if err != nil {
			return usagef("--shard-size: %v", err)
		}
		o.ShardBytes = int64(size)
	}
	if err := job.CheckOutputName(opts.Output); err != nil {
		return usagef("%v", err)
	}
	if opts.MinLangScore < 0 || opts.MinLangScore > 1 {
		return usagef("--min-lang-score %v is outside [0, 1]", opts.MinLangScore)
	}
	if opts.ShardRecords < 0 || opts.ItemTimeout < 0 {
		return usagef("--shard-records and --item-timeout cannot be negative")
	}
	if opts.Now != "" {
		t, err := time.Parse(time.RFC3339, opts.Now)
		if err != nil {
			return usagef("--now: %v", err)
		}
		o.Steps.Now = t
	}
	if !opts.Quiet && opts.Output != "-" {
		o.Progress = os.Stderr
	}
	if opts.Templates {
		o.DocPasses = append(o.DocPasses, job.TemplatePass(template.DefaultOptions()))
	}
	if opts.Dedup || opts.DropDuplicates {
		o.RecordPass = job.DedupPass(dedup.DefaultOptions(), opts.DropDuplicates)
	}
	setMemoryLimit()
	stopProfile, err := opts.Profile.start()
	if err != nil {
		return err
	}
	stats, err := job.Run(ctx, o)
	if perr := stopProfile(); perr != nil && err == nil {
		err = perr
	}
	return reportJob(stderr, stats, writeStats(opts.Stats, o, stats, err))
}

// runMemoryLimit is the Go heap's soft limit for clean and run: the
// collector works harder as the heap nears it, instead of letting a few
// huge pages double the heap before the next collection.
const runMemoryLimit = 768 << 20

// setMemoryLimit sets runMemoryLimit unless GOMEMLIMIT says otherwise.
func setMemoryLimit() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(runMemoryLimit)
	}
}

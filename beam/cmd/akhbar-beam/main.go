// Command akhbar-beam runs the akhbar corpus pipeline ("akhbar clean",
// then optionally "akhbar dedup") on Apache Beam: in-process on Prism for
// local runs, or on Flink, Spark or Dataflow. See docs/beam.md.
//
//	akhbar-beam --output=out/ [flags] INPUT...
//	akhbar-beam --runner=dataflow --project=P --region=R \
//	    --staging_location=gs://B/staging --worker_binary=./akhbar-beam-linux-amd64 \
//	    --output=gs://B/out --dedup 'gs://B/warc/*.warc.gz'
//
// The same binary is the worker: runners start it with --worker and
// beam.Init takes over before main's own work.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners" // the --runner flag
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dataflow"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/flink"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/spark"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/universal"

	akbeam "github.com/akhbar/akhbar/beam"
	"github.com/akhbar/akhbar/dedup"
	"github.com/akhbar/akhbar/lang"
	"github.com/akhbar/akhbar/source"
	"github.com/akhbar/akhbar/steps"
)

var (
	output      = flag.String("output", "", "output folder (local path, gs://, s3://): shards, rejects, inputs.txt, stats.json")
	ext         = flag.String("ext", ".jsonl.zst", "shard extension: .jsonl, .jsonl.gz, .jsonl.zst")
	shards      = flag.Int("shards", 0, "record shards (default: one per GiB of local input, one per 16 remote files)")
	rejShards   = flag.Int("reject_shards", 0, "reject shards (default: shards/8)")
	format      = flag.String("format", "auto", "input format: "+strings.Join(source.Formats, ", "))
	maxItem     = flag.Int64("max_item_size", 64<<20, "largest page in bytes; larger items are rejected")
	quality     = flag.String("quality", "none", "quality filter preset: none (signals only), default, gopher, c4, fineweb")
	langs       = flag.String("langs", "", "keep only these languages, e.g. hin,mar,kan_Knda (ISO 639-3, with or without script); others are rejected")
	minLang     = flag.Float64("min_lang_score", 0, "reject records whose language score is below this (0-1; filter:lang-score); 0 keeps all")
	keepText    = flag.Bool("keep_text", false, "text input is already cleaned: keep every line in the body, still reading the metadata from it (as akhbar clean --keep-text)")
	now         = flag.String("now", "", "reference time for relative dates, RFC 3339 (default: the launch time)")
	itemWorkers = flag.Int("item_workers", 0, "goroutines per file inside a bundle (default: one per CPU)")

	dedupOn   = flag.Bool("dedup", false, "cluster near-duplicates as akhbar dedup does")
	drop      = flag.Bool("drop", false, "with --dedup, leave duplicates out instead of marking them")
	templates = flag.Bool("templates", false, "with --dedup, leave lines that recur across a site's records out of the comparison")
	dd        = dedup.DefaultOptions()
	threshold = flag.Float64("threshold", dd.Threshold, "dedup: Jaccard similarity at or above which a candidate pair is a duplicate")
	shingle   = flag.Int("shingle", dd.Shingle, "dedup: words per shingle")
	bands     = flag.Int("bands", dd.Bands, "dedup: LSH bands")
	rows      = flag.Int("rows", dd.Rows, "dedup: MinHash values per band")
	verify    = flag.String("verify", string(dd.Verify), "dedup: candidate check, exact (shingle sets) or estimate (signatures)")
	keep      = flag.String("keep", string(dd.Policy), "dedup: keeper policy, earliest (published, then longest) or longest")
	maxBucket = flag.Int("max_bucket", dd.MaxBucket, "dedup: compare pair by pair in LSH buckets up to this many texts")
)

func main() {
	flag.Usage = usage
	flag.Parse()
	if *helpBeam {
		printBeamFlags()
		return
	}
	// On a worker this does not return: the binary serves the runner.
	beam.Init()
	if err := run(context.Background(), flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "akhbar-beam:", err)
		var ue usageError
		if errors.As(err, &ue) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

type usageError struct{ error }

func run(ctx context.Context, args []string) error {
	o, err := options(args)
	if err != nil {
		return err
	}
	paths, err := akbeam.Prepare(ctx, o, args)
	if err != nil {
		return usageError{err}
	}
	if o.Shards == 0 {
		o.Shards = defaultShards(paths)
	}
	fmt.Fprintf(os.Stderr, "akhbar-beam: %d input files, %d shards, runner %s\n", len(paths), o.Shards, runnerName())
	p, s := beam.NewPipelineWithRoot()
	akbeam.Build(s, o)
	start := time.Now()
	if _, err := beam.Run(ctx, runnerName(), p); err != nil {
		return err
	}
	sum, err := akbeam.ReadSummary(ctx, o.Output)
	if err != nil {
		// An asynchronous submission (--async) or a dry run returns
		// before the job has written anything.
		fmt.Fprintf(os.Stderr, "akhbar-beam: no stats.json yet (asynchronous, dry run, or failed): %v\n", err)
		return nil
	}
	fmt.Fprintln(os.Stderr, sum.Run.Summary())
	if d := sum.Dedup; d != nil {
		fmt.Fprintf(os.Stderr, "dedup: %d records, %d clusters of two or more (largest %d), %d duplicates; %d exact pairs, %d of %d candidate pairs at Jaccard >= %g\n",
			d.Docs, d.Clusters, d.Largest, d.Duplicates, d.ExactPairs, d.Accepted, d.Candidates, *threshold)
	}
	fmt.Fprintf(os.Stderr, "akhbar-beam: done in %s\n", time.Since(start).Round(time.Millisecond))
	return nil
}

func runnerName() string {
	if *runners.Runner == "" {
		return "prism"
	}
	return *runners.Runner
}

func options(args []string) (akbeam.Options, error) {
	o := akbeam.Options{
		Output: *output, Ext: *ext, Shards: *shards, RejectShards: *rejShards,
		Format: *format, MaxItemBytes: *maxItem, Quality: *quality, ItemWorkers: *itemWorkers,
	}
	if len(args) == 0 {
		return o, usageError{errors.New("no INPUT given")}
	}
	if o.Output == "" {
		return o, usageError{errors.New("--output is required")}
	}
	if _, err := steps.ParseQuality(o.Quality); err != nil {
		return o, usageError{err}
	}
	if *langs != "" {
		if _, err := lang.ParseFilter(*langs); err != nil {
			return o, usageError{fmt.Errorf("--langs: %w", err)}
		}
		o.Langs = *langs
	}
	if *minLang < 0 || *minLang > 1 {
		return o, usageError{fmt.Errorf("--min_lang_score %v is outside [0, 1]", *minLang)}
	}
	o.MinLangScore = *minLang
	o.KeepText = *keepText
	o.Now = time.Now()
	if *now != "" {
		t, err := time.Parse(time.RFC3339, *now)
		if err != nil {
			return o, usageError{fmt.Errorf("--now: %w", err)}
		}
		o.Now = t
	}
	if *dedupOn {
		d := akbeam.DedupOptions{Drop: *drop, Templates: *templates, Options: dedup.Options{
			Shingle: *shingle, Bands: *bands, Rows: *rows, Threshold: *threshold, Seed: dd.Seed,
			Verify: dedup.Verification(*verify), MaxBucket: *maxBucket, Policy: dedup.Policy(*keep)}}
		if err := d.Check(); err != nil {
			return o, usageError{err}
		}
		o.Dedup = &d
	} else if *drop || *templates {
		return o, usageError{errors.New("--drop and --templates go with --dedup")}
	}
	return o, nil
}

// defaultShards: about a GiB of local input per shard (text dumps give
// records of about their size; HTML and WARC much less), and one shard
// per 16 objects, whose sizes the launcher does not fetch.
func defaultShards(paths []string) int {
	var bytes int64
	remote := 0
	for _, p := range paths {
		if akbeam.Remote(p) {
			remote++
			continue
		}
		if st, err := os.Stat(p); err == nil {
			bytes += st.Size()
		}
	}
	return max(1, int((bytes+1<<30-1)>>30)+(remote+15)/16)
}

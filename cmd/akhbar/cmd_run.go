package main

import (
	"context"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/akhbar/akhbar/config"
	"github.com/akhbar/akhbar/dedup"
	"github.com/akhbar/akhbar/job"
	"github.com/akhbar/akhbar/lang"
	"github.com/akhbar/akhbar/source"
	"github.com/akhbar/akhbar/template"
)

func init() { register(newRunCommand) }

func newRunCommand() *cobra.Command {
	var quiet, overwrite bool
	var statsPath string
	cmd := &cobra.Command{
		Use:   "run [flags] PIPELINE.yaml",
		Short: "Run a pipeline described in a YAML file",
		Long: `run reads a pipeline file naming inputs, steps with their parameters and
thresholds, the output and where rejected records go, and runs it exactly as
"akhbar clean" would with the same settings and the same defaults: the
corpus passes and filters clean runs only when asked (templates, quality
filtering, dedup) run only when the file names them, and paths are the
working directory's, as on clean's command line. Unknown keys are errors,
with their line and the nearest known key. config/schema.json is the file's
JSON Schema, for editors. See examples/*.yaml for the presets (default,
gopher, c4, fineweb).

Exit status: 0 when the run completed (rejects included), 1 when it failed,
2 on a usage error (including an invalid pipeline file), 130 when
interrupted.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRunOpts(cmd.Context(), args[0], runFlags{Quiet: quiet, Overwrite: overwrite, Stats: statsPath}, cmd.ErrOrStderr())
		},
	}
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "no progress bar")
	cmd.Flags().BoolVar(&overwrite, "overwrite", false, "start afresh when the output holds another or an unfinished run, instead of refusing or resuming")
	addStatsFlag(cmd.Flags(), &statsPath)
	return cmd
}

// runFlags are the command line's additions to a pipeline file.
type runFlags struct {
	Quiet, Overwrite bool
	Stats            string
}

func runRun(ctx context.Context, path string, quiet bool, stderr io.Writer) error {
	return runRunOpts(ctx, path, runFlags{Quiet: quiet}, stderr)
}

func runRunOpts(ctx context.Context, path string, flags runFlags, stderr io.Writer) error {
	quiet := flags.Quiet
	p, err := config.Load(path)
	if err != nil {
		return inputf("%v", err)
	}
	o, err := jobFromConfig(p)
	if err != nil {
		return inputf("%s: %v", path, err)
	}
	o.Log = stderr
	o.Overwrite = flags.Overwrite
	o.Version = version
	if !quiet && o.Output != "-" {
		o.Progress = os.Stderr
	}
	statsPath := flags.Stats
	if statsPath == "" {
		statsPath = p.Output.Stats
	}
	setMemoryLimit()
	stats, err := job.Run(ctx, o)
	return reportJob(stderr, stats, writeStats(statsPath, o, stats, err))
}

// jobFromConfig maps a pipeline file onto the job "clean" would run.
func jobFromConfig(p *config.Pipeline) (job.Options, error) {
	rejects := p.Rejects.Path
	if rejects == config.RejectsPath(p.Output.Path) {
		// The pipeline file named no rejects file and config filled its
		// own guess in: the job's naming rule decides, as for clean.
		rejects = ""
	}
	o := job.Options{
		Output:       p.Output.Path,
		Rejects:      rejects,
		Workers:      p.Workers,
		MaxItemBytes: int64(p.MaxItemSize),
		ShardBytes:   int64(p.Output.ShardSize),
		ShardRecords: p.Output.ShardRecords,
	}
	if p.ItemTimeout != nil {
		o.ItemTimeout = *p.ItemTimeout
	}
	if p.Now != "" {
		t, err := time.Parse(time.RFC3339, p.Now)
		if err != nil {
			return o, usagef("now: %v", err)
		}
		o.Steps.Now = t
	}
	corpus := corpusFlags{Schema: p.Output.Schema, JSONL: source.JSONLKeys{
		Text: p.JSONL.Text, HTML: p.JSONL.HTML, ID: p.JSONL.ID, URL: p.JSONL.URL}}
	if err := corpus.apply(&o); err != nil {
		return o, err
	}
	format := source.Auto
	for i, in := range p.Inputs {
		f, ok := source.ParseFormat(in.Format)
		if !ok {
			return o, usagef("inputs[%d]: unknown format %q", i, in.Format)
		}
		if i > 0 && f != format {
			return o, usagef("inputs[%d]: all inputs of one pipeline share one format", i)
		}
		format = f
		o.Inputs = append(o.Inputs, in.Path)
	}
	o.Format = format
	if t := p.Steps.Templates; t.On() {
		to := template.DefaultOptions()
		to.MinDocs = t.MinDocs
		o.DocPasses = append(o.DocPasses, job.TemplatePass(to))
	}
	if d := p.Steps.Dedup; d.On() {
		do := dedup.DefaultOptions()
		do.Shingle, do.Bands, do.Rows, do.Threshold = d.Shingle, d.Bands, d.Rows, d.Threshold
		o.RecordPass = job.DedupPass(do, d.Drop)
	}
	if l := p.Steps.Lang; l.On() && len(l.Langs) > 0 {
		keep, err := lang.ParseFilter(strings.Join(l.Langs, ","))
		if err != nil {
			return o, usagef("steps.lang.langs: %v", err)
		}
		o.Steps.Langs, o.Steps.LangList = keep, l.Langs
	}
	if l := p.Steps.Lang; l.On() {
		o.Steps.MinLangScore = l.MinScore
	}
	o.Steps.KeepText = p.Steps.Clean.KeepText
	if q := p.Steps.Quality; q.On() {
		rules := q.Rules
		o.Steps.Quality = &rules
		o.Steps.QualityPreset = q.Preset
	}
	return o, nil
}

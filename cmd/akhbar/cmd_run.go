package main

import (
	"context"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/akhbar/akhbar/config"
	"github.com/akhbar/akhbar/job"
	"github.com/akhbar/akhbar/lang"
	"github.com/akhbar/akhbar/source"
)

func init() { register(newRunCommand) }

func newRunCommand() *cobra.Command {
	var quiet bool
	cmd := &cobra.Command{
		Use:   "run [flags] PIPELINE.yaml",
		Short: "Run a pipeline described in a YAML file",
		Long: `run reads a pipeline file naming inputs, steps with their parameters and
thresholds, the output and where rejected records go, and runs it exactly as
"akhbar clean" would with the same settings. Unknown keys are errors, with
their line. See examples/*.yaml for the presets (default, gopher, c4,
fineweb).

Exit status: 0 when the run completed (rejects included), 1 when it failed,
2 on a usage error (including an invalid pipeline file), 130 when
interrupted.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRun(cmd.Context(), args[0], quiet, cmd.ErrOrStderr())
		},
	}
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "no progress bar")
	return cmd
}

func runRun(ctx context.Context, path string, quiet bool, stderr io.Writer) error {
	p, err := config.Load(path)
	if err != nil {
		return usagef("%v", err)
	}
	o, err := jobFromConfig(p)
	if err != nil {
		return usagef("%s: %v", path, err)
	}
	o.Log = stderr
	if !quiet && o.Output != "-" {
		o.Progress = os.Stderr
	}
	stats, err := job.Run(ctx, o)
	return reportJob(stderr, stats, err)
}

// jobFromConfig maps a pipeline file onto the job "clean" would run.
func jobFromConfig(p *config.Pipeline) (job.Options, error) {
	o := job.Options{
		Output:       p.Output.Path,
		Rejects:      p.Rejects.Path,
		Workers:      p.Workers,
		MaxItemBytes: int64(p.MaxItemSize),
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
	if l := p.Steps.Lang; l.On() && len(l.Langs) > 0 {
		keep, err := lang.ParseFilter(strings.Join(l.Langs, ","))
		if err != nil {
			return o, usagef("steps.lang.langs: %v", err)
		}
		o.Steps.Langs = keep
	}
	if q := p.Steps.Quality; q.On() {
		rules := q.Rules
		o.Steps.Quality = &rules
	}
	return o, nil
}

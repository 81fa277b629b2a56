package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/akhbar/akhbar/job"
	"github.com/akhbar/akhbar/pipeline"
)

// reportJob prints a job's summary line and turns its error into the
// command's: a job.UserError is an input error (exit 2) and prints no
// summary.
func reportJob(w io.Writer, stats pipeline.Stats, err error) error {
	var ue job.UserError
	if errors.As(err, &ue) {
		return inputError{ue.Err}
	}
	fmt.Fprintln(w, stats.Summary())
	return err
}

// splitList splits a comma-separated flag value into its items.
func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

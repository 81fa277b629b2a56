package main

import (
	"errors"
	"fmt"
	"io"

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

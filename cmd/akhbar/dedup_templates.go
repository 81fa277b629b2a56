package main

import (
	"context"

	"github.com/akhbar/akhbar/pipeline"
)

// learnRecordTemplates is filled in with package template.
func learnRecordTemplates(ctx context.Context, inputs []string) (func(*pipeline.Record) string, any, error) {
	return func(r *pipeline.Record) string { return r.Text }, nil, nil
}

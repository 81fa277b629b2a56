package main

import (
	"context"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/template"
)

// learnRecordTemplates reads the corpus once to learn each site's template
// lines from the records' texts, and returns the text to compare for a
// record: its lines without the template lines.
func learnRecordTemplates(ctx context.Context, inputs []string) (func(*pipeline.Record) string, template.Stats, error) {
	l := template.NewLearner(template.Options{})
	for _, in := range inputs {
		err := sink.ReadRecords(in, func(rec pipeline.Record) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			l.Observe(template.RecordDoc(&rec))
			return nil
		})
		if err != nil {
			return nil, template.Stats{}, err
		}
	}
	t := l.Finish()
	return func(rec *pipeline.Record) string {
		d := template.RecordDoc(rec)
		t.Apply(d)
		return template.Body(d)
	}, t.Stats(), nil
}

package corpus

import (
	"context"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
)

// Corpora that package sink writes in other shapes than one JSON-lines
// file — Parquet files and sharded runs (a folder with its manifest, or
// the manifest itself) — are read through sink, record by record. They
// have no line offsets, so the index keeps their records in its own
// frame store.
func init() {
	Register(".parquet", readSink)
	Register("manifest.json", readSink)
}

func readSink(ctx context.Context, path string, fn func(*Entry) error) error {
	var n int64
	return sink.ReadRecords(path, func(r pipeline.Record) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		e := &Entry{N: n, Record: r, Offset: -1}
		n++
		return fn(e)
	})
}

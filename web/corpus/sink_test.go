package corpus

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
)

// TestScanParquet: report and serve read the Parquet output too.
func TestScanParquet(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.parquet")
	w, err := sink.Create(path, sink.Records)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"a", "b", "c"} {
		if err := w.Write(&pipeline.Record{ID: id, Title: "t " + id, Text: "body of " + id, PageType: "article"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	var ids []string
	err = Scan(context.Background(), path, func(e *Entry) error {
		if e.Offset != -1 || e.N != int64(len(ids)) {
			t.Errorf("entry %d: offset %d, n %d", len(ids), e.Offset, e.N)
		}
		ids = append(ids, e.Record.ID+"="+e.Record.Text)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 3 || ids[0] != "a=body of a" || ids[2] != "c=body of c" {
		t.Errorf("read %v", ids)
	}
	if ok, _ := Seekable(path); ok {
		t.Error("a Parquet file is not seekable by line offset")
	}
}

// TestScanRejectsParquet: a Parquet corpus's rejects are Parquet too, and
// report and serve count them (they were read as JSON lines and failed).
func TestScanRejectsParquet(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.rejects.parquet")
	w, err := sink.Create(path, sink.Rejects)
	if err != nil {
		t.Fatal(err)
	}
	want := []pipeline.Reject{
		{ID: "a", Source: pipeline.Source{Path: "in/a.bin", Format: "text"}, Reason: "binary", Error: "in/a.bin: binary"},
		{ID: "b", Source: pipeline.Source{Path: "in/b.txt"}, Reason: "empty"},
	}
	for i := range want {
		if err := w.Write(&want[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	var got []pipeline.Reject
	if err := ScanRejects(context.Background(), path, func(r *pipeline.Reject) error {
		got = append(got, *r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read %+v\nwant %+v", got, want)
	}
}

package synth

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/akhbar/akhbar/web/corpus"
)

func TestDeterministicAndWellFormed(t *testing.T) {
	a, b := New(3), New(3)
	clusters := 0
	for range 3000 {
		ra, rb := a.Next(), b.Next()
		if !reflect.DeepEqual(ra, rb) {
			t.Fatalf("same seed, different records: %s / %s", ra.ID, rb.ID)
		}
		prev := 0
		for _, s := range ra.Spans {
			if s.Start <= prev || s.End < s.Start {
				t.Fatalf("%s: spans out of order: %+v", ra.ID, ra.Spans)
			}
			prev = s.End
		}
		if ra.Dup != nil && ra.Dup.Of == "" {
			clusters++
		}
	}
	if clusters < 100 {
		t.Errorf("%d clusters in 3000 records", clusters)
	}
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.jsonl.zst")
	if err := Write(path, 500, 1); err != nil {
		t.Fatal(err)
	}
	n := 0
	if err := corpus.Scan(context.Background(), path, func(*corpus.Entry) error { n++; return nil }); err != nil || n != 500 {
		t.Fatalf("read %d records: %v", n, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "c.rejects.jsonl.zst")); err != nil {
		t.Error(err)
	}
}

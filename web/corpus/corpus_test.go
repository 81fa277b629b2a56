package corpus

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
)

func writeCorpus(t *testing.T, path string, recs []pipeline.Record) {
	t.Helper()
	w, err := sink.CreateJSONL(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range recs {
		if err := w.Write(&recs[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestScanFormats(t *testing.T) {
	recs := []pipeline.Record{
		{ID: "a", Title: "एक", Text: "पहला", Source: pipeline.Source{Path: "a.txt", Format: "text"}},
		{ID: "b", Title: "two", Text: strings.Repeat("long ", 400000)}, // longer than the read buffer
		{ID: "c", Title: "three"},
	}
	dir := t.TempDir()
	for _, name := range []string{"c.jsonl", "c.jsonl.gz", "c.jsonl.zst"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			writeCorpus(t, path, recs)
			seek, err := Seekable(path)
			if err != nil {
				t.Fatal(err)
			}
			if want := name == "c.jsonl"; seek != want {
				t.Errorf("Seekable = %v, want %v", seek, want)
			}
			raw, _ := os.ReadFile(path)
			var got []string
			err = Scan(context.Background(), path, func(e *Entry) error {
				if int(e.N) != len(got) {
					t.Errorf("N = %d, want %d", e.N, len(got))
				}
				got = append(got, e.Record.ID)
				if seek {
					if e.Offset < 0 || !bytes.HasPrefix(raw[e.Offset:], e.Raw) {
						t.Errorf("record %s: offset %d does not point at its line", e.Record.ID, e.Offset)
					}
				} else if e.Offset != -1 {
					t.Errorf("offset %d in a compressed file", e.Offset)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got, ",") != "a,b,c" {
				t.Errorf("ids %v", got)
			}
		})
	}
}

func TestScanDamage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(path, []byte("{\"id\":\"a\"}\n\nnot json\n"), 0o644)
	err := Scan(context.Background(), path, func(*Entry) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "bad.jsonl:3") {
		t.Errorf("err = %v, want one naming line 3", err)
	}
}

func TestRejectsPath(t *testing.T) {
	dir := t.TempDir()
	touch := func(name string) { os.WriteFile(filepath.Join(dir, name), nil, 0o644) }
	touch("x.jsonl.zst")
	touch("x.rejects.jsonl.zst")
	touch("y.jsonl")
	touch("y.rejects.jsonl.gz")
	touch("z.jsonl")
	tests := map[string]string{
		"x.jsonl.zst": "x.rejects.jsonl.zst",
		"y.jsonl":     "y.rejects.jsonl.gz",
		"z.jsonl":     "",
	}
	for in, want := range tests {
		got := RejectsPath(filepath.Join(dir, in))
		if want != "" {
			want = filepath.Join(dir, want)
		}
		if got != want {
			t.Errorf("RejectsPath(%s) = %q, want %q", in, got, want)
		}
	}
}

func TestRegister(t *testing.T) {
	called := false
	Register(".fake", func(ctx context.Context, path string, fn func(*Entry) error) error {
		called = true
		return fn(&Entry{Record: pipeline.Record{ID: "p"}, Offset: -1})
	})
	defer delete(readers, ".fake")
	if seek, _ := Seekable("x.FAKE"); seek {
		t.Error("a registered format is not seekable")
	}
	Scan(context.Background(), "x.fake", func(e *Entry) error { return nil })
	if !called {
		t.Error("registered reader not used")
	}
}

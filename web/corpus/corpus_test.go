package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
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

func TestScanOrdered(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.jsonl.zst")
	var recs []pipeline.Record
	for i := range 2000 {
		recs = append(recs, pipeline.Record{ID: fmt.Sprint("r", i), Text: strings.Repeat("x", i%50)})
	}
	writeCorpus(t, path, recs)
	n := 0
	err := ScanOrdered(context.Background(), path, DecodeRecord(path), func(e *Entry) error {
		if e.Record.ID != recs[n].ID || int(e.N) != n {
			return fmt.Errorf("got %s (N %d) at %d", e.Record.ID, e.N, n)
		}
		n++
		return nil
	})
	if err != nil || n != 2000 {
		t.Fatalf("n %d err %v", n, err)
	}
	// An error from fn stops the scan and is returned.
	stop := errors.New("stop")
	n = 0
	err = ScanOrdered(context.Background(), path, DecodeRecord(path), func(e *Entry) error {
		if n++; n == 700 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 700 {
		t.Errorf("err %v after %d", err, n)
	}
	// A damaged line is an error naming it.
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(bad, []byte("{\"id\":\"a\"}\n{oops\n"), 0o644)
	err = ScanOrdered(context.Background(), bad, DecodeRecord(bad), func(*Entry) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "record 2") {
		t.Errorf("err = %v", err)
	}
}

func FuzzScan(f *testing.F) {
	f.Add([]byte("{\"id\":\"a\",\"spans\":[{\"start\":1,\"end\":2,\"role\":\"body\"}]}\n"))
	f.Add([]byte("\x1f\x8b\x08\x00garbage"))
	f.Add([]byte("\x28\xb5\x2f\xfd\x00\x00"))
	f.Add([]byte("\n\n{}\r\n[1]\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		path := filepath.Join(t.TempDir(), "f.jsonl")
		os.WriteFile(path, b, 0o644)
		Scan(context.Background(), path, func(e *Entry) error {
			if e.Offset >= 0 && !bytes.HasPrefix(b[e.Offset:], e.Raw) {
				t.Fatalf("offset %d does not point at the line", e.Offset)
			}
			return nil
		})
		ScanRejects(context.Background(), path, func(*pipeline.Reject) error { return nil })
	})
}

package xio

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestCompressionFor(t *testing.T) {
	tests := []struct {
		path string
		want Compression
	}{
		{"out.jsonl", None},
		{"out.jsonl.gz", Gzip},
		{"out.jsonl.zst", Zstd},
		{"out.jsonl.zstd", Zstd},
		{"out.gz.jsonl", None},
		{"-", None},
		{"dir.gz/out.jsonl", None},
	}
	for _, tt := range tests {
		if got := CompressionFor(tt.path); got != tt.want {
			t.Errorf("CompressionFor(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

// listDir names the entries of dir, hidden ones included.
func listDir(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func TestFileCommit(t *testing.T) {
	const text = "{\"id\":\"a\"}\n{\"id\":\"समाचार\"}\n"
	for _, name := range []string{"out.jsonl", "out.jsonl.gz", "out.jsonl.zst"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "sub", name) // a missing folder is made
			f, err := Create(path)
			if err != nil {
				t.Fatal(err)
			}
			if f.Path() != path {
				t.Errorf("Path = %q, want %q", f.Path(), path)
			}
			if _, err := io.WriteString(f, text); err != nil {
				t.Fatal(err)
			}
			// Before Commit nothing is visible under the final name.
			if _, err := os.Stat(path); !os.IsNotExist(err) {
				t.Fatalf("the output is visible before Commit: %v", err)
			}
			if n := len(listDir(t, filepath.Dir(path))); n != 1 {
				t.Fatalf("%d files in the folder while writing, want the one temporary", n)
			}
			if err := f.Commit(); err != nil {
				t.Fatal(err)
			}
			if got := listDir(t, filepath.Dir(path)); len(got) != 1 || got[0] != name {
				t.Fatalf("after Commit the folder holds %q, want only %q", got, name)
			}
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			r, c, closeFn, err := Decompress(bytes.NewReader(raw))
			if err != nil {
				t.Fatal(err)
			}
			defer closeFn()
			if c != CompressionFor(name) {
				t.Errorf("file is %q, its extension asks for %q", c, CompressionFor(name))
			}
			got, err := io.ReadAll(r)
			if err != nil || string(got) != text {
				t.Errorf("read back %q, %v; want %q", got, err, text)
			}
			// Commit twice and Abort after Commit are harmless.
			if err := f.Commit(); err != nil {
				t.Errorf("second Commit: %v", err)
			}
			f.Abort()
			if _, err := os.Stat(path); err != nil {
				t.Errorf("Abort after Commit removed the output: %v", err)
			}
		})
	}
}

func TestFileAbort(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.jsonl.zst")
	f, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(f, "half a record")
	f.Abort()
	f.Abort()
	if got := listDir(t, dir); len(got) != 0 {
		t.Errorf("Abort left %q behind", got)
	}
	if err := f.Commit(); err != nil {
		t.Errorf("Commit after Abort: %v", err)
	}
	if got := listDir(t, dir); len(got) != 0 {
		t.Errorf("Commit after Abort made %q", got)
	}
}

// TestFileReplace checks that committing over an existing file replaces
// it whole, and that until then the old content stays readable.
func TestFileReplace(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.jsonl")
	if err := os.WriteFile(path, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(f, "new\n")
	if b, _ := os.ReadFile(path); string(b) != "old\n" {
		t.Errorf("while writing, the old file reads %q", b)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new\n" {
		t.Errorf("after Commit the file reads %q", b)
	}

	// An aborted rewrite keeps the old file.
	f, err = Create(path)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(f, "newer\n")
	f.Abort()
	if b, _ := os.ReadFile(path); string(b) != "new\n" {
		t.Errorf("after an aborted rewrite the file reads %q", b)
	}
}

func TestCreateUnwritable(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "file")
	os.WriteFile(blocker, nil, 0o644)
	if _, err := Create(filepath.Join(blocker, "out.jsonl")); err == nil {
		t.Error("Create under a regular file succeeded")
	}
}

package beam

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/memfs"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// TestObjectStorage runs inputs and outputs through Beam's file systems
// (memfs, which stands in for gs:// and s3:// here: same interface, and
// in process, so the LOOPBACK worker sees it): a folder listed on the
// launcher, objects read with source.ReadFrom, shards uploaded.
func TestObjectStorage(t *testing.T) {
	ctx := context.Background()
	m, err := filepath.Glob("testdata/w3m/*.txt")
	if err != nil || len(m) < 10 {
		t.Fatalf("testdata: %d files, %v", len(m), err)
	}
	// The same bytes in a local folder and in memfs.
	in := t.TempDir()
	for _, p := range m[:10] {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(p)
		if err := os.WriteFile(filepath.Join(in, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
		memfs.Write("memfs://in/"+name, b)
	}
	if err := os.WriteFile(filepath.Join(in, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	memfs.Write("memfs://in/empty.txt", nil)
	lrec, lrej, _ := runLocal(t, []string{in}, t.TempDir())

	o := Options{Output: "memfs://out", Shards: 2, Ext: ".jsonl.gz", Now: now}
	paths, err := Prepare(ctx, o, []string{"memfs://in/"})
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 11 {
		t.Fatalf("the folder gave %d objects, want 11", len(paths))
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, o)
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	fs, err := filesystem.New(ctx, "memfs://out")
	if err != nil {
		t.Fatal(err)
	}
	outs, err := fs.List(ctx, "memfs://out/*")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var recs, rejs []string
	for _, name := range outs {
		base := strings.TrimPrefix(name, "memfs://out/")
		b, err := ReadFile(ctx, name)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, base)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		switch {
		case strings.HasPrefix(base, "part-"):
			recs = append(recs, readLines(t, p)...)
		case strings.HasPrefix(base, "rejects-"):
			rejs = append(rejs, readLines(t, p)...)
		}
	}
	// Only the paths differ (memfs://in/x.txt against a local folder),
	// in the records' sources and the rejects' messages.
	for _, lines := range [][]string{lrec, lrej} {
		for i := range lines {
			lines[i] = strings.ReplaceAll(lines[i], in, "memfs://in")
		}
	}
	if len(lrej) != 1 {
		t.Fatalf("%d local rejects, want the empty file", len(lrej))
	}
	sameLines(t, "records", recs, lrec)
	sameLines(t, "rejects", rejs, lrej)
}

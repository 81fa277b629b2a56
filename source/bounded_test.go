package source

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// endless is an input that never ends (as /dev/zero); it fails the test
// if it is read much past what a bounded read needs.
type endless struct {
	t     *testing.T
	n     int64
	limit int64
}

var errReadTooFar = errors.New("read far past the item limit")

func (e *endless) Read(p []byte) (int, error) {
	if e.n > e.limit {
		e.t.Errorf("read %d bytes of an endless input", e.n)
		return 0, errReadTooFar
	}
	for i := range p {
		p[i] = 'x'
	}
	e.n += int64(len(p))
	return len(p), nil
}

// TestReadBoundedAtTheSource: an item over the limit is rejected as
// too-large without reading on: an endless input ends, and a
// decompression bomb is not inflated to its end.
func TestReadBoundedAtTheSource(t *testing.T) {
	const max = 1 << 20
	src := &endless{t: t, limit: 8 * max}
	var items []pipeline.Item
	err := ReadFrom(context.Background(), src, Input{Path: "zero"}, Options{MaxItemBytes: max}, func(it pipeline.Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil || len(items) != 1 || reason(items[0]) != "too-large" || !strings.Contains(items[0].Err.Error(), "at least") {
		t.Fatalf("endless input: err %v, items %+v; want one too-large reject", err, items)
	}

	// 100 MB of zeros in 113 bytes of bzip2 (gzip and zstd go through
	// the same reader).
	bomb := filepath.Join("testdata", "zeros-100mb.txt.bz2")
	items = readItems(t, bomb, Options{MaxItemBytes: max})
	if len(items) != 1 || reason(items[0]) != "too-large" {
		t.Fatalf("bomb: %+v, want one too-large reject", items)
	}
	if msg := items[0].Err.Error(); !strings.Contains(msg, "at least") || strings.Contains(msg, "100000000") {
		t.Errorf("bomb: %q; want the size read so far, not the bomb's full size", msg)
	}
	for _, c := range []struct {
		name string
		data []byte
	}{{"gz", gzipBytes(t, make([]byte, 20*max))}, {"zst", zstdBytes(t, make([]byte, 20*max))}} {
		items := readItemsFrom(t, "bomb.txt."+c.name, c.data, max)
		if len(items) != 1 || reason(items[0]) != "too-large" || strings.Contains(items[0].Err.Error(), "20971520") {
			t.Errorf("%s bomb: %+v, want too-large with the size read so far", c.name, items)
		}
	}
}

func readItemsFrom(t *testing.T, name string, data []byte, max int64) []pipeline.Item {
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return readItems(t, path, Options{MaxItemBytes: max})
}

// TestReadSpecialFiles: what is not a regular file is one reject naming
// it, not read (a device) and not opened (a FIFO would wait for a writer).
func TestReadSpecialFiles(t *testing.T) {
	if _, err := os.Stat(os.DevNull); err != nil {
		t.Skip("no null device")
	}
	dir := t.TempDir()
	dangling := filepath.Join(dir, "gone.txt")
	if err := os.Symlink(filepath.Join(dir, "missing"), dangling); err != nil {
		t.Skip("no symbolic links:", err)
	}
	for _, c := range []struct{ path, reason string }{
		{os.DevNull, "not-regular"},
		{dir, "not-regular"},
		{dangling, "dangling-link"},
	} {
		items := readItems(t, c.path, Options{})
		if len(items) != 1 || reason(items[0]) != c.reason || !strings.Contains(items[0].Err.Error(), c.path) {
			t.Errorf("%s: %+v, want one %s reject naming it", c.path, items, c.reason)
		}
	}
	if _, err := os.Stat("/dev/zero"); err == nil {
		items := readItems(t, "/dev/zero", Options{MaxItemBytes: 1 << 20})
		if len(items) != 1 || reason(items[0]) != "not-regular" {
			t.Errorf("/dev/zero: %+v, want a not-regular reject", items)
		}
	}
}

var _ io.Reader = (*endless)(nil) // used as an input stream

// readAll reads every input Expand found and gives, per path relative to
// dir, what became of it: "item" or the reject reason.
func readAll(t *testing.T, dir string, ins []Input) map[string]string {
	t.Helper()
	got := map[string]string{}
	for _, in := range ins {
		rel, _ := filepath.Rel(dir, in.Path)
		rel = filepath.ToSlash(rel)
		err := Read(context.Background(), in, Options{}, func(it pipeline.Item) error {
			if r := reason(it); r != "" {
				got[rel] = r
			} else if _, ok := got[rel]; !ok {
				got[rel] = "item"
			}
			return nil
		})
		if err != nil {
			t.Fatalf("%s: %v", in.Path, err)
		}
	}
	return got
}

// TestExpandLinksAndSpecialFiles: in a walked folder, links are followed
// once (a loop is a reject, not a hang), dangling links and special files
// are rejects; nothing is dropped unsaid. A folder given through a link is
// walked.
func TestExpandLinksAndSpecialFiles(t *testing.T) {
	root := t.TempDir()
	in := filepath.Join(root, "in")
	other := filepath.Join(root, "other")
	for _, d := range []string{filepath.Join(in, "sub"), other} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(p string) {
		if err := os.WriteFile(p, dump, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(in, "a.txt"))
	write(filepath.Join(in, "sub", "b.txt"))
	write(filepath.Join(other, "c.txt"))
	links := map[string]string{
		filepath.Join(in, "link-file.txt"):  filepath.Join(other, "c.txt"),
		filepath.Join(in, "link-other"):     other,
		filepath.Join(in, "sub", "loop"):    in,
		filepath.Join(in, "dangling.txt"):   filepath.Join(root, "missing.txt"),
		filepath.Join(in, "z-other-again"):  other,
		filepath.Join(root, "in-link"):      in,
		filepath.Join(in, "sub", "selfref"): filepath.Join(in, "sub", "selfref"),
	}
	for l, target := range links {
		if err := os.Symlink(target, l); err != nil {
			t.Skip("no symbolic links:", err)
		}
	}
	want := map[string]string{
		"in/a.txt":            "item",
		"in/dangling.txt":     "dangling-link",
		"in/link-file.txt":    "item",
		"in/link-other/c.txt": "item",
		"in/sub/b.txt":        "item",
		"in/sub/loop":         "symlink-loop",
		"in/sub/selfref":      "dangling-link", // a link to itself resolves to nothing
		"in/z-other-again":    "symlink-loop",
	}
	if mkfifo(filepath.Join(in, "pipe")) == nil {
		want["in/pipe"] = "not-regular"
	}
	ins, err := Expand([]string{in})
	if err != nil {
		t.Fatal(err)
	}
	if got := readAll(t, root, ins); !equalMaps(got, want) {
		t.Errorf("Expand+Read of a folder:\n got %v\nwant %v", got, want)
	}

	// The same folder through a link given as the input.
	ins, err = Expand([]string{filepath.Join(root, "in-link")})
	if err != nil {
		t.Fatal(err)
	}
	got := readAll(t, root, ins)
	if got["in-link/a.txt"] != "item" || got["in-link/sub/b.txt"] != "item" {
		t.Errorf("a link to a folder given as input: %v, want its files read", got)
	}
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestJSONLEndlessLine: a JSONL line with no end (a decompression bomb of
// one line) is not inflated to its end: reading stops with one reject.
func TestJSONLEndlessLine(t *testing.T) {
	const max = 1 << 16
	src := io.MultiReader(strings.NewReader(`{"id":"a","text":"ok"}`+"\n"+`{"id":"b","text":"`), &endless{t: t, limit: 64 * max})
	var items []pipeline.Item
	err := ReadFrom(context.Background(), src, Input{Path: "bomb.jsonl"}, Options{MaxItemBytes: max}, func(it pipeline.Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil || len(items) != 2 || items[0].Err != nil || reason(items[1]) != "too-large" || !strings.Contains(items[1].Err.Error(), "not read") {
		t.Fatalf("err %v, items %+v; want the good line and one too-large reject", err, items)
	}
}

// A FIFO named on the command line is what `<(zcat x.gz)` gives: it is
// read like stdin. The same FIFO met in a folder is refused (see above).
func TestNamedFIFOIsAStream(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "pipe")
	if mkfifo(p) != nil {
		t.Skip("no FIFOs here")
	}
	ins, err := Expand([]string{p})
	if err != nil || len(ins) != 1 || !ins[0].Stream {
		t.Fatalf("Expand(fifo) = %+v, %v; want one stream input", ins, err)
	}
	go func() {
		f, err := os.OpenFile(p, os.O_WRONLY, 0)
		if err == nil {
			f.WriteString("A headline\n\nA paragraph of running text that ends in a full stop.\n")
			f.Close()
		}
	}()
	if got := readAll(t, dir, ins); got["pipe"] != "item" {
		t.Errorf("named FIFO read as %v, want an item", got)
	}
}

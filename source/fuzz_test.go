package source

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/akhbar/akhbar/internal/xio"
	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/steps"
)

var detectSeeds = []string{
	"", "WARC/1.0\r\n", "filedesc://x.arc", `{"id":1}`, "{text", "<html>", "<<", "\xef\xbb\xbf<!doctype html>",
	"   \n\t{\"a\"", "<p>", "<?xml", "BZh9", "\x1f\x8b", "{}",
	"\xff\xfe<\x00p\x00>\x00", "\xfe\xff\x00{\x00\"", "\xff\xfe\x00", // UTF-16 with its byte order mark
	"[{\"text\": \"a\"}]", "<?xml version=\"1.0\"?><rss><channel><item><description>x</description></item></channel></rss>",
	"MIME-Version: 1.0\nContent-Type: text/html\n\n<p>x</p>",
}

func addFileSeeds(f *testing.F, add func(b []byte)) {
	for _, glob := range []string{"../testdata/dumps/*.txt", "../testdata/seed/*.txt", "testdata/*.bz2"} {
		files, _ := filepath.Glob(glob)
		for _, p := range files {
			b, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			add(b)
		}
	}
	for _, s := range detectSeeds {
		add([]byte(s))
	}
}

// FuzzDetect checks Detect on any bytes: it answers one of the formats,
// and the 4 KiB Read peeks are enough to decide (unless the input starts
// with kilobytes of white space).
func FuzzDetect(f *testing.F) {
	addFileSeeds(f, func(b []byte) { f.Add(b) })
	f.Fuzz(func(t *testing.T, b []byte) {
		orig := bytes.Clone(b)
		got := Detect(b)
		if got == Auto || !slices.Contains(Formats, string(got)) {
			t.Fatalf("Detect = %q", got)
		}
		if !bytes.Equal(b, orig) {
			t.Fatal("Detect changed its input")
		}
		lead := len(b) - len(bytes.TrimLeft(trimBOM(b), " \t\r\n"))
		if len(b) > 4096 && lead <= 4096-1024 {
			if head := Detect(b[:4096]); head != got {
				t.Fatalf("Detect on the first 4 KiB = %q, on the whole = %q", head, got)
			}
		}
		Binary(b)
	})
}

// FuzzRead writes any bytes to a file, compressed or not, and reads it:
// Read never fails on content, every item is either a page or a reject
// naming its file, pages keep the limit, an uncompressed page is read
// byte for byte, and the steps of "akhbar clean" take every page without
// panicking.
func FuzzRead(f *testing.F) {
	addFileSeeds(f, func(b []byte) {
		for comp := range uint8(5) {
			f.Add(b, comp, uint16(len(b)/2))
		}
	})
	stepList := steps.Build(steps.Config{})
	dir := f.TempDir() // one file rewritten per input: a new folder each time costs more than the read
	f.Fuzz(func(t *testing.T, data []byte, comp uint8, cut uint16) {
		name := "in.txt"
		file := data
		switch comp % 5 {
		case 1:
			name, file = "in.txt.gz", gzipBytes(t, data)
		case 2:
			name, file = "in.txt.zst", zstdBytes(t, data)
		case 3: // a gzip stream cut short
			g := gzipBytes(t, data)
			name, file = "in.txt.gz", g[:int(cut)%(len(g)+1)]
		case 4: // compressed twice
			name, file = "in.txt.gz", gzipBytes(t, zstdBytes(t, data))
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, file, 0o644); err != nil {
			t.Fatal(err)
		}
		const limit = 1 << 16
		var items []pipeline.Item
		err := Read(context.Background(), Input{Path: path}, Options{MaxItemBytes: limit}, func(it pipeline.Item) error {
			items = append(items, it)
			return nil
		})
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
		if len(items) == 0 {
			t.Fatal("no item: the input would be lost silently")
		}
		for _, it := range items {
			if it.ID == "" || it.Source.Path != path {
				t.Fatalf("item does not name its input: %q %q", it.ID, it.Source.Path)
			}
			if it.Err != nil {
				if len(it.Body) != 0 {
					t.Fatalf("a reject carries a body: %v", it.Err)
				}
				if !strings.Contains(it.Err.Error(), path) {
					t.Fatalf("reject %q does not name the file", it.Err)
				}
				continue
			}
			if len(it.Body) == 0 || len(it.Body) > limit {
				t.Fatalf("page of %d bytes", len(it.Body))
			}
			plain := xio.Sniff(data) == xio.None // data is not itself compressed
			// Containers (JSONL, JSON arrays, WARC, WET, ARC, feeds) and
			// MHTML hand over one record's payload or one part, and may
			// flag a record cut short in a whole file.
			container := strings.HasPrefix(it.Source.Format, "json") || strings.HasPrefix(it.Source.Format, "feed") ||
				it.Source.Format == "warc" || it.Source.Format == "wet" || it.Source.Format == "arc" || it.Source.Format == "mhtml"
			transcoded := false
			if _, name := xio.BOM(data); strings.HasPrefix(name, "utf-16") {
				// The body is UTF-8, whatever the input held.
				if !utf8.Valid(it.Body) || !strings.HasPrefix(it.Meta["charset"], "utf-16") {
					t.Fatalf("a UTF-16 input read as %.40q, charset %q", it.Body, it.Meta["charset"])
				}
				transcoded = true
			}
			if comp%5 == 0 && plain && !container && !transcoded && !bytes.Equal(it.Body, data) {
				t.Fatalf("an uncompressed page is not read byte for byte")
			}
			if comp%5 != 3 && plain && !container && it.Meta["truncated"] != "" {
				t.Fatalf("a whole stream read as truncated: %s", it.Meta["truncated"])
			}
			d := pipeline.NewDoc(it)
			for _, s := range stepList {
				if err := s.Run(d); err != nil {
					break
				}
			}
		}
	})
}

// FuzzJSONL reads any bytes as JSON lines: one item per line that is not
// blank (too-long lines included), in order, each at its line's offset.
func FuzzJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id": "a", "text": "x"}` + "\n" + `{"url": "u", "html": "<p>"}`,
		"{}\n\n{\"id\": 12}\n", "not json\n{\"text\": 1}\n", `{"metadata": {"url": 5}, "text": "t"}`,
		`{"id": ["x"], "doc_id": "d", "raw_html": "h"}` + "\r\n" + `{"meta": null, "content": "c"}`,
		strings.Repeat("x", 300) + "\n{\"text\":\"ok\"}",
	} {
		f.Add([]byte(s))
	}
	const limit = 256
	path := filepath.Join(f.TempDir(), "in.jsonl")
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		var items []pipeline.Item
		if err := Read(context.Background(), Input{Path: path}, Options{Format: JSONL, MaxItemBytes: limit}, func(it pipeline.Item) error {
			items = append(items, it)
			return nil
		}); err != nil {
			t.Fatalf("Read: %v", err)
		}
		if len(data) == 0 {
			if len(items) != 1 || reason(items[0]) != "empty" {
				t.Fatalf("empty input: %+v", items)
			}
			return
		}
		var offsets []int64
		off := 0
		for _, line := range bytes.SplitAfter(data, []byte("\n")) {
			if len(line) > limit || len(bytes.TrimSpace(line)) > 0 {
				offsets = append(offsets, int64(off))
			}
			off += len(line)
		}
		if len(items) != len(offsets) {
			t.Fatalf("%d items for %d lines", len(items), len(offsets))
		}
		for i, it := range items {
			if it.Source.Offset != offsets[i] {
				t.Fatalf("item %d at offset %d, want %d", i, it.Source.Offset, offsets[i])
			}
			if (it.Err == nil) == (len(it.Body) == 0) {
				t.Fatalf("item %d: body %d bytes and error %v", i, len(it.Body), it.Err)
			}
			if it.Err != nil && !strings.Contains(it.Err.Error(), path+" line ") {
				t.Fatalf("reject %q does not name file and line", it.Err)
			}
		}
	})
}

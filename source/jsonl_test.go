package source

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestReadJSONL(t *testing.T) {
	lines := []string{
		`{"id": "a1", "url": "https://example.com/a", "html": "<p>a</p>", "title": "A"}`,
		`{"doc_id": 42, "text": "नई दिल्ली: text", "metadata": {"url": "https://example.in/b"}}`,
		``,
		`not json at all`,
		`{"id": "c", "meta": {"url": "https://example.org/c"}, "raw_content": "raw"}`,
		`{"id": "d", "url": "https://example.com/d"}`,
		`   `,
		`{"id": null, "content": "content only"}`,
		`{"id": "e", "text": "` + strings.Repeat("x", 300) + `"}`,
		`["an", "array"]`,
		`{"id": "f", "raw_html": "<html>f</html>", "text": "ignored"}`,
	}
	data := strings.Join(lines, "\n") // the last line has no newline
	type want struct {
		id, reason, format, url, body, title string
	}
	wants := []want{
		{id: "a1", format: "jsonl+html", url: "https://example.com/a", body: "<p>a</p>", title: "A"},
		{id: "42", format: "jsonl+text", url: "https://example.in/b", body: "नई दिल्ली: text"},
		{id: "in:4", reason: "json"},
		{id: "c", format: "jsonl+text", url: "https://example.org/c", body: "raw"},
		{id: "d", reason: "no-content"},
		{id: "in:8", format: "jsonl+text", body: "content only"},
		{id: "in:9", reason: "too-large"},
		{id: "in:10", reason: "json"},
		{id: "f", format: "jsonl+html", body: "<html>f</html>"},
	}
	lineOf := map[string]int{"a1": 1, "42": 2, "in:4": 4, "c": 5, "d": 6, "in:8": 8, "in:9": 9, "in:10": 10, "f": 11}
	for _, name := range []string{"in.jsonl", "in.jsonl.gz", "in.jsonl.zst"} {
		t.Run(name, func(t *testing.T) {
			b := []byte(data)
			switch {
			case strings.HasSuffix(name, ".gz"):
				b = gzipBytes(t, b)
			case strings.HasSuffix(name, ".zst"):
				b = zstdBytes(t, b)
			}
			path := filepath.Join(t.TempDir(), name)
			os.WriteFile(path, b, 0o644)
			items := readItems(t, path, Options{MaxItemBytes: 200})
			if len(items) != len(wants) {
				for _, it := range items {
					t.Logf("%s %v", it.ID, it.Err)
				}
				t.Fatalf("%d items, want %d (one per non-blank line)", len(items), len(wants))
			}
			for i, w := range wants {
				it := items[i]
				if it.ID != w.id || reason(it) != w.reason {
					t.Errorf("item %d: %q %q (%v), want %q %q", i, it.ID, reason(it), it.Err, w.id, w.reason)
					continue
				}
				line := lineOf[w.id]
				if want := int64(len(strings.Join(lines[:line-1], "\n")) + 1); line > 1 && it.Source.Offset != want {
					t.Errorf("item %s: offset %d, want %d", w.id, it.Source.Offset, want)
				}
				if w.reason != "" {
					if msg := it.Err.Error(); !strings.Contains(msg, path) || !strings.Contains(msg, "line "+strconv.Itoa(line)) {
						t.Errorf("item %s: error %q does not name the file and line %d", w.id, msg, line)
					}
					continue
				}
				if it.Source.Format != w.format || it.URL != w.url || it.Source.URL != w.url || string(it.Body) != w.body || it.Meta["title"] != w.title {
					t.Errorf("item %s: format %q url %q/%q body %q title %q; want %q %q %q %q", w.id, it.Source.Format, it.URL, it.Source.URL,
						it.Body, it.Meta["title"], w.format, w.url, w.body, w.title)
				}
			}
		})
	}
}

// TestReadJSONLTruncated checks a JSONL stream cut in the middle of a
// line: the complete lines before it are items, and the broken line is
// one reject, not two.
func TestReadJSONLTruncated(t *testing.T) {
	var b bytes.Buffer
	for i := range 3000 {
		fmt.Fprintf(&b, "{\"id\": \"r%d\", \"text\": %q}\n", i, noisyText(200+i%50))
	}
	full := gzipBytes(t, b.Bytes())
	path := filepath.Join(t.TempDir(), "cut.jsonl.gz")
	os.WriteFile(path, full[:len(full)/2], 0o644)
	items := readItems(t, path, Options{})
	if len(items) < 2 {
		t.Fatalf("%d items from half a stream", len(items))
	}
	for _, it := range items[:len(items)-1] {
		if it.Err != nil {
			t.Fatalf("item %s before the cut: %v", it.ID, it.Err)
		}
	}
	last := items[len(items)-1]
	if last.Err == nil || !strings.Contains(last.Err.Error(), path) {
		t.Fatalf("the last item %s is not a reject naming the file: %v", last.ID, last.Err)
	}
	seen := map[int64]bool{}
	for _, it := range items {
		if seen[it.Source.Offset] {
			t.Errorf("two items for the line at offset %d (%s): %v", it.Source.Offset, it.ID, it.Err)
		}
		seen[it.Source.Offset] = true
	}
}

// TestReadJSONLByteOrderMark: a UTF-8 byte order mark before the first
// line (Windows tools write one) leaves the first record whole, plain or
// compressed.
func TestReadJSONLByteOrderMark(t *testing.T) {
	data := "\xef\xbb\xbf" + `{"id": "a", "text": "first"}` + "\n" + `{"id": "b", "text": "second"}` + "\n"
	for _, name := range []string{"bom.jsonl", "bom.jsonl.gz"} {
		b := []byte(data)
		if strings.HasSuffix(name, ".gz") {
			b = gzipBytes(t, b)
		}
		path := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		items := readItems(t, path, Options{})
		if len(items) != 2 || items[0].Err != nil || items[0].ID != "a" || string(items[0].Body) != "first" || items[1].ID != "b" {
			for _, it := range items {
				t.Logf("%s %q %v", it.ID, it.Body, it.Err)
			}
			t.Errorf("%s: %d items, want records a and b", name, len(items))
		}
	}
}

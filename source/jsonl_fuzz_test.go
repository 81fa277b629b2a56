package source

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/internal/xio"
	"github.com/akhbar/akhbar/pipeline"
)

// FuzzJSONLShapes checks the JSONL reader on any bytes and any --text-key: one item per non-blank
// line, each a record or a reject naming the file and line in plain words,
// metadata always a JSON object, and no body glued from two fields.
func FuzzJSONLShapes(f *testing.F) {
	files, _ := filepath.Glob("testdata/shapes/*.jsonl")
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, "")
	}
	for _, s := range []string{`{"text": ["a"]}`, `[1]`, `{"a":`, `{"text": "x", "content": "y"}`, "{\"text\": \"a\"}\n\n{\"html\": 1}",
		`{"metadata": {"url": 3, "title": ["t"]}, "text": "t"}`, `{"date": 1700000000, "text": "t", "dump": "x"}`, `{"id": {"a": 1}, "text": "t"}`} {
		f.Add([]byte(s), "")
	}
	f.Add([]byte(`{"d": {"b": "B."}}`), "d.b")
	f.Fuzz(func(t *testing.T, b []byte, textKey string) {
		var items []pipeline.Item
		err := ReadFrom(context.Background(), bytes.NewReader(b), Input{Path: "f.jsonl"}, Options{Format: JSONL, JSONL: JSONLKeys{Text: textKey}},
			func(it pipeline.Item) error { items = append(items, it); return nil })
		if err != nil {
			t.Fatal(err)
		}
		if xio.Sniff(b) != xio.None {
			// Compressed bytes: the lines are inside them, and a stream
			// that does not decompress is one reject for the file.
			for _, it := range items {
				if it.Err != nil && !strings.Contains(it.Err.Error(), "f.jsonl") {
					t.Fatalf("error %q does not name the file", it.Err)
				}
			}
			return
		}
		if enc, name := xio.BOM(b); enc != nil && name != "utf-8" {
			// The reader reads UTF-16 with a byte order mark as UTF-8:
			// count the lines it sees.
			b, _ = enc.NewDecoder().Bytes(b)
		}
		lines := 0
		for _, l := range bytes.Split(b, []byte("\n")) {
			if len(bytes.TrimSpace(l)) > 0 {
				lines++
			}
		}
		if len(bytes.TrimSpace(b)) == 0 {
			return // an empty input is one reject for the whole file
		}
		if len(items) != lines {
			t.Fatalf("%d items for %d non-blank lines", len(items), lines)
		}
		for _, it := range items {
			if it.Err != nil {
				msg := it.Err.Error()
				if !strings.Contains(msg, "f.jsonl line ") {
					t.Fatalf("error %q does not name the file and line", msg)
				}
				for _, goWord := range []string{"Go value", "struct", "interface {}", "map[string]"} {
					if strings.Contains(msg, goWord) {
						t.Fatalf("error %q speaks Go", msg)
					}
				}
				continue
			}
			if len(it.Body) == 0 {
				t.Fatalf("item %s has no body and no error", it.ID)
			}
			if m := it.Meta["metadata"]; m != "" {
				var obj map[string]any
				if json.Unmarshal([]byte(m), &obj) != nil {
					t.Fatalf("metadata %q is not a JSON object", m)
				}
			}
		}
	})
}

package sink

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// TestSchemas writes one record in each layout and reads the line back as
// the other tool would: the keys it wants at the top, the rest under
// metadata.
func TestSchemas(t *testing.T) {
	rec := &pipeline.Record{ID: "d-1", URL: "https://www.example.de/a", Host: "example.de", Title: "T", Text: "Body.",
		Published: "2023-11-19T08:30:00Z", Lang: "deu_Latn", Quality: map[string]float64{"word_count": 1},
		Metadata: json.RawMessage(`{"source":"news-crawl","section":"local"}`), Spans: []pipeline.Span{{Start: 1, End: 1, Role: pipeline.RoleBody}}}
	tests := []struct {
		schema Schema
		top    []string
		check  func(map[string]any) string
	}{
		{SchemaDolma, []string{"added", "created", "id", "metadata", "source", "text"}, func(m map[string]any) string {
			if m["source"] != "news-crawl" || m["created"] != "2023-11-19T08:30:00Z" || m["added"] != "2025-01-01T00:00:00Z" {
				return "source/created/added"
			}
			return ""
		}},
		{SchemaDatatrove, []string{"id", "media", "metadata", "text"}, func(m map[string]any) string {
			if md := m["metadata"].(map[string]any); md["source"] != "news-crawl" {
				return "carried source"
			}
			return ""
		}},
	}
	for _, tt := range tests {
		t.Run(string(tt.schema), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "out.jsonl")
			w, err := CreateAs(path, Records, tt.schema, "2025-01-01T00:00:00Z")
			if err != nil {
				t.Fatal(err)
			}
			if err := w.Write(rec); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			b, _ := os.ReadFile(path)
			var m map[string]any
			if err := json.Unmarshal(b, &m); err != nil {
				t.Fatal(err)
			}
			var keys []string
			for k := range m {
				keys = append(keys, k)
			}
			if got := strings.Join(sorted(keys), ","); got != strings.Join(tt.top, ",") {
				t.Errorf("top-level keys %s, want %s", got, strings.Join(tt.top, ","))
			}
			md, _ := m["metadata"].(map[string]any)
			if md["title"] != "T" || md["host"] != "example.de" || md["section"] != "local" || md["spans"] != nil {
				t.Errorf("metadata %v", md)
			}
			if q, _ := md["quality"].(map[string]any); q["word_count"] != 1.0 {
				t.Errorf("metadata quality %v", md["quality"])
			}
			if m["text"] != "Body." || m["id"] != "d-1" {
				t.Errorf("text/id %v %v", m["text"], m["id"])
			}
			if msg := tt.check(m); msg != "" {
				t.Errorf("%s wrong: %s", msg, b)
			}
		})
	}
	if _, err := CreateAs(filepath.Join(t.TempDir(), "x.parquet"), Records, SchemaDolma, ""); err == nil {
		t.Error("dolma as Parquet accepted")
	}
	if _, err := ParseSchema("dolmaa"); err == nil {
		t.Error("unknown schema accepted")
	}
}

func sorted(s []string) []string {
	slices.Sort(s)
	return s
}

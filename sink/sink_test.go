package sink

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

var one = 1

func sampleRecords() []pipeline.Record {
	full := pipeline.Record{
		ID: "a", Source: pipeline.Source{Path: "in/a.txt", Format: "text", Offset: 12, Unit: "line"},
		URL: "https://example.org/a", Site: "Example", Section: "world", Title: "शीर्षक <b>",
		Keywords: []string{"k1", "k2"}, Summary: "sum", Authors: []string{"A", "B"},
		Published: "2024-07-03T19:43:00+05:30", Updated: "2024-07-04", Dateline: "नई दिल्ली",
		Images:   []pipeline.Image{{Caption: "c", Credit: "@x"}, {URL: "u"}},
		Headings: []string{"h"}, Related: []pipeline.Related{{Title: "r", URL: "ru"}},
		Copyright: "©", Text: "para 1\n\npara 2", Lang: "hin_Deva", LangScore: 0.97,
		Langs: map[string]float64{"hin_Deva": 0.9, "eng_Latn": 0.1, "mar_Deva": 0.01}, ParaLangs: []string{"hin_Deva", "hin_Deva"},
		PageType: "article", Quality: map[string]float64{"z": 1, "a": 2.5, "m": 0},
		Flags: []string{"truncated-input"}, Dup: &pipeline.Dup{Cluster: "c1", Of: "b", Score: 0.8},
		Spans: []pipeline.Span{{Start: 1, End: 2, Role: pipeline.RoleBoilerplate, Reason: "breadcrumb"}, {Start: 3, End: 3, Role: pipeline.RoleRepeated, Ref: &one, Evidence: 4}},
	}
	empty := pipeline.Record{ID: "b", Source: pipeline.Source{Format: "jsonl+text"}, Spans: []pipeline.Span{}}
	return []pipeline.Record{full, empty}
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestParquetRoundTrip: a record read back from Parquet is the record
// written, as JSON shows it.
func TestParquetRoundTrip(t *testing.T) {
	dir := t.TempDir()
	recs := sampleRecords()
	write := func(name string) []byte {
		p := filepath.Join(dir, name)
		w, err := Create(p, Records)
		if err != nil {
			t.Fatal(err)
		}
		for i := range recs {
			if err := w.Write(&recs[i]); err != nil {
				t.Fatal(err)
			}
		}
		if w.Count() != 2 || w.Bytes() == 0 {
			t.Errorf("count %d bytes %d", w.Count(), w.Bytes())
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(p)
		return b
	}
	a, b := write("a.parquet"), write("b.parquet")
	if !bytes.Equal(a, b) {
		t.Error("two Parquet files of the same records differ")
	}
	var got []pipeline.Record
	if err := ReadRecords(filepath.Join(dir, "a.parquet"), func(r pipeline.Record) error { got = append(got, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(recs) {
		t.Fatalf("read %d records, want %d", len(got), len(recs))
	}
	for i := range recs {
		if w, g := jsonOf(t, recs[i]), jsonOf(t, got[i]); w != g {
			t.Errorf("record %d:\nwrote %s\nread  %s", i, w, g)
		}
	}
}

func TestParquetRejects(t *testing.T) {
	p := filepath.Join(t.TempDir(), "r.parquet")
	w, err := Create(p, Rejects)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(&pipeline.Reject{ID: "x", Reason: "binary", Error: "x: binary"}); err != nil {
		t.Fatal(err)
	}
	if err := w.Write(&pipeline.Record{ID: "y"}); err == nil {
		t.Error("a record went into a rejects file")
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(p); err != nil || st.Size() == 0 {
		t.Errorf("rejects file: %v", err)
	}
}

func TestShardPath(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"corpus.jsonl.zst", "corpus-00003.jsonl.zst"},
		{"out/part.parquet", "out/part-00003.parquet"},
		{"a.b/corpus.rejects.jsonl", "a.b/corpus.rejects-00003.jsonl"},
		{"c.v1.parquet", "c.v1-00003.parquet"},
		{"C.V1.JSONL.GZ", "C.V1-00003.JSONL.GZ"},
		{"noext", "noext-00003"},
		{".hidden.jsonl", ".hidden-00003.jsonl"},
	} {
		if got := ShardPath(tc.in, 3); got != tc.want {
			t.Errorf("ShardPath(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestReadRecordsManifest reads a sharded corpus through its folder.
func TestReadRecordsManifest(t *testing.T) {
	dir := t.TempDir()
	m := Manifest{}
	for i := range 3 {
		name := fmt.Sprintf("part-%05d.jsonl.gz", i)
		if i == 1 {
			name = fmt.Sprintf("part-%05d.parquet", i)
		}
		w, err := Create(filepath.Join(dir, name), Records)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Write(&pipeline.Record{ID: fmt.Sprint(i), Spans: []pipeline.Span{}}); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		m.Shards = append(m.Shards, Shard{Index: i, Records: name})
	}
	if err := WriteJSON(filepath.Join(dir, "manifest.json"), &m); err != nil {
		t.Fatal(err)
	}
	var ids string
	if err := ReadRecords(dir, func(r pipeline.Record) error { ids += r.ID; return nil }); err != nil {
		t.Fatal(err)
	}
	if ids != "012" {
		t.Errorf("read %q, want 012", ids)
	}
}

// TestParquetColumns: every field of the JSON record is a Parquet column,
// so that a field added to pipeline.Record cannot be lost in Parquet.
func TestParquetColumns(t *testing.T) {
	cols := map[string]bool{}
	pt := reflect.TypeOf(pqRecord{})
	for i := range pt.NumField() {
		cols[strings.Split(pt.Field(i).Tag.Get("parquet"), ",")[0]] = true
	}
	rt := reflect.TypeOf(pipeline.Record{})
	for i := range rt.NumField() {
		name := strings.Split(rt.Field(i).Tag.Get("json"), ",")[0]
		if name != "" && name != "-" && !cols[name] {
			t.Errorf("record field %q has no Parquet column", name)
		}
	}
}

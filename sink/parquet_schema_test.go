package sink

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/akhbar/akhbar/pipeline"
)

// TestParquetQueriesLikeJSON reads a written file back with parquet-go's
// own generic reader (not akhbar's types) and checks what a query engine
// sees: MAP columns for langs and quality, nulls where the JSON has none,
// TIMESTAMP columns in UTC with the original string and its precision.
func TestParquetQueriesLikeJSON(t *testing.T) {
	recs := []pipeline.Record{
		{ID: "a", Source: pipeline.Source{Format: "html"}, URL: "https://x.example.com/a", Host: "example.com", Site: "X", Title: "A",
			Published: "2019-11-19T08:30:00+05:30", Updated: "2019-11-20T01:02:03Z", Text: "t", Lang: "hin_Deva",
			Langs: map[string]float64{"hin_Deva": 0.9, "eng_Latn": 0.1, "mar_Deva": 0.05}, Quality: map[string]float64{"word_count": 12, "a": 1},
			PageType: "article", Metadata: json.RawMessage(`{"dump":"CC-MAIN"}`), Spans: []pipeline.Span{}},
		{ID: "b", Source: pipeline.Source{Format: "text"}, Title: "", Published: "2019-11-19", Text: "u", PageType: "listing", Spans: []pipeline.Span{}},
	}
	write := func(path string) []byte {
		w, err := Create(path, Records)
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
		b, _ := os.ReadFile(path)
		return b
	}
	dir := t.TempDir()
	b := write(filepath.Join(dir, "a.parquet"))
	if b2 := write(filepath.Join(dir, "b.parquet")); !bytes.Equal(b, b2) {
		t.Error("the same records made two different files (map order?)")
	}
	pf, err := parquet.OpenFile(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	schema := pf.Schema()
	col := func(name string) parquet.Node {
		for _, f := range schema.Fields() {
			if f.Name() == name {
				return f
			}
		}
		t.Fatalf("no column %q", name)
		return nil
	}
	for _, name := range []string{"langs", "quality"} {
		if lt := col(name).Type().LogicalType(); lt == nil || lt.String() != "MAP" {
			t.Errorf("%s is not a MAP: %v", name, col(name))
		}
	}
	for _, name := range []string{"site", "host", "url", "summary", "published_text", "metadata"} {
		if !col(name).Optional() {
			t.Errorf("%s is not OPTIONAL", name)
		}
	}
	for _, name := range []string{"title", "text", "id", "page_type"} {
		if !col(name).Required() {
			t.Errorf("%s is not REQUIRED", name)
		}
	}
	for _, name := range []string{"published", "updated"} {
		lt := col(name).Type().LogicalType()
		if lt == nil || !strings.Contains(lt.String(), "TIMESTAMP(isAdjustedToUTC=true") || !strings.Contains(lt.String(), "MICROS") {
			t.Errorf("%s is not TIMESTAMP(UTC, µs): %v", name, lt)
		}
	}

	// Generic rows, as another tool would read them.
	rows := make([]parquet.Row, 2)
	r := pf.RowGroups()[0].Rows()
	n, _ := r.ReadRows(rows)
	r.Close()
	if n != 2 {
		t.Fatalf("%d rows", n)
	}
	type got struct {
		Site      *string            `parquet:"site,optional"`
		Published *time.Time         `parquet:"published,optional,timestamp(microsecond)"`
		Precision *string            `parquet:"published_precision,optional"`
		Text      *string            `parquet:"published_text,optional"`
		Quality   map[string]float64 `parquet:"quality,optional"`
	}
	out, err := parquet.Read[got](bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	if out[0].Site == nil || *out[0].Site != "X" || out[1].Site != nil {
		t.Errorf("site %v %v, want X and null", out[0].Site, out[1].Site)
	}
	if want := time.Date(2019, 11, 19, 3, 0, 0, 0, time.UTC); out[0].Published == nil || !out[0].Published.Equal(want) || *out[0].Precision != "minute" {
		t.Errorf("published %v %v, want %v minute", out[0].Published, out[0].Precision, want)
	}
	if *out[1].Precision != "day" || *out[1].Text != "2019-11-19" {
		t.Errorf("day-only published: %v %v", *out[1].Precision, *out[1].Text)
	}
	if out[0].Quality["word_count"] != 12 || out[1].Quality != nil {
		t.Errorf("quality %v %v", out[0].Quality, out[1].Quality)
	}

	// And akhbar reads back exactly the records it wrote.
	var back []pipeline.Record
	if err := ReadRecords(filepath.Join(dir, "a.parquet"), func(r pipeline.Record) error { back = append(back, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, recs) {
		bj, _ := json.Marshal(back)
		rj, _ := json.Marshal(recs)
		t.Errorf("read back\n%s\nwant\n%s", bj, rj)
	}
}

// TestParquetRowGroups: a file is cut into row groups by the records' JSON
// size, the same records always in the same groups, every row readable.
func TestParquetRowGroups(t *testing.T) {
	defer func(v int64) { rowGroupBytes = v }(rowGroupBytes)
	rowGroupBytes = 2000
	var recs []pipeline.Record
	for i := range 40 {
		recs = append(recs, pipeline.Record{ID: strings.Repeat("x", i+1), Source: pipeline.Source{Format: "text"},
			Text: strings.Repeat("word ", 40), Spans: []pipeline.Span{}})
	}
	write := func(path string) []byte {
		w, err := Create(path, Records)
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
		b, _ := os.ReadFile(path)
		return b
	}
	dir := t.TempDir()
	b := write(filepath.Join(dir, "a.parquet"))
	if !bytes.Equal(b, write(filepath.Join(dir, "b.parquet"))) {
		t.Error("the same records made two different files")
	}
	pf, err := parquet.OpenFile(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	groups := pf.RowGroups()
	var rows int64
	for _, g := range groups {
		rows += g.NumRows()
	}
	if len(groups) < 5 || rows != int64(len(recs)) {
		t.Errorf("%d row groups holding %d rows; want several groups of ~2000 JSON bytes holding all %d", len(groups), rows, len(recs))
	}
}

package sink

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

var ref15 = 15

func records() []pipeline.Record {
	return []pipeline.Record{
		{
			ID: "000_6b62018fc8430769", Source: pipeline.Source{Path: "seed/000.txt", Format: "text", Unit: "line"},
			Site: "ETV Bharat", Section: "international", Title: "अस्ताना में जयशंकर ने लावरोव से की मुलाकात",
			Keywords: []string{"S Jaishankar Sergey Lavrov Meeting"}, Authors: []string{"ETV Bharat Hindi Team"},
			Published: "2024-07-03T19:43:00+05:30", Dateline: "नई दिल्ली",
			Images:   []pipeline.Image{{Caption: "एस जयशंकर - सर्गेई लावरोव", Credit: "@DrSJaishankar"}},
			Related:  []pipeline.Related{{Title: "ब्रिटेन आम चुनाव"}},
			Text:     "a < b && c > d\n\n<script>alert(1)</script> \u2028 line separator",
			PageType: "article", Flags: []string{"zone-assumed"},
			Spans: []pipeline.Span{{Start: 1, End: 1, Role: pipeline.RoleMetadata, Reason: "breadcrumb"},
				{Start: 28, End: 39, Role: pipeline.RoleRepeated, Reason: "copy", Ref: &ref15}},
		},
		{ID: "empty", Source: pipeline.Source{Path: "-", Format: "text"}, PageType: "empty", Spans: []pipeline.Span{}},
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	for _, name := range []string{"out.jsonl", "out.jsonl.gz", "out.jsonl.zst"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			w, err := CreateJSONL(path)
			if err != nil {
				t.Fatal(err)
			}
			want := records()
			for i := range want {
				if err := w.Write(&want[i]); err != nil {
					t.Fatal(err)
				}
			}
			if w.Count() != int64(len(want)) {
				t.Errorf("Count = %d, want %d", w.Count(), len(want))
			}
			if _, err := os.Stat(path); !os.IsNotExist(err) {
				t.Errorf("output visible before Close")
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			var got []pipeline.Record
			if err := ReadRecords(path, func(r pipeline.Record) error { got = append(got, r); return nil }); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("read back\n%+v\nwant\n%+v", got, want)
			}
		})
	}
}

// TestJSONLNoHTMLEscape checks that <, > and & are written as themselves:
// a corpus of article text must stay readable with grep and jq.
func TestJSONLNoHTMLEscape(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.jsonl")
	w, err := CreateJSONL(path)
	if err != nil {
		t.Fatal(err)
	}
	w.Write(map[string]string{"text": "a < b && c > d"})
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	if got, want := string(b), `{"text":"a < b && c > d"}`+"\n"; got != want {
		t.Errorf("wrote %q, want %q", got, want)
	}
}

func TestJSONLAbort(t *testing.T) {
	dir := t.TempDir()
	w, err := CreateJSONL(filepath.Join(dir, "out.jsonl.gz"))
	if err != nil {
		t.Fatal(err)
	}
	w.Write(records()[0])
	w.Abort()
	if es, _ := os.ReadDir(dir); len(es) != 0 {
		t.Errorf("Abort left %d files", len(es))
	}
}

func TestJSONLWriteError(t *testing.T) {
	w, err := CreateJSONL(filepath.Join(t.TempDir(), "out.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Abort()
	if err := w.Write(map[string]any{"f": func() {}}); err == nil || !strings.Contains(err.Error(), "out.jsonl") {
		t.Errorf("Write of an unencodable value = %v, want an error naming the file", err)
	}
	if w.Count() != 0 {
		t.Errorf("a failed write was counted")
	}
}

func TestReadRecordsErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte("{\"id\":\"a\"}\n\n{\"id\": 3}\n"), 0o644)
	n := 0
	err := ReadRecords(bad, func(pipeline.Record) error { n++; return nil })
	if err == nil || !strings.Contains(err.Error(), "bad.jsonl:3") {
		t.Errorf("ReadRecords = %v, want an error naming bad.jsonl:3", err)
	}
	if n != 1 {
		t.Errorf("%d records before the bad line, want 1", n)
	}
	if err := ReadRecords(filepath.Join(dir, "missing.jsonl"), func(pipeline.Record) error { return nil }); err == nil {
		t.Error("ReadRecords of a missing file succeeded")
	}
	stop := os.ErrClosed
	good := filepath.Join(dir, "good.jsonl")
	os.WriteFile(good, bytes.Repeat([]byte("{\"id\":\"a\"}\n"), 3), 0o644)
	if err := ReadRecords(good, func(pipeline.Record) error { return stop }); err != stop {
		t.Errorf("ReadRecords = %v, want the callback's error", err)
	}
}

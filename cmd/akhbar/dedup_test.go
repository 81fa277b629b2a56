package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/dedup"
	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
)

func writeCorpus(t *testing.T, path string, recs []pipeline.Record) {
	t.Helper()
	var b bytes.Buffer
	for _, r := range recs {
		line, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDedupCommand(t *testing.T) {
	story := strings.Repeat("the council approved the new budget for roads and schools after a long debate ", 6)
	other := strings.Repeat("heavy rain closed the mountain pass and stranded hundreds of travellers overnight ", 6)
	menu := "Home\n\nNational\n\nSports\n\n"
	recs := []pipeline.Record{
		{ID: "site__a", Text: menu + story, Published: "2024-05-02"},
		{ID: "site__b", Text: menu + story + "Updated later.", Published: "2024-05-01"},
		{ID: "site__c", Text: menu + other},
		{ID: "site__d", Text: menu + "a short note about the weather"},
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	writeCorpus(t, in, recs)
	d := dedup.DefaultOptions()
	d.TempDir = dir
	tests := []struct {
		name      string
		drop      bool
		templates bool
		written   int
		summary   string
	}{
		{"mark", false, false, 4, "read 4 = written 4 + rejected 0"},
		{"drop", true, false, 3, "read 4 = written 3 + rejected 0 (+ dropped as duplicates 1)"},
		{"drop with templates", true, true, 3, "(+ dropped as duplicates 1)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".jsonl")
			opts := dedupOptions{Output: out, Drop: tt.drop, Templates: tt.templates, Options: d,
				Verify: string(d.Verify), Policy: string(d.Policy), MemoryMB: 1, Stats: out + ".stats"}
			var stderr bytes.Buffer
			if err := runDedup(context.Background(), opts, []string{in}, &stderr); err != nil {
				t.Fatalf("%v\n%s", err, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.summary) {
				t.Errorf("summary %q does not contain %q", stderr.String(), tt.summary)
			}
			got := map[string]*pipeline.Dup{}
			if err := sink.ReadRecords(out, func(r pipeline.Record) error { got[r.ID] = r.Dup; return nil }); err != nil {
				t.Fatal(err)
			}
			if len(got) != tt.written {
				t.Fatalf("%d records written, want %d", len(got), tt.written)
			}
			// b is dated earlier: it is the keeper
			if b := got["site__b"]; b == nil || b.Of != "" || b.Cluster == "" {
				t.Errorf("keeper b: %+v", b)
			}
			if a, ok := got["site__a"]; ok && (a == nil || a.Of != "site__b" || a.Cluster != got["site__b"].Cluster) {
				t.Errorf("duplicate a: %+v", a)
			}
			if got["site__c"] != nil || got["site__d"] != nil {
				t.Errorf("singletons marked: %+v %+v", got["site__c"], got["site__d"])
			}
			if _, err := os.Stat(out + ".stats"); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestDedupUsage(t *testing.T) {
	var stderr bytes.Buffer
	err := runDedup(context.Background(), dedupOptions{Verify: "maybe", Policy: "earliest"}, []string{"x.jsonl"}, &stderr)
	var ue usageError
	if !errors.As(err, &ue) {
		t.Errorf("bad --verify: %v, want a usage error", err)
	}
	err = runDedup(context.Background(), dedupOptions{Verify: "exact", Policy: "earliest"}, []string{"/does/not/exist.jsonl"}, &stderr)
	if !errors.As(err, &ue) {
		t.Errorf("missing input: %v, want a usage error", err)
	}
}

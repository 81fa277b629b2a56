package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestStatsFile: --stats writes counts that add up: each step's out is the
// next one's in, the last out is what was written, and the records by
// language, host and page type each sum to the records; the manifest has
// the same counts and bytes_in is the inputs' size.
func TestStatsFile(t *testing.T) {
	dir := t.TempDir()
	shapes, _ := filepath.Abs("../../source/testdata/shapes")
	dumps, _ := filepath.Abs("../../testdata/dumps")
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte("{\"text\": [1]}\n{\"url\": \"x\"}\n"), 0o644)
	statsPath := filepath.Join(dir, "stats.json")
	out := filepath.Join(dir, "c.jsonl")
	opts := cleanOptions{Format: "auto", Output: out, Quality: "default", Langs: "eng", Quiet: true, Stats: statsPath, Dedup: true,
		corpus: corpusFlags{Schema: "akhbar"}}
	if err := runClean(context.Background(), opts, []string{shapes, dumps, bad}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	var s statsFile
	b, err := os.ReadFile(statsPath)
	if err != nil || json.Unmarshal(b, &s) != nil {
		t.Fatalf("stats file: %v %s", err, b)
	}
	in := s.Read
	var rejected int64
	for _, st := range s.Steps {
		if st.In != in || st.Out != st.In-st.Rejected-st.Dropped {
			t.Errorf("step %+v does not follow from in %d", st, in)
		}
		in = st.Out
		rejected += st.Rejected
	}
	if in != s.Written || rejected != s.Rejected || s.Steps[0].Name != "read" || s.Steps[0].Rejected != 2 {
		t.Errorf("steps %+v end at %d, written %d; rejected %d/%d", s.Steps, in, s.Written, rejected, s.Rejected)
	}
	for name, m := range map[string]map[string]int64{"langs": s.Langs, "hosts": s.Hosts, "page_types": s.PageTypes} {
		var sum int64
		for _, n := range m {
			sum += n
		}
		if sum != s.Written+s.Duplicates {
			t.Errorf("%s sum to %d, want %d records", name, sum, s.Written+s.Duplicates)
		}
	}
	var size int64
	for _, d := range []string{shapes, dumps} {
		es, _ := os.ReadDir(d)
		for _, e := range es {
			info, _ := e.Info()
			size += info.Size()
		}
	}
	st, _ := os.Stat(bad)
	if s.BytesIn != size+st.Size() {
		t.Errorf("bytes_in %d, want %d", s.BytesIn, size+st.Size())
	}
	var m struct {
		Stats struct {
			Langs   map[string]int64 `json:"langs"`
			BytesIn int64            `json:"bytes_in"`
		} `json:"stats"`
	}
	mb, _ := os.ReadFile(filepath.Join(dir, "c.jsonl.manifest.json"))
	if json.Unmarshal(mb, &m) != nil || m.Stats.BytesIn != s.BytesIn || len(m.Stats.Langs) != len(s.Langs) {
		t.Errorf("manifest stats %+v differ from the stats file", m.Stats)
	}
}

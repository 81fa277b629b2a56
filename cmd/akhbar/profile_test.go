package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCleanProfiles checks that --cpuprofile and --memprofile leave
// profiles in pprof's format and no temporary files.
func TestCleanProfiles(t *testing.T) {
	dir := t.TempDir()
	opts := cleanOptions{Format: "auto", Output: filepath.Join(dir, "out.jsonl"), Quiet: true,
		Profile: profileFlags{cpu: filepath.Join(dir, "cpu.prof"), mem: filepath.Join(dir, "mem.prof")}}
	var stderr bytes.Buffer
	if err := runClean(context.Background(), opts, []string{"../../testdata/seed/000_6b62018fc8430769.txt"}, &stderr); err != nil {
		t.Fatalf("clean: %v\n%s", err, stderr.String())
	}
	for _, name := range []string{"cpu.prof", "mem.prof"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		// pprof's format is a gzipped protocol buffer.
		if len(data) < 20 || data[0] != 0x1f || data[1] != 0x8b {
			t.Errorf("%s: not a gzipped profile (%d bytes)", name, len(data))
		}
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

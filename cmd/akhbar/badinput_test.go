package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/klauspost/compress/gzip"
)

// TestCleanBadInput runs "akhbar clean" over a folder of damaged inputs
// next to a good one: every input ends as exactly one record or one
// reject with the reason it deserves, the summary adds up, and the run
// itself succeeds.
func TestCleanBadInput(t *testing.T) {
	seed, err := os.ReadFile("../../testdata/seed/000_6b62018fc8430769.txt")
	if err != nil {
		t.Fatal(err)
	}
	gzSeed := func(b []byte) []byte {
		var buf bytes.Buffer
		w := gzip.NewWriter(&buf)
		w.Write(b)
		w.Close()
		return buf.Bytes()
	}
	// A long page, so that half of its compressed stream holds a lot.
	longPage := bytes.Repeat(seed, 40)
	gzLong := gzSeed(longPage)
	const limit = 1 << 20
	files := []struct {
		name string
		data []byte
		// want is "record" or the reject reason; flag is a flag the
		// record must carry.
		want, flag string
		// link, when set, makes the file a symbolic link to this path
		// (relative to the input folder) instead.
		link string
	}{
		{"good.txt", seed, "record", "", ""},
		{"empty.txt", nil, "empty", "", ""},
		{"blank.txt", []byte("\n \n\t\n"), "empty", "", ""},
		{"binary.txt", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2, 3}, 100)...), "binary", "", ""},
		{"latin1.txt", []byte("Caf\xe9 society\n\nThe caf\xe9 opened on Monday in the old town, and the owners said they had waited two years for the licence to serve food and drink on the square.\n"), "record", "legacy-charset", ""},
		{"cut.txt.gz", gzLong[:len(gzLong)/2], "record", "truncated-input", ""},
		{"header-only.txt.gz", gzLong[:12], "decompress", "", ""},
		{"one-line.txt", bytes.Repeat([]byte("x"), limit+1000), "too-large", "", ""},
		{"good-copy.txt.gz", gzSeed(seed), "record", "", ""},
		// Unclosed formatting tags the HTML parser would copy into every
		// later paragraph: 50 million nodes from 805 KB.
		{"bomb.txt", []byte("<html><body><table>" + bombTags(500) + "</table>" + strings.Repeat("<p>y</p>", 100000)), "html-bomb", "", ""},
		{"short-lines.txt", bytes.Repeat([]byte("x\n"), 300000), "too-many-lines", "", ""},
		// A page of nothing but elements, each a kilobyte to the steps.
		{"tags.txt", []byte("<p>" + strings.Repeat("<br>", 250000)), "too-many-elements", "", ""},
		{"gone.txt", nil, "dangling-link", "", "missing.txt"},
		{"loop.txt", nil, "symlink-loop", "", "."},
		{"linked.txt", nil, "record", "", "good-copy.txt.gz"},
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	for _, f := range files {
		p := filepath.Join(in, f.name)
		if f.link != "" {
			if err := os.Symlink(filepath.Join(in, f.link), p); err != nil {
				t.Skip("no symbolic links:", err)
			}
			continue
		}
		if err := os.WriteFile(p, f.data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "out.jsonl")
	var stderr bytes.Buffer
	opts := cleanOptions{Format: "auto", Output: out, Workers: 2, MaxItemBytes: limit, Quiet: true}
	if err := runClean(context.Background(), opts, []string{in}, &stderr); err != nil {
		t.Fatalf("runClean: %v\n%s", err, stderr.String())
	}

	type outcome struct {
		kind, reason, errText, path string
		flags                       []string
	}
	got := map[string][]outcome{}
	readLines(t, out, func(m map[string]any) {
		var flags []string
		if fs, ok := m["flags"].([]any); ok {
			for _, f := range fs {
				flags = append(flags, f.(string))
			}
		}
		got[m["id"].(string)] = append(got[m["id"].(string)], outcome{kind: "record", flags: flags})
	})
	readLines(t, filepath.Join(dir, "out.rejects.jsonl"), func(m map[string]any) {
		id := m["id"].(string)
		path, _ := m["source"].(map[string]any)["path"].(string)
		got[id] = append(got[id], outcome{kind: "reject", reason: m["reason"].(string), errText: m["error"].(string), path: path})
	})

	wantReasons := map[string]int{}
	records := 0
	for _, f := range files {
		id := strings.TrimSuffix(strings.TrimSuffix(f.name, ".gz"), ".txt")
		o := got[id]
		if len(o) != 1 {
			t.Errorf("%s: %d outcomes %+v, want exactly one", f.name, len(o), o)
			continue
		}
		switch {
		case f.want == "record":
			records++
			if o[0].kind != "record" {
				t.Errorf("%s: %+v, want a record", f.name, o[0])
			} else if f.flag != "" && !contains(o[0].flags, f.flag) {
				t.Errorf("%s: flags %q, want %q", f.name, o[0].flags, f.flag)
			}
		default:
			wantReasons[f.want]++
			if o[0].kind != "reject" || o[0].reason != f.want {
				t.Errorf("%s: %+v, want a reject %q", f.name, o[0], f.want)
			} else if !strings.Contains(o[0].errText, id) || filepath.Base(o[0].path) != f.name {
				t.Errorf("%s: reject %q from %q does not name its item", f.name, o[0].errText, o[0].path)
			}
		}
		delete(got, id)
	}
	for id, o := range got {
		t.Errorf("unexpected outcome for %q: %+v", id, o)
	}

	// The summary adds up and lists the reasons.
	summary := strings.TrimSpace(stderr.String())
	m := regexp.MustCompile(`^read (\d+) = written (\d+) \+ rejected (\d+) \[(.*)\]$`).FindStringSubmatch(summary)
	if m == nil {
		t.Fatalf("summary %q", summary)
	}
	read, _ := strconv.Atoi(m[1])
	written, _ := strconv.Atoi(m[2])
	rejected, _ := strconv.Atoi(m[3])
	if read != len(files) || written != records || rejected != len(files)-records || read != written+rejected {
		t.Errorf("summary %q, want read %d = written %d + rejected %d", summary, len(files), records, len(files)-records)
	}
	for reason, n := range wantReasons {
		if !strings.Contains(m[4], fmt.Sprintf("%s %d", reason, n)) {
			t.Errorf("summary %q does not count %s %d", summary, reason, n)
		}
	}
}

// bombTags opens n distinct <b> elements, left open.
func bombTags(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "<b id=%d>x", i)
	}
	return b.String()
}

func readLines(t *testing.T, path string, fn func(map[string]any)) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal(line, &m); err != nil {
			t.Fatalf("%s:%d: %v", path, i+1, err)
		}
		fn(m)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestCleanUsage(t *testing.T) {
	var stderr bytes.Buffer
	dir := t.TempDir()
	for _, tt := range []struct {
		opts cleanOptions
		args []string
	}{
		{cleanOptions{Format: "pdf", Output: filepath.Join(dir, "o.jsonl")}, []string{dir}},
		{cleanOptions{Format: "auto", Output: filepath.Join(dir, "o.jsonl")}, []string{filepath.Join(dir, "nothing-*.txt")}},
	} {
		err := runClean(context.Background(), tt.opts, tt.args, &stderr)
		_, usage := err.(usageError)
		_, input := err.(inputError)
		if !usage && !input {
			t.Errorf("runClean(%+v, %q) = %v, want a usage or input error (exit 2)", tt.opts, tt.args, err)
		}
	}
	if es, _ := os.ReadDir(dir); len(es) != 0 {
		t.Errorf("a usage error left %d files", len(es))
	}
}

// TestCleanCancelled checks that an interrupted run ends, with an error
// and without leaving a partial output behind.
func TestCleanCancelled(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	seed, err := os.ReadFile("../../testdata/seed/000_6b62018fc8430769.txt")
	if err != nil {
		t.Fatal(err)
	}
	for i := range 50 {
		os.WriteFile(filepath.Join(in, fmt.Sprintf("%02d.txt", i)), seed, 0o644)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	done := make(chan error, 1)
	go func() {
		var stderr bytes.Buffer
		done <- runClean(ctx, cleanOptions{Format: "auto", Output: filepath.Join(dir, "out.jsonl"), Workers: 2, Quiet: true}, []string{in}, &stderr)
	}()
	select {
	case err := <-done:
		if err == nil {
			t.Error("a cancelled run reports success")
		}
	case <-time.After(30 * time.Second):
		t.Fatal("a cancelled run does not end")
	}
	if _, err := os.Stat(filepath.Join(dir, "out.jsonl")); !os.IsNotExist(err) {
		t.Errorf("a cancelled run left its output: %v", err)
	}
}

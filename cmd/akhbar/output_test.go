package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/akhbar/akhbar/dedup"
	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/web/index"
	"github.com/akhbar/akhbar/web/report"
)

// pages writes n small text pages and, with empty, one empty page (a
// reject) into a new folder.
func pages(t *testing.T, n int, empty bool) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "in")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		body := fmt.Sprintf("Headline %d\n\nThe city council met on Monday to talk about the river, the school and the market; page %d says so in words enough for a body.\n\nA second paragraph follows with more words about the rain and the farmers of the district.\n", i, i)
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%02d.txt", i)), []byte(body), 0o644)
	}
	if empty {
		os.WriteFile(filepath.Join(dir, "zz-empty.txt"), nil, 0o644)
	}
	return dir
}

func cleanRun(t *testing.T, opts cleanOptions, args ...string) (string, error) {
	t.Helper()
	if opts.Format == "" {
		opts.Format = "auto"
	}
	if opts.Quality == "" {
		opts.Quality = "none"
	}
	opts.Quiet = true
	if opts.MaxItemBytes == 0 {
		opts.MaxItemBytes = 32 << 20
	}
	var stderr bytes.Buffer
	err := runClean(context.Background(), opts, args, &stderr)
	return stderr.String(), err
}

// TestOutputSafety is issue 17 case 6: akhbar does not overwrite what it
// did not write, nor a finished run of other settings, keeps its rejects
// file with its run, and two runs into one output at once refuse.
func TestOutputSafety(t *testing.T) {
	in := pages(t, 3, true)
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")

	// A file akhbar did not write.
	os.WriteFile(out, []byte("precious\n"), 0o644)
	if _, err := cleanRun(t, cleanOptions{Output: out}, in); err == nil {
		t.Error("a file akhbar did not write was overwritten")
	}
	if b, _ := os.ReadFile(out); string(b) != "precious\n" {
		t.Fatalf("the file was changed: %.60q", b)
	}
	if _, err := cleanRun(t, cleanOptions{Output: out, Overwrite: true}, in); err != nil {
		t.Fatalf("--overwrite: %v", err)
	}
	first, _ := os.ReadFile(out)

	// A finished output and another command or settings.
	if _, err := cleanRun(t, cleanOptions{Output: out, Langs: "hin"}, in); err == nil {
		t.Error("a finished output was overwritten by other settings")
	}
	if b, _ := os.ReadFile(out); !bytes.Equal(b, first) {
		t.Error("the finished output changed")
	}

	// Rejects belong to the run beside them: a run without rejects
	// leaves none from the run before.
	rej := filepath.Join(dir, "out.rejects.jsonl")
	if _, err := os.Stat(rej); err != nil {
		t.Fatalf("first run's rejects: %v", err)
	}
	good := pages(t, 2, false)
	if _, err := cleanRun(t, cleanOptions{Output: out, Overwrite: true}, good); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(rej); err == nil {
		t.Error("a stale rejects file survived a run without rejects")
	}
	s, err := report.Build(context.Background(), []string{out}, report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s.Rejects != 0 {
		t.Errorf("report counts %d rejects of an earlier run", s.Rejects)
	}

	// Two runs at once: the second refuses. The first is stood for by
	// a lock held on the output, as a live run holds it.
	for _, o := range []struct{ out, lock string }{
		{filepath.Join(dir, "locked.jsonl"), filepath.Join(dir, ".locked.jsonl.lock")},
		{filepath.Join(dir, "folder") + "/", filepath.Join(dir, "folder", ".lock")},
	} {
		os.MkdirAll(filepath.Dir(o.lock), 0o755)
		f, err := os.Create(o.lock)
		if err != nil {
			t.Fatal(err)
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			t.Fatal(err)
		}
		msg, err := cleanRun(t, cleanOptions{Output: o.out}, in)
		if err == nil || !strings.Contains(err.Error(), "another akhbar run") {
			t.Errorf("%s: a second run into a locked output: %v %s", o.out, err, msg)
		}
		f.Close()
	}
}

// TestRunIdentity is issue 17 case 7: the identity sees every setting and
// a change to an input, whatever steps are on.
func TestRunIdentity(t *testing.T) {
	in := pages(t, 4, false)
	dir := t.TempDir()
	out := filepath.Join(dir, "c") + "/"
	if _, err := cleanRun(t, cleanOptions{Output: out, Langs: "eng", Templates: true}, in); err != nil {
		t.Fatal(err)
	}
	m, err := sink.ReadManifest(filepath.Join(out, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	if string(m.Config) == "null" || len(m.Config) == 0 || !strings.Contains(string(m.Config), `"eng"`) {
		t.Errorf("manifest config %s, want the settings with the language list", m.Config)
	}
	if m.Version == "dev" || m.Version == "" {
		t.Errorf("version %q, want the build's", m.Version)
	}
	// The same run again: complete. Another language list: refused, not
	// "already complete".
	msg, err := cleanRun(t, cleanOptions{Output: out, Langs: "eng", Templates: true}, in)
	if err != nil || !strings.Contains(msg, "already complete") {
		t.Errorf("same run again: %v %s", err, msg)
	}
	msg, err = cleanRun(t, cleanOptions{Output: out, Langs: "hin", Templates: true}, in)
	if err == nil || strings.Contains(msg, "already complete") {
		t.Errorf("other languages into a finished run: %v %s", err, msg)
	}
	// A quality preset is one setting, the same in two runs.
	qout := filepath.Join(dir, "q") + "/"
	if _, err := cleanRun(t, cleanOptions{Output: qout, Quality: "default"}, in); err != nil {
		t.Fatal(err)
	}
	msg, err = cleanRun(t, cleanOptions{Output: qout, Quality: "default"}, in)
	if err != nil || !strings.Contains(msg, "already complete") {
		t.Errorf("same preset again: %v %s", err, msg)
	}
	// An input changed in place, same size and time: not the same run.
	p := filepath.Join(in, "p01.txt")
	st, _ := os.Stat(p)
	b, _ := os.ReadFile(p)
	copy(b, "HEADLINE")
	os.WriteFile(p, b, 0o644)
	os.Chtimes(p, st.ModTime(), st.ModTime())
	msg, err = cleanRun(t, cleanOptions{Output: qout, Quality: "default"}, in)
	if err == nil && strings.Contains(msg, "already complete") {
		t.Errorf("a changed input passed as the same run: %s", msg)
	}
}

// TestOutputNaming is issue 18's naming rule: rejects keep the output's
// name with passes on, names keep their dots, two formats of one name
// keep one manifest each, outputs inside an input folder (and serve's
// index of one) are not read back, and names of no known format are refused.
func TestOutputNaming(t *testing.T) {
	in := pages(t, 4, true)
	dir := t.TempDir()
	at := func(n string) string { return filepath.Join(dir, n) }
	exists := func(n string) bool { _, err := os.Stat(at(n)); return err == nil }

	if _, err := cleanRun(t, cleanOptions{Output: at("c.jsonl"), Dedup: true, Templates: true}, in); err != nil {
		t.Fatal(err)
	}
	if !exists("c.rejects.jsonl") || exists("c-00000.rejects.jsonl") {
		t.Errorf("with passes the rejects are not c.rejects.jsonl: %v", names(dir))
	}
	s, err := report.Build(context.Background(), []string{at("c.jsonl")}, report.Options{})
	if err != nil || s.Rejects != 1 {
		t.Errorf("report of c.jsonl: %d rejects, %v; want 1", s.Rejects, err)
	}
	if _, err := cleanRun(t, cleanOptions{Output: at("a.jsonl"), Rejects: at("a-rej.jsonl"), Dedup: true}, in); err != nil {
		t.Fatal(err)
	}
	if !exists("a-rej.jsonl") {
		t.Errorf("--rejects a-rej.jsonl not kept: %v", names(dir))
	}
	if _, err := cleanRun(t, cleanOptions{Output: at("c.v1.parquet")}, in); err != nil {
		t.Fatal(err)
	}
	if !exists("c.v1.rejects.parquet") {
		t.Errorf("c.v1.parquet's rejects: %v", names(dir))
	}
	if _, err := cleanRun(t, cleanOptions{Output: at("sh.jsonl")}, in); err != nil {
		t.Fatal(err)
	}
	if _, err := cleanRun(t, cleanOptions{Output: at("sh.parquet")}, in); err != nil {
		t.Fatal(err)
	}
	ma, _ := sink.CorpusManifest(at("sh.jsonl"))
	mb, _ := sink.CorpusManifest(at("sh.parquet"))
	if ma == nil || mb == nil || ma.Shards[0].Records == mb.Shards[0].Records {
		t.Errorf("sh.jsonl and sh.parquet share a manifest: %v", names(dir))
	}
	for _, bad := range []string{"x.csv", "x.txt", "x.json"} {
		if _, err := cleanRun(t, cleanOptions{Output: at(bad)}, in); err == nil || !strings.Contains(err.Error(), "extension") {
			t.Errorf("-o %s: %v, want an error about the extension", bad, err)
		}
		if exists(bad) {
			t.Errorf("-o %s written", bad)
		}
	}

	// Outputs inside an input folder are not read back.
	var reads []string
	for i, o := range []string{"o1.jsonl", "o2.jsonl", "o3/"} {
		o = filepath.Join(in, o) + strings.Repeat("/", strings.Count(o, "/"))
		msg, err := cleanRun(t, cleanOptions{Output: o}, in)
		if err != nil {
			t.Fatal(err)
		}
		reads = append(reads, strings.Fields(msg[strings.LastIndex(msg, "read "):])[1])
		if i == 0 {
			// serve's index of it (o1.jsonl.idx/) is akhbar's output too.
			ix, err := index.Open(context.Background(), o, index.Options{})
			if err != nil {
				t.Fatal(err)
			}
			ix.Close()
		}
		if i > 0 && reads[i] != reads[0] {
			t.Errorf("run %d read %s items, the first %s: outputs read back", i, reads[i], reads[0])
		}
	}
}

func names(dir string) []string {
	var out []string
	filepath.Walk(dir, func(p string, _ os.FileInfo, _ error) error {
		r, _ := filepath.Rel(dir, p)
		out = append(out, r)
		return nil
	})
	return out
}

// TestStaleTemporaries is issue 17 case 9: what a killed run left beside
// its output goes at the next start of the same output.
func TestStaleTemporaries(t *testing.T) {
	in := pages(t, 3, false)
	dir := t.TempDir()
	out := filepath.Join(dir, "c.jsonl")
	stale := []string{".c.jsonl.tmp-123", ".c.jsonl.manifest.json.tmp-9", ".c.rejects.jsonl.tmp-77"}
	for _, n := range stale {
		os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644)
	}
	os.MkdirAll(filepath.Join(dir, ".c.jsonl.work", "stage"), 0o755)
	keep := filepath.Join(dir, ".other.jsonl.tmp-5") // another output's
	os.WriteFile(keep, nil, 0o644)
	if _, err := cleanRun(t, cleanOptions{Output: out, Dedup: true}, in); err != nil {
		t.Fatal(err)
	}
	for _, n := range append(stale, ".c.jsonl.work") {
		if _, err := os.Stat(filepath.Join(dir, n)); err == nil {
			t.Errorf("%s left", n)
		}
	}
	if _, err := os.Stat(keep); err != nil {
		t.Error("another output's temporary file removed")
	}
}

// TestDedupOutputRule: akhbar dedup honours the same rule as clean.
func TestDedupOutputRule(t *testing.T) {
	in := pages(t, 4, false)
	dir := t.TempDir()
	corpus := filepath.Join(dir, "c.jsonl")
	if _, err := cleanRun(t, cleanOptions{Output: corpus}, in); err != nil {
		t.Fatal(err)
	}
	dd := func(out string, overwrite bool) (string, error) {
		var stderr bytes.Buffer
		o := dedupOptions{Output: out, Overwrite: overwrite, Options: dedup.DefaultOptions(), Verify: "exact", Policy: "earliest", MemoryMB: 64}
		err := runDedup(context.Background(), o, []string{corpus}, &stderr)
		return stderr.String(), err
	}
	if _, err := dd(filepath.Join(dir, "d.csv"), false); err == nil {
		t.Error("dedup -o d.csv accepted")
	}
	foreign := filepath.Join(dir, "mine.jsonl")
	os.WriteFile(foreign, []byte("mine\n"), 0o644)
	if _, err := dd(foreign, false); err == nil {
		t.Error("dedup overwrote a file akhbar did not write")
	}
	if _, err := dd(corpus, true); err == nil {
		t.Error("dedup wrote over its own input")
	}
	out := filepath.Join(dir, "d.parquet")
	if _, err := dd(out, false); err != nil {
		t.Fatal(err)
	}
	if m, _ := sink.CorpusManifest(out); m == nil || m.Stats.Written != 4 {
		t.Errorf("dedup's manifest: %+v", m)
	}
	n := 0
	if err := sink.ReadRecords(out, func(pipeline.Record) error { n++; return nil }); err != nil || n != 4 {
		t.Errorf("d.parquet: %d records, %v", n, err)
	}
	if msg, err := dd(out, false); err != nil || !strings.Contains(msg, "already complete") {
		t.Errorf("same dedup again: %v %s", err, msg)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*work*")); len(left) > 0 {
		t.Errorf("work folders left: %v", left)
	}
}

// TestRunOutputRule: "akhbar run" (templates and dedup on by default)
// names its rejects by the same rule as clean.
func TestRunOutputRule(t *testing.T) {
	in := pages(t, 4, true)
	dir := t.TempDir()
	yaml := "inputs:\n  - path: " + in + "\noutput:\n  path: " + filepath.Join(dir, "c.v1.jsonl") + "\n"
	p := filepath.Join(dir, "p.yaml")
	os.WriteFile(p, []byte(yaml), 0o644)
	var stderr bytes.Buffer
	if err := runRun(context.Background(), p, true, &stderr); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "c.v1.rejects.jsonl")); err != nil {
		t.Errorf("run's rejects: %v", names(dir))
	}
	s, err := report.Build(context.Background(), []string{filepath.Join(dir, "c.v1.jsonl")}, report.Options{})
	if err != nil || s.Rejects == 0 {
		t.Errorf("report of run's output: %d rejects, %v", s.Rejects, err)
	}
}

// TestServeFolder: serve opens the folder clean wrote (issue 18).
func TestServeFolder(t *testing.T) {
	in := pages(t, 3, false)
	out := filepath.Join(t.TempDir(), "c") + "/"
	if _, err := cleanRun(t, cleanOptions{Output: out}, in); err != nil {
		t.Fatal(err)
	}
	ixs, err := openIndexes(context.Background(), serveOptions{Quiet: true}, []string{out}, &bytes.Buffer{}, nil)
	if err != nil {
		t.Fatalf("serve %s: %v", out, err)
	}
	defer ixs[0].Close()
	if ixs[0].Len() != 3 {
		t.Errorf("%d records, want 3", ixs[0].Len())
	}
}

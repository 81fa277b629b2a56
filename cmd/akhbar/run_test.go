package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/source"
)

// TestRunMatchesClean checks that a pipeline file runs the same job as
// the command line: same records for the seed.
func TestRunMatchesClean(t *testing.T) {
	seed, err := filepath.Abs("../../testdata/seed/000_6b62018fc8430769.txt")
	if err != nil {
		t.Fatal(err)
	}
	runEqualsClean(t, seed, "steps:\n  quality:\n    preset: default\n", "run.jsonl", "default")
}

// runEqualsClean runs a pipeline file over input with the YAML steps
// given, writing to out (below a temporary folder), and clean with the
// quality preset given, and fails unless both wrote the same bytes.
func runEqualsClean(t *testing.T, input, steps, out, quality string) {
	t.Helper()
	runEqualsCleanOpts(t, input, steps, out, "", cleanOptions{Format: "auto", Quality: quality})
}

// runEqualsCleanOpts is runEqualsClean with more keys for the file's
// output section and clean's options given whole (the output path is set
// here).
func runEqualsCleanOpts(t *testing.T, input, steps, out, outKeys string, opts cleanOptions) {
	t.Helper()
	dir := t.TempDir()
	out = filepath.Join(dir, out)
	yaml := "inputs:\n  - path: " + input + "\n" + steps + "output:\n  path: " + out + "\n" + outKeys
	if err := os.WriteFile(filepath.Join(dir, "p.yaml"), []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	if err := runRun(context.Background(), filepath.Join(dir, "p.yaml"), true, &stderr); err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	cleanOut := filepath.Join(dir, "clean.jsonl")
	opts.Output, opts.Quiet = cleanOut, true
	if err := runClean(context.Background(), opts, []string{input}, &stderr); err != nil {
		t.Fatal(err)
	}
	a, _ := os.ReadFile(out)
	b, _ := os.ReadFile(cleanOut)
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Errorf("run and clean differ: %d and %d bytes", len(a), len(b))
	}
}

func TestRunRejectsBadPipeline(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "p.yaml")
	if err := os.WriteFile(p, []byte("inputs:\n  - path: x\noutput:\n  path: o.jsonl\nsteps:\n  qualty: {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := runRun(context.Background(), p, true, &bytes.Buffer{})
	var ie inputError
	if err == nil || !errors.As(err, &ie) || !strings.Contains(err.Error(), `"qualty" in steps (did you mean "quality"?)`) {
		t.Errorf("err = %v, want an input error (exit 2) naming the unknown key and the nearest one", err)
	}
}

// TestRunMinimalIsClean: a pipeline file that names no step runs what
// clean runs with no flags (no templates, no dedup, no quality filter),
// with paths taken from the working directory and the output's folder
// created.
func TestRunMinimalIsClean(t *testing.T) {
	sample, err := filepath.Abs("../../testdata/dumps")
	if err != nil {
		t.Fatal(err)
	}
	runEqualsClean(t, sample, "", filepath.Join("new", "folder", "run.jsonl"), "none")
}

// TestRunHasCleanFlags: what clean takes as flags a pipeline file says
// too — the pinned reference time, the JSONL keys, the record layout, the
// language-score minimum and the stats file — and the two write the same
// bytes.
func TestRunHasCleanFlags(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	lines := `{"doc":{"body":"The state government announced on Monday that schools in the coastal districts will stay closed for two more days as heavy rain continues. Officials said relief camps have been opened in twelve villages and that the army is on standby.\n\nThe weather office has issued a red alert for the weekend."},"key":"a1","link":"https://example.in/news/rain-schools-closed"}
{"doc":{"body":"zz qq xx"},"key":"a2","link":"https://example.in/x"}
`
	if err := os.WriteFile(in, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	stats := filepath.Join(dir, "run-stats.json")
	steps := "now: 2024-07-03T10:00:00+05:30\njsonl:\n  text_key: doc.body\n  id_key: key\n  url_key: link\nsteps:\n  lang:\n    min_score: 0.5\n"
	runEqualsCleanOpts(t, in, steps, "run.jsonl", "  schema: dolma\n  stats: "+stats+"\n", cleanOptions{
		Format: "auto", Quality: "none", Now: "2024-07-03T10:00:00+05:30", MinLangScore: 0.5,
		corpus: corpusFlags{Schema: "dolma", JSONL: source.JSONLKeys{Text: "doc.body", ID: "key", URL: "link"}},
	})
	b, err := os.ReadFile(stats)
	if err != nil {
		t.Fatalf("the pipeline's stats file: %v", err)
	}
	if !strings.Contains(string(b), "filter:lang-score") {
		t.Errorf("stats do not count the language-score reject:\n%s", b)
	}
}

// TestRunKeepText: steps.clean.keep_text in a pipeline file is clean's
// --keep-text, and it keeps what clean alone takes out of a dump.
func TestRunKeepText(t *testing.T) {
	seed, err := filepath.Abs("../../testdata/seed/000_6b62018fc8430769.txt")
	if err != nil {
		t.Fatal(err)
	}
	runEqualsCleanOpts(t, seed, "steps:\n  clean:\n    keep_text: true\n", "run.jsonl", "",
		cleanOptions{Format: "auto", Quality: "none", KeepText: true})
	dir := t.TempDir()
	size := map[bool]int64{}
	for _, keep := range []bool{false, true} {
		out := filepath.Join(dir, fmt.Sprintf("%v.jsonl", keep))
		opts := cleanOptions{Format: "auto", Quality: "none", KeepText: keep, Output: out, Quiet: true}
		if err := runClean(context.Background(), opts, []string{seed}, &bytes.Buffer{}); err != nil {
			t.Fatal(err)
		}
		st, err := os.Stat(out)
		if err != nil {
			t.Fatal(err)
		}
		size[keep] = st.Size()
	}
	if size[true] <= size[false] {
		t.Errorf("--keep-text wrote %d bytes, clean alone %d: nothing kept", size[true], size[false])
	}
}

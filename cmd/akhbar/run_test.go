package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	dir := t.TempDir()
	out = filepath.Join(dir, out)
	yaml := "inputs:\n  - path: " + input + "\n" + steps + "output:\n  path: " + out + "\n"
	if err := os.WriteFile(filepath.Join(dir, "p.yaml"), []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	if err := runRun(context.Background(), filepath.Join(dir, "p.yaml"), true, &stderr); err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	cleanOut := filepath.Join(dir, "clean.jsonl")
	if err := runClean(context.Background(), cleanOptions{Format: "auto", Output: cleanOut, Quality: quality, Quiet: true}, []string{input}, &stderr); err != nil {
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

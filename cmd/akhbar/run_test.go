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
	dir := t.TempDir()
	seed, err := filepath.Abs("../../testdata/seed/000_6b62018fc8430769.txt")
	if err != nil {
		t.Fatal(err)
	}
	yaml := "inputs:\n  - path: " + seed + "\nsteps:\n  quality:\n    preset: default\noutput:\n  path: " + filepath.Join(dir, "run.jsonl") + "\n"
	if err := os.WriteFile(filepath.Join(dir, "p.yaml"), []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	if err := runRun(context.Background(), filepath.Join(dir, "p.yaml"), true, &stderr); err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	cleanOut := filepath.Join(dir, "clean.jsonl")
	if err := runClean(context.Background(), cleanOptions{Format: "auto", Output: cleanOut, Quality: "default", Quiet: true}, []string{seed}, &stderr); err != nil {
		t.Fatal(err)
	}
	a, _ := os.ReadFile(filepath.Join(dir, "run.jsonl"))
	b, _ := os.ReadFile(cleanOut)
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Errorf("run and clean differ:\n%s\n%s", a, b)
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
	dir := t.TempDir()
	sample, err := filepath.Abs("../../testdata/dumps")
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "new", "folder", "run.jsonl")
	yaml := "inputs:\n  - path: " + sample + "\noutput:\n  path: " + out + "\n"
	if err := os.WriteFile(filepath.Join(dir, "p.yaml"), []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	if err := runRun(context.Background(), filepath.Join(dir, "p.yaml"), true, &stderr); err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	cleanOut := filepath.Join(dir, "clean.jsonl")
	if err := runClean(context.Background(), cleanOptions{Format: "auto", Output: cleanOut, Quality: "none", Quiet: true}, []string{sample}, &stderr); err != nil {
		t.Fatal(err)
	}
	a, _ := os.ReadFile(out)
	b, _ := os.ReadFile(cleanOut)
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Errorf("run and clean differ: %d and %d bytes", len(a), len(b))
	}
}

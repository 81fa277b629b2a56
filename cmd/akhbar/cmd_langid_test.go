package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunLangid(t *testing.T) {
	in := "भारत दक्षिण एशिया में स्थित एक देश है।\n\nThe cabinet met on Monday to discuss the budget.\r\n12345\nবাংলাদেশ দক্ষিণ এশিয়ার একটি দেশ।"
	var out bytes.Buffer
	if err := runLangid(context.Background(), langidOptions{maxLineBytes: 1 << 20}, nil, strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	want := []string{"hin_Deva", "und", "eng_Latn", "und", "ben_Beng"}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != len(want) {
		t.Fatalf("%d output lines for %d input lines:\n%s", len(lines), len(want), out.String())
	}
	for i, l := range lines {
		label, score, ok := strings.Cut(l, "\t")
		if !ok || label != want[i] || len(score) != 6 {
			t.Errorf("line %d = %q, want %s<TAB>score", i, l, want[i])
		}
	}
}

// A line far longer than any buffer must neither fail nor split into several
// outputs; only its first --max-line-bytes are looked at.
func TestRunLangidLongLine(t *testing.T) {
	long := strings.Repeat("यह एक बहुत लंबी पंक्ति है जिसमें कोई नई पंक्ति नहीं है। ", 60000) // ~8 MB
	in := "first line in English for the record\n" + long + "\nlast line in English for the record\n"
	var out bytes.Buffer
	err := runLangid(context.Background(), langidOptions{maxLineBytes: 1 << 16}, nil, strings.NewReader(in), &out)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[1], "hin_Deva\t") || !strings.HasPrefix(lines[2], "eng_Latn\t") {
		t.Fatalf("got %q", lines)
	}
}

func TestRunLangidFiles(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("one English sentence about the weather today\n"), 0o644)
	os.WriteFile(b, []byte("महाराष्ट्र हे भारतातील एक राज्य आहे."), 0o644)
	var out bytes.Buffer
	if err := runLangid(context.Background(), langidOptions{maxLineBytes: 100}, []string{a, b}, nil, &out); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(out.String(), "\n"); got != 2 {
		t.Fatalf("%d lines for 2 inputs: %q", got, out.String())
	}
	err := runLangid(context.Background(), langidOptions{maxLineBytes: 100}, []string{filepath.Join(dir, "missing")}, nil, &out)
	if err == nil {
		t.Error("missing file accepted")
	}
	if err := runLangid(context.Background(), langidOptions{}, nil, strings.NewReader(""), &out); err == nil {
		t.Error("zero --max-line-bytes accepted")
	}
}

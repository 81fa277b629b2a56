package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/akhbar/akhbar/lang/internal/stage2"
)

// The shipped second stage is what this trainer makes of the kit's FLORES
// dev file with the default settings, byte for byte.
func TestShippedModelMatchesTrainer(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the whole model (about a minute)")
	}
	path := os.Getenv("AKHBAR_FLORES_DEV")
	if path == "" {
		path = "/work/shared/eval/lid/flores-dev.tsv"
	}
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no FLORES dev file: %v", err)
	}
	items, err := read(path)
	if err != nil {
		t.Fatal(err)
	}
	addFragments(items)
	m := train(items, stage2.DefaultTrain, func(int) bool { return true })
	raw, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	shipped, err := os.ReadFile("../../data/stage2.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(raw, shipped) {
		t.Fatalf("lang/data/stage2.bin (%d bytes) differs from what the trainer makes (%d bytes): run go run ./lang/internal/train2", len(shipped), len(raw))
	}
}

func TestFoldsGroupSentences(t *testing.T) {
	// Every sentence index falls in one fold, the folds are contiguous
	// blocks of equal size.
	seen := map[int]int{}
	for s := range 500 {
		f := foldOf(s, 500, 5)
		if f < 0 || f >= 5 {
			t.Fatalf("sentence %d: fold %d", s, f)
		}
		if s > 0 && f < foldOf(s-1, 500, 5) {
			t.Fatalf("folds not contiguous at %d", s)
		}
		seen[f]++
	}
	for f, n := range seen {
		if n != 100 {
			t.Errorf("fold %d has %d sentences", f, n)
		}
	}
}

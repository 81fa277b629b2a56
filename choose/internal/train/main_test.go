package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/akhbar/akhbar/choose"
	"github.com/akhbar/akhbar/extract/candidate"
	"github.com/akhbar/akhbar/internal/evalset"
	"github.com/akhbar/akhbar/internal/learn"
)

// The embedded rankers must be what the trainer makes from the kit today:
// a change to candidate features or to extraction that is not followed by
// `go run ./choose/internal/train -embed` leaves them scoring vectors they
// were not trained on, which no other test notices.
func TestEmbeddedModelsMatchTrainer(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts the kit's 1,777 dev pages and trains three rankers (about a minute)")
	}
	// The kit beside the repository, as CI places it, else where
	// evalset looks by default.
	kit := filepath.Join("..", "..", "..", "..", "shared", "eval")
	if _, err := os.Stat(kit); err != nil {
		kit = ""
	}
	if _, err := evalset.FindKit(kit); err != nil {
		t.Skipf("no evaluation kit: %v", err)
	}
	pages, err := loadPages(kit, "", "")
	if err != nil {
		t.Fatal(err)
	}
	for i := range pages {
		for f := range pages[i].Cands {
			candidate.Finish(candidate.Field(f), pages[i].Cands[f])
		}
	}
	p := learn.DefaultGBDT
	p.Trees, p.Depth = defaultTrees, defaultDepth
	for f := candidate.Field(0); f < candidate.NFields; f++ {
		raw, err := fitterFor(f, defaultSoftmax)(pages, f, -1, nil, p, false, defaultBalance).MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		name := choose.FileName(f)
		shipped, err := os.ReadFile(filepath.Join("..", "..", "models", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(raw, shipped) {
			t.Errorf("choose/models/%s (%d bytes) differs from what the trainer makes (%d bytes): run go run ./choose/internal/train -embed", name, len(shipped), len(raw))
		}
	}
}

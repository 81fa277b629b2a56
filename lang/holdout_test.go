package lang

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/akhbar/akhbar/lang/internal/model"
)

// withModel runs fn with the first stage read from raw instead of the
// embedded model, the embedded second stage bound to it where its script
// is there, and fresh pooled states (a word cache holds one model's
// numbers). Not for parallel tests.
func withModel(t *testing.T, raw []byte, fn func()) {
	t.Helper()
	getModel()
	m, err := model.Load(raw)
	if err != nil {
		t.Fatal(err)
	}
	g, err := groupsOf(m)
	if err != nil {
		t.Fatal(err)
	}
	savedM, savedG, savedS := mdl, groups, second
	mdl, groups = m, g
	s2, err := bindSecond(stage2Bytes, true)
	if err != nil {
		mdl, groups = savedM, savedG
		t.Fatal(err)
	}
	second = s2
	pool = sync.Pool{New: func() any { return emptyState() }}
	defer func() {
		mdl, groups, second = savedM, savedG, savedS
		pool = sync.Pool{New: func() any { return newState() }}
	}()
	fn()
}

// TestHoldoutPackages is the labelling step of scripts/eval-lid-holdout.sh:
// for every fold-K.bin (a first stage trained without fold K's Debian
// packages) and fold-K.tsv (gold label, package, text of those packages'
// strings) in $AKHBAR_LID_HOLDOUT, it labels each row with Identify under
// that model and writes fold-K.pred (gold, package, predicted label). The
// script scores the predictions; without the variable there is nothing to
// do.
func TestHoldoutPackages(t *testing.T) {
	dir := os.Getenv("AKHBAR_LID_HOLDOUT")
	if dir == "" {
		t.Skip("AKHBAR_LID_HOLDOUT not set (see scripts/eval-lid-holdout.sh)")
	}
	bins, err := filepath.Glob(filepath.Join(dir, "fold-*.bin"))
	if err != nil || len(bins) == 0 {
		t.Fatalf("no fold-*.bin in %s (%v)", dir, err)
	}
	sort.Strings(bins)
	for _, bin := range bins {
		base := strings.TrimSuffix(bin, ".bin")
		raw, err := os.ReadFile(bin)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := os.ReadFile(base + ".tsv")
		if err != nil {
			t.Fatal(err)
		}
		var out strings.Builder
		n := 0
		withModel(t, raw, func() {
			for line := range strings.Lines(string(rows)) {
				f := strings.SplitN(strings.TrimRight(line, "\n"), "\t", 3)
				if len(f) != 3 {
					t.Fatalf("%s.tsv: bad line %q", base, line)
				}
				fmt.Fprintf(&out, "%s\t%s\t%s\n", f[0], f[1], Identify(f[2]).Label)
				n++
			}
		})
		if err := os.WriteFile(base+".pred", []byte(out.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d rows labelled", filepath.Base(bin), n)
	}
}

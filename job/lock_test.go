package job

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/akhbar/akhbar/template"
)

// TestLockOutput: a second lock on one output fails while the first is
// held, and works once it is let go.
func TestLockOutput(t *testing.T) {
	p := filepath.Join(t.TempDir(), ".out.jsonl.lock")
	a, err := lockOutput(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lockOutput(p); !errors.Is(err, ErrLocked) {
		t.Errorf("second lock: %v, want ErrLocked", err)
	}
	if !isLocked(p) {
		t.Error("held lock not seen")
	}
	a.unlock()
	b, err := lockOutput(p)
	if err != nil {
		t.Fatalf("lock after unlock: %v", err)
	}
	b.unlock()
}

// TestCleanTempWork: work folders whose lock no live run holds go; held
// ones and ones without a lock file stay.
func TestCleanTempWork(t *testing.T) {
	dir := t.TempDir()
	mk := func(name string, lock bool) string {
		d := filepath.Join(dir, name)
		os.MkdirAll(d, 0o755)
		if lock {
			os.WriteFile(filepath.Join(d, ".lock"), nil, 0o644)
		}
		return d
	}
	dead := mk("akhbar-work-1", true)
	live := mk("akhbar-work-2", true)
	bare := mk("akhbar-work-3", false)
	other := mk("other-4", true)
	lk, err := lockOutput(filepath.Join(live, ".lock"))
	if err != nil {
		t.Fatal(err)
	}
	defer lk.unlock()
	CleanTempWork(dir, "akhbar-work-")
	for d, want := range map[string]bool{dead: false, live: true, bare: true, other: true} {
		if _, err := os.Stat(d); (err == nil) != want {
			t.Errorf("%s: exists %v, want %v", filepath.Base(d), err == nil, want)
		}
	}
}

// TestTemplatePassIdentity: every template option is in the pass's
// recorded config, so that a new option cannot escape the run's identity.
func TestTemplatePassIdentity(t *testing.T) {
	n := reflect.TypeOf(template.Options{}).NumField()
	cfg := reflect.TypeOf(TemplatePass(template.DefaultOptions()).Config).NumField()
	if n != cfg {
		t.Errorf("template.Options has %d fields, the pass records %d: add the new one to TemplatePass", n, cfg)
	}
}

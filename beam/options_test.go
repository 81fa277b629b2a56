package beam

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// workerDoc runs the worker's steps, set up from o, over the first of the
// testdata w3m dumps, and returns the document and the error that
// stopped it (nil if every step ran).
func workerDoc(t *testing.T, o Options) (*pipeline.Doc, error) {
	t.Helper()
	files, _ := filepath.Glob("testdata/w3m/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata/w3m dumps")
	}
	body, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	f := &processFileFn{O: o}
	if err := f.Setup(); err != nil {
		t.Fatal(err)
	}
	d := pipeline.NewDoc(pipeline.Item{ID: "x", Source: pipeline.Source{Path: files[0], Format: "text"}, Body: body})
	for _, s := range f.steps {
		if err := s.Run(d); err != nil {
			return d, err
		}
	}
	return d, nil
}

// TestMinLangScoreReachesSteps: the worker's steps reject a document below
// the launcher's --min_lang_score as clean's do, and keep it without one.
func TestMinLangScoreReachesSteps(t *testing.T) {
	for _, tc := range []struct {
		min    float64
		reject bool
	}{{0, false}, {1.01, true}} {
		_, stepErr := workerDoc(t, Options{Format: "auto", MinLangScore: tc.min})
		var re *pipeline.RejectError
		rejected := errors.As(stepErr, &re) && re.Reason == "filter:lang-score"
		if rejected != tc.reject {
			t.Errorf("min %v: err %v, want a lang-score reject: %v", tc.min, stepErr, tc.reject)
		}
	}
}

// TestKeepTextReachesSteps: the worker's steps keep every line of a dump
// with the launcher's --keep_text, as clean's --keep-text does, and drop
// some without it.
func TestKeepTextReachesSteps(t *testing.T) {
	dropped := map[bool]int{}
	for _, keep := range []bool{false, true} {
		d, err := workerDoc(t, Options{Format: "auto", KeepText: keep})
		if err != nil {
			t.Fatalf("keep %v: %v", keep, err)
		}
		for _, s := range d.Record.Spans {
			if s.Role != pipeline.RoleBody && s.Role != pipeline.RoleBlank {
				dropped[keep]++
			}
		}
	}
	if dropped[false] == 0 || dropped[true] != 0 {
		t.Errorf("spans taken out: %d without --keep_text, %d with it; want some, then none", dropped[false], dropped[true])
	}
}

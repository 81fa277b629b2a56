package beam

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// TestMinLangScoreReachesSteps: the worker's steps reject a document below
// the launcher's --min_lang_score as clean's do, and keep it without one.
func TestMinLangScoreReachesSteps(t *testing.T) {
	files, _ := filepath.Glob("testdata/w3m/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata/w3m dumps")
	}
	body, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		min    float64
		reject bool
	}{{0, false}, {1.01, true}} {
		f := &processFileFn{O: Options{Format: "auto", MinLangScore: tc.min}}
		if err := f.Setup(); err != nil {
			t.Fatal(err)
		}
		d := pipeline.NewDoc(pipeline.Item{ID: "x", Source: pipeline.Source{Path: files[0], Format: "text"}, Body: body})
		var stepErr error
		for _, s := range f.steps {
			if stepErr = s.Run(d); stepErr != nil {
				break
			}
		}
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
	files, _ := filepath.Glob("testdata/w3m/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata/w3m dumps")
	}
	body, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	dropped := map[bool]int{}
	for _, keep := range []bool{false, true} {
		f := &processFileFn{O: Options{Format: "auto", KeepText: keep}}
		if err := f.Setup(); err != nil {
			t.Fatal(err)
		}
		d := pipeline.NewDoc(pipeline.Item{ID: "x", Source: pipeline.Source{Path: files[0], Format: "text"}, Body: body})
		for _, s := range f.steps {
			if err := s.Run(d); err != nil {
				t.Fatalf("keep %v: %s: %v", keep, s.Name, err)
			}
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

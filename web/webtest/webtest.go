// Package webtest holds the test helpers shared by the web packages and
// the commands that use them: a fresh copy of the hand-made corpus in
// web/testdata, so that indexes are built in a temporary folder and never
// in the source tree.
//
// It is for tests only, like net/http/httptest.
package webtest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/web/corpus"
)

// Dir is the web/testdata folder.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "testdata")
}

// CopyTestdata copies every file of web/testdata into a new temporary
// folder and returns the folder. The corpus is corpus.jsonl in it.
func CopyTestdata(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	ents, err := os.ReadDir(Dir())
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if !e.Type().IsRegular() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(Dir(), e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// WriteManifest writes the manifest "akhbar clean" would have written
// beside a corpus: the raw view shows only the inputs it lists.
func WriteManifest(t testing.TB, corpusPath string) {
	t.Helper()
	m := sink.Manifest{Version: "test", Shards: []sink.Shard{{Records: filepath.Base(corpusPath)}}}
	if rj := corpus.RejectsPath(corpusPath); rj != "" {
		m.Shards[0].Rejects = filepath.Base(rj)
	}
	seen := map[string]bool{}
	err := sink.ReadRecords(corpusPath, func(r pipeline.Record) error {
		if p := r.Source.Path; p != "" && !seen[p] {
			seen[p] = true
			m.Inputs = append(m.Inputs, sink.InputInfo{Path: p})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := sink.WriteJSON(sink.ManifestPath(corpusPath), &m); err != nil {
		t.Fatal(err)
	}
}

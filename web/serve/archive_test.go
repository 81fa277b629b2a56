package serve

import (
	"archive/tar"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
)

// TestRawViewArchiveMember: a record read from a member of an archive
// shows that member's text beside it, read from the archive the run was
// given; a member the archive no longer holds is said to be missing.
func TestRawViewArchiveMember(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, f := range []struct{ name, text string }{
		{"pages/a.txt", "First headline\n\nThe first page's own paragraph.\n"},
		{"pages/b.txt", "Second headline\n\nThe second page's own paragraph.\n"},
	} {
		tw.WriteHeader(&tar.Header{Name: f.name, Mode: 0o644, Size: int64(len(f.text)), Typeflag: tar.TypeReg})
		tw.Write([]byte(f.text))
	}
	tw.Close()
	archive := filepath.Join(dir, "pages.tar")
	os.WriteFile(archive, buf.Bytes(), 0o644)
	corpusPath := filepath.Join(dir, "c.jsonl")
	w, err := sink.CreateJSONL(corpusPath)
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range []string{"pages/b.txt", "pages/gone.txt"} {
		w.Write(&pipeline.Record{ID: string(rune('a' + i)), Source: pipeline.Source{Path: archive + "!/" + m, Format: "text", Unit: "line"}, Spans: []pipeline.Span{}})
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	ts := serveWithInputs(t, corpusPath, archive)
	_, _, body := get(t, ts.URL+"/record/0/0")
	if !strings.Contains(body, "The second page") || strings.Contains(body, "The first page") {
		t.Errorf("member b's raw view does not show b's text alone")
	}
	_, _, body = get(t, ts.URL+"/record/0/1")
	if !strings.Contains(body, "holds no item") || !strings.Contains(body, "gone.txt") {
		t.Errorf("a member the archive lacks is not said to be missing")
	}
}

package job

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/source"
)

// TestManifestHashesAsRead checks that the inputs' hashes, now made as the
// run reads them, are what hashing each file on its own gives, for a
// single output and for a sharded one.
func TestManifestHashesAsRead(t *testing.T) {
	in := corpus(t, 12)
	for _, out := range []string{filepath.Join(t.TempDir(), "c.jsonl"), filepath.Join(t.TempDir(), "shards") + string(os.PathSeparator)} {
		o := Options{Inputs: []string{in}, Output: out, Workers: 2, Steps: stepsAt(time.Now())}
		if _, err := Run(context.Background(), o); err != nil {
			t.Fatal(err)
		}
		mpath := out + ".manifest.json"
		if IsDirOutput(out) {
			mpath = filepath.Join(out, "manifest.json")
		}
		m, err := sink.ReadManifest(mpath)
		if err != nil {
			t.Fatal(err)
		}
		if len(m.Inputs) != 12 {
			t.Fatalf("%s: %d inputs in the manifest, want 12", out, len(m.Inputs))
		}
		for _, got := range m.Inputs {
			path := got.Path
			if !filepath.IsAbs(path) {
				path = filepath.Join(filepath.Dir(mpath), path)
			}
			st, err := os.Stat(path)
			if err != nil {
				t.Fatalf("%s: manifest input %q: %v", out, got.Path, err)
			}
			want := hashFile(source.Input{Path: path, Size: st.Size()})
			if got.XXHash == "" || got.XXHash != want.XXHash || got.Size != want.Size {
				t.Errorf("%s: %s hashed %s (%d bytes), want %s (%d)", out, got.Path, got.XXHash, got.Size, want.XXHash, want.Size)
			}
		}
	}
}

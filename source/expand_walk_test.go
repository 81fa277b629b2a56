package source

import (
	"os"
	"path/filepath"
	"testing"
)

// TestExpandDamagedTree: a dangling link and an unreadable folder inside
// an input folder are inputs of their own (Read makes each a reject), and
// the rest of the tree is still read.
func TestExpandDamagedTree(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "a"), 0o755)
	os.WriteFile(filepath.Join(dir, "a", "one.txt"), []byte("one"), 0o644)
	os.WriteFile(filepath.Join(dir, "z.txt"), []byte("z"), 0o644)
	if err := os.Symlink(filepath.Join(dir, "missing"), filepath.Join(dir, "b-dangling.txt")); err != nil {
		t.Skip("no symlinks here")
	}
	os.Symlink(filepath.Join(dir, "z.txt"), filepath.Join(dir, "c-link.txt"))
	want := []string{"a/one.txt", "b-dangling.txt", "c-link.txt", "z.txt"}
	locked := filepath.Join(dir, "l-locked")
	os.MkdirAll(locked, 0o755)
	os.WriteFile(filepath.Join(locked, "x.txt"), []byte("x"), 0o644)
	os.Chmod(locked, 0)
	defer os.Chmod(locked, 0o755)
	if _, err := os.ReadDir(locked); err != nil {
		want = []string{"a/one.txt", "b-dangling.txt", "c-link.txt", "l-locked", "z.txt"}
	} else {
		want = []string{"a/one.txt", "b-dangling.txt", "c-link.txt", "l-locked/x.txt", "z.txt"} // root reads it anyway
	}
	ins, err := Expand([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, in := range ins {
		rel, _ := filepath.Rel(dir, in.Path)
		got = append(got, filepath.ToSlash(rel))
	}
	if len(got) != len(want) {
		t.Fatalf("inputs %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("inputs %q, want %q", got, want)
		}
	}
}

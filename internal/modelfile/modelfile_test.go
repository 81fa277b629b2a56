package modelfile

import (
	"os"
	"path/filepath"
	"testing"
)

func TestBytes(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "m"), []byte("fold"), 0o644)
	for _, c := range []struct{ env, name, want string }{
		{"", "m", "embedded"},
		{dir, "m", "fold"},
		{dir, "other", "embedded"},
	} {
		t.Setenv(Env, c.env)
		got, err := Bytes(c.name, []byte("embedded"))
		if err != nil || string(got) != c.want {
			t.Errorf("env %q name %q: %q, %v; want %q", c.env, c.name, got, err, c.want)
		}
	}
}

package source

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestIDFromPath(t *testing.T) {
	tests := []struct{ path, want string }{
		{"000_6b62018fc8430769.txt", "000_6b62018fc8430769"},
		{"/a/b/hd-kinra_de.html.gz", "hd-kinra_de"},
		{"x.jsonl.zst", "x"},
		{"x.warc.gz", "x"},
		{"CC-MAIN-2024.warc.wet.gz", "CC-MAIN-2024"},
		{"page.HTML", "page"},
		{"dump.txt.bad", "dump"},
		{"v1.2.3.txt", "v1.2.3"},               // dots inside a name survive
		{"report.2024.pdf", "report.2024.pdf"}, // unknown extensions stay
		{"noext", "noext"},
		{".hidden.txt", ".hidden"},
		{".gz", ".gz"},
		{"-", "-"},
	}
	for _, tt := range tests {
		if got := IDFromPath(tt.path); got != tt.want {
			t.Errorf("IDFromPath(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

// tree makes files (with content of the given sizes) under a temp dir.
func tree(t *testing.T, files ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(f), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestExpand(t *testing.T) {
	dir := tree(t, "b/2.txt", "b/1.txt.gz", "b/c/3.txt", "b/.hidden.txt", "b/.git/config", "a.txt", "z.jsonl", "y.jsonl")
	rel := func(in []Input) []string {
		var out []string
		for _, i := range in {
			if i.Path == "-" {
				out = append(out, "-")
				continue
			}
			r, err := filepath.Rel(dir, i.Path)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, filepath.ToSlash(r))
			if want := int64(len(filepath.ToSlash(r))); i.Size != want {
				t.Errorf("%s: size %d, want %d", r, i.Size, want)
			}
		}
		return out
	}
	p := func(s string) string { return filepath.Join(dir, s) }
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"file", []string{p("a.txt")}, []string{"a.txt"}},
		{"folder walked in lexical order, hidden skipped", []string{p("b")}, []string{"b/1.txt.gz", "b/2.txt", "b/c/3.txt"}},
		{"arguments keep their order", []string{p("z.jsonl"), p("a.txt")}, []string{"z.jsonl", "a.txt"}},
		{"glob matches sorted", []string{p("*.jsonl")}, []string{"y.jsonl", "z.jsonl"}},
		{"glob over folders", []string{p("b/*")}, []string{"b/1.txt.gz", "b/2.txt", "b/c/3.txt"}},
		{"a hidden file named outright is read", []string{p("b/.hidden.txt")}, []string{"b/.hidden.txt"}},
		{"duplicates once", []string{p("a.txt"), p("*.txt"), p("a.txt")}, []string{"a.txt"}},
		{"stdin", []string{"-", p("a.txt"), "-"}, []string{"-", "a.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Expand(tt.args)
			if err != nil {
				t.Fatal(err)
			}
			if r := rel(got); !reflect.DeepEqual(r, tt.want) {
				t.Errorf("Expand = %q, want %q", r, tt.want)
			}
		})
	}
	for _, bad := range []string{p("nothing*.txt"), p("missing.txt"), p("[")} {
		if got, err := Expand([]string{p("a.txt"), bad}); err == nil {
			t.Errorf("Expand(%q) = %v without an error", bad, got)
		} else if !strings.Contains(err.Error(), filepath.Base(strings.TrimSuffix(bad, "["))) && !strings.Contains(err.Error(), "[") {
			t.Errorf("Expand(%q) error %q does not name the argument", bad, err)
		}
	}
}

func TestExpandGlobHidden(t *testing.T) {
	dir := tree(t, "b/1.txt", "b/.swp.txt", ".cache/x.txt", "c/x.txt")
	got, err := Expand([]string{filepath.Join(dir, "*", "*.txt")})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || !strings.HasSuffix(got[0].Path, "1.txt") || !strings.HasSuffix(got[1].Path, filepath.Join("c", "x.txt")) {
		t.Errorf("Expand(*/*.txt) = %+v, want b/1.txt and c/x.txt", got)
	}
	got, err = Expand([]string{filepath.Join(dir, "b", ".*")})
	if err != nil || len(got) != 1 || !strings.HasSuffix(got[0].Path, ".swp.txt") {
		t.Errorf("Expand(b/.*) = %+v, %v; want the hidden file the pattern names", got, err)
	}
	if _, err := Expand([]string{filepath.Join(dir, ".cache", "..", "b", "*.txt")}); err != nil {
		t.Errorf("a pattern through .. fails: %v", err)
	}
	if got, err := Expand([]string{filepath.Join(dir, "b", "*.swp.txt")}); err == nil {
		t.Errorf("a pattern matching only hidden files gives %+v, want a no-match error", got)
	}
}

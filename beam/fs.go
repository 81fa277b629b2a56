package beam

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/akhbar/akhbar/source"
)

// Paths with a scheme (gs://, s3://, memfs://) go through Beam's file
// systems, which the binary registers by importing them; plain paths are
// read and written with package os, so that local runs use exactly the
// code "akhbar clean" uses.

// Remote reports whether a path names object storage rather than a local
// (or mounted) file.
func Remote(path string) bool { return strings.Contains(path, "://") }

// JoinPath joins a folder and a file name for either kind of path.
func JoinPath(dir, name string) string {
	if Remote(dir) {
		return strings.TrimSuffix(dir, "/") + "/" + name
	}
	return filepath.Join(dir, name)
}

// ExpandInputs resolves the inputs on the launcher: local arguments the
// way "akhbar clean" does (source.Expand: folders walked, globs sorted),
// object-storage arguments as an object, a glob or a folder ("…/", as
// "…/*") listed through Beam's file system (gs:// globs treat "/" as an
// ordinary character and take "**"; s3:// globs do not cross "/").
// The order is stable, and a pattern that matches nothing is an error.
func ExpandInputs(ctx context.Context, args []string) ([]string, error) {
	var local []string
	var out []string
	flush := func() error {
		if len(local) == 0 {
			return nil
		}
		ins, err := source.Expand(local)
		if err != nil {
			return err
		}
		for _, in := range ins {
			if in.Path == "-" {
				return fmt.Errorf("standard input cannot be distributed: give files")
			}
			out = append(out, in.Path)
		}
		local = local[:0]
		return nil
	}
	seen := map[string]bool{}
	for _, a := range args {
		if !Remote(a) {
			local = append(local, a)
			continue
		}
		if err := flush(); err != nil {
			return nil, err
		}
		pattern := a
		if strings.HasSuffix(a, "/") {
			// A folder: the objects under it (every level on GCS, whose
			// "*" crosses "/"; one level on S3).
			pattern = a + "*"
		} else if !strings.ContainsAny(a, "*?[") {
			out = append(out, a)
			continue
		}
		fs, err := filesystem.New(ctx, pattern)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a, err)
		}
		m, err := fs.List(ctx, pattern)
		fs.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a, err)
		}
		if len(m) == 0 {
			return nil, fmt.Errorf("%s: no file matches", a)
		}
		sort.Strings(m)
		out = append(out, m...)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	// source.Expand drops repeats among local arguments; drop them
	// across kinds too, so that no page is read twice.
	uniq := out[:0]
	for _, p := range out {
		if !seen[p] {
			seen[p] = true
			uniq = append(uniq, p)
		}
	}
	return uniq, nil
}

// openRead opens a local file or an object.
func openRead(ctx context.Context, path string) (io.ReadCloser, error) {
	if !Remote(path) {
		return os.Open(path)
	}
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	r, err := fs.OpenRead(ctx, path)
	if err != nil {
		fs.Close()
		return nil, err
	}
	return closeBoth{r, fs}, nil
}

type closeBoth struct {
	io.ReadCloser
	fs filesystem.Interface
}

func (c closeBoth) Close() error {
	err := c.ReadCloser.Close()
	c.fs.Close()
	return err
}

// ReadFile reads a whole local file or object.
func ReadFile(ctx context.Context, path string) ([]byte, error) {
	r, err := openRead(ctx, path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

// writeFile writes a small file (the inputs list, stats.json) whole: a
// local one under a temporary name renamed into place, an object in one
// upload (objects appear only when complete).
func writeFile(ctx context.Context, path string, data []byte) error {
	if !Remote(path) {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		tmp := path + ".tmp"
		if err := os.WriteFile(tmp, data, 0o644); err != nil {
			return err
		}
		return os.Rename(tmp, path)
	}
	return upload(ctx, path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// upload writes an object through Beam's file system.
func upload(ctx context.Context, path string, fill func(io.Writer) error) error {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := fill(w); err != nil {
		w.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// exists reports whether a local file or an object is there.
func exists(ctx context.Context, path string) bool {
	if !Remote(path) {
		_, err := os.Stat(path)
		return err == nil
	}
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return false
	}
	defer fs.Close()
	_, err = fs.Size(ctx, path)
	return err == nil
}

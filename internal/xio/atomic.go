package xio

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

// CompressionFor tells the compression an output path asks for by its
// extension.
func CompressionFor(path string) Compression {
	switch {
	case strings.HasSuffix(path, ".gz"):
		return Gzip
	case strings.HasSuffix(path, ".zst"), strings.HasSuffix(path, ".zstd"):
		return Zstd
	}
	return None
}

// File is an output file written under a temporary name in the same
// folder and renamed into place by Commit, so that a reader never sees a
// half-written file and a killed run leaves no truncated output behind.
type File struct {
	path string
	tmp  *os.File
	w    io.Writer
	zc   io.WriteCloser // the compressor, if any
	done bool
}

// Create starts an atomic output file; compression follows the extension.
// The path "-" writes to standard output, uncompressed and not atomic.
func Create(path string) (*File, error) {
	if path == "-" {
		return &File{path: path, w: os.Stdout}, nil
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, err
	}
	// CreateTemp makes files only their owner can read; outputs are
	// ordinary files.
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return nil, err
	}
	f := &File{path: path, tmp: tmp, w: tmp}
	switch CompressionFor(path) {
	case Gzip:
		f.zc = gzip.NewWriter(tmp)
	case Zstd:
		zw, err := zstd.NewWriter(tmp, zstd.WithEncoderConcurrency(1))
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
			return nil, err
		}
		f.zc = zw
	}
	if f.zc != nil {
		f.w = f.zc
	}
	return f, nil
}

// Path is where the file will be once committed.
func (f *File) Path() string { return f.path }

// Write writes (compressed) bytes.
func (f *File) Write(p []byte) (int, error) { return f.w.Write(p) }

// Commit flushes, syncs and renames the file into place.
func (f *File) Commit() error {
	if f.done {
		return nil
	}
	f.done = true
	if f.tmp == nil {
		return nil
	}
	if f.zc != nil {
		if err := f.zc.Close(); err != nil {
			f.abort()
			return fmt.Errorf("%s: %w", f.path, err)
		}
	}
	if err := f.tmp.Sync(); err != nil {
		f.abort()
		return fmt.Errorf("%s: %w", f.path, err)
	}
	if err := f.tmp.Close(); err != nil {
		os.Remove(f.tmp.Name())
		return fmt.Errorf("%s: %w", f.path, err)
	}
	if err := os.Rename(f.tmp.Name(), f.path); err != nil {
		os.Remove(f.tmp.Name())
		return fmt.Errorf("%s: %w", f.path, err)
	}
	syncDir(filepath.Dir(f.path))
	return nil
}

// Abort discards the file. It is safe to call after Commit.
func (f *File) Abort() {
	if f.done {
		return
	}
	f.done = true
	f.abort()
}

func (f *File) abort() {
	if f.tmp != nil {
		f.tmp.Close()
		os.Remove(f.tmp.Name())
	}
}

// syncDir makes a rename durable; errors are ignored because not every
// file system supports syncing a directory.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

package sink

import (
	"fmt"
	"path/filepath"
	"strings"
)

// Kind says what a file holds: records or rejects.
type Kind int

// The kinds of output file.
const (
	Records Kind = iota
	Rejects
)

// Writer writes records (*pipeline.Record) or rejects (*pipeline.Reject)
// into one file that appears under its name only when Close succeeds.
type Writer interface {
	Write(v any) error
	// Count is how many values were written.
	Count() int64
	// Bytes is how many bytes the values take as JSON lines, whatever
	// the file's format and compression: the unit of shard sizes.
	Bytes() int64
	// Path is where the file will be.
	Path() string
	// Close commits the file; Abort discards it (safe after Close).
	Close() error
	Abort()
}

// Create starts a file for records or rejects. The format follows the
// extension: .parquet is Parquet, anything else JSON lines, compressed
// when the name ends in .gz or .zst. "-" is standard output (JSON lines).
func Create(path string, kind Kind) (Writer, error) {
	if IsParquet(path) {
		return createParquet(path, kind)
	}
	return CreateJSONL(path)
}

// IsParquet reports whether a path names a Parquet file.
func IsParquet(path string) bool { return strings.HasSuffix(strings.ToLower(path), ".parquet") }

// Exts are the extensions of the files akhbar writes records and rejects
// into, longest first: the format and compression follow from them.
var Exts = []string{".jsonl.zst", ".jsonl.gz", ".jsonl", ".parquet"}

// FormatExt returns the format extension that ends path (case-insensitive,
// as written in path), or "" when it has none of Exts.
func FormatExt(path string) string {
	low := strings.ToLower(path)
	for _, e := range Exts {
		if strings.HasSuffix(low, e) && len(path) > len(e) && !strings.HasSuffix(path[:len(path)-len(e)], "/") {
			return path[len(path)-len(e):]
		}
	}
	return ""
}

// SplitExt splits a file name before its format extension (see Exts):
// "c.v1.jsonl.zst" gives "c.v1" and ".jsonl.zst". A name without one is
// split before its last extension ("notes.txt": "notes", ".txt"), never at
// its first dot, so that names with dots keep them.
func SplitExt(path string) (base, ext string) {
	if e := FormatExt(path); e != "" {
		return path[:len(path)-len(e)], e
	}
	dir, name := filepath.Split(path)
	if e := filepath.Ext(name); e != "" && e != name {
		return dir + name[:len(name)-len(e)], e
	}
	return path, ""
}

// ShardPath names shard i of an output: the number goes before the
// format extension, "corpus.jsonl.zst" gives "corpus-00003.jsonl.zst" and
// "corpus.rejects.jsonl" "corpus.rejects-00003.jsonl".
func ShardPath(path string, i int) string {
	base, ext := SplitExt(path)
	return fmt.Sprintf("%s-%05d%s", base, i, ext)
}

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

// SplitExt splits a file name before its extensions, the first dot after
// the first character: "corpus.jsonl.zst" gives "corpus" and ".jsonl.zst".
func SplitExt(path string) (base, ext string) {
	dir, name := filepath.Split(path)
	if len(name) > 1 {
		if i := strings.IndexByte(name[1:], '.'); i >= 0 {
			return dir + name[:i+1], name[i+1:]
		}
	}
	return path, ""
}

// ShardPath names shard i of an output: the number goes before the
// extensions, "corpus.jsonl.zst" gives "corpus-00003.jsonl.zst".
func ShardPath(path string, i int) string {
	base, ext := SplitExt(path)
	return fmt.Sprintf("%s-%05d%s", base, i, ext)
}

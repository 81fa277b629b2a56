package corpus

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/akhbar/akhbar/internal/xio"
	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
)

// Entry is one record of a corpus as Scan yields it.
type Entry struct {
	// N numbers the records of a file from 0, in file order.
	N      int64
	Record pipeline.Record
	// Raw is the record's JSON line without its newline, or nil for a
	// format that does not store JSON (the record is then encoded anew
	// when a copy is needed). It is only valid during the callback.
	Raw []byte
	// Offset is the byte offset of the line in the file when the file is
	// plain (uncompressed) JSON lines, so that the line can be read again
	// with ReadAt; -1 otherwise.
	Offset int64
}

// Reader reads one corpus file and calls fn for each record in order.
// Readers for formats other than JSON lines are registered with Register.
type Reader func(ctx context.Context, path string, fn func(*Entry) error) error

var readers = map[string]Reader{}

// Register makes Scan read files whose name ends in suffix (".parquet")
// with r. It is meant to be called from an init function.
func Register(suffix string, r Reader) { readers[strings.ToLower(suffix)] = r }

func readerFor(path string) Reader {
	if mp := sink.ManifestFor(path); mp != "" {
		// A sharded run, given by its folder or manifest.
		return readers["manifest.json"]
	}
	low := strings.ToLower(path)
	for suf, r := range readers {
		if strings.HasSuffix(low, suf) {
			return r
		}
	}
	return nil
}

// Seekable reports whether the records of the file at path can be read
// again by offset (Entry.Offset >= 0): plain JSON lines.
func Seekable(path string) (bool, error) {
	if readerFor(path) != nil {
		return false, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	head := make([]byte, 4)
	n, _ := io.ReadFull(f, head)
	return xio.Sniff(head[:n]) == xio.None, nil
}

// Scan calls fn for every record of the corpus file at path ("-" for
// stdin), in file order. A line that is not a record is an error naming
// the file and line: a corpus is akhbar's own output, so damage in it is
// not skipped silently.
func Scan(ctx context.Context, path string, fn func(*Entry) error) error {
	if r := readerFor(path); r != nil {
		return r(ctx, path, fn)
	}
	return scanJSONL(ctx, path, func(e *Entry, lineNo int) error {
		e.Record = pipeline.Record{}
		if err := json.Unmarshal(e.Raw, &e.Record); err != nil {
			return fmt.Errorf("%s:%d: not a record: %w", path, lineNo, err)
		}
		return fn(e)
	})
}

// ScanRaw is Scan without decoding: for JSON lines it yields Raw, Offset
// and N and leaves Record empty, so that a caller can decode lines in
// parallel (or only the fields it needs). For a registered format, which
// has no lines, it yields decoded records with Raw nil, as Scan does.
func ScanRaw(ctx context.Context, path string, fn func(*Entry) error) error {
	if r := readerFor(path); r != nil {
		return r(ctx, path, fn)
	}
	return scanJSONL(ctx, path, func(e *Entry, lineNo int) error { return fn(e) })
}

// scanJSONL yields the non-blank lines of a JSON-lines file with their
// offsets (for plain files) and numbers.
func scanJSONL(ctx context.Context, path string, fn func(e *Entry, lineNo int) error) error {
	var e Entry
	return sink.ScanLines(ctx, path, func(l sink.Line) error {
		e.Raw, e.Offset = l.Bytes, l.Offset
		if err := fn(&e, l.No); err != nil {
			return err
		}
		e.N++
		return nil
	})
}

// ScanRejects calls fn for every reject of a rejects file: JSON lines, or
// Parquet beside a Parquet corpus.
func ScanRejects(ctx context.Context, path string, fn func(*pipeline.Reject) error) error {
	if sink.IsParquet(path) {
		return sink.ReadParquetRejects(path, func(r pipeline.Reject) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			return fn(&r)
		})
	}
	var rj pipeline.Reject
	return scanJSONL(ctx, path, func(e *Entry, lineNo int) error {
		rj = pipeline.Reject{}
		if err := json.Unmarshal(e.Raw, &rj); err != nil {
			return fmt.Errorf("%s:%d: not a reject: %w", path, lineNo, err)
		}
		return fn(&rj)
	})
}

// RejectFiles lists the rejects of the corpus at path: the files its
// manifest names (none when the run rejected nothing, so that a stale file
// of another run is never counted), or without a manifest the one
// RejectsPath finds by name.
func RejectFiles(path string) []string {
	if files, ok := sink.RejectFiles(path); ok {
		return files
	}
	if p := RejectsPath(path); p != "" {
		return []string{p}
	}
	return nil
}

// RejectsPath finds the rejects file that "akhbar clean" wrote beside the
// corpus at path: X.rejects.jsonl(.gz|.zst) for X.jsonl(.gz|.zst) (or
// X.parquet). It prefers the same compression as the corpus and returns
// "" when there is none.
func RejectsPath(path string) string {
	dir, base := filepath.Split(path)
	stem, ext := base, ""
	if i := strings.IndexByte(base[min(1, len(base)):], '.'); i >= 0 {
		stem, ext = base[:i+1], base[i+1:]
	}
	cands := []string{stem + ".rejects" + ext}
	for _, e := range []string{".jsonl", ".jsonl.zst", ".jsonl.gz"} {
		if e != ext {
			cands = append(cands, stem+".rejects"+e)
		}
	}
	for _, c := range cands {
		p := filepath.Join(dir, c)
		if p == filepath.Clean(path) {
			continue
		}
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			return p
		}
	}
	return ""
}

package sink

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/akhbar/akhbar/internal/xio"
	"github.com/akhbar/akhbar/pipeline"
)

// JSONL writes values as JSON lines into one atomic file.
type JSONL struct {
	f   *xio.File
	bw  *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder
	n   int64
	b   int64
}

// CreateJSONL starts a JSON-lines file at path ("-" for stdout).
func CreateJSONL(path string) (*JSONL, error) {
	f, err := xio.Create(path)
	if err != nil {
		return nil, err
	}
	w := &JSONL{f: f, bw: bufio.NewWriterSize(f, 256<<10)}
	w.enc = json.NewEncoder(&w.buf)
	// Article text is full of <, > and &; escaping them would only make
	// the corpus harder to read with other tools.
	w.enc.SetEscapeHTML(false)
	return w, nil
}

// Write appends one value as one line.
func (w *JSONL) Write(v any) error {
	w.buf.Reset()
	if err := w.enc.Encode(v); err != nil {
		return fmt.Errorf("%s: encode: %w", w.f.Path(), err)
	}
	if _, err := w.bw.Write(w.buf.Bytes()); err != nil {
		return fmt.Errorf("%s: %w", w.f.Path(), err)
	}
	w.n++
	w.b += int64(w.buf.Len())
	return nil
}

// Count is how many lines were written.
func (w *JSONL) Count() int64 { return w.n }

// Bytes is how many bytes of JSON lines were written, before compression.
func (w *JSONL) Bytes() int64 { return w.b }

// Path is where the file will be.
func (w *JSONL) Path() string { return w.f.Path() }

// Close flushes and commits the file into place.
func (w *JSONL) Close() error {
	if err := w.bw.Flush(); err != nil {
		w.f.Abort()
		return fmt.Errorf("%s: %w", w.f.Path(), err)
	}
	return w.f.Commit()
}

// Abort discards the file.
func (w *JSONL) Abort() { w.f.Abort() }

func readJSONLRecords(path string, fn func(pipeline.Record) error) error {
	return readJSONL(path, func(line []byte, lineNo int) error {
		var r pipeline.Record
		if err := json.Unmarshal(line, &r); err != nil {
			return fmt.Errorf("%s:%d: %w", path, lineNo, err)
		}
		return fn(r)
	})
}

func readJSONL(path string, fn func(line []byte, lineNo int) error) error {
	var in io.Reader = os.Stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	r, _, closeFn, err := xio.Decompress(in)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	defer closeFn()
	br := bufio.NewReaderSize(r, 1<<20)
	for lineNo := 1; ; lineNo++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			if ferr := fn(line, lineNo); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", path, lineNo, err)
		}
	}
}

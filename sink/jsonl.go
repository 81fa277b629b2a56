package sink

import (
	"bufio"
	"bytes"
	"context"
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
	rec []byte // appendRecord's buffer, reused line to line
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
	if r, ok := v.(*pipeline.Record); ok {
		// Records, most of the output, by the hand-written encoder, which
		// writes encoding/json's bytes.
		if b, ok := appendRecord(w.rec[:0], r); ok {
			w.rec = append(b, '\n')
			if _, err := w.bw.Write(w.rec); err != nil {
				return fmt.Errorf("%s: %w", w.f.Path(), err)
			}
			w.n++
			w.b += int64(len(w.rec))
			return nil
		}
	}
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
	return ScanLines(context.Background(), path, func(l Line) error {
		var r pipeline.Record
		if err := json.Unmarshal(l.Bytes, &r); err != nil {
			return fmt.Errorf("%s:%d: %w", path, l.No, err)
		}
		return fn(r)
	})
}

// Line is one non-blank line of a JSON-lines file.
type Line struct {
	Bytes []byte // without the line end; valid only during the callback
	No    int    // 1-based line number
	// Offset is where the line starts in the file when the file is plain
	// (uncompressed, not stdin), so it can be read again with ReadAt; -1
	// otherwise.
	Offset int64
}

// ScanLines calls fn for every non-blank line of a JSON-lines file (plain,
// .gz or .zst; "-" for stdin), in order, however long the line.
func ScanLines(ctx context.Context, path string, fn func(Line) error) error {
	var in io.Reader = os.Stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	r, comp, closeFn, err := xio.Decompress(in)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	defer closeFn()
	plain := comp == xio.None && path != "-"
	br := bufio.NewReaderSize(r, 1<<20)
	var (
		off  int64
		long []byte
	)
	for lineNo := 1; ; lineNo++ {
		if lineNo%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		line, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			// A line longer than the buffer: gather it.
			long = append(long[:0], line...)
			for err == bufio.ErrBufferFull {
				line, err = br.ReadSlice('\n')
				long = append(long, line...)
			}
			line = long
		}
		start := off
		off += int64(len(line))
		if body := bytes.TrimRight(line, "\r\n"); len(bytes.TrimSpace(body)) > 0 {
			l := Line{Bytes: body, No: lineNo, Offset: -1}
			if plain {
				l.Offset = start
			}
			if ferr := fn(l); ferr != nil {
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

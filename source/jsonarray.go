package source

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/akhbar/akhbar/pipeline"
)

// A JSON file holding one array of page objects (what many scrapers and
// dataset exports write instead of JSON lines) is read element by
// element, each mapped as a JSONL line is. The elements are cut from the
// stream by hand, not by encoding/json's decoder: it would hold a whole
// oversized element (or the whole file, were the array decoded at once)
// in memory, where cutting keeps at most one element of --max-item-size.

func init() { containerReaders[JSONArray] = readJSONArray }

// looksJSONArray reports whether h starts an array of objects, or is an
// empty array and nothing else. A rendered page can start with brackets
// too (w3m draws a text box as "[          ]", lynx a check box as
// "[ ]"), so the first element must open as a JSON object does.
func looksJSONArray(h []byte) bool {
	if len(h) == 0 || h[0] != '[' {
		return false
	}
	if string(bytes.TrimRight(h, " \t\r\n")) == "[]" {
		return true
	}
	rest := bytes.TrimLeft(h[1:], " \t\r\n")
	return len(rest) > 0 && rest[0] == '{' && looksJSONL(rest)
}

// readJSONArray emits one item per element of the file's top-level array.
func readJSONArray(ctx context.Context, s *stream, in Input, o Options, emit Emit) error {
	r := &countingByteReader{br: s.Reader}
	max := o.maxItem()
	reject := func(n int, at int64, reason, format string, args ...any) error {
		return emit(pipeline.Item{
			ID:     fmt.Sprintf("%s:%d", IDFromPath(in.Path), n),
			Source: pipeline.Source{Path: in.Path, Format: string(JSONArray), Offset: at},
			Err:    pipeline.Rejectf(reason, "%s element %d: %s", in.Path, n, fmt.Sprintf(format, args...)),
		})
	}
	if bom, _ := r.br.Peek(3); string(bom) == "\xef\xbb\xbf" {
		r.br.Discard(3)
		r.n += 3
	}
	c, err := r.skipSpace()
	if err != nil || c != '[' {
		return emit(failed(in, JSONArray, 0, pipeline.Rejectf("json", "%s: not a JSON array", in.Path)))
	}
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		c, err := r.skipSpace()
		if err != nil {
			return reject(n, r.n, "truncated", "the file ends inside the array")
		}
		if c == ']' && n == 1 {
			return emit(failed(in, JSONArray, 0, pipeline.Rejectf("empty", "%s: an empty JSON array", in.Path)))
		}
		start := r.n - 1
		elem, size, err := r.value(c, max)
		switch {
		case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
			return reject(n, start, "truncated", "the file ends inside this element")
		case err != nil:
			return reject(n, start, readReason(s.comp), "%v", err)
		case elem == nil:
			if e := reject(n, start, "too-large", "%d bytes, over the %d byte limit", size, max); e != nil {
				return e
			}
		default:
			id := fmt.Sprintf("%s:%d", IDFromPath(in.Path), n)
			src := pipeline.Source{Path: in.Path, Format: string(JSONArray), Offset: start}
			if e := emit(jsonlItem(elem, id, src, in, n, o.JSONL)); e != nil {
				return e
			}
		}
		c, err = r.skipSpace()
		switch {
		case err != nil:
			return reject(n+1, r.n, "truncated", "the file ends inside the array")
		case c == ']':
			return nil
		case c != ',':
			return reject(n+1, r.n-1, "json", "%q where a comma or the array's end should be; the rest of the file is not read", c)
		}
	}
}

// countingByteReader reads bytes and counts them, for element offsets.
type countingByteReader struct {
	br *bufio.Reader
	n  int64
}

func (r *countingByteReader) next() (byte, error) {
	c, err := r.br.ReadByte()
	if err == nil {
		r.n++
	}
	return c, err
}

func (r *countingByteReader) skipSpace() (byte, error) {
	for {
		c, err := r.next()
		if err != nil || (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
			return c, err
		}
	}
}

// value reads the JSON value that starts with c: its bytes, or nil when
// it is over max bytes (then read to its end and dropped), and its size.
// It finds the value's end by brackets and strings; whether the value is
// valid JSON is jsonlItem's to say.
func (r *countingByteReader) value(c byte, max int64) ([]byte, int64, error) {
	buf := []byte{c}
	size := int64(1)
	keep := func(b byte) {
		size++
		if buf != nil {
			if size > max {
				buf = nil
			} else {
				buf = append(buf, b)
			}
		}
	}
	depth, inString, escaped := 0, c == '"', false
	switch c {
	case '{', '[':
		depth = 1
	case '"':
	default: // a number or a literal: it ends before a delimiter
		for {
			b, err := r.br.Peek(1)
			if err != nil {
				return buf, size, nil
			}
			switch b[0] {
			case ',', ']', ' ', '\t', '\r', '\n':
				return buf, size, nil
			}
			r.next()
			keep(b[0])
		}
	}
	for depth > 0 || inString {
		b, err := r.next()
		if err != nil {
			return nil, size, err
		}
		keep(b)
		switch {
		case escaped:
			escaped = false
		case inString:
			switch b {
			case '\\':
				escaped = true
			case '"':
				inString = false
			}
		case b == '"':
			inString = true
		case b == '{' || b == '[':
			depth++
		case b == '}' || b == ']':
			depth--
		}
	}
	return buf, size, nil
}

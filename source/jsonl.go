package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/akhbar/akhbar/pipeline"
)

func init() { containerReaders[JSONL] = readJSONL }

// jsonlLine is the shape akhbar accepts from other corpora: the common
// names for id, url, page HTML and page text (datatrove, RedPajama, CCNet,
// Sangraha and akhbar's own records).
type jsonlLine struct {
	ID         json.RawMessage `json:"id"`
	DocID      json.RawMessage `json:"doc_id"`
	URL        string          `json:"url"`
	HTML       string          `json:"html"`
	RawHTML    string          `json:"raw_html"`
	Text       string          `json:"text"`
	RawContent string          `json:"raw_content"`
	Content    string          `json:"content"`
	Title      string          `json:"title"`
	Metadata   map[string]any  `json:"metadata"`
	Meta       map[string]any  `json:"meta"`
}

// readJSONL emits one item per line. A line that is not a JSON object, or
// has neither html nor text, becomes a reject naming the file and line.
func readJSONL(ctx context.Context, s *stream, in Input, o Options, emit Emit) error {
	br := s.Reader
	max := o.maxItem()
	var off int64
	for lineNo := 1; ; lineNo++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, tooLong, n, err := readLine(br, max)
		start := off
		off += n
		if n == 0 && err == io.EOF {
			return nil
		}
		id := fmt.Sprintf("%s:%d", IDFromPath(in.Path), lineNo)
		src := pipeline.Source{Path: in.Path, Format: string(JSONL), Offset: start}
		if err == errNoLineEnd {
			// No newline within many times the limit: an endless line or a
			// decompression bomb. Stop reading rather than inflate it all.
			return emit(pipeline.Item{ID: id, Source: src, Err: pipeline.Rejectf("too-large",
				"%s line %d: at least %d bytes without a line end, over the %d byte limit; the rest of the input is not read", in.Path, lineNo, n, max)})
		}
		if err != nil && err != io.EOF {
			// The stream broke inside this line: what was read of it is
			// not a record, and it is one reject, not two.
			return emit(pipeline.Item{ID: id, Source: src, Err: pipeline.Rejectf("read", "%s line %d: %v", in.Path, lineNo, err)})
		}
		switch {
		case tooLong:
			if e := emit(pipeline.Item{ID: id, Source: src, Err: pipeline.Rejectf("too-large", "%s line %d: over the %d byte limit", in.Path, lineNo, max)}); e != nil {
				return e
			}
		case len(bytes.TrimSpace(line)) == 0:
			// blank lines between records are not items
		default:
			if e := emit(jsonlItem(line, id, src, in, lineNo)); e != nil {
				return e
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

func jsonlItem(line []byte, id string, src pipeline.Source, in Input, lineNo int) pipeline.Item {
	var j jsonlLine
	if err := json.Unmarshal(line, &j); err != nil {
		return pipeline.Item{ID: id, Source: src, Err: pipeline.Rejectf("json", "%s line %d: %v", in.Path, lineNo, err)}
	}
	if s := rawID(j.ID, j.DocID); s != "" {
		id = s
	}
	it := pipeline.Item{ID: id, Source: src, URL: j.URL}
	if it.URL == "" {
		it.URL = stringField("url", j.Metadata, j.Meta)
	}
	it.Source.URL = it.URL
	switch {
	case j.HTML != "" || j.RawHTML != "":
		it.Body = []byte(j.HTML + j.RawHTML)
		it.Source.Format = "jsonl+html"
	case j.Text != "" || j.RawContent != "" || j.Content != "":
		it.Body = []byte(j.Text + j.RawContent + j.Content)
		it.Source.Format = "jsonl+text"
	default:
		it.Err = pipeline.Rejectf("no-content", "%s line %d: no html or text field", in.Path, lineNo)
	}
	if j.Title != "" {
		it.Meta = map[string]string{"title": j.Title}
	}
	return it
}

func rawID(ms ...json.RawMessage) string {
	for _, m := range ms {
		if len(m) == 0 || string(m) == "null" {
			continue
		}
		var s string
		if json.Unmarshal(m, &s) == nil {
			return s
		}
		return string(m) // a number or other scalar, as written
	}
	return ""
}

func stringField(key string, maps ...map[string]any) string {
	for _, m := range maps {
		if s, ok := m[key].(string); ok {
			return s
		}
	}
	return ""
}

var errNoLineEnd = errors.New("no line end")

// maxSkip is how far past its start an over-long line is skipped to find
// its end: a line ten times over the limit is not a record anyone meant.
func maxSkip(max int64) int64 { return 10 * max }

// readLine reads one line of at most max bytes; a longer line is skipped
// to its end, or to maxSkip(max) bytes, and reported as tooLong. n counts
// all bytes consumed.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, n int64, err error) {
	var buf []byte
	for {
		frag, e := br.ReadSlice('\n')
		n += int64(len(frag))
		if tooLong && n > maxSkip(max) && e == bufio.ErrBufferFull {
			return nil, true, n, errNoLineEnd
		}
		if !tooLong {
			if int64(len(buf)+len(frag)) > max {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, frag...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		return buf, tooLong, n, e
	}
}

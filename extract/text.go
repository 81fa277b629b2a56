package extract

import (
	"bytes"
	"unicode/utf8"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/pipeline"
)

// Text makes one block per non-empty line of a plain-text dump. Block
// numbers are 1-based line numbers of the input as given (CRLF and lone CR
// both end a line), so the audit points at lines a user can open.
func Text(d *pipeline.Doc) error {
	body := d.Item.Body
	if !utf8.Valid(body) {
		body = decodeLegacy(body, d.Item.Charset, d)
	}
	body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	d.Record.Source.Unit = "line"
	lineNo := 0
	for len(body) > 0 {
		lineNo++
		var line []byte
		i := bytes.IndexAny(body, "\r\n")
		if i < 0 {
			line, body = body, nil
		} else {
			line = body[:i]
			if body[i] == '\r' && i+1 < len(body) && body[i+1] == '\n' {
				i++
			}
			body = body[i+1:]
		}
		text := clean.Line(string(line))
		if text == "" {
			continue
		}
		d.Blocks = append(d.Blocks, pipeline.Block{Start: lineNo, End: lineNo, Text: text})
	}
	if len(d.Blocks) == 0 {
		return pipeline.Rejectf("empty", "%s: no text", d.Record.ID)
	}
	return nil
}

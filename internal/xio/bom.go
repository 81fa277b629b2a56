package xio

import (
	"bytes"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// BOM returns the encoding a byte order mark at the start of head names,
// and its WHATWG label (UTF-8, or UTF-16 little- or big-endian), or nil. The source reads
// a UTF-16 stream through its decoder before telling its format, and the
// extractors decode a page by it before any other evidence.
func BOM(head []byte) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(head, []byte("\xef\xbb\xbf")):
		return unicode.UTF8, "utf-8"
	case bytes.HasPrefix(head, []byte("\xfe\xff")):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	case bytes.HasPrefix(head, []byte("\xff\xfe")):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	}
	return nil, ""
}

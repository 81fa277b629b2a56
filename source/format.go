package source

import (
	"bytes"
	"unicode/utf8"
)

// Format is how an input's bytes are to be read.
type Format string

// The formats akhbar reads.
const (
	Auto  Format = "auto"
	Text  Format = "text"  // a plain-text dump of one page
	HTML  Format = "html"  // one HTML page
	WARC  Format = "warc"  // WARC (and WET) records
	ARC   Format = "arc"   // the older ARC format
	JSONL Format = "jsonl" // one JSON object per line with html or text
	// JSONArray is one JSON array of such objects (see jsonarray.go).
	JSONArray Format = "json"
	// Parquet is a table of rows read like JSONL lines (see parquet.go).
	Parquet Format = "parquet"
	// Feed is an RSS, RDF or Atom news feed, one page per entry (see
	// feed.go).
	Feed Format = "feed"
	// MHTML is a web page saved as one MIME file (see mhtml.go).
	MHTML Format = "mhtml"
	// Tar and Zip hold files, each read as an input (see archive.go).
	Tar Format = "tar"
	Zip Format = "zip"
)

// Formats names the formats a --format flag or a pipeline file may give,
// "auto" first.
var Formats = []string{string(Auto), string(Text), string(HTML), string(WARC), string(ARC), string(JSONL), string(JSONArray), string(Parquet), string(Feed), string(MHTML), string(Tar), string(Zip)}

// ParseFormat checks a --format value.
func ParseFormat(s string) (Format, bool) {
	switch f := Format(s); f {
	case Auto, Text, HTML, WARC, ARC, JSONL, JSONArray, Parquet, Feed, MHTML, Tar, Zip:
		return f, true
	case "":
		return Auto, true
	case "wet":
		return WARC, true
	}
	return "", false
}

// detectPeek is how many bytes of an input Read looks at to tell its
// format: Detect decides on no more.
const detectPeek = 4096

// Detect tells the format of a decompressed input from its first bytes.
// Content wins over the file name: a ".txt" that holds HTML is HTML.
func Detect(head []byte) Format {
	h := bytes.TrimLeft(trimBOM(head), " \t\r\n")
	// The sniffers of formats whose mark may come late (a MIME header
	// block, a feed's first element after comments) see what Read peeks.
	win := bytes.TrimLeft(trimBOM(head[:min(len(head), detectPeek)]), " \t\r\n")
	switch {
	case bytes.HasPrefix(head, []byte("PAR1")):
		return Parquet
	case isTar(head):
		return Tar
	case isZip(head):
		return Zip
	case bytes.HasPrefix(h, []byte("WARC/")):
		return WARC
	case bytes.HasPrefix(h, []byte("filedesc://")):
		return ARC
	case len(h) > 0 && h[0] == '{' && looksJSONL(h):
		return JSONL
	case looksJSONArray(win):
		return JSONArray
	case looksMHTML(win):
		return MHTML
	case looksFeed(win):
		return Feed
	case looksHTML(h):
		return HTML
	}
	return Text
}

func trimBOM(b []byte) []byte { return bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")) }

// looksJSONL wants an object whose first key is quoted: a text dump may
// start with "{" too.
func looksJSONL(h []byte) bool {
	rest := bytes.TrimLeft(h[1:], " \t\r\n")
	return len(rest) > 0 && (rest[0] == '"' || rest[0] == '}')
}

var htmlMarks = [][]byte{
	[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"),
	[]byte("<meta "), []byte("<title"), []byte("<div"), []byte("<p>"), []byte("<!--"),
	[]byte("<script"), []byte("<link "), []byte("<?xml"), []byte("<style"), []byte("<noscript"),
	[]byte("<svg"), []byte("<table"), []byte("<span"), []byte("<section"), []byte("<header"),
}

// looksHTML wants markup near the start, not just a stray "<" in prose.
// Pages saved without their head may open with a <style> longer than
// the bytes looked at: the opening tag itself is markup enough.
func looksHTML(h []byte) bool {
	if len(h) == 0 || h[0] != '<' {
		return false
	}
	n := len(h)
	if n > 1024 {
		n = 1024
	}
	low := bytes.ToLower(h[:n])
	for _, m := range htmlMarks {
		if bytes.Contains(low, m) {
			return true
		}
	}
	return false
}

// Binary reports whether bytes look like binary data rather than text in
// some encoding: more than 2 % control characters (NUL among them) in the
// first 8 KiB. Legacy 8-bit encodings pass; they are decoded later. A
// stray NUL in a page (a broken template, a field padded by a database)
// does not make it binary: random bytes are about 12 % controls, images
// and archives more.
func Binary(b []byte) bool {
	if len(b) > 8192 {
		b = b[:8192]
	}
	if len(b) == 0 {
		return false
	}
	ctrl := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			ctrl++
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRune(b[i:])
		i += size
	}
	return ctrl*100 > len(b)*2
}

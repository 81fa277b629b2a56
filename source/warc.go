package source

// The WARC reader is written here rather than taken from nlnwa/gowarc or
// internetarchive/gowarc: akhbar needs what those do not give together —
// records named by the byte offset of their gzip member, resynchronising
// after a wrong Content-Length or a damaged member instead of stopping
// (the warcio fixtures example-trunc, example-wrong-chunks and the
// whole-file-gzip ones), ARC v1 beside WARC, and a hard cap on the bytes
// held per record. The format itself is small: a header block, a counted
// payload, two CRLFs.

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"strconv"
	"strings"

	"github.com/akhbar/akhbar/internal/xio"
	"github.com/akhbar/akhbar/pipeline"
)

func init() {
	containerReaders[WARC] = readWARC
	containerReaders[ARC] = readARC
}

// maxHeaderBytes bounds a WARC or HTTP header block.
const maxHeaderBytes = 256 << 10

// recordReader walks a decompressed container stream and knows its
// position in it.
type recordReader struct {
	s   *stream
	in  Input
	o   Options
	out Emit
	pos int64 // decompressed bytes consumed
	// held is the last record read from a file of gzip members, not yet
	// passed on: its member's checksum is checked only when reading goes
	// past the member's end (see damaged).
	held *pipeline.Item
}

func newRecordReader(s *stream, in Input, o Options, emit Emit) *recordReader {
	return &recordReader{s: s, in: in, o: o, out: emit}
}

// emit passes an item on, after the record held back, and holds a record
// of a gzip-member file back in its place.
func (r *recordReader) emit(it pipeline.Item) error {
	if err := r.flush(); err != nil {
		return err
	}
	if it.Err == nil && it.Skip == "" && r.s.members != nil {
		r.held = &it
		return nil
	}
	return r.out(it)
}

// flush passes on the record held back, if any.
func (r *recordReader) flush() error {
	if r.held == nil {
		return nil
	}
	it := *r.held
	r.held = nil
	return r.out(it)
}

// done ends a container: the record held back is passed on unless the
// read stopped on an error (a cancelled run reads the file again).
func (r *recordReader) done(err error) error {
	if err != nil {
		return err
	}
	return r.flush()
}

func (r *recordReader) discard(n int64) (int64, error) {
	m, err := io.CopyN(io.Discard, r.s.Reader, n)
	r.pos += m
	return m, err
}

func (r *recordReader) readLine(max int) ([]byte, error) {
	var line []byte
	for {
		frag, err := r.s.ReadSlice('\n')
		r.pos += int64(len(frag))
		if len(line)+len(frag) <= max {
			line = append(line, frag...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return line, err
	}
}

// where names a position for a reject: "file @offset".
func (r *recordReader) where(pos int64) (int64, string) {
	off, exact := r.s.fileOffset(pos)
	if exact {
		return off, fmt.Sprintf("%s @%d", r.in.Path, off)
	}
	return off, fmt.Sprintf("%s @%d (decompressed)", r.in.Path, off)
}

// skipAt is a skip for the record at pos, named like a reject would be.
func (r *recordReader) skipAt(pos int64, format, kind string) pipeline.Item {
	off, _ := r.where(pos)
	return pipeline.Item{
		ID:     fmt.Sprintf("%s@%d", IDFromPath(r.in.Path), off),
		Source: pipeline.Source{Path: r.in.Path, Format: format, Offset: off},
		Skip:   kind,
	}
}

// skipOf is a skip for a record already named.
func skipOf(it pipeline.Item, kind string) pipeline.Item {
	return pipeline.Item{ID: it.ID, URL: it.URL, Source: it.Source, Skip: kind}
}

func (r *recordReader) reject(pos int64, format, reason, detail string, args ...any) error {
	off, at := r.where(pos)
	return r.emit(pipeline.Item{
		ID:     fmt.Sprintf("%s@%d", IDFromPath(r.in.Path), off),
		Source: pipeline.Source{Path: r.in.Path, Format: format, Offset: off},
		Err:    pipeline.Rejectf(reason, "%s: %s", at, fmt.Sprintf(detail, args...)),
	})
}

// damaged handles a read error: a damaged gzip member is reported and
// skipped; it reports whether reading can go on.
func (r *recordReader) damaged(err error, format string) (bool, error) {
	var de *xio.DamageError
	if errors.As(err, &de) && r.s.members != nil {
		var e error
		if h := r.held; h != nil && h.Source.Offset == de.Offset {
			// The member broke after its record was read whole (most
			// often its checksum): one item, kept and flagged, not a
			// record and a reject.
			h.Meta = withMeta(h.Meta, "damaged", fmt.Sprintf("%s @%d: %v, after the record was read whole", r.in.Path, de.Offset, de.Err))
			e = r.flush()
		} else {
			e = r.emit(pipeline.Item{
				ID:     fmt.Sprintf("%s@%d", IDFromPath(r.in.Path), de.Offset),
				Source: pipeline.Source{Path: r.in.Path, Format: format, Offset: de.Offset},
				Err:    pipeline.Rejectf("decompress", "%s @%d: %v; skipped to the next gzip member", r.in.Path, de.Offset, de.Err),
			})
		}
		if e != nil {
			return false, e
		}
		if r.s.members.Resync() != nil {
			return false, nil
		}
		// The bufio.Reader above saw the error; a fresh one reads on, at the
		// start of the next member.
		r.s.Reader = bufio.NewReaderSize(r.s.members, 256<<10)
		r.pos = r.s.members.Out()
		return true, nil
	}
	if err != nil && err != io.EOF {
		off, at := r.where(r.pos)
		reason := "read"
		if err == io.ErrUnexpectedEOF {
			reason = "truncated"
		}
		return false, r.emit(pipeline.Item{
			ID:     fmt.Sprintf("%s@%d", IDFromPath(r.in.Path), off),
			Source: pipeline.Source{Path: r.in.Path, Format: format, Offset: off},
			Err:    pipeline.Rejectf(reason, "%s: %v", at, err),
		})
	}
	return false, nil
}

// readWARC emits one item per WARC record: pages for HTML responses and
// resources and WET conversions, skips for every other record, rejects for
// records that are malformed. After a malformed record it looks for the
// next line that starts a record and goes on from there.
func readWARC(ctx context.Context, s *stream, in Input, o Options, emit Emit) error {
	r := newRecordReader(s, in, o, emit)
	return r.done(r.readWARC(ctx))
}

func (r *recordReader) readWARC(ctx context.Context) error {
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		start, hdr, err := r.nextWARCHeader()
		if err == errHeaderTooLong {
			// What is left of the header and the record's block is
			// skipped as garbage up to the next record line.
			if e := r.reject(start, "warc", "warc-header", "%v", err); e != nil {
				return e
			}
			continue
		}
		if err != nil {
			if goOn, e := r.damaged(err, "warc"); e != nil || !goOn {
				return e
			}
			continue
		}
		if hdr == nil {
			return nil
		}
		if err := r.warcRecord(start, hdr); err != nil {
			if goOn, e := r.damaged(err, "warc"); e != nil || !goOn {
				return e
			}
		}
	}
}

// warcHeader is a record's named fields, keys lower-cased.
type warcHeader map[string]string

// nextWARCHeader skips blank lines (and reports anything else) up to the
// next "WARC/" version line and reads the header block after it. It
// returns a nil header at the end of the input.
func (r *recordReader) nextWARCHeader() (int64, warcHeader, error) {
	garbageAt, garbage := int64(-1), int64(0)
	for {
		lineStart := r.pos
		line, err := r.readLine(1024)
		if len(line) == 0 && err != nil {
			if garbage > 0 {
				if e := r.reject(garbageAt, "warc", "warc-garbage", "%d bytes that are not a WARC record, up to the end", garbage); e != nil {
					return 0, nil, e
				}
			}
			if err == io.EOF {
				return 0, nil, nil
			}
			return 0, nil, err
		}
		if bytes.HasPrefix(line, []byte("WARC/")) {
			if garbage > 0 {
				if e := r.reject(garbageAt, "warc", "warc-garbage", "%d bytes that are not a WARC record before the next record", garbage); e != nil {
					return 0, nil, e
				}
			}
			hdr, err := r.readHeaderBlock()
			if err != nil {
				return lineStart, nil, err
			}
			return lineStart, hdr, nil
		}
		if len(bytes.TrimSpace(line)) == 0 && garbage == 0 {
			continue
		}
		if garbageAt < 0 {
			garbageAt = lineStart
		}
		garbage += r.pos - lineStart
		if err != nil && err != io.EOF {
			return 0, nil, err
		}
	}
}

// errHeaderTooLong is a header block over maxHeaderBytes: a malformed
// record, after which reading goes on at the next record.
var errHeaderTooLong = fmt.Errorf("header block over %d bytes", maxHeaderBytes)

// readHeaderBlock reads "Name: value" lines up to a blank line.
// Continuation lines (starting with a space) extend the previous value.
func (r *recordReader) readHeaderBlock() (warcHeader, error) {
	h := warcHeader{}
	total := 0
	var last string
	for {
		line, err := r.readLine(maxHeaderBytes)
		total += len(line)
		if total > maxHeaderBytes {
			return nil, errHeaderTooLong
		}
		t := strings.TrimRight(string(line), "\r\n")
		if t == "" {
			if err != nil && len(line) == 0 {
				return h, eofUnexpected(err)
			}
			return h, nil
		}
		if (t[0] == ' ' || t[0] == '\t') && last != "" {
			h[last] += " " + strings.TrimSpace(t)
		} else if i := strings.IndexByte(t, ':'); i > 0 {
			last = strings.ToLower(strings.TrimSpace(t[:i]))
			h[last] = strings.TrimSpace(t[i+1:])
		}
		if err != nil {
			return h, eofUnexpected(err)
		}
	}
}

func eofUnexpected(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

func (r *recordReader) warcRecord(start int64, h warcHeader) error {
	format := "warc"
	typ := strings.ToLower(h["warc-type"])
	clen, err := strconv.ParseInt(strings.TrimSpace(h["content-length"]), 10, 64)
	if err != nil || clen < 0 {
		return r.reject(start, format, "warc-header", "%s record without a valid Content-Length (%q)", orUnknown(typ), h["content-length"])
	}
	max := r.o.maxItem()
	wanted := typ == "response" || typ == "resource" || typ == "conversion"
	if !wanted || clen > max {
		var tail weakTail
		if _, aligned := r.s.fileOffset(start); !aligned || r.s.members == nil {
			tail.max = max
		}
		at, ok, err := r.discardBlock(start, clen, isWARCStart, &tail)
		if (err == io.EOF || err == io.ErrUnexpectedEOF || (err == nil && !ok && !r.trailerOK())) && tail.started {
			// The length was wrong, and a record line after a blank line
			// came inside the block: read on from there.
			r.unread(tail.bytes, tail.at)
			return r.reject(start, format, "warc-length", "%s record: its Content-Length %d runs past the record's end, into the next record at %s; reading goes on there", orUnknown(typ), clen, r.whereName(tail.at))
		}
		if err != nil {
			return r.truncated(start, format, typ, err)
		} else if ok {
			return r.reject(start, format, "warc-length", "%s record: its Content-Length %d runs into the next record (a gzip member of its own at %s); reading goes on there", orUnknown(typ), clen, r.whereName(at))
		}
		if bad, err := r.checkTrailer(); err != nil || bad != "" {
			if err != nil {
				return err
			}
			return r.reject(start, format, "warc-length", "%s record: %s", orUnknown(typ), bad)
		}
		if clen > max {
			return r.reject(start, format, "too-large", "%s record of %d bytes, over the %d byte limit per page", typ, clen, max)
		}
		return r.emit(r.skipAt(start, format, orUnknown(typ)))
	}
	block := make([]byte, clen)
	blockPos := r.pos
	n, err := io.ReadFull(r.s.Reader, block)
	r.pos += int64(n)
	if err == nil || err == io.EOF || err == io.ErrUnexpectedEOF {
		// A Content-Length too large swallows the records after it: find
		// where the next one starts inside what was read, reject this one
		// only, and read on from there.
		if at, ok := r.overrun(start, blockPos, block[:n], err != nil || !r.trailerOK()); ok {
			r.unread(block[at:n], blockPos+int64(at))
			return r.reject(start, format, "warc-length", "%s record: its Content-Length %d runs past the record's end, into the next record at %s; reading goes on there", orUnknown(typ), clen, r.whereName(blockPos+int64(at)))
		}
	}
	cut := ""
	if err != nil {
		if n == 0 || (err != io.EOF && err != io.ErrUnexpectedEOF) {
			return r.truncated(start, format, typ, err)
		}
		// The last record of a cut file: keep what is there and say so.
		block = block[:n]
		cut = fmt.Sprintf("record cut short: %d of %d bytes", n, clen)
	}
	bad := ""
	if cut == "" {
		if bad, err = r.checkTrailer(); err != nil {
			return err
		}
	}
	off, _ := r.s.fileOffset(start)
	it := pipeline.Item{
		ID:     strings.Trim(h["warc-record-id"], "<>"),
		URL:    targetURI(h["warc-target-uri"]),
		Source: pipeline.Source{Path: r.in.Path, Format: format, Offset: off, Fetched: h["warc-date"]},
	}
	if it.ID == "" {
		it.ID = fmt.Sprintf("%s@%d", IDFromPath(r.in.Path), off)
	}
	it.Source.URL = it.URL
	if bad != "" {
		_, at := r.where(start)
		it.Err = pipeline.Rejectf("warc-length", "%s: %s record: %s", at, typ, bad)
		return r.emit(it)
	}
	if cut != "" {
		it.Meta = map[string]string{"truncated": cut}
	} else if why := strings.TrimSpace(h["warc-truncated"]); why != "" {
		// The crawler stored part of the payload (WARC-Truncated: length,
		// time, disconnect, unspecified): the page is what it kept.
		it.Meta = map[string]string{"truncated": "the crawler kept part of the payload (WARC-Truncated: " + why + ")"}
	}
	ctype := h["content-type"]
	if typ == "response" && !isHTTPMessage(ctype, block) && isHTMLType(ctype, block) {
		// A writer that stored the page without its HTTP message (the
		// standard wants application/http here): the block is the page,
		// as in a resource record.
		typ = "resource"
	}
	switch typ {
	case "conversion":
		it.Source.Format = "wet"
		if len(bytes.TrimSpace(block)) == 0 {
			it.Err = pipeline.Rejectf("empty", "%s: conversion record without text", atOf(r.in.Path, off))
			return r.emit(it)
		}
		it.Body = block
		it.Charset = charsetOf(ctype)
		return r.emit(it)
	case "resource":
		if !isHTMLType(ctype, block) {
			return r.emit(skipOf(it, "resource:"+mediaType(ctype)))
		}
		if len(bytes.TrimSpace(block)) == 0 {
			it.Err = pipeline.Rejectf("empty", "%s: resource record without content", atOf(r.in.Path, off))
			return r.emit(it)
		}
		it.Body, it.Charset = block, charsetOf(ctype)
		return r.emit(it)
	}
	// A response: an HTTP message, or for a few crawlers (dns:, ftp:) not.
	if !isHTTPMessage(ctype, block) {
		return r.emit(skipOf(it, "response:"+mediaType(ctype)))
	}
	return r.emitHTTP(it, block)
}

// isHTTPMessage reports whether a response record's block is an HTTP
// message: its content type says so, or it starts with a status line
// (a writer that left the type out).
func isHTTPMessage(ctype string, block []byte) bool {
	return strings.Contains(strings.ToLower(ctype), "http") || bytes.HasPrefix(block, []byte("HTTP/"))
}

// emitHTTP turns an HTTP response into a page item, or a skip for
// responses that are not pages (redirects, errors, images, scripts).
func (r *recordReader) emitHTTP(it pipeline.Item, msg []byte) error {
	resp, err := parseHTTP(msg, r.o.maxItem())
	if err != nil {
		it.Err = pipeline.Rejectf("http", "%s: %v", atOf(r.in.Path, it.Source.Offset), err)
		return r.emit(it)
	}
	switch {
	case resp.status >= 300 || resp.status < 200:
		return r.emit(skipOf(it, fmt.Sprintf("response:status-%dxx", resp.status/100)))
	case !isHTMLType(resp.contentType, resp.body):
		return r.emit(skipOf(it, "response:"+mediaType(resp.contentType)))
	case len(bytes.TrimSpace(resp.body)) == 0:
		it.Err = pipeline.Rejectf("empty", "%s: HTML response with an empty payload", atOf(r.in.Path, it.Source.Offset))
		return r.emit(it)
	}
	it.Body = resp.body
	it.Charset = charsetOf(resp.contentType)
	if resp.warning != "" {
		if it.Meta == nil {
			it.Meta = map[string]string{}
		}
		it.Meta["http_warning"] = resp.warning
	}
	return r.emit(it)
}

func (r *recordReader) truncated(start int64, format, typ string, err error) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return r.reject(start, format, "truncated", "%s record cut short: the file ends inside its block", orUnknown(typ))
	}
	return err
}

// checkTrailer consumes the CRLF CRLF after a block. When something else
// follows, the Content-Length was wrong: it reports that (the caller
// rejects the record) and leaves the stray bytes for nextWARCHeader to
// skip to the next record.
func (r *recordReader) checkTrailer() (string, error) {
	for i := 0; i < 4; i++ {
		b, err := r.s.Peek(1)
		if len(b) == 0 {
			if err == io.EOF {
				return "", nil
			}
			return "", err
		}
		if b[0] != '\r' && b[0] != '\n' {
			if bytes.HasPrefix(peekN(r.s.Reader, 5), []byte("WARC/")) {
				return "", nil // a missing separator, but the next record is right there
			}
			return "Content-Length does not end at a record boundary (stray bytes follow the block)", nil
		}
		r.s.Discard(1)
		r.pos++
	}
	return "", nil
}

// trailerOK peeks (does not consume) the bytes after a block: up to four
// CR or LF, then the end, another record, or nothing else.
func (r *recordReader) trailerOK() bool {
	b, _ := r.s.Peek(9)
	for i := 0; i < 4; i++ {
		if i >= len(b) {
			return true
		}
		if b[i] != '\r' && b[i] != '\n' {
			return bytes.HasPrefix(b[i:], []byte("WARC/"))
		}
	}
	return true
}

// recordStart matches the version line that starts a WARC record.
var recordStart = []byte("WARC/1.")

// overrun looks inside a block read at decompressed position blockPos
// (of the record at start) for
// the start of the next record, which a Content-Length too large ran
// into. Two signs, strongest first: a line "WARC/1.x" that starts a gzip
// member of its own while the record started one too (a record never
// spans members in a per-record .warc.gz), and, when the length is known
// to be wrong (damaged: the block is cut short by the end of the input or
// not followed by the record separator), the first "WARC/1.x" line after a
// blank line. It returns the position in block.
func (r *recordReader) overrun(start, blockPos int64, block []byte, damaged bool) (int, bool) {
	weak := -1
	_, startAligned := r.s.fileOffset(start)
	startAligned = startAligned && r.s.members != nil
	if !damaged && !startAligned {
		return 0, false
	}
	for i := 1; i < len(block); {
		j := bytes.Index(block[i:], recordStart)
		if j < 0 {
			break
		}
		at := i + j
		i = at + 1
		if block[at-1] != '\n' || !isVersionLine(block[at:]) {
			continue
		}
		if startAligned {
			if _, aligned := r.s.fileOffset(blockPos + int64(at)); aligned {
				return at, true
			}
		}
		if weak < 0 && damaged && (bytes.HasSuffix(block[:at], []byte("\n\n")) || bytes.HasSuffix(block[:at], []byte("\n\r\n"))) {
			weak = at
			if !startAligned {
				break
			}
		}
	}
	return weak, weak >= 0
}

// isVersionLine: "WARC/1.0" or "WARC/1.1" and the end of the line.
func isVersionLine(b []byte) bool {
	return len(b) >= 9 && (b[7] == '0' || b[7] == '1') && (b[8] == '\r' || b[8] == '\n')
}

// unread puts the bytes of a block back in front of the stream: they
// start at decompressed position pos.
func (r *recordReader) unread(b []byte, pos int64) {
	rest := append([]byte(nil), b...)
	r.s.Reader = bufio.NewReaderSize(io.MultiReader(bytes.NewReader(rest), r.s.Reader), 256<<10)
	r.pos = pos
}

// discardBlock skips a block that is not kept (a record that is not a
// page, or over the size limit). In a per-record .warc.gz (or .arc.gz) it
// stops at a gzip member that starts a record inside the block: the length
// ran into the next record (ok true, at its position). isStart tells a
// line that starts a record. The tail of each chunk is looked at again
// with the next, so a line cut between chunks is seen.
//
// In a stream that does not show members, tail (when its max is set)
// keeps the bytes from the first "WARC/1.x" line after a blank line on,
// up to max bytes, so that the caller can read on from there once it
// knows the length was wrong.
func (r *recordReader) discardBlock(start, clen int64, isStart func(line []byte) bool, tail *weakTail) (at int64, ok bool, err error) {
	_, aligned := r.s.fileOffset(start)
	aligned = aligned && r.s.members != nil
	if !aligned && (tail == nil || tail.max == 0) {
		_, err := r.discard(clen)
		return 0, false, err
	}
	const seam = 1 << 10
	left := clen
	for left > 0 {
		want := int(min(left, 64<<10))
		b, perr := r.s.Peek(want)
		if len(b) == 0 {
			return 0, false, eofUnexpected(perr)
		}
		if !aligned {
			tail.look(b, r.pos)
			if _, err := r.discard(int64(len(b))); err != nil {
				return 0, false, err
			}
			left -= int64(len(b))
			continue
		}
		for i := 0; ; {
			j := bytes.IndexByte(b[i:], '\n')
			if j < 0 {
				break
			}
			k := i + j + 1
			i = k
			if k >= len(b) || !isStart(b[k:]) {
				continue
			}
			if _, aligned := r.s.fileOffset(r.pos + int64(k)); aligned {
				r.discard(int64(k))
				return r.pos, true, nil
			}
		}
		step := len(b)
		if int64(step) < left && step > 2*seam {
			step -= seam
		}
		if _, err := r.discard(int64(step)); err != nil {
			return 0, false, err
		}
		left -= int64(step)
	}
	return 0, false, nil
}

// weakTail keeps the end of a skipped block from its first record line
// after a blank line on (see discardBlock).
type weakTail struct {
	max     int64
	started bool
	at      int64 // decompressed position of the kept bytes
	bytes   []byte
	dropped bool // more than max: nothing to read on from
	prev    []byte
}

// look takes the next chunk of the block, at decompressed position pos.
func (w *weakTail) look(b []byte, pos int64) {
	if w.dropped {
		return
	}
	if w.started {
		if int64(len(w.bytes)+len(b)) > w.max {
			w.started, w.dropped, w.bytes = false, true, nil
			return
		}
		w.bytes = append(w.bytes, b...)
		return
	}
	// Look across the seam with the last bytes of the previous chunk.
	joined := append(append([]byte(nil), w.prev...), b...)
	base := pos - int64(len(w.prev))
	for i := 1; i < len(joined); {
		j := bytes.Index(joined[i:], recordStart)
		if j < 0 {
			break
		}
		k := i + j
		i = k + 1
		if isVersionLine(joined[k:]) && (bytes.HasSuffix(joined[:k], []byte("\n\n")) || bytes.HasSuffix(joined[:k], []byte("\n\r\n"))) {
			w.started, w.at = true, base+int64(k)
			w.bytes = append([]byte(nil), joined[k:]...)
			return
		}
	}
	w.prev = append(w.prev[:0], b[max(0, len(b)-16):]...)
}

// isWARCStart: a "WARC/1.x" version line.
func isWARCStart(b []byte) bool { return bytes.HasPrefix(b, recordStart) && isVersionLine(b) }

// isARCStart: a whole line that is a plausible ARC record header.
func isARCStart(b []byte) bool {
	end := bytes.IndexByte(b, '\n')
	if end < 0 {
		return false
	}
	h, ok := parseARCHeader(strings.TrimRight(string(b[:end]), "\r"))
	return ok && plausibleARC(h)
}

// whereName names a decompressed position for a message.
func (r *recordReader) whereName(pos int64) string {
	_, at := r.where(pos)
	return at
}

func peekN(br *bufio.Reader, n int) []byte {
	b, _ := br.Peek(n)
	return b
}

func orUnknown(s string) string {
	if s == "" {
		return "untyped"
	}
	return s
}

// targetURI undoes two old crawler bugs: a URI wrapped in <...> (wget)
// and unescaped spaces.
func targetURI(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "<")
	s = strings.TrimSuffix(s, ">")
	return strings.ReplaceAll(s, " ", "%20")
}

func mediaType(ct string) string {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
	}
	if mt == "" {
		return "unknown"
	}
	return mt
}

func charsetOf(ct string) string {
	_, params, err := mime.ParseMediaType(ct)
	if err == nil {
		return params["charset"]
	}
	if i := strings.Index(strings.ToLower(ct), "charset="); i >= 0 {
		return strings.Trim(ct[i+8:], `"' ;`)
	}
	return ""
}

// isHTMLType: an HTML media type, or no media type and bytes that look
// like HTML.
func isHTMLType(ct string, body []byte) bool {
	switch mt := mediaType(ct); mt {
	case "text/html", "application/xhtml+xml", "application/xhtml", "text/xhtml":
		return true
	case "unknown", "application/octet-stream", "text/plain", "www/unknown":
		h := body
		if len(h) > 1024 {
			h = h[:1024]
		}
		return looksHTML(bytes.TrimLeft(trimBOM(h), " \t\r\n"))
	}
	return false
}

// arcHeaderFields is the number of space-separated fields after the URL
// in an ARC v1 record header: IP, date, content type, length.
const arcHeaderFields = 4

// readARC reads ARC v1 files: a "filedesc://" version block, then records
// each with a one-line header "URL IP DATE TYPE LENGTH" and LENGTH bytes
// of HTTP response. The URL may contain spaces (old crawlers did not
// escape them), so the header is read from the right. A record whose
// length is not a number or does not end at the next header is rejected
// and reading goes on at the next line that looks like an ARC header.
func readARC(ctx context.Context, s *stream, in Input, o Options, emit Emit) error {
	r := newRecordReader(s, in, o, emit)
	return r.done(r.readARC(ctx))
}

func (r *recordReader) readARC(ctx context.Context) error {
	first := true
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		start := r.pos
		line, err := r.readLine(64 << 10)
		if len(line) == 0 && err != nil {
			if goOn, e := r.damaged(err, "arc"); e != nil || !goOn {
				return e
			}
			continue
		}
		t := strings.TrimRight(string(line), "\r\n")
		if strings.TrimSpace(t) == "" {
			continue
		}
		h, ok := parseARCHeader(t)
		if !ok {
			if e := r.reject(start, "arc", "arc-garbage", "line that is not an ARC record header: %.80q", t); e != nil {
				return e
			}
			if err := r.skipToARCHeader(); err != nil {
				return nil
			}
			continue
		}
		isDesc := first || strings.HasPrefix(h.url, "filedesc:")
		first = false
		if h.length < 0 {
			if isDesc {
				// A version block of unknown length: skip to the first record.
				if e := r.emit(r.skipAt(start, "arc", "arc-header")); e != nil {
					return e
				}
			} else if e := r.reject(start, "arc", "arc-header", "record %s with an invalid length %q", h.url, h.rawLength); e != nil {
				return e
			}
			if err := r.skipToARCHeader(); err != nil {
				return nil
			}
			continue
		}
		if isDesc {
			if _, err := r.discard(h.length); err != nil {
				if goOn, e := r.arcDamage(start, "arc header", err); e != nil || !goOn {
					return e
				}
				continue
			}
			if e := r.emit(r.skipAt(start, "arc", "arc-header")); e != nil {
				return e
			}
			continue
		}
		if h.length > r.o.maxItem() {
			if at, ok, err := r.discardBlock(start, h.length, isARCStart, nil); err != nil {
				if goOn, e := r.arcDamage(start, "response", err); e != nil || !goOn {
					return e
				}
				continue
			} else if ok {
				if e := r.reject(start, "arc", "arc-length", "record %s: its length %d runs into the next record (a gzip member of its own at %s); reading goes on there", h.url, h.length, r.whereName(at)); e != nil {
					return e
				}
				continue
			}
			if e := r.reject(start, "arc", "too-large", "record of %d bytes, over the %d byte limit per page", h.length, r.o.maxItem()); e != nil {
				return e
			}
			continue
		}
		block := make([]byte, h.length)
		blockPos := r.pos
		n, err := io.ReadFull(r.s.Reader, block)
		r.pos += int64(n)
		if err == nil || err == io.EOF || err == io.ErrUnexpectedEOF {
			next := peekN(r.s.Reader, 1)
			damaged := err != nil || (len(next) > 0 && next[0] != '\n' && next[0] != '\r')
			if at, ok := r.arcOverrun(start, blockPos, block[:n], damaged); ok {
				r.unread(block[at:n], blockPos+int64(at))
				if e := r.reject(start, "arc", "arc-length", "record %s: its length %d runs past the record's end, into the next record at %s; reading goes on there", h.url, h.length, r.whereName(blockPos+int64(at))); e != nil {
					return e
				}
				continue
			}
		}
		cut := ""
		if err != nil {
			if n == 0 || (err != io.EOF && err != io.ErrUnexpectedEOF) {
				if goOn, e := r.arcDamage(start, "response", err); e != nil || !goOn {
					return e
				}
				continue
			}
			block = block[:n]
			cut = fmt.Sprintf("record cut short: %d of %d bytes", n, h.length)
		}
		off, _ := r.s.fileOffset(start)
		it := pipeline.Item{
			ID:     fmt.Sprintf("%s@%d", IDFromPath(r.in.Path), off),
			URL:    targetURI(h.url),
			Source: pipeline.Source{Path: r.in.Path, Format: "arc", Offset: off, Fetched: arcDate(h.date)},
		}
		it.Source.URL = it.URL
		if cut != "" {
			it.Meta = map[string]string{"truncated": cut}
		}
		if next := peekN(r.s.Reader, 1); cut == "" && len(next) > 0 && next[0] != '\n' && next[0] != '\r' {
			it.Err = pipeline.Rejectf("arc-length", "%s: record length %d does not end at a record boundary", atOf(r.in.Path, off), h.length)
			if e := r.emit(it); e != nil {
				return e
			}
			if err := r.skipToARCHeader(); err != nil {
				return nil
			}
			continue
		}
		if !strings.HasPrefix(string(block), "HTTP/") {
			if !isHTMLType(h.ctype, block) {
				if e := r.emit(skipOf(it, "arc:"+mediaType(h.ctype))); e != nil {
					return e
				}
				continue
			}
			it.Body = block
			if e := r.emit(it); e != nil {
				return e
			}
			continue
		}
		if e := r.emitHTTP(it, block); e != nil {
			return e
		}
	}
}

// arcOverrun is overrun for ARC: the next record starts at a line that
// parses as an ARC record header, after the newline that ends a record.
func (r *recordReader) arcOverrun(start, blockPos int64, block []byte, damaged bool) (int, bool) {
	_, startAligned := r.s.fileOffset(start)
	startAligned = startAligned && r.s.members != nil
	if !damaged && !startAligned {
		return 0, false
	}
	weak := -1
	for i := 1; i < len(block); i++ {
		if block[i-1] != '\n' {
			continue
		}
		end := bytes.IndexByte(block[i:], '\n')
		if end < 0 {
			break
		}
		if h, ok := parseARCHeader(strings.TrimRight(string(block[i:i+end]), "\r")); !ok || !plausibleARC(h) {
			continue
		}
		if startAligned {
			if _, aligned := r.s.fileOffset(blockPos + int64(i)); aligned {
				return i, true
			}
		}
		if weak < 0 && damaged {
			weak = i
			if !startAligned {
				break
			}
		}
	}
	return weak, weak >= 0
}

// plausibleARC is stricter than parseARCHeader, for a header looked for
// inside a block (an HTTP "Date: Sun, 16 Feb 2014 ..." line parses too):
// a length, a full timestamp, a URL with a scheme.
func plausibleARC(h arcHeader) bool {
	return h.length >= 0 && len(h.date) >= 12 && (strings.Contains(h.url, "://") || strings.HasPrefix(h.url, "dns:"))
}

// arcDamage reports a record the file ends in, or skips a damaged gzip
// member; it says whether reading goes on.
func (r *recordReader) arcDamage(start int64, what string, err error) (bool, error) {
	e := r.truncated(start, "arc", what, err)
	if e == nil {
		return false, nil
	}
	return r.damaged(e, "arc")
}

func atOf(path string, off int64) string { return fmt.Sprintf("%s @%d", path, off) }

type arcHeader struct {
	url, ip, date, ctype, rawLength string
	length                          int64
}

func parseARCHeader(t string) (arcHeader, bool) {
	f := strings.Fields(t)
	if len(f) < arcHeaderFields+1 {
		return arcHeader{}, false
	}
	n := len(f)
	h := arcHeader{
		url:       strings.Join(f[:n-arcHeaderFields], " "),
		ip:        f[n-4],
		date:      f[n-3],
		ctype:     f[n-2],
		rawLength: f[n-1],
	}
	if !strings.Contains(h.url, ":") || !isDigits(h.date) {
		return arcHeader{}, false
	}
	l, err := strconv.ParseInt(h.rawLength, 10, 64)
	if err != nil || l < 0 {
		l = -1
	}
	h.length = l
	return h, true
}

// skipToARCHeader consumes lines up to (not including) the next one that
// parses as an ARC header.
func (r *recordReader) skipToARCHeader() error {
	for {
		b, err := r.s.Peek(1)
		if len(b) == 0 {
			if err == nil {
				err = io.EOF
			}
			return err
		}
		// Peek the whole next line without consuming it.
		line := peekLine(r.s.Reader)
		if _, ok := parseARCHeader(strings.TrimRight(string(line), "\r\n")); ok {
			return nil
		}
		if _, err := r.readLine(64 << 10); err != nil {
			return err
		}
	}
}

func peekLine(br *bufio.Reader) []byte {
	for n := 256; ; n *= 2 {
		b, err := br.Peek(n)
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			return b[:i+1]
		}
		if err != nil || n >= br.Size() {
			return b
		}
	}
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// arcDate turns an ARC timestamp (YYYYMMDDhhmmss, UTC) into RFC 3339.
func arcDate(s string) string {
	if len(s) < 14 || !isDigits(s[:14]) {
		return ""
	}
	return s[0:4] + "-" + s[4:6] + "-" + s[6:8] + "T" + s[8:10] + ":" + s[10:12] + ":" + s[12:14] + "Z"
}

// httpResponse is a parsed HTTP response with its payload decoded.
type httpResponse struct {
	status      int
	contentType string
	body        []byte
	warning     string
}

// parseHTTP reads a stored HTTP response: status line, headers, then the
// payload, de-chunked if Transfer-Encoding says so and decompressed by
// Content-Encoding. Payloads that claim chunking or compression but are
// not (crawlers often store them already decoded) are kept as they are,
// with a warning.
func parseHTTP(msg []byte, max int64) (httpResponse, error) {
	var resp httpResponse
	i := bytes.Index(msg, []byte("\r\n\r\n"))
	sep := 4
	if j := bytes.Index(msg, []byte("\n\n")); j >= 0 && (i < 0 || j < i) {
		i, sep = j, 2
	}
	if i < 0 {
		return resp, errors.New("HTTP response without the blank line after its headers")
	}
	head, body := msg[:i], msg[i+sep:]
	lines := strings.Split(strings.ReplaceAll(string(head), "\r\n", "\n"), "\n")
	f := strings.Fields(lines[0])
	if len(f) < 2 || !strings.HasPrefix(f[0], "HTTP/") {
		return resp, fmt.Errorf("not an HTTP status line: %.60q", lines[0])
	}
	code, err := strconv.Atoi(f[1])
	if err != nil {
		return resp, fmt.Errorf("bad HTTP status %q", f[1])
	}
	resp.status = code
	var te, ce string
	for _, l := range lines[1:] {
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "content-type":
			resp.contentType = strings.TrimSpace(v)
		case "transfer-encoding":
			te = strings.ToLower(strings.TrimSpace(v))
		case "content-encoding":
			ce = strings.ToLower(strings.TrimSpace(v))
		}
	}
	if strings.Contains(te, "chunked") {
		if d, ok := dechunk(body); ok {
			body = d
		} else {
			resp.warning = "Transfer-Encoding chunked, but the payload is not chunked"
		}
	}
	body, warning := decodeContent(ce, body, max)
	if resp.warning == "" {
		resp.warning = warning
	}
	resp.body = body
	return resp, nil
}

// decodeContent undoes a Content-Encoding header's codings, the last
// applied first ("gzip, br" is brotli over gzip). A coding it does not
// know, or a payload that does not decode (crawlers often store it
// already decoded), leaves the payload as it was, with a warning.
func decodeContent(ce string, body []byte, max int64) ([]byte, string) {
	var codings []string
	for _, c := range strings.Split(ce, ",") {
		switch c = strings.TrimSpace(c); c {
		case "", "identity", "none":
		case "gzip", "x-gzip", "deflate", "br", "zstd":
			codings = append(codings, c)
		default:
			return body, "Content-Encoding " + ce + " is not supported"
		}
	}
	out := body
	for i := len(codings) - 1; i >= 0; i-- {
		d, err := xio.DecodeContent(codings[i], out, max)
		if err != nil {
			return body, fmt.Sprintf("Content-Encoding %s could not be decoded: %v", ce, err)
		}
		out = d
	}
	return out, ""
}

// dechunk undoes HTTP/1.1 chunked transfer coding. It reports false when
// the payload does not parse as chunks.
func dechunk(b []byte) ([]byte, bool) {
	var out []byte
	for {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			return nil, false
		}
		sizeStr := strings.TrimSpace(string(b[:i]))
		if j := strings.IndexByte(sizeStr, ';'); j >= 0 {
			sizeStr = sizeStr[:j]
		}
		size, err := strconv.ParseInt(sizeStr, 16, 64)
		if err != nil || size < 0 {
			return nil, false
		}
		b = b[i+1:]
		if size == 0 {
			return out, true
		}
		if int64(len(b)) < size {
			// A truncated last chunk: keep what is there.
			return append(out, b...), true
		}
		out = append(out, b[:size]...)
		b = bytes.TrimPrefix(b[size:], []byte("\r"))
		b = bytes.TrimPrefix(b, []byte("\n"))
	}
}

// withMeta is m with key set to v (m may be nil).
func withMeta(m map[string]string, key, v string) map[string]string {
	if m == nil {
		m = map[string]string{}
	}
	m[key] = v
	return m
}

package source

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"unicode/utf8"

	"github.com/akhbar/akhbar/internal/xio"
	"github.com/akhbar/akhbar/pipeline"
	"github.com/cespare/xxhash/v2"
	"golang.org/x/text/transform"
)

// Options control reading.
type Options struct {
	// Format forces a format; Auto (or "") detects it per input.
	Format Format
	// MaxItemBytes is the largest page akhbar will process; larger items
	// become rejects with reason "too-large". 0 means 64 MiB.
	MaxItemBytes int64
	// JSONL names the fields of JSONL lines that hold the page, when the
	// automatic choice does not fit.
	JSONL JSONLKeys
	// Progress, when set, is told how many bytes of the input as stored
	// were read, as they are read, so a bar can move within a large file.
	Progress func(n int64)
	// Digest, when set, is given the xxhash64 and the length of the input
	// as stored once it has been read to its end, so that a caller that
	// records a hash of each input need not read it a second time. It is
	// not called when reading stopped before the end (an error, emit
	// returning one, a large page over the limit).
	Digest func(sum uint64, size int64)
}

func (o Options) maxItem() int64 {
	if o.MaxItemBytes > 0 {
		return o.MaxItemBytes
	}
	return 64 << 20
}

// Emit receives items in input order. Returning an error stops reading.
type Emit func(pipeline.Item) error

// containerReaders read formats that hold many pages per file. They are
// registered by the files that implement them.
var containerReaders = map[Format]func(ctx context.Context, s *stream, in Input, o Options, emit Emit) error{}

// stream is an input's decompressed bytes, with what a container reader
// needs to name a position in the file as stored.
type stream struct {
	*bufio.Reader
	comp xio.Compression
	// members is set for gzip input: it maps decompressed positions to
	// member offsets and can skip a damaged member.
	members *xio.GzipMembers
}

// fileOffset names decompressed position pos in the file as stored: for
// uncompressed input pos itself; for gzip with one member per record the
// compressed offset of the record's member (exact is true); otherwise pos
// in the decompressed stream (exact is false).
func (s *stream) fileOffset(pos int64) (off int64, exact bool) {
	if s.comp == xio.None {
		return pos, true
	}
	if s.members != nil {
		if off, aligned := s.members.Offset(pos); aligned {
			return off, true
		}
	}
	return pos, false
}

// Read reads one input and emits its items. Problems with the input as a
// whole (it cannot be opened, it is empty, binary, or its compression is
// broken before any page could be read) are emitted as one item with Err
// set, so they end as rejects naming the file; Read itself fails only when
// emit does or ctx is done.
//
// Only regular files are opened (and "-", and a FIFO named on the command
// line): a device, another FIFO or a socket is a reject "not-regular"
// (reading /dev/zero would never end, opening a FIFO nobody writes to
// waits forever), a dangling link is "dangling-link".
func Read(ctx context.Context, in Input, o Options, emit Emit) error {
	if in.Refused != nil {
		return emit(failed(in, "", 0, in.Refused))
	}
	var f io.ReadCloser = os.Stdin
	if in.Path != "-" {
		if err := checkRegular(in.Path); err != nil && !in.Stream {
			return emit(failed(in, "", 0, err))
		}
		var err error
		if in.Stream {
			// A pipe or device: through the poller, as os.Open does, so
			// that closing it ends a read that waits.
			f, err = os.Open(in.Path)
		} else {
			f, err = OpenFile(in.Path)
		}
		if err != nil {
			return emit(failed(in, "", 0, pipeline.Rejectf("open", "%s: %v", in.Path, err)))
		}
		defer f.Close()
	}
	return ReadFrom(ctx, f, in, o, emit)
}

// checkRegular rejects what is not a regular file (or a link to one).
func checkRegular(path string) error {
	st, err := os.Stat(path)
	if err != nil {
		if lst, lerr := os.Lstat(path); lerr == nil && lst.Mode()&os.ModeSymlink != 0 {
			return pipeline.Rejectf("dangling-link", "%s: a symbolic link to nothing readable: %v", path, err)
		}
		return pipeline.Rejectf("open", "%s: %v", path, err)
	}
	if !st.Mode().IsRegular() {
		return pipeline.Rejectf("not-regular", "%s: a %s, not a regular file; not read", path, fileKind(st.Mode()))
	}
	return nil
}

func fileKind(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "folder"
	case m&os.ModeNamedPipe != 0:
		return "FIFO"
	case m&os.ModeSocket != 0:
		return "socket"
	case m&os.ModeCharDevice != 0:
		return "character device"
	case m&os.ModeDevice != 0:
		return "device"
	}
	return "special file"
}

// ReadFrom is Read on an input that is already open, for callers that get
// their bytes elsewhere than from the local file system (the Beam pipeline
// reads object storage through Beam's file systems). in.Path names the
// input in items and rejects; ReadFrom does not open it.
func ReadFrom(ctx context.Context, f io.Reader, in Input, o Options, emit Emit) error {
	if o.Digest == nil {
		return readFrom(ctx, f, in, o, emit)
	}
	d := &digestReader{r: f, h: xxhash.New()}
	err := readFrom(ctx, d, in, o, emit)
	if err == nil && d.eof {
		o.Digest(d.h.Sum64(), d.n)
	}
	return err
}

// digestReader hashes the bytes read through it and notes whether it met
// the end of the input.
type digestReader struct {
	r   io.Reader
	h   *xxhash.Digest
	n   int64
	eof bool
}

func (d *digestReader) Read(p []byte) (int, error) {
	n, err := d.r.Read(p)
	d.h.Write(p[:n])
	d.n += int64(n)
	if err == io.EOF {
		d.eof = true
	}
	return n, err
}

// maxCompressionLayers is how many compressions one over another an
// input may have: a file compressed twice happens (a download saved
// compressed that the server had compressed for the wire); more is a
// puzzle, not a page.
const maxCompressionLayers = 3

func readFrom(ctx context.Context, f io.Reader, in Input, o Options, emit Emit) error {
	if o.Progress != nil {
		f = progressReader{f, o.Progress}
	}
	counter := &xio.CountingReader{R: f}
	raw := getReader(&rawReaders, counter, 64<<10)
	defer putReader(&rawReaders, raw)
	var members *xio.GzipMembers
	var r io.Reader
	var comp xio.Compression
	if head, _ := raw.Peek(4); xio.Sniff(head) == xio.Gzip {
		// Read gzip member by member, so that WARC records can be named by
		// their offset in the file and a damaged member can be skipped.
		members = xio.NewGzipMembers(raw, counter)
		r, comp = members, xio.Gzip
	} else {
		var closeFn func()
		var err error
		r, comp, closeFn, err = xio.Decompress(raw)
		if err != nil {
			return emit(failed(in, "", 0, pipeline.Rejectf("decompress", "%s: %v", in.Path, err)))
		}
		defer closeFn()
	}
	br := getReader(&streamReaders, r, 256<<10)
	defer putReader(&streamReaders, br)
	head, err := br.Peek(detectPeek)
	// A stream that breaks within its first 4 KiB may still have given
	// something usable: readers below meet the error again after it.
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) && len(head) == 0 {
		return emit(failed(in, "", 0, pipeline.Rejectf(readReason(comp), "%s: %v", in.Path, err)))
	}
	for layer := 1; comp != xio.None && xio.Sniff(head) != xio.None; layer++ {
		// Compressed again inside: a .gz saved from a server that
		// gzipped it once more on the wire, a .zst of a .gz. Each layer
		// is peeled (its bytes would be "binary" otherwise), up to
		// maxCompressionLayers; record offsets name positions in the
		// outer stream from here on.
		if layer >= maxCompressionLayers {
			return emit(failed(in, "", 0, pipeline.Rejectf("decompress", "%s: compressed more than %d times over; not read", in.Path, maxCompressionLayers)))
		}
		inner, c, closeInner, err := xio.Decompress(br)
		if err != nil {
			return emit(failed(in, "", 0, pipeline.Rejectf("decompress", "%s: inner %v", in.Path, err)))
		}
		defer closeInner()
		br, members = bufio.NewReaderSize(inner, 256<<10), nil
		if head, err = br.Peek(detectPeek); err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) && len(head) == 0 {
			return emit(failed(in, "", 0, pipeline.Rejectf("decompress", "%s: inner %s: %v", in.Path, c, err)))
		}
	}
	if enc, name := xio.BOM(head); enc != nil && name != "utf-8" {
		// Text saved as "Unicode" on Windows (and PowerShell's redirects)
		// is UTF-16 with a byte order mark: its NUL bytes would make it
		// "binary" and hide its format, so the whole stream is read as
		// UTF-8 from here on and each item says what it was.
		br = bufio.NewReaderSize(transform.NewReader(br, enc.NewDecoder()), 256<<10)
		if head, err = br.Peek(detectPeek); err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) && len(head) == 0 {
			return emit(failed(in, "", 0, pipeline.Rejectf("encoding", "%s: %s: %v", in.Path, name, err)))
		}
		emit = noteCharset(emit, name+" (bom)")
	}
	format := o.Format
	if format == "" || format == Auto {
		format = Detect(head)
	}
	if len(head) == 0 {
		return emit(failed(in, format, 0, pipeline.Rejectf("empty", "%s: empty input", in.Path)))
	}
	if read, ok := containerReaders[format]; ok {
		return read(ctx, &stream{Reader: br, comp: comp, members: members}, in, o, emit)
	}
	if format == MHTML {
		emit = unpackMHTML(emit)
	}
	return readWhole(br, in, format, comp, o, emit)
}

// noteCharset wraps emit so that every item says, in Meta["charset"], the
// encoding its input was transcoded from.
func noteCharset(emit Emit, charset string) Emit {
	return func(it pipeline.Item) error {
		if it.Meta == nil {
			it.Meta = map[string]string{}
		}
		it.Meta["charset"] = charset
		return emit(it)
	}
}

// The buffered readers of ReadFrom are reused from one input to the next:
// a folder of small dumps otherwise allocates 320 KiB per file, most of
// the bytes a run allocates. Nothing an input's items hold points into
// them (bodies and lines are copied out), and each is put back only when
// ReadFrom is done with the input.
var rawReaders, streamReaders sync.Pool

func getReader(p *sync.Pool, r io.Reader, size int) *bufio.Reader {
	if br, ok := p.Get().(*bufio.Reader); ok && br.Size() == size {
		br.Reset(r)
		return br
	}
	return bufio.NewReaderSize(r, size)
}

func putReader(p *sync.Pool, br *bufio.Reader) {
	br.Reset(nil) // let go of the input
	p.Put(br)
}

// readWhole makes one item of a whole file (a text dump or an HTML page).
func readWhole(br *bufio.Reader, in Input, format Format, comp xio.Compression, o Options, emit Emit) error {
	max := o.maxItem()
	hint := int64(0)
	switch {
	case in.Stream || in.Path == "-":
	case comp == xio.None:
		hint = min(in.Size, max)
	case comp == xio.Gzip:
		hint = min(gzipSizeHint(in.Path, in.Size), max)
	}
	body, err := readAllSized(io.LimitReader(br, max+1), hint)
	it := pipeline.Item{
		ID:     IDFromPath(in.Path),
		Source: pipeline.Source{Path: in.Path, Format: string(format)},
		Body:   body,
	}
	switch {
	case int64(len(body)) > max:
		// Not read further: the rest may be endless (a device) or a
		// decompression bomb, and its size changes nothing.
		it.Body = nil
		it.Err = pipeline.Rejectf("too-large", "%s: at least %d bytes (read so far), over the %d byte limit per page; not read further", in.Path, len(body), max)
	case err != nil && len(trimPartialRune(body)) == 0:
		// Nothing but a rune cut in half came before the damage.
		it.Body = nil
		it.Err = pipeline.Rejectf(readReason(comp), "%s: %v", in.Path, err)
	case err != nil:
		// Something usable was read before the damage: keep it and say so.
		// A rune cut in half by the damage is not the page's fault.
		it.Body = trimPartialRune(body)
		it.Meta = map[string]string{"truncated": fmt.Sprintf("%s: %v after %d bytes", in.Path, err, len(body))}
	case Binary(body):
		it.Body = nil
		it.Err = pipeline.Rejectf("binary", "%s: binary data, not a text or HTML page", in.Path)
	}
	return emit(it)
}

// readAllSized is io.ReadAll into a buffer of the expected size (plus
// one byte, so that the read that meets the end needs no room): a page
// read with io.ReadAll's doubling allocated twice its size, which made
// page buffers the largest allocation of an HTML run. A wrong hint (the
// file grew or shrank) costs only growth or slack.
func readAllSized(r io.Reader, hint int64) ([]byte, error) {
	if hint <= 0 {
		return io.ReadAll(r)
	}
	b := make([]byte, 0, hint+1)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// gzipSizeHint is the uncompressed size a gzip file of size bytes gives in
// its trailer (ISIZE, the size mod 2^32 of its last member), or 0 when it
// cannot be read or cannot be true: deflate shrinks by at most 1032 to 1,
// so a larger claim is damage or a trick, and a file of several members
// claims only its last one's size, which merely makes the hint small.
func gzipSizeHint(path string, size int64) int64 {
	if size < 18 { // the smallest gzip file: header and trailer
		return 0
	}
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	var b [4]byte
	if _, err := f.ReadAt(b[:], size-4); err != nil {
		return 0
	}
	n := int64(binary.LittleEndian.Uint32(b[:]))
	if n > 1032*size {
		return 0
	}
	return n
}

// trimPartialRune drops an incomplete UTF-8 sequence at the end of b.
func trimPartialRune(b []byte) []byte {
	for i := 1; i <= 3 && i <= len(b); i++ {
		c := b[len(b)-i]
		if c < 0x80 {
			return b
		}
		if utf8.RuneStart(c) {
			if !utf8.FullRune(b[len(b)-i:]) {
				return b[:len(b)-i]
			}
			return b
		}
	}
	return b
}

func readReason(c xio.Compression) string {
	if c != xio.None {
		return "decompress"
	}
	return "read"
}

func failed(in Input, f Format, off int64, err error) pipeline.Item {
	return pipeline.Item{
		ID:     IDFromPath(in.Path),
		Source: pipeline.Source{Path: in.Path, Format: string(f), Offset: off},
		Err:    err,
	}
}

// progressReader reports the bytes read through it.
type progressReader struct {
	r  io.Reader
	fn func(int64)
}

func (p progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	if n > 0 {
		p.fn(int64(n))
	}
	return n, err
}

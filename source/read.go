package source

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/akhbar/akhbar/internal/xio"
	"github.com/akhbar/akhbar/pipeline"
)

// Options control reading.
type Options struct {
	// Format forces a format; Auto (or "") detects it per input.
	Format Format
	// MaxItemBytes is the largest page akhbar will process; larger items
	// become rejects with reason "too-large". 0 means 64 MiB.
	MaxItemBytes int64
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
var containerReaders = map[Format]func(ctx context.Context, r *bufio.Reader, in Input, o Options, emit Emit) error{}

// Read reads one input and emits its items. Problems with the input as a
// whole (it cannot be opened, it is empty, binary, or its compression is
// broken before any page could be read) are emitted as one item with Err
// set, so they end as rejects naming the file; Read itself fails only when
// emit does or ctx is done.
func Read(ctx context.Context, in Input, o Options, emit Emit) error {
	var f io.ReadCloser = os.Stdin
	if in.Path != "-" {
		var err error
		f, err = os.Open(in.Path)
		if err != nil {
			return emit(failed(in, "", 0, pipeline.Rejectf("open", "%s: %v", in.Path, err)))
		}
		defer f.Close()
	}
	return ReadFrom(ctx, f, in, o, emit)
}

// ReadFrom is Read on an input that is already open, for callers that get
// their bytes elsewhere than from the local file system (the Beam pipeline
// reads object storage through Beam's file systems). in.Path names the
// input in items and rejects; ReadFrom does not open it.
func ReadFrom(ctx context.Context, f io.Reader, in Input, o Options, emit Emit) error {
	r, comp, closeFn, err := xio.Decompress(f)
	if err != nil {
		return emit(failed(in, "", 0, pipeline.Rejectf("decompress", "%s: %v", in.Path, err)))
	}
	defer closeFn()
	br := bufio.NewReaderSize(r, 256<<10)
	head, err := br.Peek(4096)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return emit(failed(in, "", 0, pipeline.Rejectf(readReason(comp), "%s: %v", in.Path, err)))
	}
	format := o.Format
	if format == "" || format == Auto {
		format = Detect(head)
	}
	if len(head) == 0 {
		return emit(failed(in, format, 0, pipeline.Rejectf("empty", "%s: empty input", in.Path)))
	}
	if read, ok := containerReaders[format]; ok {
		return read(ctx, br, in, o, emit)
	}
	return readWhole(br, in, format, comp, o, emit)
}

// readWhole makes one item of a whole file (a text dump or an HTML page).
func readWhole(br *bufio.Reader, in Input, format Format, comp xio.Compression, o Options, emit Emit) error {
	max := o.maxItem()
	body, err := io.ReadAll(io.LimitReader(br, max+1))
	it := pipeline.Item{
		ID:     IDFromPath(in.Path),
		Source: pipeline.Source{Path: in.Path, Format: string(format)},
		Body:   body,
	}
	switch {
	case int64(len(body)) > max:
		n, _ := io.Copy(io.Discard, br)
		it.Body = nil
		it.Err = pipeline.Rejectf("too-large", "%s: %d bytes or more, over the %d byte limit per page", in.Path, int64(len(body))+n, max)
	case err != nil && len(body) == 0:
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

package xio

import (
	"bufio"
	"errors"
	"fmt"
	"io"

	"github.com/klauspost/compress/gzip"
)

// CountingReader counts the bytes read through it.
type CountingReader struct {
	R io.Reader
	N int64
}

func (c *CountingReader) Read(p []byte) (int, error) {
	n, err := c.R.Read(p)
	c.N += int64(n)
	return n, err
}

// Member is where one gzip member starts, in the compressed file and in
// the decompressed stream.
type Member struct {
	Compressed, Decompressed int64
}

// DamageError is a gzip member that could not be decompressed. Reading
// may go on after Resync.
type DamageError struct {
	Offset int64 // compressed offset of the damaged member
	Err    error
}

func (e *DamageError) Error() string {
	return fmt.Sprintf("damaged gzip member at byte %d: %v", e.Offset, e.Err)
}
func (e *DamageError) Unwrap() error { return e.Err }

// GzipMembers reads a gzip file member by member as one decompressed
// stream, and remembers where each member starts, so that a record of a
// per-record-gzipped WARC can be named by the byte offset of its member
// (what CDX indexes and range requests use). A damaged member is reported
// as a *DamageError; Resync then skips to the next gzip header so that
// one bad member does not cost the rest of the file.
type GzipMembers struct {
	src     *bufio.Reader
	counter *CountingReader
	zr      *gzip.Reader
	out     int64 // decompressed bytes delivered
	cur     Member
	recent  []Member // the last few member starts
	err     error
	started bool
}

// NewGzipMembers reads src, a buffered reader over counter (so that
// compressed positions are known), which must be at a gzip header.
func NewGzipMembers(src *bufio.Reader, counter *CountingReader) *GzipMembers {
	return &GzipMembers{src: src, counter: counter}
}

func (g *GzipMembers) pos() int64 { return g.counter.N - int64(g.src.Buffered()) }

func (g *GzipMembers) startMember() error {
	m := Member{Compressed: g.pos(), Decompressed: g.out}
	var err error
	if g.zr == nil {
		g.zr, err = gzip.NewReader(g.src)
	} else {
		err = g.zr.Reset(g.src)
	}
	if err != nil {
		if err == io.EOF {
			return io.EOF
		}
		return &DamageError{Offset: m.Compressed, Err: err}
	}
	g.zr.Multistream(false)
	g.cur = m
	g.recent = append(g.recent, m)
	// Keep enough starts to cover what a reader buffers ahead.
	if len(g.recent) > 1024 {
		g.recent = append(g.recent[:0], g.recent[len(g.recent)-512:]...)
	}
	return nil
}

func (g *GzipMembers) Read(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	if !g.started {
		g.started = true
		if err := g.startMember(); err != nil {
			g.err = err
			return 0, err
		}
	}
	for {
		n, err := g.zr.Read(p)
		g.out += int64(n)
		if err == io.EOF {
			// End of this member: go on with the next, if any.
			if err := g.startMember(); err != nil {
				g.err = err
				if n > 0 && err == io.EOF {
					return n, nil
				}
				if n > 0 {
					return n, nil // report the damage on the next call
				}
				return 0, err
			}
			if n > 0 {
				return n, nil
			}
			continue
		}
		if err != nil {
			g.err = &DamageError{Offset: g.cur.Compressed, Err: err}
			if n > 0 {
				return n, nil
			}
			return 0, g.err
		}
		return n, nil
	}
}

// Resync skips the rest of a damaged member and goes on at the next gzip
// header (1f 8b 08) in the file. It returns io.EOF when there is none.
func (g *GzipMembers) Resync() error {
	var de *DamageError
	if g.err == nil || !errors.As(g.err, &de) {
		return g.err
	}
	for {
		head, err := g.src.Peek(3)
		if len(head) < 3 {
			g.err = io.EOF
			if err != nil && err != io.EOF {
				g.err = err
			}
			return g.err
		}
		if head[0] == 0x1f && head[1] == 0x8b && head[2] == 0x08 && g.pos() > de.Offset {
			break
		}
		g.src.Discard(1)
	}
	g.err = nil
	if err := g.startMember(); err != nil {
		g.err = err
		return err
	}
	return nil
}

// Offset says where the decompressed position pos lies in the file: the
// compressed offset of the member that starts exactly there (aligned), or
// else the start of the member that holds it.
func (g *GzipMembers) Offset(pos int64) (off int64, aligned bool) {
	for i := len(g.recent) - 1; i >= 0; i-- {
		m := g.recent[i]
		if m.Decompressed == pos {
			// Several empty members may start at pos: the first one wins.
			for i > 0 && g.recent[i-1].Decompressed == pos {
				i--
			}
			return g.recent[i].Compressed, true
		}
		if m.Decompressed < pos {
			return m.Compressed, false
		}
	}
	return 0, false
}

// Out is the number of decompressed bytes delivered so far.
func (g *GzipMembers) Out() int64 { return g.out }

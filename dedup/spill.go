package dedup

import (
	"bufio"
	"cmp"
	"container/heap"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
)

// bandRec is one (band key, document) pair on its way to the LSH shuffle.
// Hash, the document's content hash, is carried along so that a bucket
// comes out sorted by content, not by input order.
type bandRec struct {
	Key  uint64
	Hash uint64
	Doc  uint32
}

const bandRecSize = 20

func (r bandRec) put(b []byte) {
	binary.LittleEndian.PutUint64(b[0:], r.Key)
	binary.LittleEndian.PutUint64(b[8:], r.Hash)
	binary.LittleEndian.PutUint32(b[16:], r.Doc)
}

func getBandRec(b []byte) bandRec {
	return bandRec{
		Key:  binary.LittleEndian.Uint64(b[0:]),
		Hash: binary.LittleEndian.Uint64(b[8:]),
		Doc:  binary.LittleEndian.Uint32(b[16:]),
	}
}

func compareBandRec(a, b bandRec) int {
	if c := cmp.Compare(a.Key, b.Key); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Hash, b.Hash); c != 0 {
		return c
	}
	return cmp.Compare(a.Doc, b.Doc)
}

// sorter is an external sort of band records: it buffers up to max
// records, sorts a full buffer into a run file, and merges the runs at the
// end. This is the local stand-in for a shuffle (GroupByKey on Key).
type sorter struct {
	dir  string
	max  int
	buf  []bandRec
	runs []string
	// Spilled counts the bytes written to runs.
	Spilled int64
}

func newSorter(dir string, budget int64) *sorter {
	max := int(budget / 24) // a bandRec takes 24 bytes in memory
	if max < 1024 {
		max = 1024
	}
	return &sorter{dir: dir, max: max}
}

func (s *sorter) add(r bandRec) error {
	if len(s.buf) == s.max {
		if err := s.spill(); err != nil {
			return err
		}
	}
	if s.buf == nil {
		// grown by hand up to the budget, never past it as append would
		s.buf = make([]bandRec, 0, min(s.max, 1<<16))
	}
	if len(s.buf) == cap(s.buf) && cap(s.buf) < s.max {
		grown := make([]bandRec, len(s.buf), min(s.max, 4*cap(s.buf)))
		copy(grown, s.buf)
		s.buf = grown
	}
	s.buf = append(s.buf, r)
	return nil
}

func (s *sorter) spill() error {
	slices.SortFunc(s.buf, compareBandRec)
	name := filepath.Join(s.dir, fmt.Sprintf("bands-%04d.run", len(s.runs)))
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	var b [bandRecSize]byte
	for _, r := range s.buf {
		r.put(b[:])
		w.Write(b[:])
	}
	err = w.Flush()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	s.Spilled += int64(len(s.buf)) * bandRecSize
	s.runs = append(s.runs, name)
	s.buf = s.buf[:0]
	return nil
}

// each calls fn with every record in sorted order. The in-memory tail is
// merged with the runs without being written out.
func (s *sorter) each(fn func(bandRec) error) error {
	slices.SortFunc(s.buf, compareBandRec)
	if len(s.runs) == 0 {
		for _, r := range s.buf {
			if err := fn(r); err != nil {
				return err
			}
		}
		return nil
	}
	h := &mergeHeap{}
	var files []*os.File
	defer func() {
		for _, f := range files {
			f.Close()
		}
	}()
	// Each run gets a read buffer of its own; with many runs they share
	// what a single sort buffer would have taken.
	bufSize := 1 << 20
	if n := len(s.runs); n > 64 {
		bufSize = max(64<<10, (s.max*24)/n)
	}
	for _, name := range s.runs {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		files = append(files, f)
		src := &runReader{r: bufio.NewReaderSize(f, bufSize), name: name}
		if ok, err := src.next(); err != nil {
			return err
		} else if ok {
			heap.Push(h, src)
		}
	}
	if len(s.buf) > 0 {
		mem := &runReader{mem: s.buf}
		mem.next()
		heap.Push(h, mem)
	}
	for h.Len() > 0 {
		top := (*h)[0]
		if err := fn(top.cur); err != nil {
			return err
		}
		ok, err := top.next()
		if err != nil {
			return err
		}
		if ok {
			heap.Fix(h, 0)
		} else {
			heap.Pop(h)
		}
	}
	return nil
}

type runReader struct {
	r    *bufio.Reader
	name string
	mem  []bandRec
	cur  bandRec
	b    [bandRecSize]byte
}

func (r *runReader) next() (bool, error) {
	if r.r == nil {
		if len(r.mem) == 0 {
			return false, nil
		}
		r.cur, r.mem = r.mem[0], r.mem[1:]
		return true, nil
	}
	if _, err := io.ReadFull(r.r, r.b[:]); err != nil {
		if errors.Is(err, io.EOF) {
			return false, nil
		}
		return false, fmt.Errorf("%s: %w", r.name, err)
	}
	r.cur = getBandRec(r.b[:])
	return true, nil
}

type mergeHeap []*runReader

func (h mergeHeap) Len() int           { return len(h) }
func (h mergeHeap) Less(i, j int) bool { return compareBandRec(h[i].cur, h[j].cur) < 0 }
func (h mergeHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *mergeHeap) Push(x any)        { *h = append(*h, x.(*runReader)) }
func (h *mergeHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// appendFile is a file written in sequence and read back at random: the
// local runner's store for per-document data.
type appendFile struct {
	f    *os.File
	w    *bufio.Writer
	size int64
}

func createAppendFile(name string) (*appendFile, error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	return &appendFile{f: f, w: bufio.NewWriterSize(f, 256<<10)}, nil
}

func (a *appendFile) write(b []byte) (int64, error) {
	off := a.size
	n, err := a.w.Write(b)
	a.size += int64(n)
	if err != nil {
		return off, fmt.Errorf("%s: %w", a.f.Name(), err)
	}
	return off, nil
}

// flush makes everything written readable with readAt.
func (a *appendFile) flush() error {
	if err := a.w.Flush(); err != nil {
		return fmt.Errorf("%s: %w", a.f.Name(), err)
	}
	return nil
}

func (a *appendFile) readAt(b []byte, off int64) error {
	if _, err := a.f.ReadAt(b, off); err != nil {
		return fmt.Errorf("%s @%d: %w", a.f.Name(), off, err)
	}
	return nil
}

func (a *appendFile) close() error { return a.f.Close() }

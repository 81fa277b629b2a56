package index

import (
	"bufio"
	"container/heap"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Memory bounds of the text index build: a segment is flushed to disk
// when it holds this many postings or distinct terms. 16M postings are
// 64 MB of ids; a term costs about 100 bytes of map and slice headers.
// They are variables so that tests can force many segments.
var (
	segPostings = 16 << 20
	segTerms    = 1 << 20
)

const blockTerms = 64 // terms per block of terms.bin

// textBuilder collects (term, doc) pairs in doc order and writes the
// inverted index.
type textBuilder struct {
	dir   string
	slot  map[string]int32
	keys  []string
	lists [][]uint32
	npost int
	segs  []string
}

func newTextBuilder(dir string) *textBuilder {
	return &textBuilder{dir: dir, slot: make(map[string]int32)}
}

// addWords indexes the distinct words of doc. Docs must come in
// increasing order.
func (b *textBuilder) addWords(doc uint32, ws []string) {
	for _, w := range ws {
		i, ok := b.slot[w]
		if !ok {
			// The word is a slice of the record's text: copy it, so the
			// text can be collected.
			w = strings.Clone(w)
			i = int32(len(b.keys))
			b.slot[w] = i
			b.keys = append(b.keys, w)
			b.lists = append(b.lists, nil)
		}
		l := b.lists[i]
		if n := len(l); n > 0 && l[n-1] == doc {
			continue
		}
		b.lists[i] = append(l, doc)
		b.npost++
	}
}

// docDone flushes a segment when the bounds are reached; it must be
// called between documents so that a doc never spans two segments.
func (b *textBuilder) docDone() error {
	if b.npost >= segPostings || len(b.keys) >= segTerms {
		return b.flush()
	}
	return nil
}

// flush writes the segment in term order: term, count, delta-coded ids.
func (b *textBuilder) flush() error {
	if len(b.keys) == 0 {
		return nil
	}
	order := make([]int32, len(b.keys))
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(i, j int) bool { return b.keys[order[i]] < b.keys[order[j]] })
	path := filepath.Join(b.dir, fmt.Sprintf("seg-%04d.tmp", len(b.segs)))
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) { w.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	for _, i := range order {
		put(uint64(len(b.keys[i])))
		w.WriteString(b.keys[i])
		l := b.lists[i]
		put(uint64(len(l)))
		prev := uint32(0)
		for _, d := range l {
			put(uint64(d - prev))
			prev = d
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	b.segs = append(b.segs, path)
	clear(b.slot)
	b.keys, b.lists, b.npost = b.keys[:0], b.lists[:0], 0
	return nil
}

// segReader streams a segment's terms in order.
type segReader struct {
	idx  int
	f    *os.File
	r    *bufio.Reader
	term string
	n    uint64
}

func (s *segReader) next() (bool, error) {
	l, err := binary.ReadUvarint(s.r)
	if err == io.EOF {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	b := make([]byte, l)
	if _, err := io.ReadFull(s.r, b); err != nil {
		return false, err
	}
	s.term = string(b)
	s.n, err = binary.ReadUvarint(s.r)
	return err == nil, err
}

type segHeap []*segReader

func (h segHeap) Len() int { return len(h) }
func (h segHeap) Less(i, j int) bool {
	if h[i].term != h[j].term {
		return h[i].term < h[j].term
	}
	return h[i].idx < h[j].idx // earlier segments hold earlier docs
}
func (h segHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *segHeap) Push(x any)   { *h = append(*h, x.(*segReader)) }
func (h *segHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// finish flushes the last segment and merges all segments into
// terms.bin, terms.dir and postings.bin.
func (b *textBuilder) finish() (err error) {
	if err := b.flush(); err != nil {
		return err
	}
	b.slot, b.keys, b.lists = nil, nil, nil
	h := make(segHeap, 0, len(b.segs))
	defer func() {
		for _, s := range h {
			s.f.Close()
		}
		for _, p := range b.segs {
			os.Remove(p)
		}
	}()
	for i, p := range b.segs {
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		s := &segReader{idx: i, f: f, r: bufio.NewReaderSize(f, 256<<10)}
		ok, err := s.next()
		if err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", p, err)
		}
		if ok {
			h = append(h, s)
		} else {
			f.Close()
		}
	}
	heap.Init(&h)

	tw, err := newTermWriter(b.dir)
	if err != nil {
		return err
	}
	defer tw.abort()
	var (
		ids  []uint32
		term string
	)
	emit := func() error {
		if len(ids) == 0 {
			return nil
		}
		err := tw.add(term, ids)
		ids = ids[:0]
		return err
	}
	for len(h) > 0 {
		s := h[0]
		if s.term != term {
			if err := emit(); err != nil {
				return err
			}
			term = s.term
		}
		prev := uint32(0)
		for range s.n {
			d, err := binary.ReadUvarint(s.r)
			if err != nil {
				return fmt.Errorf("%s: %w", b.segs[s.idx], err)
			}
			prev += uint32(d)
			ids = append(ids, prev)
		}
		ok, err := s.next()
		if err != nil {
			return fmt.Errorf("%s: %w", b.segs[s.idx], err)
		}
		if ok {
			heap.Fix(&h, 0)
		} else {
			s.f.Close()
			heap.Pop(&h)
		}
	}
	if err := emit(); err != nil {
		return err
	}
	return tw.close()
}

// termWriter writes the term dictionary in blocks of blockTerms entries
// (term, doc count, postings offset and length) and the postings.
type termWriter struct {
	tf, pf, df *os.File
	tw, pw, dw *bufio.Writer
	toff, poff int64
	inBlock    int
	buf        [binary.MaxVarintLen64]byte
	scratch    []byte
}

func newTermWriter(dir string) (*termWriter, error) {
	w := &termWriter{}
	var err error
	if w.tf, err = os.Create(filepath.Join(dir, "terms.bin")); err != nil {
		return nil, err
	}
	if w.pf, err = os.Create(filepath.Join(dir, "postings.bin")); err != nil {
		w.tf.Close()
		return nil, err
	}
	if w.df, err = os.Create(filepath.Join(dir, "terms.dir")); err != nil {
		w.tf.Close()
		w.pf.Close()
		return nil, err
	}
	w.tw, w.pw, w.dw = bufio.NewWriterSize(w.tf, 1<<20), bufio.NewWriterSize(w.pf, 1<<20), bufio.NewWriter(w.df)
	return w, nil
}

func (w *termWriter) uv(dst *bufio.Writer, v uint64) int {
	n := binary.PutUvarint(w.buf[:], v)
	dst.Write(w.buf[:n])
	return n
}

func (w *termWriter) add(term string, ids []uint32) error {
	w.scratch = w.scratch[:0]
	prev := uint32(0)
	for _, d := range ids {
		w.scratch = binary.AppendUvarint(w.scratch, uint64(d-prev))
		prev = d
	}
	if _, err := w.pw.Write(w.scratch); err != nil {
		return err
	}
	if w.inBlock == 0 {
		w.uv(w.dw, uint64(len(term)))
		w.dw.WriteString(term)
		w.uv(w.dw, uint64(w.toff))
	}
	w.inBlock = (w.inBlock + 1) % blockTerms
	n := w.uv(w.tw, uint64(len(term)))
	w.tw.WriteString(term)
	n += len(term)
	n += w.uv(w.tw, uint64(len(ids)))
	n += w.uv(w.tw, uint64(w.poff))
	n += w.uv(w.tw, uint64(len(w.scratch)))
	w.toff += int64(n)
	w.poff += int64(len(w.scratch))
	return nil
}

func (w *termWriter) close() error {
	var errs []error
	for _, p := range []struct {
		b *bufio.Writer
		f *os.File
	}{{w.tw, w.tf}, {w.pw, w.pf}, {w.dw, w.df}} {
		errs = append(errs, p.b.Flush(), p.f.Close())
	}
	w.tf = nil
	return errors.Join(errs...)
}

func (w *termWriter) abort() {
	if w.tf != nil {
		w.tf.Close()
		w.pf.Close()
		w.df.Close()
	}
}

// termDict looks terms up: the first term of every block is in memory,
// a block is read from terms.bin on demand.
type termDict struct {
	terms, post *os.File
	first       []string
	off         []int64
	size        int64 // of terms.bin
}

func openTermDict(dir string) (*termDict, error) {
	d := &termDict{}
	dirb, err := os.ReadFile(filepath.Join(dir, "terms.dir"))
	if err != nil {
		return nil, err
	}
	for p := dirb; len(p) > 0; {
		l, n := binary.Uvarint(p)
		if n <= 0 || uint64(len(p)-n) < l {
			return nil, fmt.Errorf("%s: damaged", filepath.Join(dir, "terms.dir"))
		}
		t := string(p[n : n+int(l)])
		p = p[n+int(l):]
		o, n := binary.Uvarint(p)
		if n <= 0 {
			return nil, fmt.Errorf("%s: damaged", filepath.Join(dir, "terms.dir"))
		}
		p = p[n:]
		d.first = append(d.first, t)
		d.off = append(d.off, int64(o))
	}
	if d.terms, err = os.Open(filepath.Join(dir, "terms.bin")); err != nil {
		return nil, err
	}
	st, err := d.terms.Stat()
	if err != nil {
		d.terms.Close()
		return nil, err
	}
	d.size = st.Size()
	if d.post, err = os.Open(filepath.Join(dir, "postings.bin")); err != nil {
		d.terms.Close()
		return nil, err
	}
	return d, nil
}

func (d *termDict) close() {
	d.terms.Close()
	d.post.Close()
}

type termEntry struct {
	term     string
	df       int
	off, len int64
}

// block reads the entries of block i.
func (d *termDict) block(i int) ([]termEntry, error) {
	end := d.size
	if i+1 < len(d.off) {
		end = d.off[i+1]
	}
	if d.off[i] < 0 || end < d.off[i] || end > d.size {
		return nil, errors.New("terms.dir: damaged")
	}
	buf := make([]byte, end-d.off[i])
	if _, err := d.terms.ReadAt(buf, d.off[i]); err != nil {
		return nil, err
	}
	var out []termEntry
	for p := buf; len(p) > 0; {
		var e termEntry
		vals := [4]uint64{}
		l, n := binary.Uvarint(p)
		if n <= 0 || uint64(len(p)-n) < l {
			return nil, errors.New("terms.bin: damaged")
		}
		e.term = string(p[n : n+int(l)])
		p = p[n+int(l):]
		for k := 1; k < 4; k++ {
			v, n := binary.Uvarint(p)
			if n <= 0 {
				return nil, errors.New("terms.bin: damaged")
			}
			vals[k] = v
			p = p[n:]
		}
		e.df, e.off, e.len = int(vals[1]), int64(vals[2]), int64(vals[3])
		out = append(out, e)
	}
	return out, nil
}

// prefixRange yields the entries of terms that start with prefix (every
// term equal to prefix when exact), at most max of them; more reports
// whether some were left out.
func (d *termDict) lookup(prefix string, exact bool, max int) (out []termEntry, more bool, err error) {
	if len(d.first) == 0 {
		return nil, false, nil
	}
	// The last block whose first term is <= prefix may hold it.
	i := sort.Search(len(d.first), func(i int) bool { return d.first[i] > prefix }) - 1
	if i < 0 {
		i = 0
	}
	for ; i < len(d.first); i++ {
		if i > 0 && d.first[i] > prefix && !strings.HasPrefix(d.first[i], prefix) {
			break
		}
		es, err := d.block(i)
		if err != nil {
			return nil, false, err
		}
		for _, e := range es {
			switch {
			case exact && e.term == prefix:
				return []termEntry{e}, false, nil
			case exact && e.term > prefix:
				return nil, false, nil
			case !exact && strings.HasPrefix(e.term, prefix):
				if len(out) == max {
					return out, true, nil
				}
				out = append(out, e)
			case !exact && e.term > prefix:
				return out, false, nil
			}
		}
	}
	return out, false, nil
}

// postings reads and decodes one term's doc ids.
func (d *termDict) postings(e termEntry, dst []uint32) ([]uint32, error) {
	if e.len < 0 || e.len > 1<<31 || e.off < 0 {
		return nil, errors.New("terms.bin: damaged")
	}
	buf := make([]byte, e.len)
	if _, err := d.post.ReadAt(buf, e.off); err != nil {
		return nil, err
	}
	dst = dst[:0]
	prev := uint32(0)
	for p := buf; len(p) > 0; {
		v, n := binary.Uvarint(p)
		if n <= 0 {
			return nil, errors.New("postings.bin: damaged")
		}
		p = p[n:]
		prev += uint32(v)
		dst = append(dst, prev)
	}
	if len(dst) != e.df {
		return nil, fmt.Errorf("postings.bin: term %q has %d ids, want %d", e.term, len(dst), e.df)
	}
	return dst, nil
}

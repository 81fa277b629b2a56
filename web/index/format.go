package index

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"os"
	"path/filepath"
)

// formatVersion changes whenever the files change shape; an index of
// another version is rebuilt.
const formatVersion = 2

// noDay marks a record without a usable publication date.
const noDay = math.MinInt32

// manifest says what corpus an index was built from; it is written last,
// so a folder without one is an unfinished build.
type manifest struct {
	Version  int     `json:"version"`
	Corpus   string  `json:"corpus"` // absolute path when built
	Finger   finger  `json:"fingerprint"`
	Records  int     `json:"records"`
	Store    string  `json:"store"` // "corpus" (read in place) or "frames"
	Built    string  `json:"built"`
	BuildSec float64 `json:"build_seconds"`
}

// finger identifies a corpus file's content cheaply.
type finger struct {
	Size  int64  `json:"size"`
	MTime int64  `json:"mtime_ns"`
	Hash  uint64 `json:"head_tail_fnv64a"`
}

const fingerSpan = 64 << 10

func fingerprint(path string) (finger, error) {
	f, err := os.Open(path)
	if err != nil {
		return finger{}, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return finger{}, err
	}
	h := fnv.New64a()
	buf := make([]byte, fingerSpan)
	n, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return finger{}, err
	}
	h.Write(buf[:n])
	if st.Size() > 2*fingerSpan {
		n, err = f.ReadAt(buf, st.Size()-fingerSpan)
		if err != nil && !errors.Is(err, io.EOF) {
			return finger{}, err
		}
		h.Write(buf[:n])
	}
	return finger{Size: st.Size(), MTime: st.ModTime().UnixNano(), Hash: h.Sum64()}, nil
}

func readManifest(dir string) (manifest, error) {
	var m manifest
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return m, err
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("%s: %w", filepath.Join(dir, "manifest.json"), err)
	}
	return m, nil
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// rows are the per-record columns, all of one length.
type rows struct {
	loc     []uint64 // offset in the corpus, or frame<<32 | offset in frame
	size    []uint32 // bytes of the JSON line
	day     []int32  // publication day since 1970-01-01, or noDay
	site    []uint32 // ids into the dictionaries
	section []uint32
	lang    []uint16
	ptype   []uint16
	flags   []uint64 // bit i: flag i of the dictionary (the first 64 flags)
	dup     []uint64 // fnv64a of dup.cluster, 0 for none
	idHash  []uint64 // fnv64a of id
}

func (r *rows) len() int { return len(r.loc) }

const rowsMagic = "AKHBARIX"

// write stores the columns one after another, little-endian.
func (r *rows) write(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	le := binary.LittleEndian
	var b [8]byte
	w.WriteString(rowsMagic)
	le.PutUint32(b[:], formatVersion)
	w.Write(b[:4])
	le.PutUint64(b[:], uint64(r.len()))
	w.Write(b[:8])
	for _, col := range [][]uint64{r.loc, r.flags, r.dup, r.idHash} {
		for _, v := range col {
			le.PutUint64(b[:], v)
			w.Write(b[:8])
		}
	}
	for _, col := range [][]uint32{r.size, r.site, r.section} {
		for _, v := range col {
			le.PutUint32(b[:], v)
			w.Write(b[:4])
		}
	}
	for _, v := range r.day {
		le.PutUint32(b[:], uint32(v))
		w.Write(b[:4])
	}
	for _, col := range [][]uint16{r.lang, r.ptype} {
		for _, v := range col {
			le.PutUint16(b[:], v)
			w.Write(b[:2])
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func readRows(path string) (*rows, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	le := binary.LittleEndian
	if len(b) < 20 || string(b[:8]) != rowsMagic || le.Uint32(b[8:]) != formatVersion {
		return nil, fmt.Errorf("%s: not an index rows file of version %d", path, formatVersion)
	}
	const width = 4*8 + 4*4 + 2*2
	n64 := le.Uint64(b[12:])
	if n64 > uint64(len(b)/width) {
		return nil, fmt.Errorf("%s: %d rows claimed in %d bytes", path, n64, len(b))
	}
	n := int(n64)
	if want := 20 + n*width; len(b) != want {
		return nil, fmt.Errorf("%s: %d bytes, want %d for %d rows", path, len(b), want, n)
	}
	p := b[20:]
	u64 := func() []uint64 {
		out := make([]uint64, n)
		for i := range out {
			out[i] = le.Uint64(p[8*i:])
		}
		p = p[8*n:]
		return out
	}
	u32 := func() []uint32 {
		out := make([]uint32, n)
		for i := range out {
			out[i] = le.Uint32(p[4*i:])
		}
		p = p[4*n:]
		return out
	}
	u16 := func() []uint16 {
		out := make([]uint16, n)
		for i := range out {
			out[i] = le.Uint16(p[2*i:])
		}
		p = p[2*n:]
		return out
	}
	r := &rows{}
	r.loc, r.flags, r.dup, r.idHash = u64(), u64(), u64(), u64()
	r.size, r.site, r.section = u32(), u32(), u32()
	days := u32()
	r.day = make([]int32, n)
	for i, d := range days {
		r.day[i] = int32(d)
	}
	r.lang, r.ptype = u16(), u16()
	return r, nil
}

// Value is one distinct value of a field with the number of records that
// carry it.
type Value struct {
	V string `json:"v"`
	N int    `json:"n"`
}

// dicts map the ids in rows to strings. Ids are positions.
type dicts struct {
	Sites    []Value `json:"sites"`
	Sections []Value `json:"sections"`
	Langs    []Value `json:"langs"`
	PTypes   []Value `json:"page_types"`
	Flags    []Value `json:"flags"`
	// Quality are the keys of the records' quality maps, in the order
	// of their columns in quality.bin.
	Quality []string `json:"quality"`
}

func hash64(s string) uint64 {
	if s == "" {
		return 0
	}
	h := fnv.New64a()
	h.Write([]byte(s))
	if v := h.Sum64(); v != 0 {
		return v
	}
	return 1
}

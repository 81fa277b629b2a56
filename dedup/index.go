package dedup

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sync"

	"github.com/cespare/xxhash/v2"

	"github.com/akhbar/akhbar/pipeline"
)

// Index is the corpus-level duplicate detector in two phases: Add every
// record (in a fixed order), Finish, then Apply to every record in the
// same order. It keeps per-document data in spill files under a
// temporary folder, so memory does not grow with the corpus beyond the
// MemoryBudget and 8 bytes per document while clustering.
//
// An Index is not safe for concurrent use; AddBatch fingerprints a batch
// on several goroutines itself.
type Index struct {
	o   Options
	h   *Hasher
	dir string

	docs, ids, vals *appendFile
	bands           *sorter

	n     uint32
	words int64
	err   error
}

// NewIndex makes an empty index. Spill files are created on the first Add,
// in o.TempDir.
func NewIndex(o Options) *Index {
	o = o.withDefaults()
	return &Index{o: o, h: NewHasher(o)}
}

// Hasher returns the index's hasher, for callers that fingerprint
// themselves.
func (x *Index) Hasher() *Hasher { return x.h }

// docMetaSize is the size of one document's fixed record in docs.bin.
const docMetaSize = 64

// docMeta is what the index keeps on disk per document.
type docMeta struct {
	Hash      uint64
	Published int64
	Length    int64
	ValOff    int64 // offset of the shingle set (or signature) in vals.bin
	ValLen    uint32
	HasDate   bool
	IDOff     int64 // offset of ID then Path in ids.bin
	IDLen     uint32
	PathLen   uint32
	SrcOffset int64
}

func (m *docMeta) put(b []byte) {
	le := binary.LittleEndian
	le.PutUint64(b[0:], m.Hash)
	le.PutUint64(b[8:], uint64(m.Published))
	le.PutUint64(b[16:], uint64(m.Length))
	le.PutUint64(b[24:], uint64(m.ValOff))
	le.PutUint32(b[32:], m.ValLen)
	var flags uint32
	if m.HasDate {
		flags = 1
	}
	le.PutUint32(b[36:], flags)
	le.PutUint64(b[40:], uint64(m.IDOff))
	le.PutUint32(b[48:], m.IDLen)
	le.PutUint32(b[52:], m.PathLen)
	le.PutUint64(b[56:], uint64(m.SrcOffset))
}

func getDocMeta(b []byte) docMeta {
	le := binary.LittleEndian
	return docMeta{
		Hash:      le.Uint64(b[0:]),
		Published: int64(le.Uint64(b[8:])),
		Length:    int64(le.Uint64(b[16:])),
		ValOff:    int64(le.Uint64(b[24:])),
		ValLen:    le.Uint32(b[32:]),
		HasDate:   le.Uint32(b[36:])&1 != 0,
		IDOff:     int64(le.Uint64(b[40:])),
		IDLen:     le.Uint32(b[48:]),
		PathLen:   le.Uint32(b[52:]),
		SrcOffset: int64(le.Uint64(b[56:])),
	}
}

func (x *Index) open() error {
	if x.dir != "" {
		return nil
	}
	dir, err := os.MkdirTemp(x.o.TempDir, "akhbar-dedup-")
	if err != nil {
		return fmt.Errorf("dedup: spill folder: %w", err)
	}
	x.dir = dir
	for _, f := range []struct {
		p    **appendFile
		name string
	}{{&x.docs, "docs.bin"}, {&x.ids, "ids.bin"}, {&x.vals, "vals.bin"}} {
		if *f.p, err = createAppendFile(filepath.Join(dir, f.name)); err != nil {
			return fmt.Errorf("dedup: %w", err)
		}
	}
	x.bands = newSorter(dir, x.o.MemoryBudget)
	return nil
}

// Add fingerprints rec.Text and adds the record.
func (x *Index) Add(rec *pipeline.Record) error {
	return x.AddText(rec, rec.Text)
}

// AddText adds a record whose duplicate-relevant text is text (for
// instance the body without site-template lines).
func (x *Index) AddText(rec *pipeline.Record, text string) error {
	fp := x.h.Fingerprint(text, x.o.Verify == Exact)
	return x.AddFingerprint(rec, &fp)
}

// AddBatch adds records in order, fingerprinting them on Options.Workers
// goroutines. texts, when not nil, gives the text to fingerprint for each
// record instead of its Text.
func (x *Index) AddBatch(recs []*pipeline.Record, texts []string) error {
	fps := make([]Fingerprint, len(recs))
	var wg sync.WaitGroup
	w := min(x.o.Workers, len(recs))
	for g := range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; i < len(recs); i += w {
				t := recs[i].Text
				if texts != nil {
					t = texts[i]
				}
				fps[i] = x.h.Fingerprint(t, x.o.Verify == Exact)
			}
		}()
	}
	wg.Wait()
	for i, rec := range recs {
		if err := x.AddFingerprint(rec, &fps[i]); err != nil {
			return err
		}
	}
	return nil
}

// AddFingerprint adds a record with a fingerprint made by x.Hasher().
// Documents are numbered in the order they are added.
func (x *Index) AddFingerprint(rec *pipeline.Record, fp *Fingerprint) error {
	if x.err != nil {
		return x.err
	}
	if err := x.open(); err != nil {
		x.err = err
		return err
	}
	if x.n == math.MaxUint32-1 {
		x.err = errors.New("dedup: more than 4 billion documents")
		return x.err
	}
	if err := x.add(rec, fp); err != nil {
		x.err = fmt.Errorf("dedup: %s: %w", rec.ID, err)
		return x.err
	}
	return nil
}

func (x *Index) add(rec *pipeline.Record, fp *Fingerprint) error {
	mem := MemberOf(rec, fp.Hash)
	m := docMeta{Hash: fp.Hash, Published: mem.Published, HasDate: mem.HasDate,
		Length: mem.Length, SrcOffset: mem.Offset,
		IDLen: uint32(len(mem.ID)), PathLen: uint32(len(mem.Path))}
	var err error
	if m.IDOff, err = x.ids.write([]byte(mem.ID + mem.Path)); err != nil {
		return err
	}
	if fp.Hash != 0 {
		var vals []byte
		if x.o.Verify == Exact {
			m.ValLen = uint32(len(fp.Set))
			vals = make([]byte, 4*len(fp.Set))
			for i, v := range fp.Set {
				binary.LittleEndian.PutUint32(vals[4*i:], v)
			}
		} else {
			m.ValLen = uint32(len(fp.Signature))
			vals = make([]byte, 8*len(fp.Signature))
			for i, v := range fp.Signature {
				binary.LittleEndian.PutUint64(vals[8*i:], v)
			}
		}
		if m.ValOff, err = x.vals.write(vals); err != nil {
			return err
		}
		for _, k := range fp.Bands {
			if err := x.bands.add(bandRec{Key: k, Hash: fp.Hash, Doc: x.n}); err != nil {
				return err
			}
		}
	}
	var b [docMetaSize]byte
	m.put(b[:])
	if _, err := x.docs.write(b[:]); err != nil {
		return err
	}
	x.n++
	x.words += int64(fp.Words)
	return nil
}

// Stats says what a dedup run found.
type Stats struct {
	Docs       int64 `json:"docs"`
	Empty      int64 `json:"empty"`      // documents without words: never clustered
	Clusters   int64 `json:"clusters"`   // clusters of two or more documents
	Duplicates int64 `json:"duplicates"` // documents that are not their cluster's keeper
	Largest    int64 `json:"largest"`    // size of the largest cluster
	ExactPairs int64 `json:"exact_pairs"`
	Verified   int64 `json:"verified"` // candidate pairs whose similarity was computed
	Accepted   int64 `json:"accepted"` // of those, at or above the threshold
	SpillBytes int64 `json:"spill_bytes"`
	Runs       int   `json:"runs"` // sorted runs written for the band keys
}

// Result is the outcome of Finish: which cluster each document is in.
// Apply it to the records in the order they were added.
type Result struct {
	stats Stats
	x     *Index
	res   *bufio.Reader
	resF  *os.File
	next  uint32
	cache map[uint32]keeperInfo
}

type keeperInfo struct{ id, cluster string }

// resultRecSize: keeper number, similarity to the keeper, hash of the id.
const resultRecSize = 16

// none marks a document outside any cluster of two or more.
const none = math.MaxUint32

// Finish clusters the documents. The index cannot take more records
// afterwards; the Result owns its spill files until Result.Close.
func (x *Index) Finish() (*Result, error) {
	if x.err != nil {
		return nil, x.err
	}
	if err := x.open(); err != nil {
		return nil, err
	}
	for _, f := range []*appendFile{x.docs, x.ids, x.vals} {
		if err := f.flush(); err != nil {
			return nil, err
		}
	}
	r := &Result{x: x, cache: map[uint32]keeperInfo{}}
	r.stats.Docs = int64(x.n)
	u := NewUnionFind(int(x.n))
	if err := x.join(u, &r.stats); err != nil {
		return nil, err
	}
	r.stats.Runs = len(x.bands.runs)
	r.stats.SpillBytes = x.bands.Spilled + x.docs.size + x.ids.size + x.vals.size
	x.bands = nil // release the sort buffer
	keeper, multi, err := x.keepers(u, &r.stats)
	if err != nil {
		return nil, err
	}
	if err := x.writeResult(r, u, keeper, multi); err != nil {
		return nil, err
	}
	return r, nil
}

// join walks the LSH buckets in key order and unions verified pairs.
func (x *Index) join(u *UnionFind, st *Stats) error {
	type anchor struct {
		doc uint32
		fp  *Fingerprint
	}
	var (
		started  bool
		key      uint64
		anchors  []anchor
		prevHash uint64
		prevDoc  uint32
	)
	t := x.o.Threshold
	return x.bands.each(func(r bandRec) error {
		if !started || r.Key != key {
			started, key = true, r.Key
			anchors = anchors[:0]
			prevHash = 0
		}
		if r.Hash == prevHash {
			// the same words as the previous text in the bucket
			if u.Union(prevDoc, r.Doc) {
				st.ExactPairs++
			}
			return nil
		}
		prevHash, prevDoc = r.Hash, r.Doc
		var fp *Fingerprint
		for i := range anchors {
			a := &anchors[i]
			if u.Find(a.doc) == u.Find(r.Doc) {
				continue
			}
			var err error
			if a.fp == nil {
				if a.fp, err = x.load(a.doc); err != nil {
					return err
				}
			}
			if fp == nil {
				if fp, err = x.load(r.Doc); err != nil {
					return err
				}
			}
			st.Verified++
			if ok, _ := Verify(a.fp, fp, t); ok {
				st.Accepted++
				u.Union(a.doc, r.Doc)
			}
		}
		if len(anchors) < x.o.MaxBucket {
			anchors = append(anchors, anchor{doc: r.Doc, fp: fp})
		}
		return nil
	})
}

func (x *Index) meta(doc uint32) (docMeta, error) {
	var b [docMetaSize]byte
	if err := x.docs.readAt(b[:], int64(doc)*docMetaSize); err != nil {
		return docMeta{}, err
	}
	return getDocMeta(b[:]), nil
}

// load reads back what verification needs of a document.
func (x *Index) load(doc uint32) (*Fingerprint, error) {
	m, err := x.meta(doc)
	if err != nil {
		return nil, err
	}
	fp := &Fingerprint{Hash: m.Hash}
	if m.Hash == 0 {
		return fp, nil
	}
	if x.o.Verify == Exact {
		b := make([]byte, 4*int(m.ValLen))
		if err := x.vals.readAt(b, m.ValOff); err != nil {
			return nil, err
		}
		fp.Set = make([]uint32, m.ValLen)
		for i := range fp.Set {
			fp.Set[i] = binary.LittleEndian.Uint32(b[4*i:])
		}
	} else {
		b := make([]byte, 8*int(m.ValLen))
		if err := x.vals.readAt(b, m.ValOff); err != nil {
			return nil, err
		}
		fp.Signature = make([]uint64, m.ValLen)
		for i := range fp.Signature {
			fp.Signature[i] = binary.LittleEndian.Uint64(b[8*i:])
		}
	}
	return fp, nil
}

func (x *Index) member(doc uint32, m docMeta) (Member, error) {
	b := make([]byte, int(m.IDLen)+int(m.PathLen))
	if err := x.ids.readAt(b, m.IDOff); err != nil {
		return Member{}, err
	}
	return Member{ID: string(b[:m.IDLen]), Path: string(b[m.IDLen:]), Published: m.Published,
		HasDate: m.HasDate, Length: m.Length, Hash: m.Hash, Offset: m.SrcOffset}, nil
}

// eachMeta reads docs.bin in order.
func (x *Index) eachMeta(fn func(doc uint32, m docMeta) error) error {
	f, err := os.Open(x.docs.f.Name())
	if err != nil {
		return err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<20)
	var b [docMetaSize]byte
	for doc := uint32(0); doc < x.n; doc++ {
		if _, err := io.ReadFull(br, b[:]); err != nil {
			return fmt.Errorf("%s: %w", f.Name(), err)
		}
		if err := fn(doc, getDocMeta(b[:])); err != nil {
			return err
		}
	}
	return nil
}

// keepers picks the keeper of every cluster: keeper[root] is the keeper's
// number, and multi marks roots of clusters with two or more members.
func (x *Index) keepers(u *UnionFind, st *Stats) ([]uint32, []uint64, error) {
	keeper := make([]uint32, x.n)
	for i := range keeper {
		keeper[i] = none
	}
	multi := make([]uint64, (int(x.n)+63)/64)
	size := map[uint32]int64{} // only roots of clusters of two or more
	err := x.eachMeta(func(doc uint32, m docMeta) error {
		if m.Hash == 0 {
			st.Empty++
			return nil
		}
		root := u.Find(doc)
		k := keeper[root]
		if k == none {
			keeper[root] = doc
			return nil
		}
		multi[root/64] |= 1 << (root % 64)
		if size[root] == 0 {
			size[root] = 1
		}
		size[root]++
		km, err := x.meta(k)
		if err != nil {
			return err
		}
		a, err := x.member(doc, m)
		if err != nil {
			return err
		}
		b, err := x.member(k, km)
		if err != nil {
			return err
		}
		if x.o.Policy.Compare(&a, &b) < 0 {
			keeper[root] = doc
		}
		return nil
	})
	for _, s := range size {
		st.Clusters++
		st.Duplicates += s - 1
		st.Largest = max(st.Largest, s)
	}
	return keeper, multi, err
}

func (x *Index) writeResult(r *Result, u *UnionFind, keeper []uint32, multi []uint64) error {
	name := filepath.Join(x.dir, "result.bin")
	f, err := os.Create(name)
	if err != nil {
		return fmt.Errorf("dedup: %w", err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	var b [resultRecSize]byte
	err = x.eachMeta(func(doc uint32, m docMeta) error {
		k, score := uint32(none), float32(0)
		if m.Hash != 0 {
			root := u.Find(doc)
			if multi[root/64]&(1<<(root%64)) != 0 {
				k, score = keeper[root], 1
				if k != doc {
					a, err := x.load(doc)
					if err != nil {
						return err
					}
					c, err := x.load(k)
					if err != nil {
						return err
					}
					score = float32(Similarity(a, c))
				}
			}
		}
		mem, err := x.member(doc, m)
		if err != nil {
			return err
		}
		binary.LittleEndian.PutUint32(b[0:], k)
		binary.LittleEndian.PutUint32(b[4:], math.Float32bits(score))
		binary.LittleEndian.PutUint64(b[8:], xxhash.Sum64String(mem.ID))
		_, err = w.Write(b[:])
		return err
	})
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		_, err = f.Seek(0, io.SeekStart)
	}
	if err != nil {
		f.Close()
		return fmt.Errorf("dedup: %s: %w", name, err)
	}
	r.resF = f
	r.res = bufio.NewReaderSize(f, 256<<10)
	return nil
}

// Stats returns what Finish found.
func (r *Result) Stats() Stats { return r.stats }

// Apply sets rec.Dup for the next record in Add order: for a member of a
// cluster of two or more, the cluster id, and for all but the keeper, the
// keeper's id and the similarity to it. It reports whether the record is
// a duplicate (not its cluster's keeper), which a caller that drops
// duplicates drops. A record that is not the one added at this position
// is an error.
func (r *Result) Apply(rec *pipeline.Record) (dup bool, err error) {
	if r.next >= r.x.n {
		return false, fmt.Errorf("dedup: %s: more records applied than added (%d)", rec.ID, r.x.n)
	}
	var b [resultRecSize]byte
	if _, err := io.ReadFull(r.res, b[:]); err != nil {
		return false, fmt.Errorf("dedup: result: %w", err)
	}
	doc := r.next
	r.next++
	if xxhash.Sum64String(rec.ID) != binary.LittleEndian.Uint64(b[8:]) {
		return false, fmt.Errorf("dedup: record %d is %q, not the record added there: apply in Add order", doc, rec.ID)
	}
	k := binary.LittleEndian.Uint32(b[0:])
	if k == none {
		rec.Dup = nil
		return false, nil
	}
	info, err := r.keeperInfo(k)
	if err != nil {
		return false, err
	}
	rec.Dup = &pipeline.Dup{Cluster: info.cluster}
	if k == doc {
		return false, nil
	}
	rec.Dup.Of = info.id
	score := float64(math.Float32frombits(binary.LittleEndian.Uint32(b[4:])))
	rec.Dup.Score = math.Round(score*1000) / 1000
	return true, nil
}

func (r *Result) keeperInfo(k uint32) (keeperInfo, error) {
	if info, ok := r.cache[k]; ok {
		return info, nil
	}
	m, err := r.x.meta(k)
	if err != nil {
		return keeperInfo{}, err
	}
	mem, err := r.x.member(k, m)
	if err != nil {
		return keeperInfo{}, err
	}
	if len(r.cache) > 4096 {
		clear(r.cache)
	}
	info := keeperInfo{id: mem.ID, cluster: ClusterID(&mem)}
	r.cache[k] = info
	return info, nil
}

// Close removes the spill files.
func (r *Result) Close() error {
	if r.resF != nil {
		r.resF.Close()
	}
	return r.x.Close()
}

// Close removes the index's spill files. Finish's Result closes them too.
func (x *Index) Close() error {
	if x.dir == "" {
		return nil
	}
	for _, f := range []*appendFile{x.docs, x.ids, x.vals} {
		if f != nil {
			f.close()
		}
	}
	err := os.RemoveAll(x.dir)
	x.dir = ""
	if x.err == nil {
		x.err = errors.New("dedup: index closed")
	}
	return err
}

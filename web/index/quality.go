package index

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"sort"
)

// maxQualityKeys bounds the quality signals the index keeps a column of;
// further keys are not filterable (records carry a handful).
const maxQualityKeys = 64

// qualityBuilder gathers one float32 column per quality key, NaN where a
// record lacks the key.
type qualityBuilder struct {
	keys []string
	col  map[string][]float32
	n    int
}

func (q *qualityBuilder) add(m map[string]float64) {
	if q.col == nil {
		q.col = map[string][]float32{}
	}
	// Sorted, so that the column order does not depend on map order.
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		if _, ok := q.col[k]; !ok && len(q.keys) < maxQualityKeys {
			c := make([]float32, q.n, q.n+1)
			for i := range c {
				c[i] = float32(math.NaN())
			}
			q.col[k] = c
			q.keys = append(q.keys, k)
		}
	}
	for _, k := range q.keys {
		v, ok := m[k]
		f := float32(math.NaN())
		if ok {
			f = float32(v)
		}
		q.col[k] = append(q.col[k], f)
	}
	q.n++
}

// write stores the columns in key order, little-endian float32.
func (q *qualityBuilder) write(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	var b [4]byte
	for _, k := range q.keys {
		for _, v := range q.col[k] {
			binary.LittleEndian.PutUint32(b[:], math.Float32bits(v))
			w.Write(b[:])
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// readQuality reads the columns of keys for n rows.
func readQuality(path string, keys []string, n int) (map[string][]float32, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) != 4*n*len(keys) {
		return nil, fmt.Errorf("%s: %d bytes, want %d for %d keys of %d rows", path, len(b), 4*n*len(keys), len(keys), n)
	}
	out := make(map[string][]float32, len(keys))
	for k, key := range keys {
		c := make([]float32, n)
		p := b[4*n*k:]
		for i := range c {
			c[i] = math.Float32frombits(binary.LittleEndian.Uint32(p[4*i:]))
		}
		out[key] = c
	}
	return out, nil
}

// QualityKeys lists the quality signals the records carry and the index
// can filter on (Query.Min, Query.Max), sorted.
func (ix *Index) QualityKeys() []string {
	ks := append([]string(nil), ix.dicts.Quality...)
	sort.Strings(ks)
	return ks
}

package beam

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
)

// A shard's values carry the document key before the JSON, so that dup
// marks can be joined to records inside the shard: key (16 bytes) + JSON.
const keyLen = 16

func keyed(key string, b []byte) []byte {
	out := make([]byte, 0, keyLen+len(b))
	return append(append(out, key...), b...)
}

// toShardFn keys a (document key, JSON) pair by its shard.
type toShardFn struct {
	N int
}

func (f *toShardFn) ProcessElement(key string, b []byte) (int, []byte) {
	return shardOf(key, f.N), keyed(key, b)
}

// shardFile opens the file of one shard through package sink, so that
// the bytes are those "akhbar clean" writes. A local file is written
// atomically in place; an object is written to a local temporary file
// first and uploaded when complete (shards are bounded by the shard
// count, and workers have local disk).
type shardFile struct {
	w      *sink.JSONL
	path   string // final path
	tmpDir string
}

func createShard(path string) (*shardFile, error) {
	if !Remote(path) {
		w, err := sink.CreateJSONL(path)
		if err != nil {
			return nil, err
		}
		return &shardFile{w: w, path: path}, nil
	}
	dir, err := os.MkdirTemp("", "akhbar-beam-shard-")
	if err != nil {
		return nil, err
	}
	// The local name keeps the extension: it picks the compression.
	w, err := sink.CreateJSONL(filepath.Join(dir, filepath.Base(path)))
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	return &shardFile{w: w, path: path, tmpDir: dir}, nil
}

func (s *shardFile) close(ctx context.Context) error {
	if err := s.w.Close(); err != nil {
		s.abort()
		return err
	}
	if s.tmpDir == "" {
		return nil
	}
	defer os.RemoveAll(s.tmpDir)
	f, err := os.Open(filepath.Join(s.tmpDir, filepath.Base(s.path)))
	if err != nil {
		return err
	}
	defer f.Close()
	return upload(ctx, s.path, func(w io.Writer) error {
		_, err := io.Copy(w, f)
		return err
	})
}

func (s *shardFile) abort() {
	s.w.Abort()
	if s.tmpDir != "" {
		os.RemoveAll(s.tmpDir)
	}
}

// each calls fn with the document key and JSON of every value of a
// shard, skipping the shard's empty placeholder; on any error the file is
// discarded.
func (s *shardFile) each(values func(*[]byte) bool, fn func(key string, js []byte) error) error {
	var v []byte
	for values(&v) {
		if len(v) == 0 {
			continue // the shard's placeholder
		}
		err := fmt.Errorf("%s: value without a document key", s.path)
		if len(v) >= keyLen {
			err = fn(string(v[:keyLen]), v[keyLen:])
		}
		if err != nil {
			s.abort()
			return err
		}
	}
	return nil
}

// writeShardFn writes one shard of records or rejects as they come.
// Without dedup the JSON goes out as the first stage encoded it.
type writeShardFn struct {
	Dir, Prefix, Ext string
	N                int
	Records          bool // records (counted as written) or rejects
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, values func(*[]byte) bool, stats func([]byte)) error {
	path := JoinPath(f.Dir, ShardName(f.Prefix, shard, f.N, f.Ext))
	out, err := createShard(path)
	if err != nil {
		return err
	}
	err = out.each(values, func(_ string, js []byte) error { return out.w.Write(json.RawMessage(js)) })
	if err != nil {
		return err
	}
	if err := out.close(ctx); err != nil {
		return err
	}
	if f.Records {
		return emitSummary(stats, Summary{Run: pipeline.Stats{Written: out.w.Count()}})
	}
	return nil
}

// writeMarkedShardFn writes one shard of records with the dedup marks of
// the shard's documents: the marks (few: only members of clusters) are
// read into memory first, then the records stream through.
type writeMarkedShardFn struct {
	Dir, Prefix, Ext string
	N                int
	Drop             bool
}

func (f *writeMarkedShardFn) ProcessElement(ctx context.Context, shard int, values, marks func(*[]byte) bool, stats func([]byte)) error {
	path := JoinPath(f.Dir, ShardName(f.Prefix, shard, f.N, f.Ext))
	dups := map[string]mark{}
	var m []byte
	for marks(&m) {
		key, mk, err := decodeMark(m)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		dups[key] = mk
	}
	out, err := createShard(path)
	if err != nil {
		return err
	}
	var st pipeline.Stats
	err = out.each(values, func(key string, js []byte) error {
		mk, ok := dups[key]
		if !ok {
			return out.w.Write(json.RawMessage(js))
		}
		if mk.dup && f.Drop {
			st.Duplicates++
			return nil
		}
		// As "akhbar dedup" does: the record read back, marked, written.
		var rec pipeline.Record
		if err := json.Unmarshal(js, &rec); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		d := mk.d
		rec.Dup = &d
		return out.w.Write(&rec)
	})
	if err != nil {
		return err
	}
	if err := out.close(ctx); err != nil {
		return err
	}
	st.Written = out.w.Count()
	return emitSummary(stats, Summary{Run: st})
}

func emitSummary(stats func([]byte), s Summary) error {
	b, err := json.Marshal(&s)
	if err != nil {
		return err
	}
	stats(b)
	return nil
}

// mark is what dedup says of one document: its cluster, keeper and
// similarity, and whether it is a duplicate (not the keeper).
type mark struct {
	d   pipeline.Dup
	dup bool
}

func encodeMark(key string, m mark) ([]byte, error) {
	b, err := json.Marshal(&m.d)
	if err != nil {
		return nil, err
	}
	flag := byte(0)
	if m.dup {
		flag = 1
	}
	out := make([]byte, 0, keyLen+1+len(b))
	out = append(out, key...)
	out = append(out, flag)
	return append(out, b...), nil
}

func decodeMark(b []byte) (string, mark, error) {
	if len(b) < keyLen+1 {
		return "", mark{}, fmt.Errorf("short dup mark")
	}
	m := mark{dup: b[keyLen] == 1}
	if err := json.Unmarshal(b[keyLen+1:], &m.d); err != nil {
		return "", mark{}, err
	}
	return string(b[:keyLen]), m, nil
}

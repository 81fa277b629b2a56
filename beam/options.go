package beam

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"strconv"
	"time"
)

// Options describe one Beam job. They travel to the workers inside the
// DoFns (as JSON), so they hold only plain values.
type Options struct {
	// Output is the folder that receives the shards, the rejects, the
	// inputs list and stats.json: a local path or an object-storage URL
	// (gs://bucket/dir, s3://bucket/dir) that every worker can reach.
	Output string
	// Ext is the shard files' extension: ".jsonl", ".jsonl.gz" or
	// ".jsonl.zst" (default).
	Ext string
	// Shards is the number of record files; RejectShards of reject files
	// (default: Shards/8, at least 1).
	Shards, RejectShards int

	// Format forces an input format ("" or "auto" detects per input).
	Format       string
	MaxItemBytes int64
	// Quality is a quality preset name ("none" or "" computes signals
	// only).
	Quality string
	// Langs keeps only documents in these languages ("hin,mar,kan_Knda",
	// as "akhbar clean --langs"); "" keeps all.
	Langs string
	// MinLangScore rejects documents whose language score is lower
	// ("filter:lang-score", as "akhbar clean --min-lang-score"); 0 keeps
	// all.
	MinLangScore float64
	// KeepText keeps every line of a text input in the body (as "akhbar
	// clean --keep-text").
	KeepText bool
	// Now is the reference time of relative dates. The launcher fixes it
	// once so that every worker, and every retry, dates pages alike.
	Now time.Time
	// ItemWorkers is the number of goroutines each file's pages are
	// processed on inside one bundle (0: one per CPU of the worker).
	ItemWorkers int

	// Dedup, when set, clusters near-duplicates as "akhbar dedup" does.
	Dedup *DedupOptions
}

func (o Options) ext() string {
	if o.Ext == "" {
		return ".jsonl.zst"
	}
	return o.Ext
}

func (o Options) shards() int { return max(o.Shards, 1) }

func (o Options) rejectShards() int {
	if o.RejectShards > 0 {
		return o.RejectShards
	}
	return max(o.shards()/8, 1)
}

// DocKey is a document's key in the shuffles: 16 bytes of SHA-256 over
// its source path, offset and id. Ids alone need not be unique (two
// folders may hold a.txt); path and offset are, for every item a source
// yields. 128 bits keep the chance of any collision among 10^12
// documents below 10^-14.
func DocKey(path string, offset int64, id string) string {
	h := sha256.New()
	h.Write([]byte(path))
	h.Write([]byte{0})
	h.Write(strconv.AppendInt(nil, offset, 10))
	h.Write([]byte{0})
	h.Write([]byte(id))
	return string(h.Sum(nil)[:16])
}

// shardOf spreads document keys over n shards.
func shardOf(key string, n int) int {
	return int(binary.BigEndian.Uint32([]byte(key[:4])) % uint32(n))
}

// ShardName is the file name of shard i of n: "part-00003-of-00016.jsonl.zst".
func ShardName(prefix string, i, n int, ext string) string {
	return fmt.Sprintf("%s-%05d-of-%05d%s", prefix, i, n, ext)
}

// Package sink writes akhbar's output: records and rejects as JSON lines
// (compressed by the output's extension) or as Parquet (.parquet), each
// file written under a temporary name and renamed into place when
// complete; shard names (ShardPath); and the run manifest. It also reads
// corpora back for the commands that take a corpus as input (dedup,
// report, serve): JSON lines, Parquet, or a sharded run by its folder or
// manifest (ReadRecords).
//
// Parquet is written with parquet-go rather than by hand; the column
// layout is described in parquet.go.
//
// It is not where records are made or changed, nor where a run decides
// when a shard ends (package job).
package sink

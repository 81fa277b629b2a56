// Package sink writes akhbar's output: records and rejects as JSON lines,
// compressed by the output's extension, each file written atomically. It
// also reads such corpora back for the commands that take a corpus as
// input (dedup, report, serve).
//
// It is not where records are made or changed.
package sink

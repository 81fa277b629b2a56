// Package corpus reads akhbar corpora for the commands that look at them
// (report, serve): every record in file order with its number, its JSON
// line and, for a plain JSON-lines file, its byte offset so that an index
// can fetch it again without a copy. It also finds the rejects file that
// "akhbar clean" writes beside a corpus.
//
// JSON lines (plain, .gz, .zst) are read here. Other formats register a
// Reader by file suffix (Register): Parquet slots in as one call once
// package sink can read it.
//
// It differs from sink.ReadRecords in giving positions and raw lines,
// which an index needs; it is not a general reader of inputs (package
// source reads raw pages).
package corpus

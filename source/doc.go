// Package source turns the command line's inputs into a stream of items:
// it expands files, folders (recursively, in sorted order), globs and "-"
// (stdin), undoes gzip, zstd and bzip2 by their magic bytes, tells the
// format of each input by its content, and splits containers (WARC/ARC,
// JSONL) into one item per page.
//
// Damage is reported per item: an unreadable file, a truncated stream or a
// malformed record becomes an item with Err set (the runner turns it into
// a reject naming the file and offset) and reading goes on with the next.
//
// It is not where pages are parsed: it hands over raw bytes.
package source

// Package xio opens compressed streams by their content (and tells the
// byte order mark of a text stream) and creates output files atomically,
// compressed by their extension. Every reader and writer
// of akhbar goes through it so that gzip and zstd (read and written) and
// bzip2, xz and LZ4 (read only) behave the same everywhere.
//
// It is not a format parser: it knows bytes and files, not records.
package xio

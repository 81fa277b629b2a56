// Package source turns the command line's inputs into a stream of items:
// it expands files, folders (recursively, in sorted order), globs and "-"
// (stdin), undoes gzip, zstd, bzip2, xz and LZ4 by their magic bytes, tells the
// format of each input by its content, and splits containers (WARC/ARC,
// JSONL, a JSON array, Parquet, RSS/RDF/Atom feeds) into one item per page
// and archives (tar, zip) into one input per member; a page saved as MHTML
// is its HTML part.
//
// The formats are read with the libraries that exist for them (archive/tar,
// archive/zip, encoding/xml for feeds, net/mail and mime/multipart for
// MHTML, parquet-go, klauspost/compress, andybalholm/brotli for HTTP
// payloads). By hand: the WARC/ARC reader (no Go library resynchronises
// after a damaged record or names records by their gzip member's offset),
// and the cutting of JSON lines and array elements from the stream
// (encoding/json would hold an oversized value whole before saying so).
//
// Damage is reported per item: an unreadable file, a truncated stream or a
// malformed record becomes an item with Err set (the runner turns it into
// a reject naming the file and offset) and reading goes on with the next.
//
// Reading is bounded at the source: a whole-file item is read to one byte
// past --max-item-size and no further (an endless device or a
// decompression bomb costs the limit, not its size); only regular files
// are opened (devices, FIFOs, sockets and dangling links are rejects);
// links in folders are followed once, a loop is a reject. A WARC or ARC
// record whose length runs into the next record costs that record only:
// reading resumes at the next gzip member or record line.
//
// It is not where pages are parsed: it hands over raw bytes.
package source

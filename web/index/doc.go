// Package index is the on-disk index that lets "akhbar serve" browse and
// search a corpus of millions of records at once: built on first use into
// a folder beside the corpus (CORPUS.idx/), rebuilt when the corpus
// changes (size, modification time and a hash of its first and last
// 64 KiB), and opened in a fraction of a second afterwards.
//
// It holds
//   - rows.bin: one fixed-width row per record in columns (where the
//     record is, publication day, site, section, language, page type,
//     flags, duplicate cluster, id hash), loaded into memory and scanned
//     for filters: a million rows take 52 MB and a scan a few ms;
//   - dicts.json: the distinct sites, sections, languages, page types and
//     flags with their counts (the filter menus);
//   - terms.bin, terms.dir, postings.bin: an inverted index of the words
//     of title, summary, authors, keywords and text (package
//     web/internal/words), doc ids delta- and varint-coded, built in
//     bounded memory by flushing sorted segments and merging them;
//   - store.zst, frames.bin, only for compressed (or columnar) corpora: a
//     copy of the records as independent zstd frames of about 256 KiB, so
//     one record is read by decompressing one frame. A plain .jsonl
//     corpus is read in place by offset instead.
//
// The full-text index is written here rather than taken from bleve: bleve
// fetches and works, but adds about 19 MB and 27 modules to the binary,
// and its per-document indexing is much slower than a batch build that
// knows documents arrive in order. This index answers what the audit UI
// asks (all words, word prefixes, exact filters) and nothing more: no
// ranking, no phrases, no positions.
//
// It is not a general database and never changes a corpus.
package index

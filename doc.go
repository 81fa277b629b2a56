// Package akhbar is the root of a tool that turns raw scraped news pages
// into a clean, structured, deduplicated news corpus, with Indian languages
// first-class.
//
// The tree follows the data, which flows one way:
//
//	source   read inputs (files, folders, globs, stdin; text, HTML, WARC, JSONL;
//	         gzip/zstd/bzip2) and split them into items
//	extract  turn one item into blocks with offsets (lines of a text dump,
//	         blocks of an HTML page)
//	clean    Unicode hygiene and the role of every block: body, metadata,
//	         boilerplate, repeated, related, caption
//	meta     article metadata from the blocks (site, section, title, byline,
//	         dates, dateline, captions, related links)
//	dates    date and time parsing in English and Indian languages
//	lang     script and language identification
//	quality  per-record quality signals and filters
//	dedup    exact and near-duplicate clustering across the corpus
//	sink     record and reject writers (JSONL, compressed, sharded, atomic)
//	pipeline the Doc and Record types, the step contract and the local runner
//	web      the HTML report and the audit UI
//	cmd/akhbar the command line
//
// The Beam runner lives in its own module under beam/ so that the main binary
// stays small and quick to build.
package akhbar

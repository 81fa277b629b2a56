// Package akhbar is the root of a tool that turns raw scraped news pages
// into a clean, structured, deduplicated news corpus, with Indian languages
// first-class.
//
// The tree follows the data, which flows one way:
//
//	source    read inputs (files, folders, globs, stdin; text, HTML, WARC/WET/ARC,
//	          JSONL; gzip/zstd/bzip2/xz/lz4) and split them into items
//	extract   turn one item into blocks with offsets (lines of a text dump,
//	          blocks of an HTML page) and what the page states about itself
//	clean     Unicode hygiene and the role of every block: body, metadata,
//	          boilerplate, repeated, related
//	lang      script and language of the document and of each paragraph
//	meta      article fields from the blocks: site, section, title, byline,
//	          dates, dateline, captions, related links
//	dates     date and time parsing in English, Indian and European languages
//	quality   per-record quality signals and filter rules (presets)
//	lexicon   the one table of language words (bylines, credits, "also read",
//	          months, …), a file per language, read by the steps above
//	template  site templates learnt across a corpus (two passes)
//	dedup     exact and near-duplicate clustering across a corpus (MinHash LSH,
//	          out of core)
//	steps     the per-document pipeline, in order, shared by every runner
//	pipeline  the Item, Doc, Block, Record and Reject types, the step contract,
//	          the ordered worker pool and the run counters
//	job       a whole corpus job: inputs, steps, corpus passes, outputs
//	sink      record and reject writers and readers (JSONL, compressed,
//	          sharded, Parquet, atomic)
//	config    the YAML pipeline file of "akhbar run"
//	web       the HTML report and the audit UI
//	cmd/akhbar the command line
//
// The Beam runner lives in its own module under beam/ so that the main
// binary stays small and quick to build.
package akhbar

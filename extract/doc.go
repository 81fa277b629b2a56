// Package extract turns one input item into the blocks of a Doc: the lines
// of a plain-text dump, or the block elements of an HTML page with what
// the page states about itself. It decodes legacy character sets to UTF-8
// first.
//
// For HTML, the page is parsed once and that tree is shared by the body,
// the metadata and the dates. A learned page type classifier (article,
// forum, product, collection, listing, documentation, service) and a
// learned block classifier (boosted trees over each block's text, markup,
// position, neighbours, repetition, class/id words and the page type)
// pick the main content among the page's own blocks, so every block of
// the page is in the audit with a role and a score; on articles a few
// general rules then take the repeated headline and byline and links to
// other articles out of the body. The models are trained by
// extract/internal/trainhtml from the evaluation kit, embedded
// (models/), and run in pure Go (internal/learn); go-trafilatura's
// hand-set scores were replaced because, measured across sites, they
// did not carry to pages that are not news articles.
// Metadata is read from every source a page offers — JSON-LD, OpenGraph
// and article:*, <meta> names, microdata, <time>, bylines in the page —
// and chosen in a fixed order of trust; publication dates combine the
// metadata with htmldate's reading of the page and the date shown in the
// article's header, are put in the page's own zone, and are refused when
// they belong to something else (a comment, a rating, another article's
// teaser, a period) or are a stamp that a page which is not an article
// never shows (htmlstamp.go).
//
// Hand-written here, with the reason: mojibake repair (no Go library
// undoes UTF-8 read as windows-1252), the byline and site-name rules for
// authors and titles (go-trafilatura's are English-centred and keep
// site names), the metadata ranking (go-trafilatura exposes one merged
// value per field, not the sources), and the judgement of htmldate's
// date (go-htmldate returns a date and the text it came from, not where
// in the page that text stands).
//
// It is not where text-dump blocks get their roles (package clean) or where
// fields are parsed out of text lines (package meta), and it never fetches
// anything: a page is judged by its own bytes.
package extract

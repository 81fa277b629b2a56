// Package clean gives every block of a document its role — body,
// metadata, boilerplate, repeated, related — and repairs the document
// rather than dropping it: a body printed twice keeps its first copy, the
// second becomes a repeated span pointing at the first. It also does the
// Unicode hygiene every block goes through.
//
// The rules are written here by hand because no library classifies the
// lines of a flattened news page, least of all in Indian languages: the
// cue words ("also read", "यह भी पढ़ें", "ಇದನ್ನೂ ಓದಿ") are data tables, the
// structure (where the body starts and ends, what repeats) is found from
// the page itself. Nothing here knows any one site. Two learned parts sit
// on top of the rules for text dumps, each trained by
// clean/internal/traindump on the kit's pages rendered by text browsers:
// a block model that moves the borders of the body (dumpmodel.go) and a
// headline picker that chooses the title among the lines the rules offer
// (titlemodel.go).
//
// It is not where fields are parsed out of metadata blocks (package meta)
// or where the corpus is compared with itself (packages dedup, template).
package clean

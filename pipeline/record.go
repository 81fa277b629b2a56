package pipeline

import "encoding/json"

// Record is one article (or one non-article page, flagged as such) as akhbar
// writes it: one JSON object per line of the output. Parquet output has the
// same columns.
type Record struct {
	// ID is the input's own id: a file's base name without extensions, a
	// WARC record id, or the id field of an input JSONL line.
	ID     string `json:"id"`
	Source Source `json:"source"`
	URL    string `json:"url,omitempty"`
	// Host is the registered domain of URL (its public suffix and one
	// label more: "bbc.co.uk" for https://www.bbc.co.uk/news/x), the
	// stable key to group a corpus by site; Site is the name the page
	// gives itself.
	Host string `json:"host,omitempty"`

	Site     string   `json:"site,omitempty"`
	Section  string   `json:"section,omitempty"`
	Title    string   `json:"title"`
	Keywords []string `json:"keywords,omitempty"`
	Summary  string   `json:"summary,omitempty"`
	Authors  []string `json:"authors,omitempty"`
	// Published and Updated are RFC 3339 with the page's own offset, or
	// YYYY-MM-DD when the page states only a day, or empty (null in JSON)
	// when the page states nothing usable.
	Published Time      `json:"published"`
	Updated   Time      `json:"updated,omitempty"`
	Dateline  string    `json:"dateline,omitempty"`
	Images    []Image   `json:"images,omitempty"`
	Headings  []string  `json:"headings,omitempty"`
	Related   []Related `json:"related,omitempty"`
	Copyright string    `json:"copyright,omitempty"`

	// Text is the body: paragraphs joined by one blank line.
	Text string `json:"text"`

	// Lang is ISO 639-3 + "_" + ISO 15924 script, e.g. "hin_Deva".
	Lang      string             `json:"lang,omitempty"`
	LangScore float64            `json:"lang_score,omitempty"`
	Langs     map[string]float64 `json:"langs,omitempty"`
	// ParaLangs labels each paragraph of Text, in order.
	ParaLangs []string `json:"para_langs,omitempty"`

	// PageType says what kind of page this is: "article", or for pages
	// that are not articles "listing", "social", "stylesheet", "legal",
	// "error", "empty". HTML pages are typed by a learned classifier into
	// WCXB's seven kinds: "article", "forum", "product", "collection",
	// "listing", "documentation", "service" ("empty" when no body is
	// left). Non-articles are kept and flagged, never dressed up as
	// articles.
	PageType string             `json:"page_type"`
	Quality  map[string]float64 `json:"quality,omitempty"`
	// Flags name the quality rules that fired and what was assumed or
	// refused on the way: "zone-assumed", "title-from-body",
	// "date-unshown" (a stamp no reader sees, on a page that is not an
	// article, was not taken as the publication date), "legacy-charset",
	// "legacy-font" (Hindi typed in the Kruti Dev font's ASCII encoding)
	// with "legacy-font-converted" (and turned into Unicode Devanagari
	// before language ID), "mojibake-repaired", "invalid-utf8",
	// "truncated-input", "damaged-input" (read whole, then its gzip
	// member failed its checksum).
	Flags []string `json:"flags,omitempty"`
	Dup   *Dup     `json:"dup,omitempty"`

	// Metadata is what an input JSONL line carried that no field above
	// took, as one JSON object (the members of its "metadata" object
	// lifted to the top), so a corpus keeps its own annotations.
	Metadata json.RawMessage `json:"metadata,omitempty"`

	// Spans is the audit: every non-blank line (text input) or block
	// (HTML input) of the item, in order, with the role it was given and
	// why. Blank lines between two spans of one role are inside the span.
	Spans []Span `json:"spans"`
}

// Source says where a record came from.
type Source struct {
	Path   string `json:"path,omitempty"`
	URL    string `json:"url,omitempty"`
	Format string `json:"format"`
	// Offset is the byte offset of the item inside its file (WARC record,
	// JSONL line); 0 for whole files.
	Offset int64 `json:"offset"`
	// Fetched is when a crawler fetched the page (WARC-Date), if known.
	Fetched string `json:"fetched,omitempty"`
	// Unit says what Span numbers count: "line" (1-based line numbers of
	// the decoded text) or "block" (0-based block indices of an HTML page).
	Unit string `json:"unit,omitempty"`
}

// Image is a picture the page showed, known by its caption or URL.
type Image struct {
	Caption string `json:"caption,omitempty"`
	Credit  string `json:"credit,omitempty"`
	URL     string `json:"url,omitempty"`
}

// Related is a link to another article ("also read", "related stories").
type Related struct {
	Title string `json:"title"`
	URL   string `json:"url,omitempty"`
}

// Dup marks a record as a member of a duplicate cluster. Of is the id of
// the cluster's keeper; it is empty on the keeper itself.
type Dup struct {
	Cluster string  `json:"cluster"`
	Of      string  `json:"of,omitempty"`
	Score   float64 `json:"score,omitempty"`
}

// Span is one entry of the audit: a run of lines or blocks with one role.
type Span struct {
	Start int  `json:"start"`
	End   int  `json:"end"`
	Role  Role `json:"role"`
	// Reason names the rule that gave the role ("breadcrumb", "alt-text",
	// "also-read", "site-template", ...).
	Reason string `json:"reason,omitempty"`
	// Ref is, for repeated spans, the start of the span it repeats (a
	// pointer, because block 0 of an HTML page is a valid original).
	Ref *int `json:"ref,omitempty"`
	// Evidence is, for site-template spans, how many documents of the
	// site carried the same line.
	Evidence int `json:"evidence,omitempty"`
}

// Reject is an input item that did not become a record, with why.
type Reject struct {
	ID     string `json:"id"`
	Source Source `json:"source"`
	// Reason is a short stable key ("empty", "binary", "decode", "too-large",
	// "duplicate", "filter:<rule>", "panic", "timeout", ...); Error is the
	// human-readable detail naming the item.
	Reason string `json:"reason"`
	Error  string `json:"error"`
	// Step names the step that rejected the item: "read" when the input
	// could not be read as an item, else a step of the pipeline ("extract",
	// "lang", "quality", ...); empty when it is not known (a timeout).
	Step string `json:"step,omitempty"`
}

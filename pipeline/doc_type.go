package pipeline

import "context"

// Item is one input unit as a source yields it: a file, a WARC record, a
// JSONL line. Body holds the raw bytes (HTML or text, not yet decoded).
type Item struct {
	ID     string
	Source Source
	URL    string
	// Body is the payload. For HTML it is the raw page, for text the dump.
	Body []byte
	// Charset is the character set a container declared (an HTTP header),
	// if any.
	Charset string
	// Err is set when the source could read the item only in part or not
	// at all; the runner turns it into a reject naming the item.
	Err error
	// Skip, when set, says the item is a container record that is not a
	// page (a WARC request, warcinfo or metadata record) and names its kind.
	// It is counted, not processed, and is neither a record nor a reject.
	Skip string
	// Meta carries fields an input format states outright (JSONL "title",
	// WARC headers); extractors may use them.
	Meta map[string]string
}

// Block is one unit of an input: a line of a text dump or a block element
// of an HTML page.
type Block struct {
	// Start and End number the unit in the input: line numbers (1-based,
	// inclusive) for text, block indices for HTML.
	Start, End int
	// Text is the block's text after Unicode hygiene.
	Text string
	// Tag is the HTML element ("p", "h2", "li", "figcaption"...). Text
	// dumps use the same names for what their marks show: "li" for a
	// bulleted line, "h1".."h6" for a Markdown heading, "img" for an image
	// placeholder, "hr" for a rule; plain lines have no tag.
	Tag string
	// LinkShare is the share of the block's letters that are link text,
	// when the input shows links (HTML, Markdown-style dumps).
	LinkShare float32
	// Role is what the block turned out to be; Reason names the rule.
	Role   Role
	Reason string
	// Ref is, for repeated blocks, the index in Doc.Blocks of the block it
	// repeats.
	Ref int
	// Evidence is a count supporting the role (documents that carried a
	// site-template line).
	Evidence int
	// Link is the block's link target, when the whole block is one link.
	Link string
	// EndLink is the target of an HTML block's one link when it ends the
	// block after text of its own: "Also read: <a>headline</a>".
	EndLink string
	// Score is the learned probability that the block is body, for HTML
	// pages (0 where no model scored the block); explain shows it.
	Score float32
}

// Doc is a document on its way through the pipeline: the item it came
// from, its blocks, and the record being filled in.
type Doc struct {
	Item   Item
	Blocks []Block
	Record Record

	// ctx is the item's context (see Context).
	ctx context.Context
}

// NewDoc starts a document for an item.
func NewDoc(it Item) *Doc {
	return &Doc{Item: it, Record: Record{ID: it.ID, Source: it.Source, URL: it.URL}}
}

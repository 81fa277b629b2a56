package clean

import (
	"strings"

	"github.com/akhbar/akhbar/pipeline"
)

// KeptPrefix opens the reason of a span that KeepText put back in the
// body; the rest is what the cleaner had called it ("kept:byline",
// "kept:repeated").
const KeptPrefix = "kept:"

// KeepsText reports whether KeepText applies to pd: a text input (a dump,
// a WET record, a JSONL text field), not an HTML page, whose markup is no
// cleaned text.
func KeepsText(pd *pipeline.Doc) bool { return pd.Record.Source.Unit != "block" }

// Kept reports whether b is in the body once KeepText has run: a body
// block, or any other with text that is not a blank line.
func Kept(b *pipeline.Block) bool {
	switch b.Role {
	case pipeline.RoleBody, pipeline.RoleUnknown:
		return true
	case pipeline.RoleBlank:
		return false
	}
	return strings.TrimSpace(b.Text) != ""
}

// KeepText is for text another tool already cleaned (a corpus's text
// field, an extractor's output), where searching for a body only loses
// words: run after meta has read the headline, byline, date and captions
// from the lines where the cleaner found them, it puts every line of a
// text input back in the body, in its place, so the record's text is the
// input's lines once normalised, and the spans still say what the cleaner
// would have taken out. A copy of an earlier line stays too: the input
// had it twice.
func KeepText(pd *pipeline.Doc) {
	if !KeepsText(pd) {
		return
	}
	for i := range pd.Blocks {
		b := &pd.Blocks[i]
		if b.Role == pipeline.RoleBody || b.Role == pipeline.RoleUnknown || !Kept(b) {
			continue // in the body already, or no text to keep
		}
		was := b.Reason
		if was == "" {
			was = string(b.Role)
		}
		b.Role, b.Reason, b.Ref = pipeline.RoleBody, KeptPrefix+was, 0
	}
}

package extract

import (
	"strings"

	"github.com/akhbar/akhbar/pipeline"
)

// decodeLegacy turns bytes that are not valid UTF-8 into UTF-8. For now it
// replaces invalid sequences and flags the record; charset detection
// replaces this.
func decodeLegacy(b []byte, declared string, d *pipeline.Doc) []byte {
	d.Record.Flags = append(d.Record.Flags, "invalid-utf8")
	return []byte(strings.ToValidUTF8(string(b), "\uFFFD"))
}

package steps

import (
	"strings"

	"github.com/akhbar/akhbar/legacyfont"
	"github.com/akhbar/akhbar/pipeline"
)

// legacyStep turns a page typed in the Kruti Dev font's ASCII encoding
// into Unicode Devanagari before language ID reads it (which would call it
// Indonesian). The page is judged by its body, as package meta's flag
// was; then each piece of the article's own text (body, headline, summary,
// captions, related titles, and a stated title or summary) is converted
// only if it is itself in the font (legacyfont.Looks), so that English
// lines in a Latin font are kept as written. The record says both what the
// page was and what akhbar did: "legacy-font" and "legacy-font-converted".
func legacyStep(d *pipeline.Doc) error {
	var b strings.Builder
	for _, bl := range d.Blocks {
		if bl.Role == pipeline.RoleBody && b.Len() < 20000 {
			b.WriteString(bl.Text)
			b.WriteByte('\n')
		}
	}
	if !legacyfont.Detect(b.String()) {
		return nil
	}
	converted := 0
	for i := range d.Blocks {
		bl := &d.Blocks[i]
		switch bl.Role {
		case pipeline.RoleBody, pipeline.RoleMetadata, pipeline.RoleRelated:
		default:
			continue
		}
		if legacyfont.Looks(bl.Text) {
			bl.Text = legacyfont.KrutiDev(bl.Text)
			converted++
		}
	}
	r := &d.Record
	for _, f := range []*string{&r.Title, &r.Summary} {
		if *f != "" && legacyfont.Looks(*f) {
			*f = legacyfont.KrutiDev(*f)
		}
	}
	r.Flags = appendFlag(r.Flags, "legacy-font")
	if converted > 0 {
		r.Flags = appendFlag(r.Flags, "legacy-font-converted")
	}
	return nil
}

func appendFlag(flags []string, f string) []string {
	for _, x := range flags {
		if x == f {
			return flags
		}
	}
	return append(flags, f)
}

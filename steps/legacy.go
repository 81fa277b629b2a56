package steps

import (
	"github.com/akhbar/akhbar/legacyfont"
	"github.com/akhbar/akhbar/pipeline"
)

// legacyScan is how much of a page's text the font detector reads.
const legacyScan = 64 << 10

// legacyStep turns a page typed in a legacy Hindi font (Kruti Dev's ASCII
// encoding, Walkman-Chanakya's Latin-1 one) into Unicode Devanagari before
// clean classifies its blocks and language ID reads them: clean's cues
// (the danda, byline labels, "also read") and the language model know
// Devanagari, not the font's keys. The page is judged on all its text;
// then each block, and a stated title or summary, is converted only if it
// is itself in the font (Font.Looks), so that English lines in a Latin
// font (menus, an English paragraph) are kept as written. The record says
// both what the page was and what akhbar did: "legacy-font" and
// "legacy-font-converted".
func legacyStep(d *pipeline.Doc) error {
	// The blocks are handed over one by one, as far as legacyScan, not
	// joined into a copy of the page.
	var det legacyfont.Detector
	n := 0
	for _, bl := range d.Blocks {
		if n >= legacyScan {
			break
		}
		det.Add(bl.Text)
		n += len(bl.Text) + 1
	}
	font := det.Font()
	if font == legacyfont.None {
		return nil
	}
	converted := 0
	for i := range d.Blocks {
		bl := &d.Blocks[i]
		if font.Looks(bl.Text) {
			bl.Text = font.Convert(bl.Text)
			converted++
		}
	}
	r := &d.Record
	for _, f := range []*string{&r.Title, &r.Summary} {
		if *f != "" && font.Looks(*f) {
			*f = font.Convert(*f)
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

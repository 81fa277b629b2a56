package meta

import (
	"strings"
	"unicode"

	"github.com/akhbar/akhbar/legacyfont"
	"github.com/akhbar/akhbar/lexicon"
	"github.com/akhbar/akhbar/pipeline"
)

// scheduled are the languages of India's Eighth Schedule, by ISO 639-3
// code: a Latin-script label for one of them is romanised text.
var scheduled = map[string]bool{"asm": true, "ben": true, "brx": true, "doi": true, "guj": true, "hin": true,
	"kan": true, "kas": true, "kok": true, "gom": true, "mai": true, "mal": true, "mar": true, "mni": true,
	"npi": true, "nep": true, "ory": true, "pan": true, "san": true, "sat": true, "snd": true, "tam": true,
	"tel": true, "urd": true}

// scriptFlags flags a body written in a legacy font's ASCII encoding
// ("legacy-font": Kruti Dev Hindi reads as Latin letters, and language ID
// calls it Indonesian; Chanakya as Latin-1 signs) or in Latin letters for an Indian language
// ("romanised"). Both are cheap tests on the table's frequent words; the
// text is left as the page wrote it. The pipeline converts such a body
// before language ID (package steps), so this flag fires here only when
// meta runs on its own.
func scriptFlags(d *pipeline.Doc) {
	var b strings.Builder
	for _, bl := range d.Blocks {
		if bl.Role == pipeline.RoleBody && b.Len() < 20000 {
			b.WriteString(bl.Text)
			b.WriteByte('\n')
		}
	}
	text := b.String()
	if text == "" {
		return
	}
	r := &d.Record
	if legacyfont.Detect(text) != legacyfont.None {
		addFlag(r, "legacy-font")
	}
	base, script, _ := strings.Cut(r.Lang, "_")
	if script == "Latn" && scheduled[base] || romanisedText(text) {
		addFlag(r, "romanised")
	}
}

// romanisedText reports Latin-letter text of which one word in six is a
// romanised function word of an Indian language, three of them distinct.
func romanisedText(text string) bool {
	words, hits := 0, 0
	seen := map[string]bool{}
	for _, w := range strings.Fields(text) {
		w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
		if w == "" {
			continue
		}
		words++
		if lexicon.Has(lexicon.Romanised, w) {
			hits++
			seen[w] = true
		}
	}
	return words >= 10 && len(seen) >= 3 && hits*6 >= words
}

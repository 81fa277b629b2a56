package assets

import (
	"embed"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// FontsVersion is the vendored @fontsource release of the Noto fonts.
const FontsVersion = "5.3.0"

// The Noto web fonts (SIL Open Font License 1.1, fonts/LICENSE) come from
// the npm registry's @fontsource packages: for each script of the 22
// scheduled languages, the regular weight of that script's subset, so
// that a page shows Indic text on a machine without the fonts instead of
// boxes. scripts/update-fonts.sh fetches them and writes fonts/fonts.tsv
// (family, scripts, file, unicode-range from the package's own CSS).
// Latin is left to the system. Browsers fetch a face only when the page
// holds a character of its unicode-range.
//
//go:embed fonts/*.woff2 fonts/fonts.tsv
var fontFS embed.FS

// FontsLicense is the fonts' licence, shipped with every page that embeds
// them.
//
//go:embed fonts/LICENSE
var FontsLicense string

// Font is one vendored web font: one family for one script.
type Font struct {
	Family string
	// Scripts are the ISO 15924 codes it is for (Deva, Beng, ...).
	Scripts []string
	// File is the WOFF2 file's name, unique among the fonts.
	File string
	// UnicodeRange is the CSS unicode-range of the face.
	UnicodeRange string
	ranges       [][2]rune
}

// Fonts lists the vendored fonts in fonts.tsv's order.
var Fonts = sync.OnceValue(func() []Font {
	b, err := fontFS.ReadFile("fonts/fonts.tsv")
	if err != nil {
		panic(err)
	}
	var out []Font
	for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if i == 0 {
			continue // header
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			panic(fmt.Sprintf("fonts.tsv line %d: %d fields", i+1, len(f)))
		}
		font := Font{Family: f[0], Scripts: strings.Split(f[1], ","), File: f[2], UnicodeRange: f[3]}
		font.ranges, err = parseUnicodeRange(f[3])
		if err != nil {
			panic(fmt.Sprintf("fonts.tsv line %d: %v", i+1, err))
		}
		out = append(out, font)
	}
	return out
})

// parseUnicodeRange reads "U+0900-097F,U+20B9".
func parseUnicodeRange(s string) ([][2]rune, error) {
	var out [][2]rune
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimPrefix(strings.TrimSpace(part), "U+")
		lo, hi, isRange := strings.Cut(part, "-")
		if !isRange {
			hi = lo
		}
		a, err1 := strconv.ParseUint(lo, 16, 32)
		b, err2 := strconv.ParseUint(hi, 16, 32)
		if err1 != nil || err2 != nil || b < a {
			return nil, fmt.Errorf("bad unicode-range part %q", part)
		}
		out = append(out, [2]rune{rune(a), rune(b)})
	}
	return out, nil
}

// Covers reports whether the face has r in its unicode-range.
func (f Font) Covers(r rune) bool {
	for _, rg := range f.ranges {
		if r >= rg[0] && r <= rg[1] {
			return true
		}
	}
	return false
}

// Data is the font file.
func (f Font) Data() []byte {
	b, err := fontFS.ReadFile("fonts/" + f.File)
	if err != nil {
		panic(err)
	}
	return b
}

// FontFile returns the font whose file is named name.
func FontFile(name string) (Font, bool) {
	for _, f := range Fonts() {
		if f.File == name {
			return f, true
		}
	}
	return Font{}, false
}

// FontsFor returns the fonts that text needs: those covering one of its
// letters or marks. Signs several scripts' ranges share (the rupee sign,
// dandas, joiners) do not pull a font in by themselves.
func FontsFor(text string) []Font {
	var out []Font
	for _, f := range Fonts() {
		for _, r := range text {
			if r >= 0x0600 && (unicode.IsLetter(r) || unicode.IsMark(r)) && f.Covers(r) {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// FontFaceCSS writes an @font-face rule per font; url gives the src of a
// font (a path the server answers, or a data: URL).
func FontFaceCSS(fonts []Font, url func(Font) string) string {
	var b strings.Builder
	for _, f := range fonts {
		fmt.Fprintf(&b, "@font-face{font-family:%q;font-style:normal;font-weight:400;font-display:swap;src:url(%s) format(\"woff2\");unicode-range:%s}\n",
			f.Family, url(f), f.UnicodeRange)
	}
	return b.String()
}

// DataURL is the font as a data: URL, for pages that must need no server.
func (f Font) DataURL() string {
	return "data:font/woff2;base64," + base64.StdEncoding.EncodeToString(f.Data())
}

// FamilyVar is the CSS custom property that FontFaceCSS's callers define
// with FamilyVarCSS, for style sheets to put in their font-family lists
// (font-family: system-ui, var(--akhbar-scripts), sans-serif).
const FamilyVar = "--akhbar-scripts"

// FamilyVarCSS defines FamilyVar as the families of fonts.
func FamilyVarCSS(fonts []Font) string {
	var names []string
	for _, f := range fonts {
		names = append(names, strconv.Quote(f.Family))
	}
	if len(names) == 0 {
		// An empty var() would make the whole font-family list invalid.
		names = append(names, "sans-serif")
	}
	return ":root{" + FamilyVar + ":" + strings.Join(names, ",") + "}\n"
}

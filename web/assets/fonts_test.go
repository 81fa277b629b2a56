package assets

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// TestFontsVendored: every font of fonts.tsv is a WOFF2 file in the
// binary with a parseable unicode-range, and each scheduled script has
// one.
func TestFontsVendored(t *testing.T) {
	scripts := map[string]bool{}
	for _, f := range Fonts() {
		if d := f.Data(); !bytes.HasPrefix(d, []byte("wOF2")) || len(d) < 1000 {
			t.Errorf("%s: not a WOFF2 file (%d bytes)", f.File, len(d))
		}
		if len(f.ranges) == 0 {
			t.Errorf("%s: no unicode-range", f.File)
		}
		for _, s := range f.Scripts {
			scripts[s] = true
		}
	}
	for _, s := range []string{"Deva", "Beng", "Guru", "Gujr", "Orya", "Taml", "Telu", "Knda", "Mlym", "Arab", "Olck", "Mtei"} {
		if !scripts[s] {
			t.Errorf("no font for %s", s)
		}
	}
	if !strings.Contains(FontsLicense, "SIL Open Font License") {
		t.Error("the licence is not the OFL")
	}
}

func TestFontsFor(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Plain English, ₹500 and a danda । and a joiner \u200d", nil},
		{"हिन्दी", []string{"Noto Sans Devanagari"}},
		{"অসমীয়া আৰু বাংলা", []string{"Noto Sans Bengali"}},
		{"ਪੰਜਾਬੀ ગુજરાતી ଓଡ଼ିଆ", []string{"Noto Sans Gurmukhi", "Noto Sans Gujarati", "Noto Sans Oriya"}},
		{"தமிழ் తెలుగు ಕನ್ನಡ മലയാളം", []string{"Noto Sans Tamil", "Noto Sans Telugu", "Noto Sans Kannada", "Noto Sans Malayalam"}},
		{"اردو سنڌي", []string{"Noto Naskh Arabic"}},
		{"ᱥᱟᱱᱛᱟᱲᱤ ꯃꯤꯇꯩ", []string{"Noto Sans Ol Chiki", "Noto Sans Meetei Mayek"}},
	} {
		var got []string
		for _, f := range FontsFor(tc.text) {
			got = append(got, f.Family)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("FontsFor(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestFontFaceCSS(t *testing.T) {
	fonts := FontsFor("हिन्दी")
	css := FamilyVarCSS(fonts) + FontFaceCSS(fonts, func(f Font) string { return "/fonts/" + f.File })
	for _, want := range []string{`--akhbar-scripts:"Noto Sans Devanagari"`, `font-family:"Noto Sans Devanagari"`, `src:url(/fonts/noto-sans-devanagari-devanagari-400-normal.woff2) format("woff2")`, "unicode-range:U+0900-097F"} {
		if !strings.Contains(css, want) {
			t.Errorf("CSS lacks %s:\n%s", want, css)
		}
	}
	if got := FamilyVarCSS(nil); !strings.Contains(got, "sans-serif") {
		t.Errorf("an empty family list makes the font-family invalid: %s", got)
	}
}

package steps

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/dates"
	"github.com/akhbar/akhbar/internal/nasal"
	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/quality"
)

// TestSpellingVariants types the pages of the scheduled sets as many
// readers, sites and older systems type the same words, and asks for the
// same record, its text typed the same way: a cue, a label, a place or a
// date word must not hang on which spelling or spacing the page uses. known
// lists the pages that still differ, by case and page.
func TestSpellingVariants(t *testing.T) {
	deva := []string{"hin", "mar", "npi", "mai", "doi", "kok", "san", "brx", "snd", "kas"}
	indic := []string{"hin", "mar", "npi", "mai", "doi", "kok", "san", "brx", "snd", "kas", "pan", "ben", "asm", "guj",
		"ory", "tam", "tel", "kan", "mal", "urd"}
	cases := []struct {
		name  string
		langs []string
		r     interface{ Replace(string) string }
		min   int  // pages the case must change, at least
		long  bool // every page of every set: not with -short
		// either: the record may print a word in either spelling (an
		// agency's name is printed as the language table spells it), so
		// its text is respelled too before the comparison.
		either bool
	}{
		// Devanagari and Gurmukhi without their nuktas (पढो for पढ़ो,
		// ਫੋਟੋ for ਫ਼ੋਟੋ), the anusvara for the candrabindu (यहां).
		{"nukta, candrabindu", []string{"hin", "mar", "npi", "mai", "doi", "kok", "san", "brx", "snd", "kas", "pan"},
			strings.NewReplacer("\u093c", "", "\u0a3c", "", "\u0901", "\u0902"), 500, false, false},
		// Urdu and Kashmiri on an Arabic keyboard: ي ك for ی ک, ه for ہ.
		{"arabic yeh, kaf", []string{"urd", "kas"}, strings.NewReplacer("ی", "ي", "ک", "ك"), 200, false, false},
		{"arabic heh", []string{"urd", "kas"}, strings.NewReplacer("ہ", "ه", "ۂ", "ۀ"), 200, false, false},
		// Malayalam's older chillus: consonant, virama, zero-width
		// joiner (a non-joiner after an atomic chillu goes with it).
		{"older chillus", []string{"mal"}, strings.NewReplacer(
			"ൻ\u200c", "ന്\u200d", "ർ\u200c", "ര്\u200d", "ൽ\u200c", "ല്\u200d", "ൾ\u200c", "ള്\u200d", "ൺ\u200c", "ണ്\u200d",
			"ൻ", "ന്\u200d", "ർ", "ര്\u200d", "ൽ", "ല്\u200d", "ൾ", "ള്\u200d", "ൺ", "ണ്\u200d"), 100, false, false},
		// A word's last yeh as alef maksura (نئى دہلى).
		{"final alef maksura", []string{"urd", "kas"}, regexpReplacer{regexp.MustCompile(`ی(\s|$|[،۔:])`), "ى$1"}, 200, false, true},
		// Gurmukhi's tippi and bindi, each for the other.
		{"tippi as bindi", []string{"pan"}, strings.NewReplacer("ੰ", "ਂ"), 100, false, false},
		{"bindi as tippi", []string{"pan"}, strings.NewReplacer("ਂ", "ੰ"), 100, false, false},
		// Assamese typed with Bengali's ra and ba (ৰ ৱ as র ব).
		{"assamese as bengali", []string{"asm"}, strings.NewReplacer("ৰ", "র", "ৱ", "ব"), 100, false, false},
		// Odia's wa in its other encoding (ୱ as ଵ).
		{"odia wa", []string{"ory"}, strings.NewReplacer("ୱ", "ଵ"), 100, false, false},
		// Devanagari's candra o as the aa sign and the candra (काॅपी).
		{"candra o", deva, strings.NewReplacer("ॉ", "ाॅ", "ऑ", "आॅ"), 300, false, false},
		// A nasal before a stop as the anusvara or as the class's nasal
		// consonant with a virama (संपादक, सम्पादक), either way.
		{"nasal as consonant", deva, funcReplacer(nasal.ToConsonant), 1000, true, false},
		{"nasal as anusvara", deva, funcReplacer(nasal.ToAnusvara), 400, true, false},
		// The zero-width joiners left out.
		{"no joiners", indic, strings.NewReplacer("\u200c", "", "\u200d", ""), 300, false, false},
		// A space before a colon ("लेखक : नाम", "Tags : …") or a danda
		// ("है ।"), as many Indian typists set them.
		{"space before colon", append(indic, "eng", "sat", "mni"), regexpReplacer{regexp.MustCompile(`([^\s\d:]):(\s|\*\*)`), "$1 :$2"}, 2000, true, false},
		// Bengali's currency numerator four for the danda (৷ for ।), as
		// much Bengali and Assamese text types it, FLORES's Assamese too;
		// the record writes the danda.
		{"numerator four for the danda", []string{"ben", "asm"}, strings.NewReplacer("।", "৷"), 100, true, true},
		// Urdu, Kashmiri and Sindhi with the Arabic digits (٣ for ۳),
		// and every script's digits as ASCII ones.
		{"arabic digits", []string{"urd", "kas", "snd"}, strings.NewReplacer("۰", "٠", "۱", "١", "۲", "٢", "۳", "٣", "۴", "٤",
			"۵", "٥", "۶", "٦", "۷", "٧", "۸", "٨", "۹", "٩"), 50, true, false},
		{"ascii digits", indic, funcReplacer(asciiDigits), 100, true, false},
		// The bar for the danda ("है|", "है |"), as keyboards without
		// the danda type it; the record writes the danda. Where a page
		// types some dandas so, the record's dandas have no twin in the
		// page for the space case to respell: the record is respelled
		// too (either) in both cases.
		// Windows line ends (a dump saved on Windows); the record's
		// paragraphs are parted by "\n\n" either way.
		{"windows line ends", append(indic, "eng", "sat", "mni"), strings.NewReplacer("\n", "\r\n"), 500, true, true},
		{"danda as bar", indic, strings.NewReplacer("।", "|", "॥", "||"), 500, true, true},
		{"space before danda", indic, regexpReplacer{regexp.MustCompile(`([^\s।॥])([।॥])`), "$1 $2"}, 1000, true, true},
	}
	// The learned HTML models read blocks' lengths in bytes, which a
	// spelling moves (a nukta is three bytes): where a block sits near
	// a model's threshold, the two spellings fall on its two sides.
	byBytes := "the learned models' byte-length features move with the spelling: "
	known := map[string]string{
		"nukta, candrabindu scheduled108/doi_DH.txt": "the badge glued before a four-word headline is read with " +
			"it as the title (as on the Konkani page of the style, a known failure of TestScheduledLanguagesFresh)",
		"nukta, candrabindu scheduled116/kas_Deva_DP.html": byBytes + "the block model drops the published " +
			"line the page's own spelling keeps in the body (a known failure of the style)",
		"nukta, candrabindu scheduled117/mai_DQ.html": byBytes + "the block model leaves the also-read " +
			"paragraph to the related box, its label kept",
		"older chillus scheduled136/mal_EJ.html": byBytes + "the author model scores the two writers under " +
			"its threshold (shown-len, a known failure of the style in three languages)",
		// An e-paper clip's column is told from a screen's wrap by its
		// lines' lengths, which the spaces move.
		"space before colon scheduled140/kok_EN.txt": "the column's hyphenated words are no longer joined",
		"space before danda scheduled140/brx_EN.txt": "the column's hyphenated words are no longer joined",
		"final alef maksura scheduled127/urd_EA.html": "the HTML path's author choice keeps the agency, typed so, " +
			"as a second writer",
		"nasal as consonant scheduled116/brx_DP.html":      byBytes + "the block model reads the table-laid page's cells otherwise",
		"nasal as consonant scheduled116/kas_Deva_DP.html": byBytes + "the block model reads the table-laid page's cells otherwise",
		"nasal as consonant scheduled116/kok_DP.html":      byBytes + "the block model reads the table-laid page's cells otherwise",
		"space before colon scheduled125/san_DY.html": "the table's cells, each a paragraph of its own (a known " +
			"failure of the style), come out otherwise",
		"space before danda scheduled116/brx_DP.html": "the page typed a forum or a listing (a known failure of " +
			"the style) keeps its also-read box in the body",
	}
	now := time.Date(2024, 7, 3, 12, 0, 0, 0, time.UTC)
	rules, err := quality.Preset("default")
	if err != nil {
		t.Fatal(err)
	}
	run := func(name string, body string) pipeline.Record {
		format := "text"
		if strings.HasSuffix(name, ".html") {
			format = "html"
		}
		d := pipeline.NewDoc(pipeline.Item{ID: name, Source: pipeline.Source{Format: format, Path: name}, Body: []byte(body)})
		for _, s := range Build(Config{Now: now, Quality: &rules}) {
			if s.Run(d) != nil {
				break
			}
		}
		return d.Record
	}
	files, _ := filepath.Glob("testdata/scheduled*/*.txt")
	html, _ := filepath.Glob("testdata/scheduled*/*.html")
	files = append(files, html...)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.long && testing.Short() {
				t.Skip("every page of every set, twice: a long test")
			}
			variant := func(s string) string { return clean.NFC(c.r.Replace(clean.NFC(s))) }
			pages, differ := 0, 0
			for _, f := range files {
				lang, _, _ := strings.Cut(filepath.Base(f), "_")
				if !slices.Contains(c.langs, lang) {
					continue
				}
				body, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				v := variant(string(body))
				if v == clean.NFC(string(body)) {
					continue
				}
				pages++
				name := filepath.Join(filepath.Base(filepath.Dir(f)), filepath.Base(f))
				want := respelled(run(name, string(body)), variant)
				got := respelled(run(name, v), func(s string) string { return s })
				if c.either {
					got = respelled(run(name, v), variant)
				}
				var bad []string
				for k, w := range want {
					if !reflect.DeepEqual(got[k], w) {
						bad = append(bad, fmt.Sprintf("%s = %q, typed as the page: %q", k, got[k], w))
					}
				}
				sort.Strings(bad)
				why, isKnown := known[c.name+" "+name]
				switch {
				case len(bad) > 0 && !isKnown:
					differ++
					t.Errorf("%s:\n%s", name, strings.Join(bad, "\n"))
				case len(bad) == 0 && isKnown:
					t.Errorf("%s: the same record now: take it off the known differences (%s)", name, why)
				}
			}
			if pages < c.min {
				t.Fatalf("%d pages changed, want at least %d", pages, c.min)
			}
			t.Logf("%d pages respelled, %d records differ", pages, differ)
		})
	}
}

// funcReplacer is a spelling function as a replacer.
type funcReplacer func(string) string

func (f funcReplacer) Replace(s string) string { return f(s) }

// regexpReplacer replaces every match of re by rep.
type regexpReplacer struct {
	re  *regexp.Regexp
	rep string
}

func (r regexpReplacer) Replace(s string) string { return r.re.ReplaceAllString(s, r.rep) }

// respelled returns a record's fields with f applied to their text.
func respelled(r pipeline.Record, f func(string) string) map[string]any {
	var authors, related []string
	for _, a := range r.Authors {
		authors = append(authors, f(a))
	}
	for _, x := range r.Related {
		related = append(related, f(x.Title))
	}
	caption := ""
	if len(r.Images) > 0 {
		caption = f(r.Images[0].Caption) + " | " + f(r.Images[0].Credit)
	}
	return map[string]any{
		"page_type": r.PageType, "title": f(r.Title), "authors": authors, "published": r.Published,
		"updated": r.Updated, "dateline": f(r.Dateline), "related": related, "copyright": f(r.Copyright),
		"caption": caption, "body": f(r.Text),
	}
}

// asciiDigits writes every digit as its ASCII twin.
func asciiDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if v := dates.DigitValue(r); v >= 0 && r > unicode.MaxASCII {
			return '0' + rune(v)
		}
		return r
	}, s)
}

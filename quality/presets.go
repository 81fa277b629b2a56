package quality

import (
	"fmt"
	"sort"
)

// Presets, by name. Each returns a fresh copy.
var presets = map[string]func() Rules{
	"default": defaultRules,
	"gopher":  gopherRules,
	"c4":      c4Rules,
	"fineweb": finewebRules,
}

// PresetNames lists the preset names, sorted.
func PresetNames() []string {
	out := make([]string, 0, len(presets))
	for n := range presets {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Preset returns the named rule set: "default", "gopher", "c4" or
// "fineweb". docs/quality.md gives each threshold and where it departs
// from the original.
func Preset(name string) (Rules, error) {
	f, ok := presets[name]
	if !ok {
		return Rules{}, fmt.Errorf("quality: unknown preset %q (have %v)", name, PresetNames())
	}
	return f(), nil
}

// abugidas are the scripts whose vowel signs are marks, which the word
// length does not count: a three-syllable Hindi word has two or three
// letters. Gopher's lower bound of 3 characters a word, made for English,
// would reject most Hindi.
var abugidas = []string{"Deva", "Beng", "Guru", "Gujr", "Orya", "Taml", "Telu", "Knda", "Mlym", "Sinh", "Tibt", "Mtei", "Olck"}

// Gopher (Rae et al. 2021, appendix A; as datatrove implements it):
// quality and repetition rules.
func gopherRules() Rules {
	r := Rules{
		Min: map[string]float64{
			KeyWordCount:  50,
			KeyMeanWord:   3,
			KeyAlphaWords: 0.8,
			// Gopher asks for 2 of 8 English stop words; here 2 of the
			// language's list, and only for languages that have one.
			KeyStopWords: 2,
		},
		Max: map[string]float64{
			KeyWordCount:    100000,
			KeyMeanWord:     10,
			KeyHashRatio:    0.1,
			KeyEllipsis:     0.1,
			KeyBullet:       0.9,
			KeyEllipsisLine: 0.3,
		},
	}
	addGopherRepetition(r)
	r.Langs = map[string]Rules{}
	for _, s := range abugidas {
		r.Langs["*_"+s] = Rules{Min: map[string]float64{KeyMeanWord: 1.5}}
	}
	skipDerivedStopWords(r)
	return r
}

// skipDerivedStopWords turns the stop-word rule off for the languages
// whose list is derived rather than curated.
func skipDerivedStopWords(r Rules) {
	for _, l := range StopWordLangs() {
		if StopWordSource(l) == "derived" {
			o := r.Langs[l]
			o.Disable = append(o.Disable, KeyStopWords)
			r.Langs[l] = o
		}
	}
}

func addGopherRepetition(r Rules) {
	r.Max[KeyDupLine] = 0.3
	r.Max[KeyDupPara] = 0.3
	r.Max[KeyDupLineChar] = 0.2
	r.Max[KeyDupParaChar] = 0.2
	r.Max["top_2gram_frac"] = 0.2
	r.Max["top_3gram_frac"] = 0.18
	r.Max["top_4gram_frac"] = 0.16
	r.Max["dup_5gram_frac"] = 0.15
	r.Max["dup_6gram_frac"] = 0.14
	r.Max["dup_7gram_frac"] = 0.13
	r.Max["dup_8gram_frac"] = 0.12
	r.Max["dup_9gram_frac"] = 0.11
	r.Max["dup_10gram_frac"] = 0.10
}

// C4 (Raffel et al. 2020) as document rules. C4 deletes lines that do not
// end in terminal punctuation (or have fewer than 3 words) and then drops
// pages with fewer than 5 sentences; akhbar never edits the text here, so
// the page is dropped when the lines C4 would keep hold fewer than 5
// sentences (c4_sentence_count). Terminal punctuation includes the danda,
// the Urdu full stop and every other Unicode sentence terminal. Lines
// mentioning "javascript", which C4 deletes, only flag the page.
func c4Rules() Rules {
	return Rules{
		Min: map[string]float64{KeyC4Sentences: 5},
		Max: map[string]float64{
			KeyBraces:     0,
			KeyLorem:      0,
			KeyJavascript: 0,
		},
		FlagOnly: []string{KeyJavascript},
	}
}

// FineWeb (Penedo et al. 2024): Gopher quality and repetition, C4's
// document rules without its line filter, and FineWeb's own four rules.
func finewebRules() Rules {
	r := gopherRules()
	r.Min[KeySentences] = 5
	r.Max[KeyBraces] = 0
	r.Max[KeyLorem] = 0
	r.Max[KeyJavascript] = 0
	r.FlagOnly = append(r.FlagOnly, KeyJavascript)
	r.Min[KeyTerminal] = 0.12
	r.Max[KeyShortLine] = 0.67
	r.Max[KeyDupLineChar] = 0.01
	r.Max[KeyNewlineRatio] = 0.3
	return r
}

// defaultRules are akhbar's: made to keep news articles in every
// language and drop what is not prose. They take Gopher's repetition
// rules as they are and loosen or adapt the rest where news or Indian
// languages need it (docs/quality.md explains each).
func defaultRules() Rules {
	r := Rules{
		Min: map[string]float64{
			KeyWordCount:  30,  // Gopher 50: news briefs are short
			KeyCharCount:  100, // for texts without spaces, where words are not counted
			KeyMeanWord:   1.5, // letters without vowel signs; Gopher 3 chars
			KeyAlphaWords: 0.6, // Gopher 0.8: results tables and scores are news
			KeyStopWords:  2,   // Gopher's rule, with the language's own list
			KeySentences:  2,   // any sentence terminal, the danda included
			KeyTerminal:   0.2, // FineWeb 0.12 over lines; paragraphs here
		},
		Max: map[string]float64{
			KeyWordCount:    100000,
			KeyMeanWord:     12, // Gopher 10; Dravidian and Turkic words run long
			KeyHashRatio:    0.1,
			KeyEllipsis:     0.1,
			KeyBullet:       0.9,
			KeyEllipsisLine: 0.5,  // Gopher 0.3: one cut-off paragraph of two is a paywall, not a teaser page
			KeyShortLine:    0.67, // FineWeb
			KeyCodeLine:     0.2,
			KeyLorem:        0,
			KeyScriptOther:  0.2,
			KeyMixedScript:  0.1,
			KeyMojibake:     0.005,
			KeyMarkStart:    0.05, // real text: at most 0.03 of words (a stray combining accent)
			KeySymbolFrac:   0.25,
		},
	}
	addGopherRepetition(r)
	r.Langs = map[string]Rules{}
	skipDerivedStopWords(r)
	return r
}

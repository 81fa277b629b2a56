// Command gen-junk builds the evaluation corpus of package quality from
// the eval kit, reproducibly (fixed seed): clean documents and junk
// derived from them.
//
// Clean documents ("articles"):
//   - the ScrapingHub article bodies (extraction/scrapinghub/truth.jsonl;
//     dumps/scrapinghub-w3m/truth.jsonl has the same texts and is read only
//     to check that), labelled with the language whose stop words fit best;
//   - the sentences of lid/flores-dev.tsv and lid/lingua-sentences.tsv,
//     grouped per language into documents of 10–30 consecutive sentences
//     in paragraphs of 1–4 sentences, as a stand-in for news articles.
//
// Junk, one of each kind per clean document where the kind applies:
// menu, symbol_soup, repeated, mixed_script, mojibake, keyword_list,
// boilerplate, css_js, listing, stub. Every kind draws its words from the
// document it is made from, so the junk is in the document's language and
// script; its parameters (lengths, separators, shares) are drawn at random
// in wide ranges so that the filters are not measured on one shape.
//
// Output: <out>/clean.jsonl and <out>/junk.jsonl, one {id, set, lang, kind,
// src, text} per line.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"

	"github.com/akhbar/akhbar/quality"
)

type doc struct {
	ID   string `json:"id"`
	Set  string `json:"set"`
	Lang string `json:"lang"`
	Kind string `json:"kind"`
	Src  string `json:"src,omitempty"`
	Text string `json:"text"`

	sents []string // the sentences or lines it was built from
}

func main() {
	eval := flag.String("eval", "/work/shared/eval", "the eval kit")
	out := flag.String("out", "", "output folder")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if *out == "" {
		log.Fatal("need -out")
	}
	rng := rand.New(rand.NewPCG(*seed, 0x616b68626172))

	var clean []*doc
	clean = append(clean, scrapinghub(*eval)...)
	clean = append(clean, sentenceDocs(rng, filepath.Join(*eval, "lid/flores-dev.tsv"), "flores")...)
	clean = append(clean, sentenceDocs(rng, filepath.Join(*eval, "lid/lingua-sentences.tsv"), "lingua")...)
	boiler := boilerplatePool(*eval)
	g := &gen{rng: rng, all: clean, boiler: boiler}

	var junk []*doc
	for _, d := range clean {
		for _, k := range kinds {
			text := k.make(g, d)
			if text == "" {
				continue
			}
			junk = append(junk, &doc{ID: d.ID + "~" + k.name, Set: d.Set, Lang: d.Lang, Kind: k.name, Src: d.ID, Text: text})
		}
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	write(filepath.Join(*out, "clean.jsonl"), clean)
	write(filepath.Join(*out, "junk.jsonl"), junk)
	fmt.Fprintf(os.Stderr, "gen-junk: %d clean, %d junk documents in %s\n", len(clean), len(junk), *out)
}

func write(path string, docs []*doc) {
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		if err := enc.Encode(d); err != nil {
			log.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

func readJSONL(path string) []map[string]string {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var out []map[string]string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var m map[string]string
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			log.Fatalf("%s: %v", path, err)
		}
		out = append(out, m)
	}
	return out
}

func scrapinghub(eval string) []*doc {
	a := readJSONL(filepath.Join(eval, "extraction/scrapinghub/truth.jsonl"))
	b := map[string]string{}
	for _, m := range readJSONL(filepath.Join(eval, "dumps/scrapinghub-w3m/truth.jsonl")) {
		b[m["id"]] = m["text"]
	}
	var out []*doc
	for _, m := range a {
		if b[m["id"]] != m["text"] {
			log.Fatalf("scrapinghub %s: w3m truth differs; read both sets", m["id"])
		}
		d := &doc{ID: "sh-" + m["id"][:12], Set: "scrapinghub", Kind: "article", Text: m["text"]}
		d.Lang = guessLang(d.Text)
		for _, l := range strings.Split(d.Text, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				d.sents = append(d.sents, l)
			}
		}
		out = append(out, d)
	}
	return out
}

// guessLang labels a ScrapingHub body with the stop-word list that covers
// most of its words among the lists of its own script. The bodies carry no
// language; this is only for grouping the table. The candidates are the
// languages the eval kit's README says the set holds.
func guessLang(text string) string {
	best, bestFrac := "und", 0.0
	for _, l := range []string{"eng_Latn", "rus_Cyrl", "por_Latn", "kor_Hang", "ita_Latn", "deu_Latn", "ind_Latn"} {
		s := quality.Compute(text, l)
		if latin := s[quality.KeyLatinFrac] > 0.5; latin != strings.HasSuffix(l, "_Latn") {
			continue
		}
		if f := s[quality.KeyStopWordFrac]; f > bestFrac {
			best, bestFrac = l, f
		}
	}
	return best
}

// noSpaceJoin are the languages whose sentences are written without a
// space between them.
var noSpaceJoin = map[string]bool{"zho_Hans": true, "jpn_Jpan": true}

func sentenceDocs(rng *rand.Rand, path, set string) []*doc {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	byLang := map[string][]string{}
	var langs []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		label, text, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		if _, seen := byLang[label]; !seen {
			langs = append(langs, label)
		}
		byLang[label] = append(byLang[label], strings.TrimSpace(text))
	}
	var out []*doc
	for _, l := range langs {
		sents := byLang[l]
		sep := " "
		if noSpaceJoin[l] {
			sep = ""
		}
		for i, n := 0, 0; i < len(sents); n++ {
			size := 10 + rng.IntN(21)
			if len(sents)-(i+size) < 10 {
				size = len(sents) - i
			}
			chunk := sents[i : i+size]
			var paras []string
			for j := 0; j < len(chunk); {
				k := min(len(chunk), j+1+rng.IntN(4))
				paras = append(paras, strings.Join(chunk[j:k], sep))
				j = k
			}
			out = append(out, &doc{ID: fmt.Sprintf("%s-%s-%02d", set, l, n), Set: set, Lang: l, Kind: "article",
				Text: strings.Join(paras, "\n\n"), sents: chunk})
			i += size
		}
	}
	return out
}

// boilerplatePool returns the lines of the w3m dumps that are not part of
// the article body: menus, footers, share lines, related links.
func boilerplatePool(eval string) []string {
	truth := map[string]string{}
	for _, m := range readJSONL(filepath.Join(eval, "dumps/scrapinghub-w3m/truth.jsonl")) {
		truth[m["id"]] = m["text"]
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	seen := map[string]bool{}
	var pool []string
	for _, id := range ids {
		b, err := os.ReadFile(filepath.Join(eval, "dumps/scrapinghub-w3m/inputs", id+".txt"))
		if err != nil {
			log.Fatal(err)
		}
		body := strings.Join(strings.Fields(truth[id]), " ")
		for _, l := range strings.Split(string(b), "\n") {
			l = strings.Join(strings.Fields(l), " ")
			if len(l) < 2 || len(l) > 200 || seen[l] || strings.Contains(body, l) {
				continue
			}
			seen[l] = true
			pool = append(pool, l)
		}
	}
	return pool
}

type gen struct {
	rng    *rand.Rand
	all    []*doc
	boiler []string
}

func (g *gen) intn(lo, hi int) int   { return lo + g.rng.IntN(hi-lo+1) }
func (g *gen) chance(p float64) bool { return g.rng.Float64() < p }
func pick[T any](g *gen, xs []T) T   { return xs[g.rng.IntN(len(xs))] }

var kinds = []struct {
	name string
	make func(*gen, *doc) string
}{
	{"menu", (*gen).menu},
	{"symbol_soup", (*gen).symbolSoup},
	{"repeated", (*gen).repeated},
	{"mixed_script", (*gen).mixedScript},
	{"mojibake", (*gen).mojibake},
	{"keyword_list", (*gen).keywordList},
	{"boilerplate", (*gen).boilerplate},
	{"css_js", (*gen).cssJS},
	{"listing", (*gen).listing},
	{"stub", (*gen).stub},
}

func words(d *doc) []string {
	var ws []string
	for _, w := range strings.Fields(d.Text) {
		w = strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
		if w != "" {
			ws = append(ws, w)
		}
	}
	if len(ws) == 0 || noSpaceJoin[d.Lang] || d.Lang == "tha_Thai" || len(ws) < len(d.sents)*3 {
		// Text without spaces: cut it into runs of 2–4 characters instead.
		ws = ws[:0]
		rs := []rune(strings.Join(strings.Fields(d.Text), ""))
		for i := 0; i < len(rs); i += 3 {
			ws = append(ws, string(rs[i:min(len(rs), i+2+i%3)]))
		}
	}
	return ws
}

func (g *gen) phrase(ws []string, lo, hi int) string {
	n := g.intn(lo, hi)
	i := g.rng.IntN(len(ws))
	if i+n > len(ws) {
		i = max(0, len(ws)-n)
	}
	return strings.Join(ws[i:min(len(ws), i+n)], " ")
}

// menu: navigation, one or a few items a line, no sentences.
func (g *gen) menu(d *doc) string {
	ws := words(d)
	var lines []string
	seps := []string{" | ", " · ", "   ", " / ", " • "}
	sep := pick(g, seps)
	for n := g.intn(8, 40); len(lines) < n; {
		if g.chance(0.3) {
			var items []string
			for k := g.intn(2, 6); k > 0; k-- {
				items = append(items, g.phrase(ws, 1, 2))
			}
			lines = append(lines, strings.Join(items, sep))
		} else {
			lines = append(lines, g.phrase(ws, 1, 4))
		}
	}
	return strings.Join(lines, "\n")
}

const symbols = "@#$%^&*()_+=[]{}<>/\\|~`•→★©®™§¶…—–·«»¤°±×÷"

// symbolSoup: symbols, numbers and a few words.
func (g *gen) symbolSoup(d *doc) string {
	ws := words(d)
	sym := []rune(symbols)
	share := 0.4 + 0.4*g.rng.Float64()
	var b strings.Builder
	for n, k := g.intn(40, 200), 0; k < n; k++ {
		if g.chance(share) {
			for m := g.intn(1, 6); m > 0; m-- {
				if g.chance(0.3) {
					b.WriteByte(byte('0' + g.rng.IntN(10)))
				} else {
					b.WriteRune(pick(g, sym))
				}
			}
		} else {
			b.WriteString(pick(g, ws))
		}
		if g.chance(0.08) {
			b.WriteByte('\n')
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// repeated: a few lines of the document over and over.
func (g *gen) repeated(d *doc) string {
	var base []string
	for k := g.intn(1, 3); k > 0; k-- {
		base = append(base, pick(g, d.sents))
	}
	sep := "\n"
	if g.chance(0.3) {
		sep = "\n\n"
	}
	var lines []string
	reps := g.intn(5, 25)
	if g.chance(0.5) {
		for r := 0; r < reps; r++ {
			lines = append(lines, base...)
		}
	} else {
		for _, l := range base {
			for r := 0; r < reps; r++ {
				lines = append(lines, l)
			}
		}
	}
	return strings.Join(lines, sep)
}

// mixedScript: letters of other scripts spliced into the words, or words
// of several scripts interleaved.
func (g *gen) mixedScript(d *doc) string {
	others := g.otherScriptDocs(d, 4)
	if len(others) == 0 {
		return ""
	}
	if g.chance(0.5) {
		var pool []rune
		for _, o := range others {
			for _, r := range o.Text {
				if unicode.IsLetter(r) {
					pool = append(pool, r)
				}
			}
		}
		p := 0.3 + 0.4*g.rng.Float64()
		var b strings.Builder
		for _, r := range d.Text {
			if unicode.IsLetter(r) && g.chance(p) {
				r = pick(g, pool)
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	srcs := append([][]string{words(d)}, nil)[:1]
	for _, o := range others {
		srcs = append(srcs, words(o))
	}
	var out []string
	for n := g.intn(60, 300); len(out) < n; {
		ws := pick(g, srcs)
		out = append(out, g.phrase(ws, 1, 3))
		if g.chance(0.05) {
			out = append(out, "\n")
		}
	}
	return strings.Join(out, " ")
}

func scriptOf(text string) string {
	count := map[string]int{}
	n := 0
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		for name, t := range unicode.Scripts {
			if unicode.Is(t, r) {
				count[name]++
				break
			}
		}
		if n++; n > 200 {
			break
		}
	}
	best := ""
	for s, c := range count {
		if c > count[best] || (c == count[best] && s < best) {
			best = s
		}
	}
	return best
}

var scriptCache = map[*doc]string{}

func (g *gen) otherScriptDocs(d *doc, n int) []*doc {
	sd := cachedScript(d)
	var out []*doc
	used := map[string]bool{sd: true}
	for tries := 0; tries < 200 && len(out) < n; tries++ {
		o := pick(g, g.all)
		if s := cachedScript(o); !used[s] {
			used[s] = true
			out = append(out, o)
		}
	}
	return out
}

func cachedScript(d *doc) string {
	if s, ok := scriptCache[d]; ok {
		return s
	}
	s := scriptOf(d.Text)
	scriptCache[d] = s
	return s
}

// mojibake: UTF-8 read as Windows-1252 or Latin-1, all of it or some
// paragraphs. Only texts with at least 1 % of non-ASCII characters: in
// an English text whose only non-ASCII characters are a few curly quotes,
// garbling them leaves an article with typos, not junk.
func (g *gen) mojibake(d *doc) string {
	nonASCII, n := 0, 0
	for _, r := range d.Text {
		if !unicode.IsSpace(r) {
			n++
			if r >= 0x80 {
				nonASCII++
			}
		}
	}
	if nonASCII*100 < n {
		return ""
	}
	dec := charmap.Windows1252.NewDecoder()
	if g.chance(0.4) {
		dec = charmap.ISO8859_1.NewDecoder()
	}
	paras := strings.Split(d.Text, "\n\n")
	share := 1.0
	if g.chance(0.5) {
		share = 0.5 + 0.5*g.rng.Float64()
	}
	for i := range paras {
		if g.chance(share) {
			s, err := dec.String(paras[i])
			if err != nil {
				log.Fatal(err)
			}
			paras[i] = s
		}
	}
	return strings.Join(paras, "\n\n")
}

// keywordList: SEO keyword stuffing and tag clouds.
func (g *gen) keywordList(d *doc) string {
	var long []string
	for _, w := range words(d) {
		if len([]rune(w)) >= 4 {
			long = append(long, w)
		}
	}
	if len(long) < 5 {
		long = words(d)
	}
	suffix := pick(g, long)
	seps := []string{", ", " | ", "\n", " #", " - ", "; ", " "}
	sep := pick(g, seps)
	var kws []string
	for n := g.intn(10, 60); len(kws) < n; {
		k := g.phrase(long, 1, 3)
		if g.chance(0.3) {
			k += " " + suffix
		}
		kws = append(kws, k)
	}
	text := strings.Join(kws, sep)
	if sep == " #" {
		text = "#" + text
	}
	if g.chance(0.3) {
		text = pick(g, []string{"Tags: ", "Keywords: ", "Related searches: ", "Trending: "}) + text
	}
	return text
}

// boilerplate: real navigation and footer lines of the w3m dumps, with
// link labels from the document.
func (g *gen) boilerplate(d *doc) string {
	ws := words(d)
	var lines []string
	local := 0.3 * g.rng.Float64()
	for n := g.intn(10, 50); len(lines) < n; {
		if g.chance(local) {
			lines = append(lines, g.phrase(ws, 1, 5))
		} else {
			lines = append(lines, pick(g, g.boiler))
		}
	}
	return strings.Join(lines, "\n")
}

// cssJS: style sheets and scripts that leaked into the text, with a few
// lines of the document among them.
func (g *gen) cssJS(d *doc) string {
	ident := func() string {
		parts := []string{"nav", "menu", "header", "footer", "btn", "share", "ad", "slot", "story", "card", "col", "wrap", "icon", "modal", "list", "item", "title", "img", "video", "social"}
		s := pick(g, parts)
		for k := g.intn(0, 2); k > 0; k-- {
			s += pick(g, []string{"-", "_", ""}) + pick(g, parts)
		}
		return s
	}
	props := []string{"color: #%06x", "margin: %dpx auto", "padding: %dpx %dpx", "font-size: %dpx", "display: none", "width: %d%%", "z-index: %d", "background: url(/img/%s.png)", "line-height: 1.%d", "border: %dpx solid #%03x"}
	prop := func() string {
		p := pick(g, props)
		var args []any
		for i := strings.Count(p, "%") - 2*strings.Count(p, "%%"); i > 0; i-- {
			if strings.Contains(p, "%s") && len(args) == 0 {
				args = append(args, ident())
			} else {
				args = append(args, g.intn(0, 4000))
			}
		}
		return fmt.Sprintf(p, args...)
	}
	textShare := 0.25 * g.rng.Float64()
	minified := g.chance(0.3)
	var lines []string
	for n := g.intn(10, 60); len(lines) < n; {
		switch {
		case g.chance(textShare):
			lines = append(lines, pick(g, d.sents))
		case g.chance(0.5):
			sel := "." + ident()
			if g.chance(0.3) {
				sel += " > " + pick(g, []string{"a", "li", "span", "div", "p"})
			}
			var ps []string
			for k := g.intn(1, 5); k > 0; k-- {
				ps = append(ps, prop())
			}
			if minified {
				lines = append(lines, sel+"{"+strings.Join(ps, ";")+"}")
			} else {
				lines = append(lines, sel+" {")
				for _, p := range ps {
					lines = append(lines, "  "+p+";")
				}
				lines = append(lines, "}")
			}
		default:
			js := []string{
				"var %s = document.getElementById('%s');",
				"window.dataLayer = window.dataLayer || [];",
				"function %s(e) { e.preventDefault(); return false; }",
				"gtag('config', 'G-%s');",
				"if (typeof %s !== 'undefined') { %s.init(); }",
				"$('.%s').on('click', function() { $(this).toggleClass('open'); });",
				"googletag.cmd.push(function() { googletag.display('%s'); });",
				"for (var i = 0; i < %s.length; i++) { %s[i].style.display = 'none'; }",
			}
			s := pick(g, js)
			var args []any
			for i := strings.Count(s, "%s"); i > 0; i-- {
				args = append(args, ident())
			}
			lines = append(lines, fmt.Sprintf(s, args...))
		}
	}
	return strings.Join(lines, "\n")
}

// listing: a section front: headlines cut short, with times or "more".
func (g *gen) listing(d *doc) string {
	ws := words(d)
	tails := []string{"", "", "%d hours ago", "%d min ago", "%d Mar 2024", "2024-03-%02d", "Read more", "»", "(%d)"}
	var lines []string
	for n := g.intn(10, 40); len(lines) < n; {
		lines = append(lines, g.phrase(ws, 4, 12))
		if t := pick(g, tails); t != "" {
			if strings.Contains(t, "%") {
				t = fmt.Sprintf(t, g.intn(1, 28))
			}
			if g.chance(0.5) {
				lines = append(lines, t)
			} else {
				lines[len(lines)-1] += " " + t
			}
		}
	}
	return strings.Join(lines, "\n")
}

// stub: a page with a title and next to nothing else.
func (g *gen) stub(d *doc) string {
	ws := words(d)
	text := g.phrase(ws, 3, 12)
	if g.chance(0.5) {
		text += "\n" + pick(g, []string{"Page not found", "404", "Loading...", "Please enable JavaScript", g.phrase(ws, 1, 3)})
	}
	return text
}

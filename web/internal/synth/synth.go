// Package synth makes synthetic corpora for the web benchmarks and the
// report's screenshot: records shaped like akhbar's output (sites and
// words on Zipf curves, several languages and scripts, dates over ten
// years, audit spans with every removed role, quality signals, duplicate
// clusters), generated from a seed so that runs compare.
//
// It is not test data for anything that judges text: the words are
// random syllables of each script.
package synth

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
)

type lang struct {
	code  string
	share float64
	// syllables to build words from
	syl []string
}

func syllables(consonants, vowels string) []string {
	var out []string
	for _, c := range []rune(consonants) {
		out = append(out, string(c))
		for _, v := range []rune(vowels) {
			out = append(out, string(c)+string(v))
		}
	}
	return out
}

var langs = []lang{
	{"hin_Deva", 0.34, syllables("कखगचजटडतदनपबमयरलवसह", "ािीुूेैोौं")},
	{"eng_Latn", 0.22, syllables("bcdfghklmnprstvw", "aeiou")},
	{"ben_Beng", 0.10, syllables("কখগচজটডতদনপবমযরলসহ", "ািীুূেৈোৌ")},
	{"tam_Taml", 0.08, syllables("கசடதபறயரலவழளஙஞணநமன", "ாிீுூெேைொோ")},
	{"tel_Telu", 0.07, syllables("కగచజటడతదనపబమయరలవసహ", "ాిీుూెేైొో")},
	{"mar_Deva", 0.07, syllables("कखगचजटडतदनपबमयरलवसळ", "ाीुूेैोौं")},
	{"urd_Arab", 0.05, syllables("بپتٹجچدڈرزسشکگلمنوہی", "اوی")},
	{"guj_Gujr", 0.04, syllables("કખગચજટડતદનપબમયરલવસહ", "ાિીુૂેૈોૌ")},
	{"kan_Knda", 0.03, syllables("ಕಗಚಜಟಡತದನಪಬಮಯರಲವಸಹ", "ಾಿೀುೂೆೇೈೊೋ")},
}

var sections = []string{"national", "international", "states", "business", "sports", "entertainment", "technology", "health", "opinion", "city"}

var removedRoles = []struct {
	role   pipeline.Role
	reason string
	w      float64
}{
	{pipeline.RoleMetadata, "title", 1}, {pipeline.RoleMetadata, "byline", 0.7}, {pipeline.RoleMetadata, "published", 0.8},
	{pipeline.RoleMetadata, "breadcrumb", 0.5}, {pipeline.RoleMetadata, "caption", 0.4}, {pipeline.RoleMetadata, "copyright", 0.6},
	{pipeline.RoleBoilerplate, "alt-text", 0.5}, {pipeline.RoleBoilerplate, "share-buttons", 0.6}, {pipeline.RoleBoilerplate, "site-template", 0.9},
	{pipeline.RoleBoilerplate, "menu", 0.4}, {pipeline.RoleRelated, "also-read", 0.5}, {pipeline.RoleRepeated, "repeated-run", 0.15},
}

// Generator makes records one after another.
type Generator struct {
	rng        *rand.Rand
	words      [][]string // per language, Zipf-ordered
	wzipf      *rand.Zipf
	szipf      *rand.Zipf
	sites      []string
	n          int
	pendingDup []pipeline.Record
}

// New makes a generator; the same seed gives the same records.
func New(seed uint64) *Generator {
	g := &Generator{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	for _, l := range langs {
		seen := map[string]bool{}
		var ws []string
		for len(ws) < 20000 {
			var b strings.Builder
			for range 1 + g.rng.IntN(3) {
				b.WriteString(l.syl[g.rng.IntN(len(l.syl))])
			}
			if w := b.String(); !seen[w] {
				seen[w] = true
				ws = append(ws, w)
			}
		}
		g.words = append(g.words, ws)
	}
	g.wzipf = rand.NewZipf(g.rng, 1.1, 2, 19999)
	for i := range 400 {
		g.sites = append(g.sites, fmt.Sprintf("site%03d.example", i))
	}
	g.szipf = rand.NewZipf(g.rng, 1.3, 3, uint64(len(g.sites)-1))
	return g
}

func (g *Generator) pickLang() int {
	x := g.rng.Float64()
	for i, l := range langs {
		if x < l.share {
			return i
		}
		x -= l.share
	}
	return 0
}

func (g *Generator) sentence(li int, n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(g.words[li][g.wzipf.Uint64()])
	}
	b.WriteString(".")
	return b.String()
}

// Next returns the next record.
func (g *Generator) Next() pipeline.Record {
	g.n++
	if len(g.pendingDup) > 0 {
		r := g.pendingDup[0]
		g.pendingDup = g.pendingDup[1:]
		r.ID = fmt.Sprintf("syn-%08d", g.n)
		r.Site = g.sites[g.szipf.Uint64()]
		return r
	}
	li := g.pickLang()
	r := pipeline.Record{
		ID:       fmt.Sprintf("syn-%08d", g.n),
		Source:   pipeline.Source{Path: fmt.Sprintf("raw/syn-%08d.txt", g.n), Format: "text", Unit: "line"},
		Site:     g.sites[g.szipf.Uint64()],
		Section:  sections[g.rng.IntN(len(sections))],
		Lang:     langs[li].code,
		PageType: "article",
	}
	r.LangScore = 0.6 + 0.4*math.Sqrt(g.rng.Float64())
	r.Title = g.sentence(li, 5+g.rng.IntN(8))
	if g.rng.IntN(10) > 0 {
		day := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(3650*math.Sqrt(g.rng.Float64())))
		r.Published = pipeline.Time(day.Add(time.Duration(g.rng.IntN(86400)) * time.Second).Format("2006-01-02T15:04:05+05:30"))
	}
	// Body length: log-normal around 120 words.
	words := int(math.Exp(4.8 + 0.8*g.rng.NormFloat64()))
	if words < 3 {
		words = 3
	}
	var paras []string
	for words > 0 {
		n := min(words, 20+g.rng.IntN(60))
		var p []string
		for k := 0; k < n; {
			m := min(n-k, 6+g.rng.IntN(14))
			p = append(p, g.sentence(li, m))
			k += m
		}
		paras = append(paras, strings.Join(p, " "))
		words -= n
	}
	r.Text = strings.Join(paras, "\n\n")
	if len(paras) == 1 && len(r.Text) < 200 {
		r.PageType = []string{"listing", "empty", "error"}[g.rng.IntN(3)]
		r.Flags = append(r.Flags, "short")
	}
	// Audit: a header of metadata and boilerplate, the body, a footer.
	line := 1
	add := func(n int, role pipeline.Role, reason string, ref int) {
		sp := pipeline.Span{Start: line, End: line + n - 1, Role: role, Reason: reason}
		if ref > 0 {
			sp.Ref = &ref
		}
		r.Spans = append(r.Spans, sp)
		line += n + 1
	}
	for range 1 + g.rng.IntN(5) {
		rr := g.pickRemoved()
		if rr.role == pipeline.RoleRepeated {
			continue
		}
		add(1, rr.role, rr.reason, 0)
	}
	bodyStart := line
	add(2*len(paras)-1, pipeline.RoleBody, "", 0)
	for range g.rng.IntN(4) {
		rr := g.pickRemoved()
		switch rr.role {
		case pipeline.RoleRepeated:
			add(2*len(paras)-1, rr.role, rr.reason, bodyStart)
		default:
			add(1, rr.role, rr.reason, 0)
		}
	}
	r.Quality = map[string]float64{
		"alpha_ratio":       0.55 + 0.4*g.rng.Float64(),
		"mean_word_len":     3 + 3*g.rng.Float64(),
		"boilerplate_share": g.rng.Float64() * g.rng.Float64(),
		"repeat_share":      g.rng.ExpFloat64() / 20,
	}
	if g.rng.IntN(50) == 0 {
		r.Flags = append(r.Flags, "mixed-script")
	}
	if g.rng.IntN(12) == 0 {
		// A duplicate cluster: this record and 1-5 copies right after it.
		r.Dup = &pipeline.Dup{Cluster: r.ID}
		for range 1 + g.rng.IntN(5) {
			c := r
			c.Dup = &pipeline.Dup{Cluster: r.ID, Of: r.ID, Score: 0.8 + 0.2*g.rng.Float64()}
			c.Flags = append([]string{"near-duplicate"}, r.Flags...)
			g.pendingDup = append(g.pendingDup, c)
		}
	}
	return r
}

func (g *Generator) pickRemoved() struct {
	role   pipeline.Role
	reason string
	w      float64
} {
	total := 0.0
	for _, r := range removedRoles {
		total += r.w
	}
	x := g.rng.Float64() * total
	for _, r := range removedRoles {
		if x < r.w {
			return r
		}
		x -= r.w
	}
	return removedRoles[0]
}

// Write writes n records to path (compressed by its extension) and its
// rejects file beside it.
func Write(path string, n int, seed uint64) error {
	w, err := sink.CreateJSONL(path)
	if err != nil {
		return err
	}
	defer w.Abort()
	g := New(seed)
	for range n {
		r := g.Next()
		if err := w.Write(&r); err != nil {
			return err
		}
	}
	if err := w.Close(); err != nil {
		return err
	}
	return writeRejects(rejectsPath(path), n/50, g.rng)
}

func rejectsPath(p string) string {
	i := strings.Index(p[strings.LastIndexByte(p, '/')+1:], ".")
	base := p[:strings.LastIndexByte(p, '/')+1]
	name := p[len(base):]
	return base + name[:i] + ".rejects" + name[i:]
}

func writeRejects(path string, n int, rng *rand.Rand) error {
	w, err := sink.CreateJSONL(path)
	if err != nil {
		return err
	}
	defer w.Abort()
	reasons := []string{"empty", "empty", "empty", "binary", "decode", "too-large", "filter:short", "filter:short", "unsupported"}
	for i := range n {
		reason := reasons[rng.IntN(len(reasons))]
		rj := pipeline.Reject{ID: fmt.Sprintf("rej-%d", i), Source: pipeline.Source{Path: fmt.Sprintf("raw/rej-%d", i), Format: "text"},
			Reason: reason, Error: fmt.Sprintf("raw/rej-%d: %s", i, reason)}
		if err := w.Write(&rj); err != nil {
			return err
		}
	}
	return w.Close()
}

// Word is the word of the given frequency rank (0: the most frequent) of
// a language's vocabulary, for queries that know how common their words
// are.
func (g *Generator) Word(lang string, rank int) string {
	for i, l := range langs {
		if l.code == lang {
			return g.words[i][rank]
		}
	}
	return ""
}

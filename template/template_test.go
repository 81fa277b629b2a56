package template

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

func TestSiteOf(t *testing.T) {
	tests := []struct {
		name string
		rec  pipeline.Record
		want string
	}{
		{"url host", pipeline.Record{URL: "https://WWW.Example.com:8080/a/b", Site: "x", ID: "s__a"}, "host:example.com"},
		{"source url", pipeline.Record{Source: pipeline.Source{URL: "http://m.site.in/x"}}, "host:m.site.in"},
		{"bad url falls through", pipeline.Record{URL: "::not a url", Site: "Prajavani"}, "site:prajavani"},
		{"site field", pipeline.Record{Site: "ETV Bharat", ID: "s__a"}, "site:etv bharat"},
		{"id prefix", pipeline.Record{ID: "udayavani__some-slug", Source: pipeline.Source{Path: "in/x.txt"}}, "name:udayavani"},
		{"file name prefix", pipeline.Record{ID: "x:3", Source: pipeline.Source{Path: "in/eesanje__list.jsonl"}}, "name:eesanje"},
		{"folder", pipeline.Record{ID: "0094b9f4", Source: pipeline.Source{Path: "dedup/inputs/0094b9f4.txt"}}, "dir:dedup/inputs"},
		{"leading __ is not a prefix", pipeline.Record{ID: "__x", Source: pipeline.Source{Path: "a/__x.txt"}}, "dir:a"},
		{"stdin", pipeline.Record{ID: "x", Source: pipeline.Source{Path: "-"}}, ""},
		{"nothing", pipeline.Record{}, ""},
	}
	for _, tt := range tests {
		if got := SiteOf(&tt.rec); got != tt.want {
			t.Errorf("%s: SiteOf = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// name spells i in letters: lines that differ only in digits are one
// template line.
func name(i int) string {
	s := ""
	for {
		s = string(rune('a'+i%26)) + s
		if i /= 26; i == 0 {
			return s
		}
	}
}

func doc(site, id string, lines ...string) *pipeline.Doc {
	d := &pipeline.Doc{Record: pipeline.Record{ID: site + "__" + id}}
	for i, l := range lines {
		d.Blocks = append(d.Blocks, pipeline.Block{Start: i + 1, End: i + 1, Text: l})
	}
	return d
}

const disclaimer = "यह वेबसाइट कुकीज का उपयोग करती है ताकि आपको बेहतर अनुभव मिल सके और हम ट्रैफिक का विश्लेषण कर सकें, आगे बढ़ने पर आप सहमति देते हैं"

// site makes ten documents of one site: a menu, a page counter, a long
// disclaimer on every page, unique bodies, and body paragraphs that recur
// in a few documents as stories and quotes do.
func site() []*pipeline.Doc {
	quote2 := "The minister said the new bridge over the river would open to traffic by the end of next month after the final inspection"
	quote4 := "Officials confirmed that more than two hundred families were moved to relief camps as water levels kept rising through the night"
	var docs []*pipeline.Doc
	for i := range 10 {
		lines := []string{"Home", "ಮುಖಪುಟ | ರಾಜ್ಯ | ದೇಶ", fmt.Sprintf("Page %d of 12", i+1)}
		lines = append(lines, fmt.Sprintf("Story %s: a body paragraph with words of its own, and more words to make it long", name(i)))
		if i < 2 {
			lines = append(lines, quote2)
		}
		if i < 4 {
			lines = append(lines, quote4)
		}
		if i < 2 {
			lines = append(lines, "Short recurring line")
		}
		lines = append(lines, disclaimer, "Home")
		docs = append(docs, doc("news", fmt.Sprint(i), lines...))
	}
	return docs
}

func roles(d *pipeline.Doc) []string {
	var out []string
	for _, b := range d.Blocks {
		if b.Role == pipeline.RoleBoilerplate {
			out = append(out, fmt.Sprintf("%s/%d", strings.Fields(b.Text)[0], b.Evidence))
		} else {
			out = append(out, "body")
		}
	}
	return out
}

func TestLearnAndApply(t *testing.T) {
	l := NewLearner(Options{})
	docs := site()
	for _, d := range docs {
		l.Observe(d)
	}
	// another site's documents do not count for this one
	for i := range 5 {
		l.Observe(doc("other", fmt.Sprint(i), "Short recurring line", "Story of "+name(i)))
	}
	tpl := l.Finish()
	tpl.Apply(docs[0])
	tpl.Apply(docs[5])
	want0 := []string{"Home/10", "ಮುಖಪುಟ/10", "Page/10", "body", "body", "body", "body", "यह/10", "Home/10"}
	if g := roles(docs[0]); strings.Join(g, ",") != strings.Join(want0, ",") {
		t.Errorf("doc 0 roles\n got %q\nwant %q", g, want0)
	}
	for _, b := range docs[0].Blocks {
		if b.Role == pipeline.RoleBoilerplate && b.Reason != Reason {
			t.Errorf("reason %q", b.Reason)
		}
	}
	if n, ok := tpl.Evidence("name:news", "PAGE 7 OF 12"); !ok || n != 10 {
		t.Errorf("Evidence of a folded page counter: %d %v", n, ok)
	}
	if _, ok := tpl.Evidence("name:other", "Short recurring line"); !ok {
		t.Error("the other site's own template line was not learned")
	}
	st := tpl.Stats()
	if st.Sites != 2 || st.Docs != 15 || st.Lines != 5 {
		t.Errorf("stats %+v", st)
	}
}

func TestApplyKeepsOtherRoles(t *testing.T) {
	l := NewLearner(Options{MinDocs: 2})
	a := doc("s", "a", "Menu", "By Staff Reporter", "One story")
	b := doc("s", "b", "Menu", "By Staff Reporter", "Another story")
	l.Observe(a)
	l.Observe(b)
	b.Blocks[1].Role, b.Blocks[1].Reason = pipeline.RoleMetadata, "byline"
	if n := l.Finish().Apply(b); n != 1 { // the menu
		t.Fatalf("marked %d blocks, want 1", n)
	}
	if b.Blocks[1].Role != pipeline.RoleMetadata || b.Blocks[1].Reason != "byline" {
		t.Errorf("a metadata block was changed: %+v", b.Blocks[1])
	}
}

func TestThresholds(t *testing.T) {
	long := strings.Repeat("word ", 20)
	tests := []struct {
		name     string
		o        Options
		lines    []string
		docs     int // of the site's 20 that carry the line
		template bool
	}{
		{"short in 3", Options{}, []string{"Follow us"}, 3, true},
		{"short in 2", Options{}, []string{"Follow us"}, 2, false},
		{"short below share", Options{MinShare: 0.2}, []string{"Follow us"}, 3, false},
		{"long in 9 of 20", Options{}, []string{long}, 9, false},
		{"long in 10", Options{}, []string{long}, 10, true},
		{"long in half", Options{LongMinDocs: 100}, []string{long}, 10, true},
		{"long in 9 with a lower bar", Options{LongMinDocs: 5}, []string{long}, 9, true},
		{"digits fold", Options{}, []string{"© 2019 Site", "© 2020 Site", "© 2021 Site"}, 3, true},
	}
	for _, tt := range tests {
		l := NewLearner(tt.o)
		for i := range 20 {
			var lines []string
			if i < tt.docs {
				lines = append(lines, tt.lines[i%len(tt.lines)])
			}
			lines = append(lines, "unique "+name(i))
			l.Observe(doc("s", fmt.Sprint(i), lines...))
		}
		_, ok := l.Finish().Evidence("name:s", tt.lines[0])
		if ok != tt.template {
			t.Errorf("%s: template %v, want %v", tt.name, ok, tt.template)
		}
	}
}

func TestObserveConcurrently(t *testing.T) {
	seq := NewLearner(Options{})
	par := NewLearner(Options{})
	docs := site()
	for _, d := range docs {
		seq.Observe(d)
	}
	var wg sync.WaitGroup
	for _, d := range docs {
		wg.Add(1)
		go func() { defer wg.Done(); par.Observe(d) }()
	}
	wg.Wait()
	if a, b := seq.Finish().Stats(), par.Finish().Stats(); a != b {
		t.Errorf("concurrent %+v, sequential %+v", b, a)
	}
}

func TestMemoryCap(t *testing.T) {
	l := NewLearner(Options{MaxLines: 100})
	for i := range 200 {
		l.Observe(doc("s", fmt.Sprint(i), "Subscribe now", "unique line a "+name(i), "unique line b "+name(i)))
	}
	tpl := l.Finish()
	st := tpl.Stats()
	if st.Floor == 0 || st.Pruned == 0 || st.Counted > 100 {
		t.Errorf("cap not enforced: %+v", st)
	}
	if n, ok := tpl.Evidence("name:s", "Subscribe now"); !ok || n != 200 {
		t.Errorf("the frequent line was lost: %d %v", n, ok)
	}
}

func TestRecordDocAndBody(t *testing.T) {
	rec := pipeline.Record{ID: "s__1", Text: "Menu\n\nFirst paragraph.\n\nSecond\nline"}
	d := RecordDoc(&rec)
	if len(d.Blocks) != 4 || d.Blocks[1].Start != 3 {
		t.Fatalf("blocks %+v", d.Blocks)
	}
	d.Blocks[0].Role = pipeline.RoleBoilerplate
	if got := Body(d); got != "First paragraph.\nSecond\nline" {
		t.Errorf("Body = %q", got)
	}
}

func FuzzSiteOf(f *testing.F) {
	f.Add("https://www.example.com/x", "", "a__b", "dir/a__b.txt")
	f.Add("http://[::1", "Site", "", "")
	f.Add("", "", "__", "__")
	f.Fuzz(func(t *testing.T, u, site, id, path string) {
		rec := pipeline.Record{URL: u, Site: site, ID: id, Source: pipeline.Source{Path: path}}
		s := SiteOf(&rec)
		if s != SiteOf(&rec) {
			t.Fatal("not deterministic")
		}
	})
}

func FuzzApply(f *testing.F) {
	f.Add("Home\nहिंदी समाचार\n\n© 2024", "Home")
	f.Add("\xff\xfe", "")
	f.Fuzz(func(t *testing.T, text, other string) {
		l := NewLearner(Options{MinDocs: 2})
		a := RecordDoc(&pipeline.Record{ID: "s__a", Text: text})
		b := RecordDoc(&pipeline.Record{ID: "s__b", Text: text + "\n" + other + "\nzzqx tail line of its own"})
		l.Observe(a)
		l.Observe(b)
		tpl := l.Finish()
		n := tpl.Apply(a)
		// every line of a is in b too, so every line of a is a template
		if n != len(a.Blocks) {
			t.Fatalf("marked %d of %d lines of %q", n, len(a.Blocks), text)
		}
	})
}

func TestCopiesCountOnce(t *testing.T) {
	l := NewLearner(Options{})
	story := []string{"Menu", "A story that was saved under five different addresses by the crawler, with all its words"}
	for i := range 5 {
		l.Observe(doc("s", fmt.Sprint(i), story...))
	}
	for i := range 3 {
		l.Observe(doc("s", "other"+fmt.Sprint(i), "Menu", "Another story "+name(i)))
	}
	tpl := l.Finish()
	if _, ok := tpl.Evidence("name:s", story[1]); ok {
		t.Error("the copies of one story made its text a template")
	}
	if n, ok := tpl.Evidence("name:s", "Menu"); !ok || n != 4 {
		t.Errorf("menu evidence %d %v, want 4 distinct documents", n, ok)
	}
	if st := tpl.Stats(); st.Copies != 4 || st.Docs != 4 {
		t.Errorf("stats %+v", st)
	}
}

func TestText(t *testing.T) {
	d := doc("s", "a", "Menu", "Story line one", "Story line two", "Story line one")
	d.Blocks[0].Role, d.Blocks[0].Reason = pipeline.RoleBoilerplate, Reason
	d.Blocks[2].Role, d.Blocks[2].Reason = pipeline.RoleBoilerplate, "navigation"
	d.Blocks[3].Role = pipeline.RoleRepeated
	if got := Text(d); got != "Story line one\nStory line two" {
		t.Errorf("Text = %q", got)
	}
}

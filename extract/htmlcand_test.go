package extract

import (
	"math"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/extract/candidate"
	"github.com/akhbar/akhbar/pipeline"
)

const candPage = `<!doctype html><html lang="en"><head>
<title>Rivers rise in the north | Example News</title>
<meta property="og:title" content="Rivers rise in the north">
<meta name="author" content="Ann Lee">
<meta property="article:published_time" content="2024-03-05T08:00:00+01:00">
<link rel="canonical" href="https://example.com/2024/03/05/rivers-rise">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rivers rise in the north",
"author":{"@type":"Person","name":"Ann Lee"},"datePublished":"2024-03-05T08:00:00+01:00","dateModified":"2024-03-07T10:00:00+01:00"}</script>
</head><body><header><h1>Rivers rise in the north</h1><p class="byline">By Ann Lee</p>
<time datetime="2024-03-05">5 March 2024</time></header>
<article><p>The rivers of the north rose by two metres overnight after a week of rain, and the towns along them closed their bridges.</p>
<p>Forecasters expect more rain on Thursday, and the water authority has asked people living near the banks to be ready to leave.</p></article>
</body></html>`

func TestCandidates(t *testing.T) {
	d := pipeline.NewDoc(pipeline.Item{ID: "p", URL: "https://example.com/2024/03/05/rivers-rise", Body: []byte(candPage), Source: pipeline.Source{Format: "html"}})
	var s candidate.Set
	if err := HTMLWith(d, HTMLOptions{Now: testNow, Candidates: &s}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		field   candidate.Field
		value   string
		sources []string
	}{
		{candidate.Title, "Rivers rise in the north", []string{"ld-article", "og", "h1", "derived"}},
		{candidate.Title, "Rivers rise in the north | Example News", []string{"title"}},
		{candidate.Author, "Ann Lee", []string{"ld-article", "meta-author", "byline-element"}},
		{candidate.Date, "2024-03-05", []string{"ld-published", "meta-published", "time", "url"}},
		{candidate.Date, "2024-03-07", []string{"ld-modified"}},
	}
	for _, tc := range tests {
		var c *candidate.Candidate
		for i := range s.Fields[tc.field] {
			if s.Fields[tc.field][i].Value == tc.value {
				c = &s.Fields[tc.field][i]
			}
		}
		if c == nil {
			t.Errorf("%s: no candidate %q", tc.field, tc.value)
			continue
		}
		for _, src := range tc.sources {
			if !c.Has(src) {
				t.Errorf("%s %q: sources %v lack %s", tc.field, tc.value, c.Sources, src)
			}
		}
		if len(c.Features) != len(candidate.Names(tc.field)) {
			t.Errorf("%s %q: %d features, want %d", tc.field, tc.value, len(c.Features), len(candidate.Names(tc.field)))
		}
	}
	for f := candidate.Field(0); f < candidate.NFields; f++ {
		if i := s.Chosen[f]; i < 0 || i >= len(s.Fields[f]) {
			t.Errorf("%s: nothing chosen", f)
		}
	}
	// The page type classifier's article probability is a date feature:
	// a probability, the same on every candidate of the page.
	pa := candidate.Index(candidate.Date, "page:type-article")
	for _, c := range s.Fields[candidate.Date] {
		if x := c.Features[pa]; x <= 0 || x > 1 || x != s.Fields[candidate.Date][0].Features[pa] {
			t.Errorf("date %q: page:type-article = %g", c.Value, x)
		}
	}
	// The title candidates' word overlap with the first <h1> and with the
	// <title> without its site name, and the page's of the two.
	for _, tc := range []struct {
		value          string
		page, h1, bare float32
	}{
		{"Rivers rise in the north", 1, 1, 1},
		{"Rivers rise in the north | Example News", 1, 5.0 / 7, 5.0 / 7},
	} {
		for _, c := range s.Fields[candidate.Title] {
			if c.Value != tc.value {
				continue
			}
			for name, want := range map[string]float32{"page:h1-title-overlap": tc.page, "overlap-h1": tc.h1, "overlap-bare-title": tc.bare} {
				if got := c.Features[candidate.Index(candidate.Title, name)]; math.Abs(float64(got-want)) > 1e-6 {
					t.Errorf("title %q: %s = %g, want %g", c.Value, name, got, want)
				}
			}
		}
	}
	if d.Record.Title != "Rivers rise in the north" || strings.Join(d.Record.Authors, ";") != "Ann Lee" || day(d.Record.Published) != "2024-03-05" {
		t.Errorf("record: %q %q %q", d.Record.Title, d.Record.Authors, d.Record.Published)
	}
}

func TestURLDay(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://x.com/2019/07/04/story", "2019-07-04"},
		{"https://x.com/news/20190704-story", "2019-07-04"},
		{"https://x.com/2019/7/4/story", "2019-07-04"},
		{"https://x.com/2019/13/04/story", ""},
		{"https://x.com/2999/01/01/story", ""}, // after the pinned now
		{"https://x.com/story-12345678", ""},
		{"", ""},
	}
	for _, tc := range tests {
		if got := urlDay(tc.url, testNow); string(got) != tc.want {
			t.Errorf("urlDay(%q) = %q, want %q", tc.url, got, tc.want)
		}
	}
}

// TestPostAuthor: the first post's author, as forum engines mark it, is
// an author candidate, and the page says how many posts mark one.
func TestPostAuthor(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       string
		count      float32
	}{
		{"data-author", `<article class="message" data-author="river_fan"><div class="message-body"><p>%s</p></div></article>
<article class="message" data-author="Someone Else"><p>Reply.</p></article>`, "river_fan", 2},
		{"class username", `<div class="post"><a class="username" href="/u/1">river_fan</a><p>%s</p></div>
<div class="post"><a class="username" href="/u/2">Someone Else</a><p>Reply.</p></div>`, "river_fan", 2},
		{"upper-case class is another class", `<div class="post"><a class="UserName">river_fan</a><p>%s</p></div>`, "", 0},
		{"long text is no name", `<div class="creator"><p>%s</p></div>`, "", 0},
	} {
		text := strings.Repeat("The rivers of the north rose by two metres overnight after a week of rain. ", 3)
		page := "<html><head><title>Rivers</title></head><body><h1>Rivers</h1>" + strings.Replace(tc.body, "%s", text, 1) + "</body></html>"
		d := pipeline.NewDoc(pipeline.Item{ID: "p", URL: "https://forum.example.org/t/rivers.1/", Body: []byte(page), Source: pipeline.Source{Format: "html"}})
		var s candidate.Set
		if err := HTMLWith(d, HTMLOptions{Now: testNow, Candidates: &s}); err != nil {
			t.Fatal(err)
		}
		got := ""
		var count float32 = -1
		for _, c := range s.Fields[candidate.Author] {
			if c.Has("post-author") {
				got = c.Value
			}
			count = c.Features[candidate.Index(candidate.Author, "page:post-authors")]
		}
		if got != tc.want {
			t.Errorf("%s: post author %q, want %q", tc.name, got, tc.want)
		}
		if tc.want != "" && count != float32(math.Log1p(float64(tc.count))) {
			t.Errorf("%s: page:post-authors %v, want log1p(%v)", tc.name, count, tc.count)
		}
	}
}

func TestTrimTitle(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Logging HOWTO¶", "Logging HOWTO"},
		{"Ansible playbooks\uf0c1", "Ansible playbooks"},
		{"The 16 Best Boxes in 2025 |", "The 16 Best Boxes in 2025"},
		{"| Home", "Home"},
		{"Learn C#", "Learn C#"},
		{"Pick - and mix", "Pick - and mix"},
		{"A - ", "A"},
		// A live blog's marker is the page's state, not its headline.
		{"LIVE: Counting begins in Bihar", "Counting begins in Bihar"},
		{"Live Updates | बजट 2024", "बजट 2024"},
		{"LIVE बजट 2024 की घोषणाएं", "बजट 2024 की घोषणाएं"},
		{"Live music returns to Pune", "Live music returns to Pune"},
		{"LIVE:", "LIVE:"},
		{"LIVE AID RETURNS TO LONDON", "LIVE AID RETURNS TO LONDON"},
		{"LIVE India vs Australia, 3rd ODI", "India vs Australia, 3rd ODI"},
		// So is a photo gallery's label.
		{"PHOTOS: मानसून की पहली बारिश", "मानसून की पहली बारिश"},
		{"In Pics | Monsoon reaches Kerala", "Monsoon reaches Kerala"},
		{"Photo Gallery: ಮುಂಗಾರು ಮಳೆ", "ಮುಂಗಾರು ಮಳೆ"},
		{"Photos of the week", "Photos of the week"},
		{"Pics:", "Pics:"},
		{"Gallery owners meet in Delhi", "Gallery owners meet in Delhi"},
	} {
		if got := trimTitle(c.in); got != c.want {
			t.Errorf("trimTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A name that is the site's own is an author candidate only on a page
// where nothing else names anyone and the host spells it as a person's
// name of two words or more.
func TestSiteNamedAuthorCandidates(t *testing.T) {
	page := func(ldAuthor, byline string) string {
		p := `<!doctype html><html lang="en"><head><title>Notes on rivers</title>
<script type="application/ld+json">{"@type":"BlogPosting","headline":"Notes on rivers","author":{"@type":"Person","name":"` + ldAuthor + `"}}</script>
</head><body><h1>Notes on rivers</h1>`
		if byline != "" {
			p += `<p class="byline">By ` + byline + `</p>`
		}
		return p + `<p>The rivers of the north rose by two metres overnight after a week of rain, and the towns along them closed their bridges.</p>
<p>` + ldAuthor + ` writes about water.</p></body></html>`
	}
	for _, tc := range []struct {
		name, url, body string
		want            []string // author candidates' values
		host            bool     // the first one's is-host
	}{
		{"personal site", "https://annlee.example/notes", page("Ann Lee", ""), []string{"Ann Lee"}, true},
		{"another name beside it", "https://annlee.example/notes", page("Ann Lee", "Bo Chan"), []string{"Bo Chan"}, false},
		{"one word", "https://rivers.example/notes", page("Rivers", ""), nil, false},
		{"not the host", "https://water.example/notes", page("Ann Lee", ""), []string{"Ann Lee"}, false},
	} {
		d := pipeline.NewDoc(pipeline.Item{ID: "p", URL: tc.url, Body: []byte(tc.body), Source: pipeline.Source{Format: "html"}})
		var s candidate.Set
		if err := HTMLWith(d, HTMLOptions{Now: testNow, Candidates: &s}); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range s.Fields[candidate.Author] {
			if !c.Has("rule") || len(c.Sources) > 1 {
				got = append(got, c.Value)
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: author candidates %q, want %q", tc.name, got, tc.want)
			continue
		}
		if len(tc.want) > 0 {
			c := s.Fields[candidate.Author][0]
			for _, x := range s.Fields[candidate.Author] {
				if x.Value == tc.want[0] {
					c = x
				}
			}
			if h := c.Features[candidate.Index(candidate.Author, "is-host")] == 1; h != tc.host {
				t.Errorf("%s: is-host %v, want %v", tc.name, h, tc.host)
			}
		}
	}
}

package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestGroupFeatures checks the page's largest run of like siblings: a
// list of linked cards holds most of the page's text and links, an
// article's paragraphs hold text without links, and a page without three
// like siblings has no run.
func TestGroupFeatures(t *testing.T) {
	card := `<div class="card"><h2><a href="/a">A title of a card here</a></h2><p>Some words about it.</p></div>`
	para := `<p>This is a paragraph of running text, long enough to be read as prose by anyone.</p>`
	tests := []struct {
		name     string
		body     string
		minShare float32 // of the page's text held by the run
		maxLink  float32 // of the page's link text held by the run
		linked   float32 // share of the members with a link
	}{
		{name: "cards", body: `<h1>News</h1>` + strings.Repeat(card, 5), minShare: 0.8, maxLink: 1, linked: 1},
		{name: "paragraphs", body: `<h1>A story</h1>` + strings.Repeat(para, 4), minShare: 0.8, maxLink: 0, linked: 0},
		{name: "no run", body: `<h1>A story</h1>` + strings.Repeat(para, 2), minShare: 0, maxLink: 0, linked: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := []byte(`<html><body><main>` + tt.body + `</main></body></html>`)
			doc, err := html.Parse(strings.NewReader(string(raw)))
			if err != nil {
				t.Fatal(err)
			}
			a := analyse(doc, raw, "https://example.com/x/")
			g := a.pageFeat[len(a.pageFeat)-6:]
			share, linkShare, linked := g[0], g[1], g[3]
			if tt.minShare == 0 && share != 0 {
				t.Errorf("share %v, want none", share)
			}
			if share < tt.minShare {
				t.Errorf("share %v, want at least %v", share, tt.minShare)
			}
			if linkShare > tt.maxLink || tt.maxLink > 0 && linkShare < 0.99 {
				t.Errorf("link share %v, want %v", linkShare, tt.maxLink)
			}
			if linked != tt.linked {
				t.Errorf("linked %v, want %v", linked, tt.linked)
			}
		})
	}
}

// TestHeadlineFeatures checks the headlines a page links to: a news
// index's teasers with their dates or ages, a blog's archive with the
// date before the title, an article with a short related list under its
// prose, and a menu whose links are too short to be headlines.
func TestHeadlineFeatures(t *testing.T) {
	para := `<p>This is a paragraph of running text, long enough to be read as prose by anyone. It has two sentences.</p>`
	tests := []struct {
		name            string
		body            string
		heads           int
		minShare, share float32 // bounds of the headline words' share
		stamped         float32
	}{
		{name: "index with ages",
			body:  `<ul><li><a href="/n/1">Storm closes roads across the north</a> <span>3 hours ago</span></li><li><a href="/n/2">Council votes on the new budget plan</a> <span>5 hours ago</span></li><li><a href="/n/3">Local team wins the final at home</a> <span>12 March 2024</span></li></ul>`,
			heads: 3, minShare: 1, share: 1, stamped: 1},
		{name: "archive, date first",
			body:  `<div><time>12 March 2024</time><h2><a href="https://example.com/p/1">How we moved the office in a week</a></h2></div><div><time>2 March 2024</time><h2><a href="/p/2">Notes from the spring meeting of members</a></h2></div>`,
			heads: 2, minShare: 1, share: 1, stamped: 1},
		{name: "article with related",
			body:  `<h1>A story</h1>` + strings.Repeat(para, 5) + `<ul><li><a href="/n/9">Another story you may want to read</a></li><li><a href="https://other.org/x">A story on somebody else's site</a></li></ul>`,
			heads: 1, minShare: 0.02, share: 0.2, stamped: 0},
		{name: "menu",
			body:  `<nav><a href="/">Home</a><a href="/news">News</a><a href="/about">About us</a></nav>` + para,
			heads: 0, minShare: 0, share: 0, stamped: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(`<html><body><main>` + tt.body + `</main></body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			g := headlineFeatures(segment(doc), "https://www.example.com/news/")
			if got := lg(tt.heads); g[0] != got {
				t.Errorf("headlines %v, want %v (%d)", g[0], got, tt.heads)
			}
			if g[1] < tt.minShare || g[1] > tt.share {
				t.Errorf("headline share %v, want in [%v, %v]", g[1], tt.minShare, tt.share)
			}
			if g[2] != tt.stamped {
				t.Errorf("stamped share %v, want %v", g[2], tt.stamped)
			}
		})
	}
}

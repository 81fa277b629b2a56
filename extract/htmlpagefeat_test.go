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

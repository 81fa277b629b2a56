package extract

import (
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
	"golang.org/x/net/html"
)

func TestRevealStreamed(t *testing.T) {
	tests := []struct {
		name, body string
		want       string // the visible text after revealStreamed
		moved      bool
	}{
		{"boundary and its fallback",
			`<p>head</p><!--$?--><template id="B:0"></template><div>Loading</div><!--/$--><p>foot</p><div hidden id="S:0"><p>article</p></div>`,
			"head article foot", true},
		{"placeholder",
			`<p>a</p><template id="P:1"></template><p>c</p><div hidden id="S:1"><p>b</p></div>`,
			"a b c", true},
		{"base-36 numbers",
			`<p>a</p><!--$?--><template id="B:1a"></template>wait<!--/$--><div hidden id="S:1a"><p>b</p></div>`,
			"a b", true},
		{"segment without a placeholder is shown where it is",
			`<p>a</p><div hidden id="S:3"><p>b</p></div><p>c</p>`,
			"a b c", true},
		{"nested boundary filled by a later segment",
			`<!--$?--><template id="B:0"></template>L0<!--/$--><p>z</p><div hidden id="S:0"><p>x</p><!--$?--><template id="B:1"></template>L1<!--/$--></div><div hidden id="S:1"><p>y</p></div>`,
			"x y z", true},
		{"a nested boundary inside a fallback is dropped with it",
			`<!--$?--><template id="B:0"></template>L0 <!--$--><p>inner</p><!--/$--> more<!--/$--><p>z</p><div hidden id="S:0"><p>x</p></div>`,
			"x z", true},
		{"without the closing comment no fallback is removed",
			`<!--$?--><template id="B:0"></template><p>wait</p><div hidden id="S:0"><p>b</p></div>`,
			"b wait", true},
		{"placeholder inside a dropped fallback: shown in place",
			`<!--$?--><template id="B:0"></template><div><template id="P:1"></template></div><!--/$--><div hidden id="S:0"><p>a</p></div><div hidden id="S:1"><p>b</p></div>`,
			"a b", true},
		{"placeholder inside its own segment: shown in place",
			`<p>a</p><div hidden id="S:0"><template id="B:0"></template><p>b</p></div>`,
			"a b", true},
		{"other hidden elements stay hidden",
			`<p>a</p><div hidden id="menu"><p>b</p></div><div hidden id="S:"><p>c</p></div><div hidden id="S:x-1"><p>d</p></div>`,
			"a", false},
		{"a streamed id without hidden is an ordinary element",
			`<p>a</p><span id="S:0">b</span><template id="B:0"></template>`,
			"a b", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := parsePageNoReveal(tc.body)
			if err != nil {
				t.Fatal(err)
			}
			if got := revealStreamed(doc); got != tc.moved {
				t.Errorf("revealStreamed = %v, want %v", got, tc.moved)
			}
			if got := strings.Join(strings.Fields(textOf(doc)), " "); got != tc.want {
				t.Errorf("text %q, want %q", got, tc.want)
			}
		})
	}
}

// parsePageNoReveal parses a body's markup as parsePage does before it
// reveals streamed content.
func parsePageNoReveal(body string) (*html.Node, error) {
	return html.Parse(strings.NewReader("<!doctype html><html><body>" + body + "</body></html>"))
}

func TestStreamID(t *testing.T) {
	for id, want := range map[string]bool{
		"S:0": true, "S:1a": true, "S:zz9": true,
		"S:": false, "S:-1": false, "S:A": false, "B:0": false, "s:0": false,
		"S:0123456789abc": false, // longer than any counter a page reaches
	} {
		if got := streamID(id, "S:"); got != want {
			t.Errorf("streamID(%q) = %v, want %v", id, got, want)
		}
	}
}

// A page read by clean shows its streamed article in the record, in the
// place of the boundary's fallback, and not its loading skeleton.
func TestHTMLStreamedArticle(t *testing.T) {
	para := "The council voted on Tuesday to extend the night bus service to the northern suburbs, after a year of complaints from shift workers who had no way home. "
	page := `<!doctype html><html><head><title>Night buses extended</title></head><body>` +
		`<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>` +
		`<!--$?--><template id="B:0"></template><main><div class="skeleton">Loading</div></main><!--/$-->` +
		`<footer><p>© 2025 Example Media. All rights reserved.</p></footer>` +
		`<div hidden id="S:0"><main><article><h1>Night buses extended</h1>` +
		`<p>` + para + para + `</p><p>` + para + `</p><p>` + para + para + `</p></article></main></div>` +
		`</body></html>`
	d := pipeline.NewDoc(pipeline.Item{ID: "streamed", Body: []byte(page)})
	if err := HTMLWith(d, HTMLOptions{FastDates: true, Now: testNow}); err != nil {
		t.Fatal(err)
	}
	d.Assemble()
	text := d.Record.Text
	if !strings.Contains(text, "The council voted on Tuesday") {
		t.Errorf("the streamed article is missing from the body: %q", text)
	}
	if strings.Contains(text, "Loading") {
		t.Errorf("the boundary's fallback is in the body: %q", text)
	}
}

func TestRevealDeferred(t *testing.T) {
	words := func(w string, n int) string { return strings.Repeat(w+" ", n) }
	tests := []struct {
		name, body string
		want       bool
		shown      string // a word the blocks must then hold
		stillHid   string // a word they must not
	}{
		{"content kept invisible until the styles load",
			`<div style="visibility:hidden;min-height:100vh"><h1>Title</h1><p>` + words("story", 300) + `</p><div style="display:none">` + words("modal", 50) + `</div></div>`,
			true, "story", "modal"},
		{"a deferred block beside a few menu links",
			`<nav><a href="/">Home</a> <a href="/shop">Shop</a></nav><div class="defer" style="display: none"><p>` + words("product", 120) + `</p></div><div hidden><p>` + words("footer", 30) + `</p></div>`,
			true, "product", ""},
		{"a page that shows its content keeps its menus hidden",
			`<p>` + words("story", 120) + `</p><div style="display:none"><ul><li>` + words("menu", 3000) + `</li></ul></div>`,
			false, "story", "menu"},
		{"hiding less than ten times what is shown",
			`<p>` + words("teaser", 20) + `</p><div style="display:none"><p>` + words("more", 150) + `</p></div>`,
			false, "teaser", "more"},
		{"nothing hidden",
			`<p>short</p>`,
			false, "short", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := parsePageNoReveal(tc.body)
			if err != nil {
				t.Fatal(err)
			}
			if got := revealDeferred(doc, segmentOnce(doc)); got != tc.want {
				t.Errorf("revealDeferred = %v, want %v", got, tc.want)
			}
			var all strings.Builder
			for _, b := range segmentOnce(doc) {
				all.WriteString(b.text + " ")
			}
			if !strings.Contains(all.String(), tc.shown) {
				t.Errorf("%q not in the blocks %q", tc.shown, all.String())
			}
			if tc.stillHid != "" && strings.Contains(all.String(), tc.stillHid) {
				t.Errorf("%q shown: %q", tc.stillHid, all.String())
			}
		})
	}
}

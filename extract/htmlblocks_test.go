package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestSegmentNoscript(t *testing.T) {
	post := strings.Repeat("The kettle keeps tripping the breaker whenever the oven is on. ", 5)
	long := strings.Repeat("A paragraph that any reader sees with or without scripts. ", 5)
	cases := []struct {
		name, page string
		want, not  []string
	}{
		{"an empty app page reads its noscript",
			`<html><head><title>t</title><noscript><img src=x></noscript></head><body><div id=app></div>` +
				`<noscript data-path="/t/1"><div class=post><p>` + post + `</p></div><p>Second post.</p></noscript></body></html>`,
			[]string{"The kettle keeps tripping", "Second post."}, nil},
		{"a page with text keeps its noscript out",
			`<html><body><p>` + long + `</p><p>` + long + `</p><noscript><p>Please enable JavaScript to view the comments.</p></noscript></body></html>`,
			[]string{"any reader sees"}, []string{"enable JavaScript"}},
		{"plain text in noscript is not markup",
			`<html><body><div id=app></div><noscript>You need to enable JavaScript.</noscript></body></html>`,
			nil, []string{"enable JavaScript"}},
	}
	for _, c := range cases {
		doc, err := html.Parse(strings.NewReader(c.page))
		if err != nil {
			t.Fatal(err)
		}
		var all []string
		for _, b := range segment(doc) {
			all = append(all, b.text)
		}
		text := strings.Join(all, "\n")
		for _, w := range c.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: %q missing from %q", c.name, w, text)
			}
		}
		for _, w := range c.not {
			if strings.Contains(text, w) {
				t.Errorf("%s: %q in %q", c.name, w, text)
			}
		}
	}
}

// TestSegmentLinkNukta: a list item that is one link keeps its target
// when its text is full of letters NFC lengthens (precomposed nukta
// letters, which it decomposes), as when it is not.
func TestSegmentLinkNukta(t *testing.T) {
	cases := []struct{ name, text string }{
		{"plain", "इब्रानी खानदान की ज्यादा तर जिंदगी खुली फजा में गुजरी"},
		{"precomposed nuktas", "इब्रानी खानदान हीच \u095Bयाद तर \u095Bिंदगी ऐस खुल \u095E\u095Bा हस मं\u095B गु\u095Bरान"},
		{"Bengali precomposed ya", "কানানে কোন বড় জঙ্গল ছিল না, তাই কাঠ অত্যন্ত ব্যয়বহুল ছিল \u09DF \u09DF \u09DF"},
	}
	for _, c := range cases {
		doc, err := html.Parse(strings.NewReader(`<html><body><ul><li><a href="/news/story-301.html">` + c.text + `</a></li></ul></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		bs := segment(doc)
		if len(bs) != 1 || bs[0].link != "/news/story-301.html" {
			t.Errorf("%s: blocks %+v, want one with the link", c.name, bs)
		}
	}
}

// TestSegmentEndLink: a block's one link that ends it after a label is
// its end link; text after the link, or a second link, leaves it unset.
func TestSegmentEndLink(t *testing.T) {
	cases := []struct{ name, block, want string }{
		{"label then link", `<p><strong>Also read:</strong> <a href="/a.html">Budget vote today</a></p>`, "/a.html"},
		{"link then text", `<p><a href="/a.html">Budget</a> was voted on today by the council</p>`, ""},
		{"two links", `<p>Read <a href="/a.html">one</a> and <a href="/b.html">two</a></p>`, ""},
		{"whole link", `<p><a href="/a.html">Budget vote today</a></p>`, "/a.html"},
	}
	for _, c := range cases {
		doc, err := html.Parse(strings.NewReader(`<html><body>` + c.block + `</body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		bs := segment(doc)
		if len(bs) != 1 || bs[0].endLink != c.want {
			t.Errorf("%s: blocks %+v, want one with end link %q", c.name, bs, c.want)
		}
	}
}

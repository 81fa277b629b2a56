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

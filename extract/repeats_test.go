package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// naiveRepeats is repeats as it counted before the per-parent pass:
// each element's siblings walked for it alone. The reference.
func naiveRepeats(n *html.Node) int {
	best := 0
	for d := 0; n != nil && d < 4; n, d = n.Parent, d+1 {
		if n.Type != html.ElementNode || n.Parent == nil {
			continue
		}
		c, key := 0, attr(n, "class")
		for s := n.Parent.FirstChild; s != nil; s = s.NextSibling {
			if s.Type == html.ElementNode && s.Data == n.Data && attr(s, "class") == key {
				c++
			}
		}
		best = max(best, c-1)
	}
	return best
}

// TestRepeatsMatchNaive: the per-parent counts give every node of a page
// of cards, menus and mixed siblings what the walk per element gave.
func TestRepeatsMatchNaive(t *testing.T) {
	page := `<html><body><ul class=menu><li>a</li><li class=x>b</li><li>c</li>text<li>d</li></ul>
<div class=cards><div class=card><h3>One</h3><p>x</p></div><div class=card><h3>Two</h3><p>y</p><p>z</p></div>
<div class=ad>ad</div><span class=card>s</span><div class=card><p>w</p></div></div><p>end</p></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	cache := map[*html.Node]int{}
	var walk func(*html.Node)
	n := 0
	walk = func(x *html.Node) {
		if got, want := repeats(x, cache), naiveRepeats(x); got != want {
			t.Errorf("<%s class=%q>: repeats %d, want %d", x.Data, attr(x, "class"), got, want)
		}
		n++
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if n < 30 {
		t.Fatalf("walked %d nodes only", n)
	}
}

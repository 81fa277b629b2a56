package extract

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestHTMLBudgetModel: the model's count of copies follows the nodes
// x/net/html really builds, on the patterns that make it copy (linear
// ones and quadratic ones), so that the budget bounds the real tree.
func TestHTMLBudgetModel(t *testing.T) {
	rep := func(f func(i int) string, n int) string {
		var b strings.Builder
		for i := range n {
			b.WriteString(f(i))
		}
		return b.String()
	}
	pages := map[string]string{
		"bomb":      "<table>" + rep(func(i int) string { return fmt.Sprintf("<b id=%d>x", i) }, 50) + "</table>" + strings.Repeat("<p>y</p>", 500),
		"p-b":       rep(func(i int) string { return fmt.Sprintf("<p><b id=%d>x", i) }, 300),
		"div-font":  rep(func(i int) string { return fmt.Sprintf("<div><font color=%d>x</div>", i) }, 300),
		"a-nested":  rep(func(i int) string { return fmt.Sprintf("<a href=%d><div>x", i) }, 300),
		"li-i":      "<ul>" + rep(func(i int) string { return fmt.Sprintf("<li><i id=%d>x", i) }, 300),
		"td-b":      "<table>" + rep(func(i int) string { return fmt.Sprintf("<tr><td><b id=%d>x", i) }, 300) + "</table>y",
		"misnest":   rep(func(i int) string { return fmt.Sprintf("<b id=%d><div>x</b>y", i) }, 300),
		"nobr":      rep(func(i int) string { return "<nobr>x<div>y</div>" }, 300),
		"h-i":       rep(func(i int) string { return fmt.Sprintf("<h2><i id=%d>x</h2>", i) }, 300),
		"s-in-span": rep(func(i int) string { return fmt.Sprintf("<span><s id=%d>x</span>", i) }, 300),
	}
	for name, p := range pages {
		doc, err := html.Parse(bytes.NewReader([]byte(p)))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		nodes := 0
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			nodes++
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		c := scanHTMLCost([]byte(p), htmlLimits{CloneBase: 1 << 60, TokensPerClone: 1, WorkBase: 1 << 60, WorkPerToken: 1})
		if int64(nodes) > c.Tokens+c.Clones+c.Tokens/2+10 {
			t.Errorf("%s: the parser built %d nodes; the model counted %d tokens and %d copies", name, nodes, c.Tokens, c.Clones)
		}
	}
}

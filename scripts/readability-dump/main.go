// Command readability-dump prints a page the way a readability-style "save
// as text" exporter does: the title, the byline, then the article that
// go-readability picks, one block element per line. It is one of the
// renderers of scripts/make-dump-set.sh; akhbar itself never runs it.
//
//	readability-dump page.html > page.txt
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: readability-dump page.html")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	art, err := readability.FromReader(f, nil)
	if err != nil || art.Node == nil {
		fmt.Fprintf(os.Stderr, "%s: no article: %v\n", os.Args[1], err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	if t := strings.TrimSpace(art.Title); t != "" {
		fmt.Fprintln(w, t)
	}
	if b := strings.TrimSpace(art.Byline); b != "" {
		fmt.Fprintln(w, b)
	}
	fmt.Fprintln(w)
	var line strings.Builder
	flush := func() {
		if s := strings.Join(strings.Fields(line.String()), " "); s != "" {
			fmt.Fprintln(w, s)
		}
		line.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			line.WriteString(n.Data)
			return
		}
		block := n.Type == html.ElementNode && blocks[n.Data]
		if block {
			flush()
		}
		if n.Type == html.ElementNode && n.Data == "br" {
			flush()
		}
		if n.Type == html.ElementNode && n.Data == "li" {
			line.WriteString("- ")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(art.Node)
	flush()
}

var blocks = map[string]bool{
	"p": true, "div": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"blockquote": true, "pre": true, "tr": true, "table": true, "ul": true, "ol": true, "section": true,
	"article": true, "figure": true, "figcaption": true, "dd": true, "dt": true, "header": true, "footer": true,
}

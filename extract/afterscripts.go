package extract

// What a browser shows once a page's scripts have run, where the markup
// alone hides it: content a streaming renderer sent after the page's shell
// (revealStreamed) and content a page keeps hidden until its scripts show
// it (revealDeferred). Browsers that show pages run their scripts; readers
// of a saved page without them see an empty shell, and extraction would
// cut the article as hidden. (unwrapNoscripts in htmlblocks.go is the
// opposite case: markup meant for readers without scripts.)

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parsePage parses a decoded page into the tree a browser would show:
// the parser's tree with streamed content in its place (revealStreamed).
// Clean and the HTML trainer both read pages through it, so that the
// models are trained on the blocks clean sees.
func parsePage(text []byte) (*html.Node, error) {
	doc, err := html.Parse(bytes.NewReader(text))
	if err != nil {
		return nil, err
	}
	revealStreamed(doc)
	return doc, nil
}

// revealStreamed puts the content a page streamed after its shell where
// a browser shows it, and reports whether it moved anything.
//
// React's streaming server renderer (Next.js's App Router among others)
// sends a page's shell first, with a loading placeholder in each Suspense
// boundary (`<!--$?--><template id="B:0"></template>…fallback…<!--/$-->`),
// and each boundary's content later, at the end of the body, in a hidden
// element (`<div hidden id="S:0">…</div>`) that an inline script moves
// into the boundary in place of its fallback ($RC; $RS fills a
// `<template id="P:0">` placeholder the same way). Saved without that
// script, or read by a parser that runs none, such a page shows its
// skeleton and footer and hides the article, which is then cut as a
// hidden element. The script's moves are redone here, pairing a segment
// with the placeholder of the same number, as React numbers them; a
// segment with no placeholder is shown where it is.
func revealStreamed(root *html.Node) bool {
	var segs []*html.Node
	holes := map[string]*html.Node{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			// The tag first: most elements are neither, and need no
			// look through their attributes.
			switch n.DataAtom {
			case atom.Div:
				if streamID(attr(n, "id"), "S:") && hasAttr(n, "hidden") {
					segs = append(segs, n)
				}
			case atom.Template:
				if id := attr(n, "id"); streamID(id, "B:") || streamID(id, "P:") {
					holes[id] = n
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	for _, seg := range segs {
		num := attr(seg, "id")[2:]
		if hole := holes["B:"+num]; placeable(hole, seg, root) {
			dropFallback(hole)
			moveChildren(seg, hole)
		} else if hole := holes["P:"+num]; placeable(hole, seg, root) {
			moveChildren(seg, hole)
		} else {
			removeAttr(seg, "hidden")
		}
	}
	return len(segs) > 0
}

// placeable reports whether seg's content can go in place of hole: hole is
// still in the document (an earlier boundary's fallback may have held it)
// and not inside seg itself.
func placeable(hole, seg, root *html.Node) bool {
	if hole == nil {
		return false
	}
	for n := hole; n != nil; n = n.Parent {
		switch n {
		case seg:
			return false
		case root:
			return true
		}
	}
	return false
}

// streamID reports an id of React's streamed parts: the prefix and a
// number (base 36).
func streamID(id, prefix string) bool {
	num, ok := strings.CutPrefix(id, prefix)
	if !ok || num == "" || len(num) > 12 {
		return false
	}
	for _, c := range num {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'z') {
			return false
		}
	}
	return true
}

// dropFallback removes what a boundary shows while it waits: the nodes
// after its template up to the comment that closes the boundary
// (`<!--/$-->`), nested boundaries included. Without that comment the
// fallback's extent is unknown and nothing is removed.
func dropFallback(template *html.Node) {
	depth := 0
	var end *html.Node
	for n := template.NextSibling; n != nil; n = n.NextSibling {
		if n.Type != html.CommentNode {
			continue
		}
		switch n.Data {
		case "$", "$?", "$!":
			depth++
		case "/$":
			if depth == 0 {
				end = n
			}
			depth--
		}
		if end != nil {
			break
		}
	}
	if end == nil {
		return
	}
	for n := template.NextSibling; n != end; {
		next := n.NextSibling
		n.Parent.RemoveChild(n)
		n = next
	}
}

// moveChildren puts from's children in place of to, and removes both.
func moveChildren(from, to *html.Node) {
	for c := from.FirstChild; c != nil; {
		next := c.NextSibling
		from.RemoveChild(c)
		to.Parent.InsertBefore(c, to)
		c = next
	}
	to.Parent.RemoveChild(to)
	if from.Parent != nil {
		from.Parent.RemoveChild(from)
	}
}

func removeAttr(n *html.Node, key string) {
	kept := n.Attr[:0]
	for _, a := range n.Attr {
		if a.Key != key {
			kept = append(kept, a)
		}
	}
	n.Attr = kept
}

// Deferred content: a page that shows fewer than deferredShown words and
// hides deferredRatio times as many in hidden elements keeps its content
// hidden until its scripts run (a wrapper kept invisible until the page's
// styles load, a "defer" block a script shows later): what it shows
// without them is its menus, if anything. Such a page is read as a
// browser shows it once the scripts have run, every hidden element
// shown. The kit's pages that show something fall far from both bars:
// a page showing a few hundred words hides at most a few times as many
// (menus, dialogs, tabs), and those stay hidden.
const (
	deferredShown = 100
	deferredRatio = 10
)

// revealDeferred shows the hidden elements of a page whose blocks (out)
// hold fewer than deferredShown words while its hidden elements hold
// deferredRatio times as many, and reports whether it did.
func revealDeferred(root *html.Node, out []pageBlock) bool {
	shown := 0
	for _, b := range out {
		shown += len(strings.Fields(b.text))
		if shown >= deferredShown {
			return false
		}
	}
	var hid []*html.Node
	words := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if skipTags[tagAtom(n)] {
				return
			}
			if hidden(n) {
				hid = append(hid, n)
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					words += len(strings.Fields(textOf(c)))
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if len(hid) == 0 || words < deferredRatio*max(shown, 1) {
		return false
	}
	for _, n := range hid {
		// Only hidden() reads these attributes.
		removeAttr(n, "hidden")
		removeAttr(n, "style")
	}
	return true
}

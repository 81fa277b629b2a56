package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// FuzzHTML: any bytes as a page, with any declared charset, must give a
// document or a reject, never a panic, and blocks numbered in order.
func FuzzHTML(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.html")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, "")
		}
	}
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":[{"name":"A"},"B"],"datePublished":"2024-07-03T14:13:00Z"}]}</script><h1>T</h1><p>x</p>`), "")
	f.Add([]byte("<meta charset=shift_jis><p>\x93\x8c\x8b\x9e</p>"), "")
	f.Add([]byte("<p>CafÃ© â€“</p>"), "text/html; charset=utf-8")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "")
	f.Add([]byte(`<body><div id=app></div><noscript><div><p>post <b>one<table><td>x</noscript><p>y`), "")
	f.Add([]byte(`<body><!--$?--><template id="B:0"></template><p>wait<!--$--><i>x</i><!--/$--><!--/$--><div hidden id="S:0"><p>a<template id="P:1"></template></div><div hidden id="S:1"><template id="B:0"></template>b</div>`), "")
	f.Fuzz(func(t *testing.T, page []byte, ctype string) {
		d := pipeline.NewDoc(pipeline.Item{ID: "fuzz", Body: page, Charset: ctype})
		if err := HTMLWith(d, HTMLOptions{FastDates: true, NoFallback: true, Now: testNow}); err != nil {
			return
		}
		for i, b := range d.Blocks {
			if b.Start != i || b.End != i {
				t.Fatalf("block %d numbered %d-%d", i, b.Start, b.End)
			}
		}
		d.Assemble()
	})
}

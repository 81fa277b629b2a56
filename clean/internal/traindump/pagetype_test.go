package main

import (
	"testing"
	"time"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/extract"
	"github.com/akhbar/akhbar/pipeline"
)

// A dump's page features have one length whatever the dump, and read its
// prices and lists; the type features added to a row leave the rows
// beside it, which share one array, untouched.
func TestPageFeat(t *testing.T) {
	mk := func(paras ...string) *dump {
		pd := pipeline.NewDoc(pipeline.Item{ID: "p", Source: pipeline.Source{Format: "text"}})
		for i, p := range paras {
			pd.Blocks = append(pd.Blocks, pipeline.Block{Start: 2*i + 1, End: 2*i + 1, Text: p})
		}
		d := &dump{page: &page{id: "p"}, blocks: pd.Blocks, rows: clean.DumpRows(pd, time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC))}
		for _, p := range paras {
			d.words = append(d.words, len(tokenize(p)))
		}
		return d
	}
	article := mk("Home | World | Sport",
		"The city council approved the new budget on Tuesday after a long debate about transport.",
		"Members agreed to spend more on buses and cycle lanes over the next three years.")
	shop := mk("Red kettle $24.99", "Blue kettle $19.99", "Green kettle $21.50", "Steel kettle $30.00")
	a, s := pageFeat(article), pageFeat(shop)
	if len(a) != 31 || len(s) != len(a) {
		t.Fatalf("feature lengths %d and %d, want 31", len(a), len(s))
	}
	const priced, inRun = 9 + 11, 9 + 20 // the priced share, the share in runs of one shape
	if s[priced] != 1 || a[priced] != 0 {
		t.Errorf("priced share: shop %v, article %v; want 1 and 0", s[priced], a[priced])
	}
	if s[inRun] != 1 {
		t.Errorf("share in runs of one shape: shop %v, want 1", s[inRun])
	}
	flat := make([]float32, 6, 6+len(extract.PageTypes))
	first, second := flat[:3], flat[3:]
	second[0] = 4
	if got := withExtra(first, []float32{9}); len(got) != 4 || second[0] != 4 {
		t.Errorf("withExtra: %d values, the next row starts %v; want 4 and 4", len(got), second[0])
	}
	if typeIndex("forum") != 1 || typeIndex("") != 0 {
		t.Errorf("typeIndex: forum %d, none %d", typeIndex("forum"), typeIndex(""))
	}
}

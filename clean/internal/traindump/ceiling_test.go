package main

import (
	"math"
	"testing"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/pipeline"
)

// The labels' figures bound the model's: with the article's paragraphs
// labelled and the menu not, taking the labelled blocks gives the gold
// exactly, and a model unsure of a paragraph scores below the labels.
func TestCeilings(t *testing.T) {
	paras := []string{
		"Home | World | Sport | Weather",
		"The city council approved the new budget on Tuesday after a long debate about transport.",
		"Members agreed to spend more on buses and cycle lanes over the next three years.",
		"The mayor said the plan would cut traffic in the centre and make the air cleaner.",
		"Subscribe to our newsletter",
	}
	gold := paras[1] + "\n" + paras[2] + "\n" + paras[3]
	d := &dump{page: &page{id: "p", gold: gold}, renderer: "w3m"}
	for i, p := range paras {
		d.blocks = append(d.blocks, pipeline.Block{Start: 2*i + 1, End: 2*i + 1, Text: p})
		y := float32(0)
		if i >= 1 && i <= 3 {
			y = 1
		}
		d.y = append(d.y, y)
	}
	unsure := []float64{0.1, 0.9, 0.9, 0.02, 0.1}
	learned, labelled, perfect := ceilings([]*dump{d, d}, [][]float64{unsure, nil}, clean.DumpModel{Theta: 0.35, Cost: 2})
	if perfect[0] != 1 {
		t.Errorf("every labelled block: F1 %v, want 1", perfect[0])
	}
	if labelled[0] != 1 {
		t.Errorf("labels through the search: F1 %v, want 1", labelled[0])
	}
	if !(learned[0] < labelled[0]) {
		t.Errorf("learned F1 %v not below the labels' %v", learned[0], labelled[0])
	}
	if !math.IsNaN(learned[1]) || !math.IsNaN(labelled[1]) || !math.IsNaN(perfect[1]) {
		t.Errorf("a dump without probabilities is scored: %v %v %v", learned[1], labelled[1], perfect[1])
	}
}

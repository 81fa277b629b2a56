package index

import (
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
)

func TestQualityBounds(t *testing.T) {
	recs := []struct {
		id string
		q  map[string]float64
	}{
		{"a", map[string]float64{"word_count": 10, "punct_ratio": 0.5}},
		{"b", map[string]float64{"word_count": 50}},
		{"c", nil},
		{"d", map[string]float64{"word_count": 200, "punct_ratio": 0.01}},
		{"e", map[string]float64{"word_count": 100.5, "punct_ratio": 0.1, "late_key": 3}},
	}
	path := filepath.Join(t.TempDir(), "q.jsonl")
	w, err := sink.CreateJSONL(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if err := w.Write(&pipeline.Record{ID: r.id, Text: "some words " + r.id, Quality: r.q}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	ix := open(t, path, Options{})
	if got := strings.Join(ix.QualityKeys(), ","); got != "late_key,punct_ratio,word_count" {
		t.Errorf("quality keys %s", got)
	}
	tests := []struct {
		min, max map[string]float64
		text     string
		want     string
		note     bool
	}{
		{nil, nil, "", "a,b,c,d,e", false},
		{map[string]float64{"word_count": 50}, nil, "", "b,d,e", false},
		{nil, map[string]float64{"word_count": 100.5}, "", "a,b,e", false},
		{map[string]float64{"word_count": 50}, map[string]float64{"word_count": 100}, "", "b", false},
		{nil, map[string]float64{"punct_ratio": 0.2}, "", "d,e", false}, // b lacks the signal
		{map[string]float64{"word_count": 11}, map[string]float64{"punct_ratio": 0.2}, "", "d,e", false},
		{map[string]float64{"late_key": 0}, nil, "", "e", false}, // a key first seen late
		{map[string]float64{"word_count": 1}, nil, "words", "a,b,d,e", false},
		{map[string]float64{"nope": 1}, nil, "", "", true},
	}
	for _, tt := range tests {
		res, err := ix.Search(Query{Text: tt.text, Min: tt.min, Max: tt.max, Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(ids(t, ix, res.Rows), ","); got != tt.want || res.Total != len(res.Rows) {
			t.Errorf("min %v max %v: %s (%d), want %s", tt.min, tt.max, got, res.Total, tt.want)
		}
		if (len(res.Notes) > 0) != tt.note {
			t.Errorf("min %v max %v: notes %v", tt.min, tt.max, res.Notes)
		}
	}
	if _, err := ix.Search(Query{Min: map[string]float64{"word_count": math.NaN()}}); err == nil {
		t.Error("a NaN bound is taken")
	}
	// The columns are read back from disk by a second opening.
	ix2 := open(t, path, Options{})
	res, err := ix2.Search(Query{Min: map[string]float64{"word_count": 50}, Limit: 10})
	if err != nil || strings.Join(ids(t, ix2, res.Rows), ",") != "b,d,e" {
		t.Errorf("reopened: %v %v", res, err)
	}
}

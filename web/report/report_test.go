package report

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/akhbar/akhbar/pipeline"
)

var testCorpus = filepath.Join("..", "testdata", "corpus.jsonl")

func fixedNow() time.Time { return time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC) }

func TestBuildTestdata(t *testing.T) {
	s, err := Build(context.Background(), []string{testCorpus}, Options{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	if s.Records != 6 || s.Rejects != 3 {
		t.Errorf("records %d rejects %d, want 6 and 3", s.Records, s.Rejects)
	}
	got := map[string]int64{}
	for _, c := range s.Langs {
		got[c.Key] = c.Docs
	}
	want := map[string]int64{"hin_Deva": 1, "eng_Latn": 2, "tam_Taml": 2, "ben_Beng": 1}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("lang %s: %d docs, want %d (all: %v)", k, got[k], v, got)
		}
	}
	roles := map[string]int64{}
	for _, r := range s.Removed {
		roles[r.Role] = r.Units
	}
	// The seed alone: 8 metadata lines, 2 boilerplate, 1 related, 12
	// repeated; eng-1 adds 1 metadata and 2 boilerplate; tam-1/2 one
	// metadata each; ben-1 5 boilerplate blocks; xss-1 1 boilerplate.
	wantRoles := map[string]int64{"metadata": 11, "boilerplate": 10, "related": 1, "repeated": 12}
	for k, v := range wantRoles {
		if roles[k] != v {
			t.Errorf("removed %s: %d, want %d (all %v)", k, roles[k], v, roles)
		}
	}
	rej := map[string]int64{}
	for _, c := range s.RejectReasons {
		rej[c.Key] = c.Docs
	}
	if rej["empty"] != 2 || rej["binary"] != 1 {
		t.Errorf("reject reasons %v", rej)
	}
	if s.Undated != 1 {
		t.Errorf("undated %d, want 1 (ben-1)", s.Undated)
	}
	// 2023-12 .. 2024-07, gaps filled in.
	if len(s.Months) != 8 || s.Months[0].Month != "2023-12" || s.Months[7].Month != "2024-07" || s.Months[7].Docs != 3 {
		t.Errorf("months %+v", s.Months)
	}
	if s.Dup.Records != 3 || s.Dup.Keepers != 2 || s.Dup.Clusters != 2 {
		t.Errorf("dup %+v", s.Dup)
	}
	var sizes []int64
	for _, b := range s.Dup.Sizes {
		sizes = append(sizes, b.Clusters)
	}
	if len(sizes) != 2 || sizes[0] != 1 || sizes[1] != 1 {
		t.Errorf("dup sizes %+v, want one cluster of 1 and one of 2", s.Dup.Sizes)
	}
	names := []string{}
	for _, q := range s.Quality {
		names = append(names, q.Name)
	}
	if strings.Join(names, ",") != "alpha_ratio,boilerplate_share,lang_score,mean_word_len" {
		t.Errorf("signals %v", names)
	}
	if len(s.Notes) != 0 {
		t.Errorf("notes on a small corpus: %v", s.Notes)
	}
}

func TestWriteEscapes(t *testing.T) {
	s, err := Build(context.Background(), []string{testCorpus}, Options{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, s); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, bad := range []string{"<script>alert", "<b>site</b>", "</script><script>alert(3)", "<i>flag</i>", "<b>why</b>"} {
		if strings.Contains(page, bad) {
			t.Errorf("page carries unescaped %q", bad)
		}
	}
	for _, want := range []string{"Chart.js v" + "4", `id="chart-langs"`, `id="total-records">6<`, "Permission is hereby granted"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(page, "src=\"http") || strings.Contains(page, "href=\"http") {
		t.Error("page loads something from the network")
	}
}

func TestAggregatorBounded(t *testing.T) {
	a := NewAggregator()
	for i := range maxKeys * 3 {
		site := "site-" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + string(rune(i))
		a.Add(&pipeline.Record{Site: site, Lang: "hin_Deva", Text: "एक दो",
			Quality: map[string]float64{"q" + string(rune('a'+i%100)): float64(i)}})
	}
	for range 500 {
		a.Add(&pipeline.Record{Site: "big", Lang: "hin_Deva", Text: "एक"})
	}
	s := a.Summary()
	if s.Sites[0].Key != "big" {
		t.Errorf("top site %+v, want big", s.Sites[0])
	}
	if a.sites.Len() > maxKeys || len(a.quality) > maxSignals {
		t.Errorf("holds %d sites, %d signals", a.sites.Len(), len(a.quality))
	}
	if !s.Approx["sites"] || s.Approx["languages"] {
		t.Errorf("approx %v: sites overflowed, languages did not", s.Approx)
	}
	if len(s.Notes) < 2 {
		t.Errorf("notes %v: want the estimate of sites and dropped signals said", s.Notes)
	}
}

func TestMonth(t *testing.T) {
	for in, want := range map[string]string{
		"2024-07-03T19:43:00+05:30": "2024-07", "2024-07-03": "2024-07", "2024-13-01": "", "": "", "July 2024": "",
	} {
		got, _ := month(in)
		if got != want {
			t.Errorf("month(%q) = %q, want %q", in, got, want)
		}
	}
}

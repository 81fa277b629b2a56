package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/source"
	"github.com/akhbar/akhbar/steps"
)

// explain prints every block with its score and role, for text dumps and
// HTML pages alike, and for HTML how the publication date was chosen.
func TestExplain(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	para := "<p>" + strings.Repeat("The council approved the budget after a long debate on Monday evening. ", 4) + "</p>"
	html := `<html lang="en"><head><title>Budget approved</title>
<script type="application/ld+json">{"@type":"Recipe","name":"Budget approved","datePublished":"2019-07-04"}</script></head>
<body><h1>Budget approved</h1>` + para + para + `</body></html>`
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		want       []string
	}{
		{"text dump", "../../testdata/seed/000_6b62018fc8430769.txt", []string{"body search: blocks", "the dump model's", "body/", "metadata/title"}},
		{"html page", page, []string{"body/", `published "" via ""`, "refused: a stamp the page never shows"}},
	}
	for _, tc := range tests {
		var out bytes.Buffer
		if err := runExplain(context.Background(), "auto", tc.path, &out); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		for _, w := range tc.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%s: output lacks %q:\n%s", tc.name, w, out.String())
			}
		}
	}
}

// explain shows the roles clean gives a page's blocks, for an HTML page
// and for a text dump (where the body search runs on the dump model's
// scores, as in clean): the same steps decide both.
func TestExplainMatchesClean(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	para := "<p>" + strings.Repeat("The council approved the budget after a long debate on Monday evening. ", 4) + "</p>"
	html := `<html lang="en"><head><title>Budget approved</title></head><body>
<nav><ul><li><a href="/">Skip to content</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<h1>Budget approved</h1>` + para + para + `<footer><p>Copyright 2024 Example News. All rights reserved.</p></footer></body></html>`
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{page, "../../testdata/seed/000_6b62018fc8430769.txt", "../../extract/testdata/html-to-text.txt"} {
		var out bytes.Buffer
		if err := runExplain(context.Background(), "auto", path, &out); err != nil {
			t.Fatal(err)
		}
		var roles []string
		err := source.Read(context.Background(), source.Input{Path: path}, source.Options{}, func(it pipeline.Item) error {
			d := pipeline.NewDoc(it)
			for _, s := range steps.Build(steps.Config{}) {
				if err := s.Run(d); err != nil {
					return err
				}
			}
			for _, b := range d.Blocks {
				roles = append(roles, string(b.Role)+"/"+b.Reason)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, l := range strings.Split(out.String(), "\n") {
			if len(l) > 5 && strings.Contains(l, " L") && !strings.HasPrefix(l, "==") && !strings.HasPrefix(l, "page type") &&
				!strings.HasPrefix(l, "published") && !strings.HasPrefix(l, "block scores") && !strings.HasPrefix(l, "body search") {
				lines = append(lines, l)
			}
		}
		if len(lines) != len(roles) || len(roles) == 0 {
			t.Fatalf("%s: explain printed %d blocks, clean made %d:\n%s", path, len(lines), len(roles), out.String())
		}
		for i, r := range roles {
			if !strings.Contains(lines[i], " "+r+" ") {
				t.Errorf("%s: block %d: clean says %s, explain shows %q", path, i, r, lines[i])
			}
		}
	}
}

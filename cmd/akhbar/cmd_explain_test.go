package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
		{"text dump", "../../testdata/seed/000_6b62018fc8430769.txt", []string{"body search: blocks", "body/", "metadata/title"}},
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

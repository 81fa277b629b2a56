package steps

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/akhbar/akhbar/pipeline"
)

// keepPage is a made-up dump with what a cleaner takes out around a body:
// a menu, a headline, a byline and a date, the story twice, an "also
// read" line and a rights line.
const keepPage = `Home | World | Sport | Business

Harbour reopens after the winter storms

By Jane Smith
Published: 3 March 2025, 10:15 IST

The harbour reopened on Monday after three weeks in which the winter storms kept every boat in port, the port authority said.

Fishermen who had waited since February were the first to leave, and the market expects its stalls to be full again by the weekend.

The harbour reopened on Monday after three weeks in which the winter storms kept every boat in port, the port authority said.

Also read: Storm damage along the coast

© 2025 Example News. All rights reserved.
`

func runDoc(t *testing.T, cfg Config, format, body string) *pipeline.Doc {
	t.Helper()
	d := pipeline.NewDoc(pipeline.Item{ID: "x", Source: pipeline.Source{Format: format}, Body: []byte(body)})
	for _, s := range Build(cfg) {
		if err := s.Run(d); err != nil {
			t.Fatalf("%s: %v", s.Name, err)
		}
	}
	return d
}

func TestKeepText(t *testing.T) {
	now := time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)
	cleaned := runDoc(t, Config{Now: now}, "text", keepPage).Record
	kept := runDoc(t, Config{Now: now, KeepText: true}, "text", keepPage).Record

	var lines []string
	for l := range strings.Lines(keepPage) {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if got := strings.Split(kept.Text, "\n\n"); !slices.Equal(got, lines) {
		t.Errorf("kept text has paragraphs\n%q\nwant every line of the input\n%q", got, lines)
	}
	if len(cleaned.Text) >= len(kept.Text) {
		t.Errorf("the cleaner kept %d bytes of the page, KeepText %d: the test page has nothing to take out", len(cleaned.Text), len(kept.Text))
	}
	// The fields are read as without the switch.
	if kept.Title != cleaned.Title || !slices.Equal(kept.Authors, cleaned.Authors) || kept.Published != cleaned.Published {
		t.Errorf("fields with KeepText %q %q %v, without %q %q %v", kept.Title, kept.Authors, kept.Published, cleaned.Title, cleaned.Authors, cleaned.Published)
	}
	if kept.Title == "" || len(kept.Authors) == 0 {
		t.Errorf("no title or author read: %q %q", kept.Title, kept.Authors)
	}
	if len(kept.ParaLangs) != len(lines) {
		t.Errorf("%d paragraph languages for %d paragraphs", len(kept.ParaLangs), len(lines))
	}
	reasons := 0
	for _, s := range kept.Spans {
		if s.Role != pipeline.RoleBody && s.Role != pipeline.RoleBlank {
			t.Errorf("span %d-%d is %s (%s) with KeepText", s.Start, s.End, s.Role, s.Reason)
		}
		if strings.HasPrefix(s.Reason, "kept:") {
			reasons++
		}
	}
	if reasons == 0 {
		t.Errorf("no span says what the cleaner would have taken out: %+v", kept.Spans)
	}
}

// TestKeepTextHTML: the switch is for text; an HTML page is cleaned as
// always.
func TestKeepTextHTML(t *testing.T) {
	page := "<html><head><title>Harbour reopens</title></head><body><nav><a href=/>Home</a> <a href=/w>World</a></nav>" +
		"<article><h1>Harbour reopens</h1><p>" + strings.Repeat("The harbour reopened on Monday after the storms. ", 8) + "</p></article>" +
		"<footer>© 2025 Example News</footer></body></html>"
	now := time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)
	a := runDoc(t, Config{Now: now}, "html", page).Record
	b := runDoc(t, Config{Now: now, KeepText: true}, "html", page).Record
	if a.Text != b.Text || !slices.EqualFunc(a.Spans, b.Spans, func(x, y pipeline.Span) bool { return x.Role == y.Role && x.Reason == y.Reason }) {
		t.Errorf("KeepText changed an HTML page:\n%q\n%q", a.Text, b.Text)
	}
	if strings.Contains(a.Text, "Example News") {
		t.Errorf("the HTML page kept its footer: %q", a.Text)
	}
}

package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/akhbar/akhbar/pipeline"
	"golang.org/x/net/html"
)

func TestParseStructured(t *testing.T) {
	ist := loadZone("Asia/Kolkata")
	berlin := loadZone("Europe/Berlin")
	tests := []struct {
		in   string
		zone *time.Location
		want string
	}{
		{"2024-07-03T19:43:00+05:30", nil, "2024-07-03T19:43:00+05:30"},
		{"2024-07-03T14:13:00Z", ist, "2024-07-03T19:43:00+05:30"},
		{"2021-11-04T23:00Z", berlin, "2021-11-05T00:00:00+01:00"},
		{"2020-12-05T23:15:0Z", nil, "2020-12-05T23:15:00Z"},
		{"2024-07-03", ist, "2024-07-03"},
		{"2024-07-03 19:43:00", nil, "2024-07-03"},
		{"20240703", nil, "2024-07-03"},
		{"2022-01-27T18:34:20+0100", nil, "2022-01-27T18:34:20+01:00"},
		{"Wed, 04 May 2022 02:41:00 GMT", nil, "2022-05-04T02:41:00Z"},
		{"1700000000", nil, "2023-11-14T22:13:20Z"},
		{"2024-02-30", nil, ""},
		{"1990-01-01", nil, ""},
		{"2999-01-01", nil, ""},
		{"Di., 25.01.2022", nil, "2022-01-25"},
		{"Jul 3, 2024, 7:43 PM IST", nil, "2024-07-03T19:43:00+05:30"},
		{"3 जुलाई 2024", nil, "2024-07-03"},
		{"no date here", nil, ""},
	}
	for _, tc := range tests {
		got, _ := parseStructuredIn(tc.in, tc.zone, testNow)
		if string(got) != tc.want {
			t.Errorf("%q in %v: %q, want %q", tc.in, tc.zone, got, tc.want)
		}
	}
}

func TestCleanAuthors(t *testing.T) {
	tests := []struct {
		in    []string
		sites []string
		want  string
	}{
		{[]string{"By Jane Doe and John Roe"}, nil, "Jane Doe; John Roe"},
		{[]string{"Von Christoph von Ritter"}, nil, "Christoph von Ritter"},
		{[]string{"Post author By Helge Fahrnberger"}, nil, "Helge Fahrnberger"},
		{[]string{"Janic Cathomen, 01.12.2021"}, nil, "Janic Cathomen"},
		{[]string{"Grant Tinsley, PhD"}, nil, "Grant Tinsley"},
		{[]string{"https://example.com/author/x", "@handle"}, nil, ""},
		{[]string{"Olympia-Verlag GmbH, Nürnberg"}, nil, ""},
		{[]string{"Example News"}, []string{"Example News"}, ""},
		{[]string{"Daniel Lemire"}, []string{"lemire"}, "Daniel Lemire"},
		{[]string{"admin"}, nil, ""},
		{[]string{"Veröffentlicht am"}, nil, ""},
		{[]string{"लेखक: रवि कुमार"}, nil, "रवि कुमार"},
		{[]string{"Zeige alle Beiträge von mywakenews"}, nil, "mywakenews"},
		{[]string{"View all posts by Jane Doe"}, nil, "Jane Doe"},
		{[]string{"Alle Beiträge von Anna Muster anzeigen"}, nil, "Anna Muster"},
		{[]string{"Auteurs"}, nil, ""},
		{[]string{"Auteur(s)"}, nil, ""},
		{[]string{"Olivier Minot Olivier Minot"}, nil, "Olivier Minot"},
		{[]string{"Li Li"}, nil, "Li Li"},
		{[]string{"Publiziert am"}, nil, ""},
		{[]string{"Redacción EC"}, nil, ""},
		{[]string{"Фото из Инстаграма Лукаша Подольски"}, nil, ""},
		{[]string{"Foto: Anna Muster"}, nil, ""},
		{[]string{"Bundesministerium für Wirtschaft und Klimaschutz"}, nil, ""},
		{[]string{"By Jane Doe, Special for USA Today"}, nil, "Jane Doe"},
		{[]string{"Text & Fotos: Anna Muster"}, nil, "Anna Muster"},
		{[]string{"Eingestellt von der Michel"}, nil, "der Michel"},
		{[]string{"By Glen Owen And Brendan Carlin For The Mail On Sunday"}, nil, "Glen Owen; Brendan Carlin"},
		{[]string{"Richard David Precht im Gespräch mit Karin Fischer"}, nil, "Richard David Precht; Karin Fischer"},
		{[]string{"ACTUALIZADO A"}, nil, ""},
	}
	for _, tc := range tests {
		if got := strings.Join(cleanAuthors(tc.in, tc.sites...), "; "); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStripSite(t *testing.T) {
	m := &pageMeta{site: "Example Times", canonical: "https://www.example.com/a"}
	tests := map[string]string{
		"Headline here | Example Times": "Headline here",
		"Example Times - Headline here": "Headline here",
		"Headline here - example.com":   "Headline here",
		"Headline - with a dash in it":  "Headline - with a dash in it",
		"Headline only":                 "Headline only",
	}
	for in, want := range tests {
		if got := m.stripSite(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

func TestWeakDateSource(t *testing.T) {
	for _, s := range []string{"© 2017 Example GmbH", "Peter sagt: 24. August 2019", "/wp-content/uploads/2020/04/x.jpg", "Last updated: 13 July 2020"} {
		if !weakDateSource().MatchString(s) {
			t.Errorf("%q should be a weak source", s)
		}
	}
	for _, s := range []string{"2019-10-18", "Published 3 July 2024", "https://example.com/2019/10/18/story"} {
		if weakDateSource().MatchString(s) {
			t.Errorf("%q should not be a weak source", s)
		}
	}
}

func TestVisibleByline(t *testing.T) {
	blk := func(texts ...string) []pipeline.Block {
		var out []pipeline.Block
		for i, s := range texts {
			role := pipeline.RoleBoilerplate
			if strings.HasPrefix(s, "Body") {
				role = pipeline.RoleBody
			}
			out = append(out, pipeline.Block{Start: i, End: i, Text: s, Role: role})
		}
		return out
	}
	tests := []struct {
		blocks []pipeline.Block
		want   string
	}{
		{blk("Menu", "The Headline", "ByJ.R. Stone", "Body text"), "J.R. Stone"},
		{blk("The Headline", "Autor:", "Peter Maahn", "Body text"), "Peter Maahn"},
		{blk("The Headline", "Body text", "Body more", "Posted by freeman1984 on 10 December 2019"), "freeman1984"},
		{blk("The Headline", "Body text", "Veröffentlicht am 8. Februar 2022 von PETA-Team"), "PETA-Team"},
		{blk("The Headline", "Body text", "von der Fahrbahn abgekommen"), ""},
		{blk("The Headline", "Body text", "Sign up by email"), ""},
		{blk("The Headline", "Body 1", "Body 2", "Body 3", "Body 4", "Body 5", "Text: Klausmartin Friedrich", "Body 6", "Body 7", "Body 8", "Body 9", "Autor: Klausmartin Friedrich"), "Klausmartin Friedrich"},
		{blk("The Headline", "Body text", "Autor: red"), ""},
		{blk("The Headline", "---- by Kenneth Surin", "Body text"), "Kenneth Surin"},
		{blk("The Headline", "Body text", "Text: Die Geschichte eines langen Weges zum Erfolg"), ""},
	}
	// A headline that starts like a byline is still the headline.
	hl := blk("Von Sprachregeln, Gender-Politik und Deutsch", "Body text", "Autor: Fritz Imhof")
	if got := strings.Join(visibleByline(hl, hl[0].Text, nil, testNow), "; "); got != "Fritz Imhof" {
		t.Errorf("headline as byline: %q", got)
	}
	for _, tc := range tests {
		got := strings.Join(visibleByline(tc.blocks, "The Headline", nil, testNow), "; ")
		if got != tc.want {
			t.Errorf("%v: %q, want %q", tc.blocks, got, tc.want)
		}
	}
}

func TestParenSignOff(t *testing.T) {
	body := func(last string) []pipeline.Block {
		return []pipeline.Block{{Text: "Headline"}, {Text: "First paragraph.", Role: pipeline.RoleBody}, {Text: last, Role: pipeline.RoleBody}, {Text: "Footer"}}
	}
	tests := map[string]string{
		"Die Gemeindepolitik bleibt spannend. (Christian P. Stadtfeld) +++": "Christian P. Stadtfeld",
		"Die Gemeindepolitik bleibt spannend. (dpa)":                        "",
		"Sie sagte es selbst (Angela Merkel) im Interview.":                 "",
	}
	for last, want := range tests {
		if got := strings.Join(parenSignOff(body(last), nil), "; "); got != want {
			t.Errorf("%q: %q, want %q", last, got, want)
		}
	}
}

// testNow pins the reference time of the date readers in tests, so that
// no test depends on the clock.
var testNow = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// TestFigureImage: a figcaption's picture is its figure's first <img>, or
// the <amp-img> an AMP page writes in its place.
func TestFigureImage(t *testing.T) {
	for _, c := range []struct{ page, want string }{
		{`<figure><img src="/a.jpg"><figcaption>A caption</figcaption></figure>`, "/a.jpg"},
		{`<figure><amp-img src="/b.jpg" width="4" height="3" layout="responsive"></amp-img><figcaption>A caption</figcaption></figure>`, "/b.jpg"},
		{`<figure><amp-img src="/c.jpg"><noscript><img src="/d.jpg"></noscript></amp-img><figcaption>A caption</figcaption></figure>`, "/c.jpg"},
		{`<div><figcaption>No figure</figcaption></div>`, ""},
	} {
		doc, err := html.Parse(strings.NewReader(c.page))
		if err != nil {
			t.Fatal(err)
		}
		var cap *html.Node
		var find func(*html.Node)
		find = func(n *html.Node) {
			if n.Type == html.ElementNode && n.Data == "figcaption" {
				cap = n
			}
			for k := n.FirstChild; k != nil; k = k.NextSibling {
				find(k)
			}
		}
		find(doc)
		if got := figureImage(cap); got != c.want {
			t.Errorf("%s: figureImage = %q, want %q", c.page, got, c.want)
		}
	}
}

package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

func extractFile(t *testing.T, name string, it pipeline.Item) *pipeline.Doc {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	it.ID, it.Body = strings.TrimSuffix(name, ".html"), b
	d := pipeline.NewDoc(it)
	if err := HTMLWith(d, HTMLOptions{FastDates: true, RulesOnly: true, Now: testNow}); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	d.Assemble()
	return d
}

func TestHTMLArticle(t *testing.T) {
	d := extractFile(t, "article.html", pipeline.Item{})
	r := d.Record
	checks := []struct{ field, got, want string }{
		{"title", r.Title, "जयशंकर ने लावरोव से मुलाकात की"},
		{"authors", strings.Join(r.Authors, "; "), "Ravi Kumar; Anita Rao"},
		{"published", string(r.Published), "2024-07-03T19:43:00+05:30"},
		{"updated", string(r.Updated), "2024-07-04T08:00:00+05:30"},
		{"site", r.Site, "Example Samachar"},
		{"section", r.Section, "international"},
		{"keywords", strings.Join(r.Keywords, ","), "जयशंकर,लावरोव,SCO"},
		{"summary", r.Summary, "अस्ताना में दोनों नेताओं ने द्विपक्षीय मुद्दों पर चर्चा की।"},
		{"url", r.URL, "https://samachar.example/international/jaishankar-lavrov-123"},
		{"unit", r.Source.Unit, "block"},
		{"headings", strings.Join(r.Headings, "|"), "व्यापार पर ज़ोर"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	for _, in := range []string{"नई दिल्ली: विदेश मंत्री", "विशेषाधिकार प्राप्त रणनीतिक साझेदारी"} {
		if !strings.Contains(r.Text, in) {
			t.Errorf("text lacks %q", in)
		}
	}
	for _, out := range []string{"होम", "Copyright", "मोदी और पुतिन", "By Ravi Kumar", "फ़ाइल फ़ोटो"} {
		if strings.Contains(r.Text, out) {
			t.Errorf("text has %q:\n%s", out, r.Text)
		}
	}
	if len(r.Images) != 1 || r.Images[0].URL != "https://samachar.example/img/lead.jpg" ||
		r.Images[0].Caption != "अस्ताना में जयशंकर और लावरोव (फ़ाइल फ़ोटो)" {
		t.Errorf("images %+v", r.Images)
	}
	if r.Copyright != "Copyright © 2024 Example Samachar. All rights reserved." {
		t.Errorf("copyright %q", r.Copyright)
	}
	if len(r.Related) != 2 || r.Related[0].URL != "https://samachar.example/international/modi-putin-456" {
		t.Errorf("related %+v", r.Related)
	}
	// Every block is accounted for, in order, with a role.
	for i, b := range d.Blocks {
		if b.Start != i || b.End != i || b.Role == pipeline.RoleUnknown {
			t.Errorf("block %d: %+v", i, b)
		}
		if b.Role != pipeline.RoleBody && b.Reason == "" {
			t.Errorf("block %d %q: role %s without a reason", i, b.Text, b.Role)
		}
	}
	if d.Item.Meta["html_lang"] != "hi" {
		t.Errorf("html_lang %q", d.Item.Meta["html_lang"])
	}
}

func TestHTMLLegacyCharset(t *testing.T) {
	d := extractFile(t, "cp1252.html", pipeline.Item{})
	if d.Record.Title != "Café über alles" {
		t.Errorf("title %q", d.Record.Title)
	}
	if !strings.Contains(d.Record.Text, "„neuen“ Kuchen und die große Terrasse") {
		t.Errorf("text not decoded: %q", d.Record.Text)
	}
	if !strings.Contains(d.Item.Meta["charset"], "windows-1252") {
		t.Errorf("charset meta %q", d.Item.Meta["charset"])
	}
}

func TestHTMLEmpty(t *testing.T) {
	d := pipeline.NewDoc(pipeline.Item{ID: "x", Body: []byte("<html><body><script>var a;</script></body></html>")})
	if err := HTMLWith(d, HTMLOptions{FastDates: true, RulesOnly: true, Now: testNow}); err == nil {
		t.Errorf("a page without text is not a reject")
	}
}

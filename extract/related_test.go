package extract

import (
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// TestRelatedStampedLinks: in a container the page calls related, an
// item that is a headline link followed by its date or age is a related
// link, titled without the stamp, in any language; an item whose link is
// followed by other words, or preceded by text, is not.
func TestRelatedStampedLinks(t *testing.T) {
	para := "<p>" + strings.Repeat("The council met on Monday to talk about the river, the school and the market. ", 5) + "</p>"
	for _, c := range []struct {
		name, item string
		want       []string // related titles
	}{
		{"english age", `<a href="/news/river-rises-again">River rises again at the old bridge</a> <span class="ago">3 hours ago</span>`,
			[]string{"River rises again at the old bridge"}},
		{"hindi yesterday", `<a href="/news/nadi">नदी का पानी फिर से बढ़ा</a> <span>कल</span>`,
			[]string{"नदी का पानी फिर से बढ़ा"}},
		{"a date after a separator", `<a href="/news/market">Market opens on the new road</a> · <time>July 2, 2024</time>`,
			[]string{"Market opens on the new road"}},
		{"the link alone", `<a href="/news/school">School term starts next week</a>`,
			[]string{"School term starts next week"}},
		{"words that are no stamp", `<a href="/news/school">School term starts next week</a> <span>Education desk</span>`, nil},
		{"text before the link", `Read: <a href="/news/school">School term starts next week</a> <span>3 hours ago</span>`, nil},
		{"another site", `<a href="https://elsewhere.example/x">River rises again at the old bridge</a> <span>3 hours ago</span>`, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := `<html><head><title>Council meets | Example</title></head><body><article><h1>Council meets</h1>` + para + para + para +
				`</article><aside class="related-stories"><h3>More</h3><ul><li>` + c.item + `</li></ul></aside></body></html>`
			d := pipeline.NewDoc(pipeline.Item{ID: "x", Body: []byte(page), URL: "https://example.in/news/council"})
			if err := HTMLWith(d, HTMLOptions{FastDates: true, Now: testNow}); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range d.Record.Related {
				got = append(got, r.Title)
				if !strings.HasPrefix(r.URL, "https://example.in/news/") {
					t.Errorf("related URL %q", r.URL)
				}
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("related %q, want %q", got, c.want)
			}
		})
	}
}

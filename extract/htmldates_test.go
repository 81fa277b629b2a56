package extract

import (
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// page builds a small article page: head, then body parts in order.
func page(head string, body ...string) string {
	para := "<p>" + strings.Repeat("Der Verband legte am Montag seine Zahlen vor, und die Branche reagierte gelassen darauf. ", 4) + "</p>"
	return "<html lang=\"de\"><head><title>Zahlen des Verbands | Example</title>" + head + "</head><body>" +
		strings.Join(body, "") + "<article>" + para + para + para + "</article></body></html>"
}

func TestHTMLDates(t *testing.T) {
	const h1 = "<h1>Zahlen des Verbands</h1>"
	tests := []struct {
		name, html, want string
	}{
		{"header text date over a page's generic date",
			page(`<meta name="date" content="2019-12-09T19:00:49+01:00">`,
				h1, `<div class="date-article">mardi 10.12.2019</div>`),
			"2019-12-10"},
		{"header <time>",
			page("", h1, `<time datetime="2022-02-03T10:00:00+01:00">3. Februar 2022</time>`),
			"2022-02-03T10:00:00+01:00"},
		{"ticker items are other articles",
			page(`<meta property="article:published_time" content="2022-02-02T09:00:00+01:00">`,
				h1, `<ul class="ticker"><li><span>28.01.2022 – Tippspiel</span></li></ul>`),
			"2022-02-02T09:00:00+01:00"},
		{"a comment's date is the comment's",
			page(`<meta property="article:published_time" content="2022-02-02T09:00:00+01:00">`,
				h1, `<div class="comment"><div class="comment__date">04.02.2022 - 00:00 Uhr</div></div>`),
			"2022-02-02T09:00:00+01:00"},
		{"a date far below the headline is not the header's",
			page(`<meta property="article:published_time" content="2022-02-02T09:00:00+01:00">`,
				h1, strings.Repeat("<div>Ein kurzer Absatz</div>", 14), `<div>05.02.2022</div>`),
			"2022-02-02T09:00:00+01:00"},
	}
	for _, tc := range tests {
		d := pipeline.NewDoc(pipeline.Item{ID: "x", Body: []byte(tc.html), URL: "https://example.de/a"})
		if err := HTMLWith(d, HTMLOptions{FastDates: true}); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := string(d.Record.Published); got != tc.want {
			t.Errorf("%s: published %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestDayFirst(t *testing.T) {
	tests := []struct{ found, src, want string }{
		{"2022-04-02", "4. 2. 2022.", "2022-02-04"},
		{"2022-02-04", "04.02.2022 - 00:00 Uhr", "2022-02-04"},
		{"2022-04-02", "04/02/2022", "2022-04-02"}, // slashes: the month may come first
		{"2022-04-02", "2022-04-02T10:00:00", "2022-04-02"},
		{"2022-04-02", "31.02.2022", "2022-04-02"}, // not a day: htmldate's reading stays
	}
	for _, tc := range tests {
		if got := dayFirst(pipeline.Time(tc.found), tc.src); string(got) != tc.want {
			t.Errorf("%q from %q: %q, want %q", tc.found, tc.src, got, tc.want)
		}
	}
}

func TestNotPublication(t *testing.T) {
	tests := []struct{ raw, src string }{
		{`<script>{"session":{"accessToken":"x","expires":"2020-01-29T13:55:20.000Z"}}</script>`, "2020-01-29T13:55:20"},
		{`<!-- $Id: google_analytics.ccml 21 2014-06-01 13:09:34Z volker $ -->`, "2014-06-01 13:09:34"},
	}
	for _, tc := range tests {
		m := &pageMeta{raw: []byte(tc.raw)}
		if !m.notPublication(tc.src) {
			t.Errorf("%q in %s is a publication date", tc.src, tc.raw)
		}
	}
	m := &pageMeta{raw: []byte(`<script>{"datePublished":"2020-01-29T13:55:20Z"}</script>`)}
	if m.notPublication("2020-01-29T13:55:20") {
		t.Errorf("datePublished is not a publication date")
	}
}

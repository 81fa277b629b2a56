package extract

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"

	"github.com/akhbar/akhbar/dates"
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
		{"a site on UTC shows the UTC day",
			page("", h1, `<span><time class="entry-date published" datetime="2019-12-26T23:07:45+00:00" itemprop="datePublished">26/12/2019</time></span>`),
			"2019-12-26T23:07:45Z"},
		{"a site on local time shows the local day",
			page("", h1, `<span><time class="entry-date published" datetime="2019-12-26T23:07:45+00:00" itemprop="datePublished">27.12.2019</time></span>`),
			"2019-12-27T00:07:45+01:00"},
		{"the headline's copy in a news list above the article is not its header",
			page("", `<div class="latest"><h3>Zahlen des Verbands</h3><div>01.02.2022 16:28</div><h3>Andere Meldung des Tages</h3><div>30.01.2022 14:47</div></div>`,
				strings.Repeat("<li>Rubrik</li>", 12), h1, `<div>Erstellt am: 30.01.2022 18:36</div>`),
			"2022-01-30T18:36:00+01:00"},
		{"a meta list whose item is only the date, linked to the day's archive",
			page("", h1, `<ul class="nav meta"><li><a href="/time/2020-10-13" title="13 Oct 2020 18:29">13 Oct 2020 18:29</a></li></ul>`),
			"2020-10-13T18:29:00+02:00"},
		{"a date far below the headline is not the header's",
			page(`<meta property="article:published_time" content="2022-02-02T09:00:00+01:00">`,
				h1, strings.Repeat("<div>Ein kurzer Absatz</div>", 14), `<div>05.02.2022</div>`),
			"2022-02-02T09:00:00+01:00"},
	}
	for _, tc := range tests {
		d := pipeline.NewDoc(pipeline.Item{ID: "x", Body: []byte(tc.html), URL: "https://example.de/a"})
		if err := HTMLWith(d, HTMLOptions{FastDates: true, RulesOnly: true, Now: testNow}); err != nil {
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
		if got := dayFirst(pipeline.Time(tc.found), tc.src, testNow); string(got) != tc.want {
			t.Errorf("%q from %q: %q, want %q", tc.found, tc.src, got, tc.want)
		}
	}
}

func TestNotPublication(t *testing.T) {
	tests := []struct{ raw, src string }{
		{`<script>{"session":{"accessToken":"x","expires":"2020-01-29T13:55:20.000Z"}}</script>`, "2020-01-29T13:55:20"},
		{`<!-- $Id: google_analytics.ccml 21 2014-06-01 13:09:34Z volker $ -->`, "2014-06-01 13:09:34"},
		{"<!-- menu: first entry marked active; 25.05.2015 -->\n<div class=\"navbar\">", `25.05.2015 --> <div class="navbar">`},
		{`<meta name="generator" content="Joomla! - Open Source Content Management - Version 3.9.15" />`, `on 3.9.15"/> <title>`},
	}
	for _, tc := range tests {
		m := &pageMeta{raw: []byte(tc.raw)}
		if !m.notPublication(tc.src) {
			t.Errorf("%q in %s is a publication date", tc.src, tc.raw)
		}
	}
	for _, tc := range []struct{ raw, src string }{
		{`<script>{"datePublished":"2020-01-29T13:55:20Z"}</script>`, "2020-01-29T13:55:20"},
		{"<!-- nav --><p>Stand:\n 25.05.2015</p>", "Stand: 25.05.2015"},
	} {
		m := &pageMeta{raw: []byte(tc.raw)}
		if m.notPublication(tc.src) {
			t.Errorf("%q in %s is not taken for a publication date", tc.src, tc.raw)
		}
	}
}

func TestHTMLDateDay(t *testing.T) {
	tests := []struct{ found, src, want string }{
		{"2023-10-31", "Letzte Änderung: 31.10.2023 - 14:49:39Erschienen am: 01.11.2023 Lesungen: 61", "2023-11-01"},
		{"2020-05-05", "© 2020-05-05 Example GmbH", ""},
		{"2022-02-27", "Start 27/02/2022 Ende 27/03/2022 Hast Du noch Fragen?", ""},
		{"2024-07-01", "1 जुलाई 2024 से 5 जुलाई 2024 तक मेला", ""},
		{"2024-07-05", "अपडेटेड: 5 जुलाई 2024, 10:30 IST | प्रकाशित: 3 जुलाई 2024", "2024-07-03"},
		{"2024-07-05", "Updated: 05.07.2024", "2024-07-05"},
		{"2021-08-01", "In der Ausgabe 8/2021 hat die Verbraucherorganisation", ""},
		{"2022-01-01", `-2022_node.html"> <span aria-hidden="true"></span>`, ""},
		{"2022-02-01", "1. Februar 2022", "2022-02-01"},
		{"2024-07-01", "१ जुलाई २०२४ को प्रकाशित", "2024-07-01"},
		{"2022-02-01", "2022-02-01T10:00:00+01:00", "2022-02-01"},
		{"2021-11-19", "Datum: 19.11.2021 Autor: Fritz Imhof", "2021-11-19"},
	}
	for _, tc := range tests {
		dt, _ := time.Parse(time.DateOnly, tc.found)
		m := &pageMeta{lang: "de"}
		if got, _ := m.htmldateDay(htmldate.Result{DateTime: dt, SrcString: tc.src}); string(got) != tc.want {
			t.Errorf("%s from %q: %q, want %q", tc.found, tc.src, got, tc.want)
		}
	}
}

func TestUnshownStamp(t *testing.T) {
	ld := func(typ string) string {
		return `<script type="application/ld+json">{"@type":"` + typ + `","name":"Zahlen des Verbands","datePublished":"2019-07-04"}</script>`
	}
	const h1 = "<h1>Zahlen des Verbands</h1>"
	tests := []struct {
		name, html, url, want string
		flagged               bool
	}{
		{"a recipe's hidden database stamp", page(ld("Recipe"), h1), "https://example.de/rezept", "", true},
		{"a recipe that shows its date", page(ld("Recipe"), h1, "<p>Zahlen vom 4. Juli 2019 im Rückblick</p>"), "https://example.de/rezept", "2019-07-04", false},
		{"a recipe dated by its URL", page(ld("Recipe"), h1), "https://example.de/2019/07/04/rezept", "2019-07-04", false},
		{"an article's hidden date is kept", page(ld("NewsArticle"), h1), "https://example.de/a", "2019-07-04", false},
		{"a site's page (a WebPage, no article) with a hidden stamp", page(ld("WebPage"), h1), "https://example.de/ueber-uns", "", true},
		{"a page that says nothing of what it is keeps it", page("", h1, `<meta property="article:published_time" content="2019-07-04">`), "https://example.de/a", "2019-07-04", false},
	}
	for _, tc := range tests {
		d := pipeline.NewDoc(pipeline.Item{ID: "x", Body: []byte(tc.html), URL: tc.url})
		if err := HTMLWith(d, HTMLOptions{FastDates: true, RulesOnly: true, Now: testNow}); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := string(d.Record.Published); got[:min(len(got), 10)] != tc.want {
			t.Errorf("%s: published %q, want %q", tc.name, got, tc.want)
		}
		if got := slices.Contains(d.Record.Flags, "date-unshown"); got != tc.flagged {
			t.Errorf("%s: flag date-unshown %v, want %v", tc.name, got, tc.flagged)
		}
	}
}

func TestURLHasDate(t *testing.T) {
	tests := []struct {
		url  string
		want bool
	}{
		{"https://example.com/2019/07/04/story", true},
		{"https://example.com/news/20190704-story.html", true},
		{"https://example.com/meldungen/04-07-2019", true},
		{"https://example.com/2019/07/", true},
		{"https://example.com/2019/08/04/story", false},
		{"https://example.com/story-2019-7", true},
		{"https://web.archive.org/web/20080731095558/http://example.com/", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := urlHasDate(tc.url, 2019, 7, 4); got != tc.want {
			t.Errorf("urlHasDate(%q) = %v, want %v", tc.url, got, tc.want)
		}
	}
}

func TestOthersDate(t *testing.T) {
	const url = "https://example.de/magazin/a"
	teasers := func(date string) string {
		var b strings.Builder
		b.WriteString(`<ul class="recent">`)
		for i := range 3 {
			b.WriteString(`<li><a href="/magazin/story-` + strconv.Itoa(i) + `">Another story of the week</a> <span class="post-date">` + date + `</span></li>`)
		}
		return b.String() + "</ul>"
	}
	tests := []struct {
		name, body, src string
		want            bool
	}{
		{"a teaser in a list of recent posts", teasers("29. September 2020"), "29. September 2020", true},
		{"a reader's comment", `<div class="mo-comment-card"><strong>Muriel - Le 22/01/2020 à 12:01:03</strong></div>`, "Muriel - Le 22/01/2020 à 12:01:03", true},
		{"a customer rating", `<div class="ekomi-rating slide"><div>` + "\nKundenbewertung 02.05.2020\n" + `<span>um 08:11 Uhr</span></div></div>`, "Kundenbewertung 02.05.2020", true},
		{"a date cited in running text", `<p>In diesem Artikel finden Sie eine Übersicht zu den Pflichten gemäß Düngeverordnung (DüV vom 30.04.2020), und der Landesverordnung.</p>`, "30.04.2020), und der Landesverordnung.", true},
		{"the article's own date line", `<p class="meta">Veröffentlicht am 29. September 2020 von Anna</p>`, "Veröffentlicht am 29. September 2020", false},
		{"a dateline opening a paragraph", `<p>27.1.2022 - Bei der Erinnerung an die Verfolgten des Regimes sprach die Ministerin lange.</p>`, "27.1.2022 - Bei der Erinnerung", false},
		{"a list of the page's own facts", `<ul><li>Datum 23.05.2011</li><li>Ort Bonn</li><li><a href="/x">Mehr zum Thema hier</a></li></ul>`, "23.05.2011", false},
	}
	for _, tc := range tests {
		doc, err := html.Parse(strings.NewReader("<html><body>" + tc.body + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		m := &pageMeta{pageURL: url}
		if got := m.othersDate(doc, tc.src); got != tc.want {
			t.Errorf("%s: othersDate %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestOthersItem(t *testing.T) {
	const review = `<div itemscope itemtype="http://schema.org/LodgingBusiness"><div itemprop="review" itemscope itemtype="http://schema.org/Review"><meta itemprop="datePublished" content="2018-05-23"/>Bewertung vom 23.05.2018</div></div>`
	const article = `<div itemscope itemtype="http://schema.org/WebPage"><div itemprop="mainEntity" itemscope itemtype="http://schema.org/NewsArticle"><meta itemprop="datePublished" content="2018-05-23"/></div></div>`
	for _, tc := range []struct {
		name, body string
		want       bool
	}{
		{"a guest review of the flat", review, true},
		{"the article inside its page", article, false},
	} {
		doc, err := html.Parse(strings.NewReader("<html><body>" + tc.body + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		m := readMeta(doc, "https://example.de/a")
		if got := len(m.props["datepublished"]) == 0; got != tc.want {
			t.Errorf("%s: datePublished dropped %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestPeriodEnd(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"9-23 Feb 2017 | Mo-Fr 9–16", true},
		{"Ausstellung vom 9. bis 23. Februar 2017", true},
		{"Di., 23. Februar 2017", false},
		{"Berlin, 23. Februar 2017", false},
		{"प्रदर्शनी 9 से 23 फरवरी 2017 तक", true},
		{"नई दिल्ली, 23 फरवरी 2017", false},
	} {
		rs := dates.Find(tc.line, dates.Options{Lang: "de"})
		if len(rs) == 0 {
			t.Fatalf("%q: no date", tc.line)
		}
		if got := periodEnd().MatchString(tc.line[:rs[0].Start]); got != tc.want {
			t.Errorf("%q: period end %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestWordsAt(t *testing.T) {
	tests := []struct {
		raw   string
		words []string
		want  int
	}{
		{"Version 3.9.15 of", []string{"Version", "3.9.15"}, 0},
		{"x Version\n\t 3.9.15", []string{"Version", "3.9.15"}, 2},
		{"Version3.9.15 Version 3.9.15", []string{"Version", "3.9.15"}, 14},
		{"on 3.9.15", []string{"Version", "3.9.15"}, -1},
		{"a.b* a.b", []string{"a.b"}, 5 - 5},
	}
	for _, tc := range tests {
		if got := wordsAt([]byte(tc.raw), tc.words); got != tc.want {
			t.Errorf("wordsAt(%q, %q) = %d, want %d", tc.raw, tc.words, got, tc.want)
		}
	}
}

func TestHeadlineBlock(t *testing.T) {
	blocks := []pipeline.Block{
		{Tag: "div", Text: "Product"},
		{Tag: "h1", Text: "Acme introduces Gizmo: a better way to sort parcels"},
		{Tag: "div", Text: "Dec 18, 2025"},
		{Tag: "h2", Text: "A better way to sort parcels"},
		{Tag: "p", Text: "A better way to sort parcels, and a body that says more about it."},
	}
	for _, c := range []struct {
		title string
		want  int
	}{
		{"A better way to sort parcels", 3},                        // exact beats containing
		{"Acme introduces Gizmo: a better way to sort parcels", 1}, // exact
		{"Gizmo: a better way to sort parcels", 1},                 // the rules cut a kicker the <h1> keeps
		{"Acme introduces Gizmo: a better way to sort parcels | Acme Blog", 1},
		{"sort parcels", -1},         // under half of the heading
		{"Nothing like it here", -1}, // no heading holds it
		{"", -1},
	} {
		if got := headlineBlock(blocks, nil, fold(c.title)); got != c.want {
			t.Errorf("headlineBlock(%q) = %d, want %d", c.title, got, c.want)
		}
	}
}

// TestHTMLDateLeavesTreeAlone: go-htmldate prunes the page for its text
// search (footers, comments, frames...) in a view since v1.10 instead
// of on copies of the tree; the page's tree must read the same after
// the search, on a page with every kind of element it prunes and no
// date before the pruned search.
func TestHTMLDateLeavesTreeAlone(t *testing.T) {
	src := page(``,
		`<header><nav><a href="/a">Home</a></nav></header>`,
		`<iframe src="x"></iframe><svg><text>2019-01-01</text></svg><object></object><video></video>`,
		`<div class="comments"><p>Posted 2020-02-02</p></div><footer>© 2018-05-05</footer>`,
		`<aside id="sidebar"><time datetime="2017-07-07">7 July</time></aside><!-- 2016-06-06 -->`)
	for _, opts := range []htmldate.Options{{}, {UseOriginalDate: true}, {SkipExtensiveSearch: true}} {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		var before, after strings.Builder
		if err := html.Render(&before, doc); err != nil {
			t.Fatal(err)
		}
		if _, err := htmldate.FromDocument(doc, opts); err != nil {
			t.Fatal(err)
		}
		if err := html.Render(&after, doc); err != nil {
			t.Fatal(err)
		}
		if before.String() != after.String() {
			t.Errorf("options %+v: the tree changed:\nbefore %s\nafter  %s", opts, before.String(), after.String())
		}
	}
}

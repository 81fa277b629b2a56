package meta

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/pipeline"
)

func blocks(spec ...string) []pipeline.Block {
	// spec is role, reason, text triples.
	var out []pipeline.Block
	for i := 0; i+2 < len(spec); i += 3 {
		n := len(out) + 1
		out = append(out, pipeline.Block{Start: n, End: n, Role: pipeline.Role(spec[i]), Reason: spec[i+1], Text: spec[i+2]})
	}
	return out
}

func TestExtract(t *testing.T) {
	d := pipeline.NewDoc(pipeline.Item{ID: "x"})
	d.Record.PageType = "article"
	d.Blocks = blocks(
		"metadata", clean.ReasonBreadcrumb, "City Paper / Politics",
		"metadata", clean.ReasonTitle, "Council approves budget | City Paper",
		"metadata", clean.ReasonSummary, "The council voted after six hours of debate.",
		"metadata", clean.ReasonCaption, "The mayor at the meeting (Photo: PTI)",
		"metadata", clean.ReasonCaption, "The mayor at the meeting (Photo: PTI)",
		"metadata", clean.ReasonByline, "By Jane Doe and John Smith",
		"metadata", clean.ReasonDate, "Published: Jul 3, 2024, 7:43 PM EDT",
		"metadata", clean.ReasonDate, "Updated: Jul 4, 2024",
		"body", "", "WASHINGTON (AP) — The council approved the budget on Tuesday.",
		"body", clean.ReasonHeading, "What comes next",
		"related", clean.ReasonAlsoRead, "Also read: Parking rules change",
		"related", clean.ReasonRelated, "Related stories",
		"related", clean.ReasonRelated, "Mayor promises two hundred new teachers for the city",
		"metadata", clean.ReasonCopyright, "Copyright © 2024 City Paper",
		"repeated", clean.ReasonTitle, "A copied title is never the title",
	)
	Extract(d, Options{Now: time.Date(2024, 7, 10, 0, 0, 0, 0, time.UTC)})
	r := d.Record
	want := pipeline.Record{
		ID: "x", PageType: "article",
		Site: "City Paper", Section: "Politics", Title: "Council approves budget",
		Summary:  "The council voted after six hours of debate.",
		Authors:  []string{"Jane Doe", "John Smith"},
		Images:   []pipeline.Image{{Caption: "The mayor at the meeting", Credit: "Photo: PTI"}},
		Related:  []pipeline.Related{{Title: "Parking rules change"}, {Title: "Mayor promises two hundred new teachers for the city"}},
		Dateline: "WASHINGTON", Copyright: "Copyright © 2024 City Paper",
		Published: "2024-07-03T19:43:00-04:00", Updated: "2024-07-04",
	}
	if !reflect.DeepEqual(r, want) {
		t.Errorf("Extract =\n%+v\nwant\n%+v", r, want)
	}
}

// TestExtractKeepsStatedFields checks that fields an input stated
// outright are not overwritten from the text.
func TestExtractKeepsStatedFields(t *testing.T) {
	d := pipeline.NewDoc(pipeline.Item{ID: "x"})
	d.Record.Title, d.Record.Authors, d.Record.Published = "Stated title", []string{"Stated Author"}, "2020-01-01"
	d.Blocks = blocks(
		"metadata", clean.ReasonTitle, "Text title",
		"metadata", clean.ReasonByline, "By Someone Else",
		"metadata", clean.ReasonDate, "Published: Jul 3, 2024",
	)
	Extract(d, Options{Now: testNow})
	if d.Record.Title != "Stated title" || !reflect.DeepEqual(d.Record.Authors, []string{"Stated Author"}) || d.Record.Published != "2020-01-01" {
		t.Errorf("stated fields overwritten: %+v", d.Record)
	}
}

func TestExtractTitleFromBody(t *testing.T) {
	d := pipeline.NewDoc(pipeline.Item{ID: "x"})
	d.Record.PageType = "article"
	d.Blocks = blocks("body", "", "परिषद ने बजट को मंजूरी दी। इसमें छह घंटे लगे।")
	Extract(d, Options{Now: testNow})
	if d.Record.Title != "परिषद ने बजट को मंजूरी दी" || !reflect.DeepEqual(d.Record.Flags, []string{"title-from-body"}) {
		t.Errorf("title %q flags %q", d.Record.Title, d.Record.Flags)
	}
	// Not for pages that are not articles.
	d = pipeline.NewDoc(pipeline.Item{ID: "y"})
	d.Record.PageType = "listing"
	d.Blocks = blocks("body", "", "Some text here.")
	Extract(d, Options{Now: testNow})
	if d.Record.Title != "" {
		t.Errorf("a listing got the title %q", d.Record.Title)
	}
}

func TestExtractZone(t *testing.T) {
	// A Hindi page with a time and no zone is in IST, flagged.
	d := pipeline.NewDoc(pipeline.Item{ID: "x"})
	d.Blocks = blocks(
		"metadata", clean.ReasonDate, "Published : Jul 3, 2024, 7:43 PM",
		"body", "", "नई दिल्ली: विदेश मंत्री एस जयशंकर ने बुधवार को बातचीत की.",
	)
	Extract(d, Options{Now: testNow})
	if d.Record.Published != "2024-07-03T19:43:00+05:30" || !reflect.DeepEqual(d.Record.Flags, []string{"zone-assumed"}) {
		t.Errorf("published %q flags %q", d.Record.Published, d.Record.Flags)
	}
	// An English page without a zone keeps only the day.
	d = pipeline.NewDoc(pipeline.Item{ID: "y"})
	d.Blocks = blocks(
		"metadata", clean.ReasonDate, "Published : Jul 3, 2024, 7:43 PM",
		"body", "", "The council approved the budget on Tuesday.",
	)
	Extract(d, Options{Now: testNow})
	if d.Record.Published != "2024-07-03" || d.Record.Flags != nil {
		t.Errorf("published %q flags %q", d.Record.Published, d.Record.Flags)
	}
}

// TestExtractStatedLocalTime: a corpus's clock stated without a zone
// (Item.Meta published_local) is read in the site's zone when the page
// shows one, flagged; without one the day stays.
func TestExtractStatedLocalTime(t *testing.T) {
	tests := []struct {
		url, local, pub, want string
		flagged               bool
	}{
		{"https://news.example.in/a", "2024-07-03T14:05:00", "2024-07-03", "2024-07-03T14:05:00+05:30", true},
		{"https://news.example.com/a", "2024-07-03T14:05:00", "2024-07-03", "2024-07-03", false},
		// Another day than the record's: not the same time.
		{"https://news.example.in/a", "2024-07-02T14:05:00", "2024-07-03", "2024-07-03", false},
		// A full time in the record stays.
		{"https://news.example.in/a", "2024-07-03T14:05:00", "2024-07-03T08:00:00Z", "2024-07-03T08:00:00Z", false},
	}
	for _, tt := range tests {
		d := pipeline.NewDoc(pipeline.Item{ID: "x", URL: tt.url, Meta: map[string]string{"published_local": tt.local}})
		d.Record.Published = pipeline.Time(tt.pub)
		d.Blocks = blocks("body", "", "The council approved the budget on Tuesday.")
		Extract(d, Options{Now: testNow})
		if string(d.Record.Published) != tt.want || slices.Contains(d.Record.Flags, "zone-assumed") != tt.flagged {
			t.Errorf("%s %s: published %q flags %q, want %q", tt.url, tt.local, d.Record.Published, d.Record.Flags, tt.want)
		}
	}
}

// TestExtractStatedUTCTakesPageZone: a corpus's published time stated in
// UTC takes the page's own form when the page's published line names the
// same instant in its zone, and stays as stated otherwise.
func TestExtractStatedUTCTakesPageZone(t *testing.T) {
	tests := []struct {
		name, stated, line, want string
	}{
		{"same instant", "2024-07-03T05:00:00Z", "Published: 03 July 2024, 10:30 IST", "2024-07-03T10:30:00+05:30"},
		{"another instant", "2024-07-03T05:00:00Z", "Published: 03 July 2024, 11:30 IST", "2024-07-03T05:00:00Z"},
		{"no zone on the page's line", "2024-07-03T05:00:00Z", "Published: 03 July 2024", "2024-07-03T05:00:00Z"},
		{"stated with an offset", "2024-07-03T10:30:00+05:30", "Published: 03 July 2024, 10:30 IST", "2024-07-03T10:30:00+05:30"},
	}
	for _, tt := range tests {
		d := pipeline.NewDoc(pipeline.Item{ID: "x", URL: "https://news.example.in/a", Meta: map[string]string{"published": tt.stated}})
		d.Record.Published = pipeline.Time(tt.stated)
		d.Blocks = blocks("boilerplate", "date", tt.line, "body", "", "The council approved the budget on Tuesday.")
		Extract(d, Options{Now: testNow})
		if string(d.Record.Published) != tt.want {
			t.Errorf("%s: published %q, want %q", tt.name, d.Record.Published, tt.want)
		}
	}
}

// TestScriptTable checks the rune table against the definition: the first
// script of the list a letter or mark belongs to.
func TestScriptTable(t *testing.T) {
	table := scriptTable()
	for r := rune(0); r < 0x10000; r++ {
		want := 0
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			for i, s := range scripts {
				if unicode.Is(s, r) {
					want = i + 1
					break
				}
			}
		}
		if int(table[r]) != want {
			t.Fatalf("scriptTable[%U] = %d, want %d", r, table[r], want)
		}
	}
}

func TestDominantScript(t *testing.T) {
	tests := []struct {
		in   string
		want *unicode.RangeTable
	}{
		{"", nil},
		{"123 !?", nil},
		{"Hi दुनिया", unicode.Devanagari}, // vowel signs are marks, not letters
		{"Hello world ನಮಸ್ಕಾರ", unicode.Latin},
		{"ab कख", unicode.Latin}, // a tie: the script listed first
		{"𠀀𠀁 a", unicode.Han},    // outside the table
	}
	for _, tt := range tests {
		if got := dominantScript(tt.in); got != tt.want {
			t.Errorf("dominantScript(%q) = %p, want %p", tt.in, got, tt.want)
		}
	}
}

// A byline under the text adds no names to the header's: it is a box
// about the writer or a commenter's; with no byline above the text it is
// the article's.
func TestExtractBylineBelowBody(t *testing.T) {
	tests := []struct {
		name  string
		spec  []string
		wants []string
	}{
		{"header byline wins", []string{
			"metadata", clean.ReasonByline, "By Jane Doe",
			"body", "", "The council approved the budget on Tuesday.",
			"metadata", clean.ReasonByline, "By Special Correspondent, City Paper",
		}, []string{"Jane Doe"}},
		{"byline only below the body", []string{
			"body", "", "The council approved the budget on Tuesday.",
			"metadata", clean.ReasonByline, "By Jane Doe",
		}, []string{"Jane Doe"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := pipeline.NewDoc(pipeline.Item{ID: "x"})
			d.Record.PageType = "article"
			d.Blocks = blocks(tc.spec...)
			Extract(d, Options{Now: time.Date(2024, 7, 10, 0, 0, 0, 0, time.UTC)})
			if !reflect.DeepEqual(d.Record.Authors, tc.wants) {
				t.Errorf("authors = %q, want %q", d.Record.Authors, tc.wants)
			}
		})
	}
}

// The title is the first title block joined with the title blocks on the
// lines right under it (a wrapped headline), not with a later one.
func TestTitleText(t *testing.T) {
	b := blocks(
		"metadata", clean.ReasonTitle, "A bomb exploded outside the office",
		"metadata", clean.ReasonTitle, "of the governor general",
		"body", "", "The council approved the budget on Tuesday.",
	)
	if got, want := titleText(b), "A bomb exploded outside the office of the governor general"; got != want {
		t.Errorf("titleText = %q, want %q", got, want)
	}
	b[1].Start, b[1].End = 3, 3 // a blank line between: another block
	if got, want := titleText(b), "A bomb exploded outside the office"; got != want {
		t.Errorf("titleText = %q, want %q", got, want)
	}
}

// An aggregator's or feed's age between bullets is read; a reading time,
// a count in running text or a unit word is not.
func TestFeedAge(t *testing.T) {
	for _, c := range []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"Story by Rahul Verma • 2h • 3 min read", 2 * time.Hour, true},
		{"Rahul Verma · 45m", 45 * time.Minute, true},
		{"PTI | 3d", 72 * time.Hour, true},
		{"Story by Rahul Verma • 3 min read", 0, false},
		{"By Rahul Verma, 2h drive from Mumbai", 0, false},
		{"Updated 2 hours ago", 0, false},
	} {
		got, ok := feedAge(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("feedAge(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestExtractHTMLLists: on an HTML page the extractor has already listed
// the image with its <figcaption> whole and the links of a related aside;
// the fields step splits that caption's credit into the same image and
// puts the "also read" line found in the text before the aside's links,
// in the page's order.
func TestExtractHTMLLists(t *testing.T) {
	cases := []struct {
		name        string
		images      []pipeline.Image
		related     []pipeline.Related
		blocks      []pipeline.Block
		wantImages  []pipeline.Image
		wantRelated []pipeline.Related
	}{
		{name: "bracketed credit",
			images: []pipeline.Image{{URL: "https://x.in/a.jpg", Caption: "टॉवर का शीर्ष (फोटो: वार्ता)"}},
			blocks: blocks("metadata", clean.ReasonCaption, "टॉवर का शीर्ष (फोटो: वार्ता)"),
			wantImages: []pipeline.Image{{URL: "https://x.in/a.jpg", Caption: "टॉवर का शीर्ष",
				Credit: "फोटो: वार्ता"}}},
		{name: "credit after the caption",
			images:     []pipeline.Image{{URL: "https://x.in/a.jpg", Caption: "The mayor at the meeting. Photo: PTI"}},
			blocks:     blocks("metadata", clean.ReasonCaption, "The mayor at the meeting. Photo: PTI"),
			wantImages: []pipeline.Image{{URL: "https://x.in/a.jpg", Caption: "The mayor at the meeting", Credit: "PTI"}}},
		{name: "another picture's caption is another image",
			images: []pipeline.Image{{URL: "https://x.in/a.jpg", Caption: "The mayor"}},
			blocks: blocks("metadata", clean.ReasonCaption, "The council (Photo: PTI)"),
			wantImages: []pipeline.Image{{URL: "https://x.in/a.jpg", Caption: "The mayor"},
				{Caption: "The council", Credit: "Photo: PTI"}}},
		{name: "also read before the aside",
			related: []pipeline.Related{{Title: "Mayor promises new teachers", URL: "https://x.in/2"}},
			blocks: blocks("body", "", "The council approved the budget on Tuesday.",
				"related", clean.ReasonAlsoRead, "Also read: Parking rules change",
				"body", "", "The vote came after six hours.",
				"related", "link", "Mayor promises new teachers"),
			wantRelated: []pipeline.Related{{Title: "Parking rules change"}, {Title: "Mayor promises new teachers", URL: "https://x.in/2"}}},
		{name: "an also-read headline's link after the label",
			blocks: []pipeline.Block{{Role: pipeline.RoleRelated, Reason: clean.ReasonAlsoRead,
				Text: "ये भी पढ़ें: बजट पर आज मतदान", EndLink: "/news/story-2077.html"}},
			wantRelated: []pipeline.Related{{Title: "बजट पर आज मतदान", URL: "https://x.in/news/story-2077.html"}}},
	}
	for _, c := range cases {
		d := pipeline.NewDoc(pipeline.Item{ID: "x"})
		d.Record.URL = "https://x.in/news/story-1.html"
		d.Record.Images, d.Record.Related, d.Blocks = c.images, c.related, c.blocks
		Extract(d, Options{Now: testNow})
		if !reflect.DeepEqual(d.Record.Images, c.wantImages) {
			t.Errorf("%s: images = %+v, want %+v", c.name, d.Record.Images, c.wantImages)
		}
		if !reflect.DeepEqual(d.Record.Related, c.wantRelated) {
			t.Errorf("%s: related = %+v, want %+v", c.name, d.Record.Related, c.wantRelated)
		}
	}
}

// TestRelatedAtPlacesRepeatedTitles: links of one text are placed at that
// text's related blocks in order, and a link without its block goes last.
func TestRelatedAtPlacesRepeatedTitles(t *testing.T) {
	d := &pipeline.Doc{Blocks: []pipeline.Block{
		{Text: "Body", Role: pipeline.RoleBody},
		{Text: "More", Role: pipeline.RoleRelated},
		{Text: "Other", Role: pipeline.RoleRelated},
		{Text: "More", Role: pipeline.RoleRelated},
	}}
	d.Record.Related = []pipeline.Related{{Title: "More", URL: "a"}, {Title: "Gone", URL: "b"}, {Title: "More", URL: "c"}}
	var got []int
	for _, x := range relatedAt(d) {
		got = append(got, x.at)
	}
	if want := []int{1, 4, 3}; !slices.Equal(got, want) {
		t.Errorf("relatedAt places %v, want %v", got, want)
	}
}

// TestExtractDayGetsClock: a day alone in the record (the HTML extractor's,
// read before the language was known) gets the clock of the first
// published-labelled line when it names the same day and the zone is
// known now; another day, or no zone, leaves it as it was. The updated-
// labelled line then gives the updated time the extractor did not keep.
func TestExtractDayGetsClock(t *testing.T) {
	for _, c := range []struct {
		name, day, line, body, want string
		upd                         string
	}{
		{"one line, updated", "2024-07-03", "पब्लिश्ड: ०३ जुलाई २०२४, ०९:३० IST | अपडेटेड: ०३ जुलाई २०२४, १६:४५ IST",
			"लखनऊ: विदेश मंत्री ने बुधवार को बातचीत की.", "2024-07-03T09:30:00+05:30", "2024-07-03T16:45:00+05:30"},
		{"hindi", "2024-07-03", "पब्लिश्ड: ०३ जुलाई २०२४, १०:३०", "लखनऊ: विदेश मंत्री ने बुधवार को बातचीत की.", "2024-07-03T10:30:00+05:30", ""},
		{"other day", "2024-07-02", "पब्लिश्ड: ०३ जुलाई २०२४, १०:३०", "लखनऊ: विदेश मंत्री ने बुधवार को बातचीत की.", "2024-07-02", ""},
		{"no clock", "2024-07-03", "पब्लिश्ड: ०३ जुलाई २०२४", "लखनऊ: विदेश मंत्री ने बुधवार को बातचीत की.", "2024-07-03", ""},
		{"no zone", "2024-07-03", "Published: 03 July 2024, 10:30", "The council approved the budget on Tuesday.", "2024-07-03", ""},
	} {
		d := pipeline.NewDoc(pipeline.Item{ID: c.name})
		d.Record.Published = pipeline.Time(c.day)
		d.Blocks = blocks("body", "", c.line, "body", "", c.body)
		Extract(d, Options{Now: testNow})
		if string(d.Record.Published) != c.want {
			t.Errorf("%s: published %q, want %q", c.name, d.Record.Published, c.want)
		}
		if string(d.Record.Updated) != c.upd {
			t.Errorf("%s: updated %q, want %q", c.name, d.Record.Updated, c.upd)
		}
	}
}

// TestExtractHeaderAges: a page that shows its time only as an age in the
// header (lines the block model left out of the body, not typed as dates)
// gets it as an instant from Now: a labelled age where its label says, an
// age alone as the publication time; an age in a link, in the body, in a
// sentence or in days (no instant), or on a page already dated, is not read.
func TestExtractHeaderAges(t *testing.T) {
	const body = "लखनऊ: विदेश मंत्री ने बुधवार को बातचीत की."
	for _, c := range []struct {
		name, had string
		header    []string
		link      string
		pub, upd  string
		inBody    bool
	}{
		{name: "labelled, one line", header: []string{"Published: 2 hours ago | Updated: 45 minutes ago"},
			pub: "2026-03-31T22:00:00Z", upd: "2026-03-31T23:15:00Z"},
		{name: "updated first", header: []string{"अपडेटेड: 45 मिनट पहले", "प्रकाशित: 2 घंटे पहले"},
			pub: "2026-03-31T22:00:00Z", upd: "2026-03-31T23:15:00Z"},
		{name: "alone", header: []string{"रिपोर्ट: अमित मिश्रा", "2 घंटे पहले"}, pub: "2026-03-31T22:00:00Z"},
		{name: "sanskrit dual", header: []string{"२ घण्टे पूर्वम्"}, pub: "2026-03-31T22:00:00Z"},
		{name: "updated only", header: []string{"Updated: 45 minutes ago"}, upd: "2026-03-31T23:15:00Z"},
		{name: "a link", link: "5 minutes ago"},
		{name: "in the body", header: []string{"2 hours ago"}, inBody: true},
		{name: "days", header: []string{"2 days ago"}},
		{name: "a sentence", header: []string{"The minister left 2 hours ago"}},
		{name: "dated", had: "2026-03-30T10:00:00+05:30", header: []string{"Updated: 45 minutes ago"},
			pub: "2026-03-30T10:00:00+05:30"},
	} {
		var spec []string
		role := "boilerplate"
		if c.inBody {
			role = "body"
		}
		for _, h := range c.header {
			spec = append(spec, role, "model", h)
		}
		spec = append(spec, "body", "", body)
		d := pipeline.NewDoc(pipeline.Item{ID: c.name})
		d.Record.Published = pipeline.Time(c.had)
		d.Blocks = blocks(spec...)
		if c.link != "" {
			d.Blocks = append([]pipeline.Block{{Start: 0, End: 0, Role: pipeline.RoleBoilerplate, Text: c.link,
				Link: "https://example.in/news/other-story.html"}}, d.Blocks...)
		}
		Extract(d, Options{Now: testNow})
		if string(d.Record.Published) != c.pub || string(d.Record.Updated) != c.upd {
			t.Errorf("%s: published %q, updated %q; want %q, %q", c.name, d.Record.Published, d.Record.Updated, c.pub, c.upd)
		}
	}
}

// TestTimesHeaderLabels: an HTML header's line of labelled dates that the
// block model left untyped gives the published and updated times when no
// date was chosen; a labelled date without a clock does not, nor one
// after the body's start.
func TestTimesHeaderLabels(t *testing.T) {
	now := time.Date(2024, 7, 3, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		line, pub, upd string
	}{
		{"પ્રકાશિત: 03 જુલાઈ 2024, 10:30 ISTછેલ્લે અપડેટ: 03 જુલાઈ 2024, 16:45 IST",
			"2024-07-03T10:30:00+05:30", "2024-07-03T16:45:00+05:30"},
		{"Published on: 03 July 2024, 10:30 IST Updated at: 03 July 2024, 16:45 IST",
			"2024-07-03T10:30:00+05:30", "2024-07-03T16:45:00+05:30"},
		{"Published on: 03 July 2024", "", ""},
	} {
		d := &pipeline.Doc{Blocks: []pipeline.Block{
			{Text: "Headline", Role: pipeline.RoleMetadata},
			{Text: c.line, Role: pipeline.RoleBoilerplate},
			{Text: "Body text.", Role: pipeline.RoleBody},
		}}
		d.Record.URL = "https://www.example.in/news/story.html"
		// The rules alone: the date model may read a day they leave.
		times(d, Options{Now: now, noDateModel: true})
		if string(d.Record.Published) != c.pub || string(d.Record.Updated) != c.upd {
			t.Errorf("%q: published %q updated %q, want %q %q", c.line, d.Record.Published, d.Record.Updated, c.pub, c.upd)
		}
	}
}

// A heading's permalink mark, which text renderers print after a
// documentation page's headings, is no part of the record's title.
func TestExtractTitleDropsPermalinkMark(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"Working with forms¶", "Working with forms"},
		{"Logging HOWTO ¶", "Logging HOWTO"},
		{"Section 4 §", "Section 4"},
		{"Advanced usage \ue157", "Advanced usage"},
		{"Café ¶ notes", "Café ¶ notes"}, // only at the end
	} {
		d := pipeline.NewDoc(pipeline.Item{ID: "x"})
		d.Record.PageType = "article"
		d.Blocks = blocks(
			"metadata", clean.ReasonTitle, tc.title,
			"body", "", "The guide explains how the parts of the library fit together and how to use them.",
		)
		Extract(d, Options{Now: time.Date(2024, 7, 10, 0, 0, 0, 0, time.UTC)})
		if d.Record.Title != tc.want {
			t.Errorf("%q: title = %q, want %q", tc.title, d.Record.Title, tc.want)
		}
	}
}

// A byline a text browser printed twice (a picture's alt, then the name's
// link) names one writer once.
func TestExtractAuthorPrintedTwice(t *testing.T) {
	d := pipeline.NewDoc(pipeline.Item{ID: "x"})
	d.Record.PageType = "article"
	d.Blocks = blocks(
		"metadata", clean.ReasonTitle, "The council approves the budget",
		"metadata", clean.ReasonByline, "By Colin Gray Colin Gray",
		"body", "", "The council approved the new budget on Tuesday after a long debate about transport.",
	)
	Extract(d, Options{Now: time.Date(2024, 7, 10, 0, 0, 0, 0, time.UTC)})
	if want := []string{"Colin Gray"}; !reflect.DeepEqual(d.Record.Authors, want) {
		t.Errorf("authors = %q, want %q", d.Record.Authors, want)
	}
}

// A label a text renderer ran into the end of a writer's name is no part
// of it; a name whose capitals are its own keeps them.
func TestCutGluedLabel(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Jane NorrisPublished", "Jane Norris"},
		{"Jane NorrisUpdated", "Jane Norris"},
		{"Jane WalterDecember", "Jane Walter"},
		{"Meg JamesStaff Writer", "Meg James"},
		{"Arricca Elin SanSonePublished", "Arricca Elin SanSone"},
		{"Ronald McDonald", "Ronald McDonald"},
		{"Curtis LeMay", "Curtis LeMay"},
		{"TurboTaxLisa", "TurboTaxLisa"},
		{"Published", "Published"},
		{"ಸುನಿಲ್ ಕುಮಾರ್", "ಸುನಿಲ್ ಕುಮಾರ್"},
	} {
		if got := cutGluedLabel(tc.in); got != tc.want {
			t.Errorf("cutGluedLabel(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// Whatever the byline, the repaired name is made of its text: never
// longer, every word of it a piece of the byline.
func FuzzRepairNames(f *testing.F) {
	f.Add("Jane NorrisPublished")
	f.Add("Jonathan JonesJonathan JonesJonathan Jones")
	f.Add("Colin Gray Colin Gray")
	f.Add("[svg]ByJane Doe [logo]")
	f.Add("éÉ\xffAb")
	f.Fuzz(func(t *testing.T, s string) {
		got := repairNames([]string{s})[0]
		if len(got) > len(s) {
			t.Fatalf("repairNames(%q) = %q: longer", s, got)
		}
		for _, w := range strings.Fields(got) {
			if !strings.Contains(s, w) {
				t.Fatalf("repairNames(%q) = %q: %q is not in it", s, got, w)
			}
		}
	})
}

func TestDropPlaceholders(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Richard Garner [circle-que]", "Richard Garner"},
		{"[svg] Paul Frew", "Paul Frew"},
		{"[svg]ByTrevor Jones", "Trevor Jones"},
		{"Written by:[screenshot]Elise Nass", "Elise Nass"},
		{"[Jane Eve] Jane Everheart", "Jane Everheart"},
		{"[svg]", "[svg]"},
		{"Jane Doe", "Jane Doe"},
		{"Bystander [img]", "Bystander"},
	} {
		if got := dropPlaceholders(tc.in); got != tc.want {
			t.Errorf("dropPlaceholders(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/akhbar/akhbar/extract/candidate"
	"github.com/akhbar/akhbar/pipeline"
)

// go-htmldate must read a page at the run's pinned time, not at the
// machine's clock: a date a year or more after today is what a pinned
// --now in the future (or a corpus fetched later than the run that
// trained the rankers) sees, and it must be found the same on any day.
func TestHTMLDateReadsAtPinnedNow(t *testing.T) {
	for _, c := range []struct {
		now  time.Time
		text string
		want string
	}{
		{time.Date(2040, 1, 1, 0, 0, 0, 0, time.UTC), "Posted on June 1, 2039", "2039-06-01"},
		{time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC), "Posted on June 1, 2039", ""},
		{time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC), "Posted on June 1, 2014", "2014-06-01"},
	} {
		page := `<html><head><title>A page</title></head><body><article><h1>A page</h1>` +
			`<p class="date">` + c.text + `</p><p>` + strings.Repeat("Some words of the body. ", 30) +
			`</p></article></body></html>`
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		m := readMeta(doc, "https://example.com/a-page")
		m.now = c.now
		m.chooseDates(doc, true, "")
		if got := string(m.htmldateRead); got != c.want {
			t.Errorf("now %s, %q: htmldate read %q, want %q", c.now.Format("2006-01-02"), c.text, got, c.want)
		}
	}
}

// The HTML path's own date readers bound their years by the pinned time,
// not the clock: a labelled date a decade after today is a candidate of
// the label reader when the run is pinned after it, and none before it.
func TestHTMLDateCandidatesAtPinnedNow(t *testing.T) {
	page := `<html><head><title>A page</title></head><body><article><h1>A page</h1>` +
		`<p>Published: June 1, 2039</p><p>` + strings.Repeat("Some words of the body. ", 30) +
		`</p></article></body></html>`
	for _, c := range []struct {
		now  time.Time
		want bool
	}{
		{time.Date(2040, 1, 1, 0, 0, 0, 0, time.UTC), true},
		{time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC), false},
	} {
		d := pipeline.NewDoc(pipeline.Item{ID: "p", URL: "https://example.com/a-page", Body: []byte(page)})
		var s candidate.Set
		if err := HTMLWith(d, HTMLOptions{Now: c.now, Candidates: &s}); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, cand := range s.Fields[candidate.Date] {
			found = found || strings.HasPrefix(cand.Value, "2039-06-01") && slices.Contains(cand.Sources, "label-published")
		}
		if found != c.want {
			t.Errorf("now %s: a 2039-06-01 candidate: %v, want %v (%v)", c.now.Format("2006-01-02"), found, c.want, s.Fields[candidate.Date])
		}
	}
}

// go-htmldate's extensive search hands its date parser every short text
// with four digits or more; on a gallery of thousands of slide counters
// ("12 / 3000") the page's budget is what stops it, and on a plain page
// it is hardly touched.
func TestHTMLDateParseBudget(t *testing.T) {
	gallery := func(n int) string {
		var b strings.Builder
		b.WriteString(`<html><head><title>Photos</title></head><body><article><h1>Photos</h1>`)
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&b, `<figure><img src="/%d.jpg" alt=""><figcaption>A scene at the market.</figcaption><span>%d / %d</span></figure>`, i, i, n)
		}
		b.WriteString(`</article></body></html>`)
		return b.String()
	}
	defer func(n int) { dateParseBudget = n }(dateParseBudget)
	dateParseBudget = 20 // the gallery below costs a hundred strings, not thousands
	for _, c := range []struct {
		name  string
		page  string
		spent bool
	}{
		{"gallery", gallery(1000), true},
		{"plain", gallery(3), false},
	} {
		doc, err := html.Parse(strings.NewReader(c.page))
		if err != nil {
			t.Fatal(err)
		}
		m := readMeta(doc, "https://example.com/photos")
		m.now = time.Date(2024, 7, 3, 12, 0, 0, 0, time.UTC)
		m.chooseDates(doc, true, "")
		if spent := m.dateBudget.Left() == 0; spent != c.spent {
			t.Errorf("%s: budget left %d of %d, spent %v, want %v", c.name, m.dateBudget.Left(), dateParseBudget, spent, c.spent)
		}
	}
}

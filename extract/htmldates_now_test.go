package extract

import (
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

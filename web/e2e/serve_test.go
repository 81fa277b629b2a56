package e2e

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/akhbar/akhbar/web/index"
	"github.com/akhbar/akhbar/web/internal/synth"
	"github.com/akhbar/akhbar/web/report"
	"github.com/akhbar/akhbar/web/serve"
	"github.com/akhbar/akhbar/web/webtest"
)

// startServer indexes a corpus and serves the audit UI on a loopback port.
func startServer(t *testing.T, corpus string) string {
	t.Helper()
	// The raw view shows only inputs that the corpus's manifest lists.
	webtest.WriteManifest(t, corpus)
	ix, err := index.Open(context.Background(), corpus, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	srv, err := serve.New([]*index.Index{ix}, serve.Options{Logf: t.Logf})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return ts.URL
}

// waitFor polls until a JavaScript condition holds. After a form submit
// or a click the old page may vanish under an evaluation, so errors count
// as "not yet".
func waitFor(t *testing.T, b *browser, cond string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	var last error
	for time.Now().Before(deadline) {
		ok, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool](`document.readyState === 'complete' && (`+cond+`)`))
		if err == nil && ok {
			return
		}
		last = err
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("waiting for %s: timed out (last error %v)", cond, last)
}

func TestServeSearchFilterAudit(t *testing.T) {
	b := newBrowser(t)
	base := startServer(t, filepath.Join(webtest.CopyTestdata(t), "corpus.jsonl"))

	// Everything, in corpus order.
	b.do(t, "home", chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("#total")))
	if got := text(t, b, "#total"); got != "6" {
		t.Errorf("home: %s records, want 6", got)
	}

	// Search by typing into the box and submitting.
	b.do(t, "search", chromedp.SetValue(chromedp.CSS("#q"), "जयशंकर लावरोव"), chromedp.Submit(chromedp.CSS("#q")))
	waitFor(t, b, `location.search.includes('q=')`)
	if got := text(t, b, "#total"); got != "1" {
		t.Errorf("search: %s records, want 1", got)
	}
	if got := text(t, b, "a.hit"); !strings.HasPrefix(got, "अस्ताना में जयशंकर") {
		t.Errorf("search hit %q", got)
	}

	// A filter menu applies on change.
	b.do(t, "home", chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("#f-lang")))
	// SetValue fires change, as a person choosing from the menu does.
	b.do(t, "filter", chromedp.SetValue(chromedp.CSS("#f-lang"), "tam_Taml"))
	waitFor(t, b, `location.search.includes('lang=tam_Taml')`)
	if got := text(t, b, "#total"); got != "2" {
		t.Errorf("lang filter: %s records, want 2", got)
	}
	// Narrowed by date and flag through the URL the form makes.
	for _, c := range []struct{ q, want string }{
		{"/?lang=tam_Taml&from=2024-07-02&to=2024-07-31", "1"},
		{"/?flag=near-duplicate", "1"},
		{"/?dup=c-tam", "2"},
		{"/?page_type=listing", "1"},
		{"/?site=The+Hindu&q=monso*", "1"},
		{"/?q=monsoon&lang=hin_Deva", "0"},
	} {
		b.do(t, c.q, chromedp.Navigate(base+c.q), chromedp.WaitVisible(chromedp.CSS("#total")))
		if got := text(t, b, "#total"); got != c.want {
			t.Errorf("%s: %s records, want %s", c.q, got, c.want)
		}
	}
	// A facet link adds its filter.
	b.do(t, "facet", chromedp.Navigate(base+"/"), chromedp.Click(chromedp.CSS(`#facet-site a[href*="Dinamani"]`)))
	waitFor(t, b, `location.search.includes('site=Dinamani')`)
	if got := text(t, b, "#total"); got != "1" {
		t.Errorf("facet site=Dinamani: %s records, want 1", got)
	}

	// Open the seed's record from a search.
	b.do(t, "open seed", chromedp.Navigate(base+"/?q=id:000_6b62018fc8430769"), chromedp.Click(chromedp.CSS("a.hit")))
	waitFor(t, b, `location.pathname.startsWith('/record/')`)
	b.do(t, "audit view", chromedp.WaitVisible(chromedp.CSS(".span.role-repeated")))
	rep := eval[map[string]any](t, b, `(() => {
		const s = document.querySelector('.span.role-repeated');
		const a = s.querySelector('a.ref');
		return {role: s.querySelector('.label .role').textContent, start: s.dataset.start, end: s.dataset.end,
			lines: s.querySelectorAll('.u').length, ref: a && a.getAttribute('href'), first: s.querySelector('.u').id};
	})()`)
	want := map[string]any{"role": "repeated", "start": "28", "end": "39", "lines": float64(12), "ref": "#L15", "first": "L28"}
	for k, v := range want {
		if rep[k] != v {
			t.Errorf("repeated span %s = %v, want %v (all %v)", k, rep[k], v, rep)
		}
	}
	if n := eval[int](t, b, `document.querySelectorAll('.span.role-repeated').length`); n != 1 {
		t.Errorf("%d repeated spans, want 1", n)
	}
	// Every role of the seed's line_roles is drawn on its lines.
	roles := eval[map[string]string](t, b, `Object.fromEntries(Array.from(document.querySelectorAll('.span[data-role] .u:not(.blank)')).map(u => [u.id.slice(1), u.closest('.span').dataset.role]))`)
	for line, role := range map[string]string{"1": "metadata", "9": "boilerplate", "15": "body", "23": "body", "26": "related", "28": "repeated", "39": "repeated", "41": "boilerplate", "43": "metadata"} {
		if roles[line] != role {
			t.Errorf("line %s drawn as %q, want %q", line, roles[line], role)
		}
	}
	// The link jumps to the original.
	b.do(t, "follow ref", chromedp.Click(chromedp.CSS(".span.role-repeated a.ref")))
	waitFor(t, b, `location.hash === '#L15'`)
	if got := eval[string](t, b, `document.querySelector('#L15').closest('.span').dataset.role`); got != "body" {
		t.Errorf("the original of the repeat is drawn as %q, want body", got)
	}
	if got := eval[string](t, b, `document.querySelector(':target').id`); got != "L15" {
		t.Errorf(":target is %q", got)
	}
	// The clean side shows the record's text and spans.
	if got := text(t, b, "#text p"); !strings.HasPrefix(got, "नई दिल्ली: विदेश मंत्री") {
		t.Errorf("clean text starts %q", got)
	}

	// A record whose raw input is gone says so; markup in it stays text.
	b.do(t, "xss record", chromedp.Navigate(base+"/id/xss-1"), chromedp.WaitVisible(chromedp.CSS("#raw-missing")))
	if got := text(t, b, "h1"); got != "<script>alert(1)</script> headline" {
		t.Errorf("title shown as %q", got)
	}
	if n := eval[int](t, b, `document.querySelectorAll('main script, main img, main b, main i').length`); n != 0 {
		t.Errorf("%d elements injected from record text", n)
	}
	// Everything the pages loaded came from the server itself.
	res := eval[[]string](t, b, `performance.getEntriesByType('resource').map(e => e.name)`)
	for _, r := range res {
		if !strings.HasPrefix(r, base+"/") {
			t.Errorf("page loaded %s from elsewhere", r)
		}
	}
	b.noProblems(t)
}

// TestScreenshots writes the pictures of docs/web.md when
// AKHBAR_SCREENSHOTS names a folder: the report of a synthetic corpus of
// 20,000 records, the search page, and the audit view of the real
// pipeline's record of the seed.
func TestScreenshots(t *testing.T) {
	dir := getenv("AKHBAR_SCREENSHOTS")
	if dir == "" {
		t.Skip("set AKHBAR_SCREENSHOTS=DIR to write the docs' screenshots")
	}
	b := newBrowser(t)
	tmp := t.TempDir()
	syn := filepath.Join(tmp, "news.jsonl.zst")
	if err := synth.Write(syn, 20000, 1); err != nil {
		t.Fatal(err)
	}
	s, err := report.Build(context.Background(), []string{syn}, report.Options{Title: "akhbar report: news.jsonl.zst (synthetic, 20,000 records)"})
	if err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(tmp, "report.html")
	f, _ := os.Create(page)
	report.Write(f, s)
	f.Close()
	b.do(t, "report", chromedp.EmulateViewport(1400, 900), chromedp.Navigate("file://"+page), chromedp.WaitVisible(chromedp.CSS("#card-quality")))
	run(t, b, "charts", chromedp.Poll[string](`document.body.dataset.charts`))
	b.screenshot(t, "report.png")

	corpus, _, _ := cleanSeed(t)
	base := startServer(t, corpus)
	b.do(t, "audit", chromedp.EmulateViewport(1400, 900), chromedp.Navigate(base+"/record/0/0"), chromedp.WaitVisible(chromedp.CSS(".span.role-repeated")))
	b.screenshot(t, "audit-seed.png")

	base = startServer(t, syn)
	b.do(t, "search", chromedp.EmulateViewport(1400, 800), chromedp.Navigate(base+"/?lang=hin_Deva&sort=-date"), chromedp.WaitVisible(chromedp.CSS("#total")))
	png := run(t, b, "screenshot", chromedp.CaptureScreenshot())
	if err := os.WriteFile(filepath.Join(dir, "serve-search.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
	b.noProblems(t)
}

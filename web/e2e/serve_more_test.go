package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/web/corpus"
	"github.com/akhbar/akhbar/web/webtest"
)

// TestServeDownloadRejectsQuality drives the parts of the search page
// past plain filters: the JSONL download of the matches, the quality
// thresholds, and the rejects view.
func TestServeDownloadRejectsQuality(t *testing.T) {
	b := newBrowser(t)
	// The test corpus with a word count on each record; its rejects file
	// lies beside it, found by name.
	dir := webtest.CopyTestdata(t)
	src, dst := filepath.Join(dir, "corpus.jsonl"), filepath.Join(dir, "q.jsonl")
	w, err := sink.CreateJSONL(dst)
	if err != nil {
		t.Fatal(err)
	}
	var wcs []int
	err = corpus.Scan(context.Background(), src, func(e *corpus.Entry) error {
		r := e.Record
		wc := len(strings.Fields(r.Text))
		wcs = append(wcs, wc)
		r.Quality = map[string]float64{"word_count": float64(wc)}
		return w.Write(&r)
	})
	if err != nil || w.Close() != nil {
		t.Fatal(err)
	}
	if err := copyFile(filepath.Join(dir, "corpus.rejects.jsonl"), filepath.Join(dir, "q.rejects.jsonl")); err != nil {
		t.Fatal(err)
	}
	base := startServer(t, dst)

	// The download link carries the filters of the page and gives the
	// matching records, one JSON object a line.
	b.do(t, "home", chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("#download")))
	b.do(t, "filter", chromedp.SetValue(chromedp.CSS("#f-lang"), "tam_Taml"))
	waitFor(t, b, `location.search.includes('lang=tam_Taml')`)
	href := eval[string](t, b, `document.querySelector('#download').getAttribute('href')`)
	if !strings.HasPrefix(href, "/download.jsonl?") || !strings.Contains(href, "lang=tam_Taml") {
		t.Errorf("download link %q", href)
	}
	got := run(t, b, "fetch download", chromedp.Evaluate[map[string]any](`fetch(document.querySelector('#download').href).then(r => r.text().then(s => ({
		disp: r.headers.get('Content-Disposition'),
		langs: s.trim().split('\n').map(l => JSON.parse(l).lang)})))`, chromedp.EvalAwaitPromise))
	if langs, _ := got["langs"].([]any); len(langs) != 2 || langs[0] != "tam_Taml" || langs[1] != "tam_Taml" {
		t.Errorf("download: %v", got)
	}
	if d, _ := got["disp"].(string); !strings.HasPrefix(d, "attachment") {
		t.Errorf("download Content-Disposition %q", d)
	}

	// A quality threshold typed into the form narrows the search.
	mid := wcs[len(wcs)/2]
	want := 0
	for _, wc := range wcs {
		if wc >= mid {
			want++
		}
	}
	b.do(t, "home", chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("#f-min-word_count")))
	b.do(t, "threshold", chromedp.SetValue(chromedp.CSS("#f-min-word_count"), strconv.Itoa(mid)), chromedp.Click(chromedp.CSS("#apply")))
	waitFor(t, b, `location.search.includes('min.word_count=`+strconv.Itoa(mid)+`')`)
	if got := text(t, b, "#total"); got != strconv.Itoa(want) || want == len(wcs) {
		t.Errorf("min.word_count=%d: %s records, want %d of %d", mid, got, want, len(wcs))
	}
	if v := eval[string](t, b, `document.querySelector('#f-min-word_count').value`); v != strconv.Itoa(mid) {
		t.Errorf("the threshold box shows %q after the search", v)
	}

	// The rejects view: counts per reason, and a filter by reason.
	b.do(t, "rejects", chromedp.Click(chromedp.CSS("#nav-rejects")))
	waitFor(t, b, `location.pathname === '/rejects'`)
	if got := text(t, b, "#reject-all"); got != "3" {
		t.Errorf("rejects: %s, want 3", got)
	}
	b.do(t, "reason", chromedp.Click(chromedp.CSS(`#reasons a.reason[href$="reason=empty"]`)))
	waitFor(t, b, `location.search.includes('reason=empty')`)
	if got := text(t, b, "#reject-total"); got != "2" {
		t.Errorf("empty rejects: %s, want 2", got)
	}
	reasons := eval[[]string](t, b, `Array.from(document.querySelectorAll('#rejects tbody td.reason')).map(td => td.textContent)`)
	if strings.Join(reasons, ",") != "empty,empty" {
		t.Errorf("rows of reason empty: %v", reasons)
	}
	b.noProblems(t)
}

func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o644)
}

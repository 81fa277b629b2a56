package e2e

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/akhbar/akhbar/web/report"
	"github.com/akhbar/akhbar/web/webtest"
)

func TestReportRendersInChromium(t *testing.T) {
	b := newBrowser(t)
	dir := webtest.CopyTestdata(t)
	s, err := report.Build(context.Background(), []string{filepath.Join(dir, "corpus.jsonl")},
		report.Options{Title: "akhbar report: test corpus", Now: func() time.Time { return time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "report.html")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := report.Write(f, s); err != nil {
		t.Fatal(err)
	}
	f.Close()

	b.do(t, "open report", chromedp.Navigate("file://"+path), chromedp.WaitVisible(chromedp.CSS("#card-quality")))
	drawn := run(t, b, "wait for charts", chromedp.Poll[string](`document.body.dataset.charts`))
	canvases := eval[int](t, b, `document.querySelectorAll('canvas').length`)
	if canvases < 12 {
		t.Errorf("%d canvases, want one per chart (12 or more)", canvases)
	}
	if drawn != itoa(canvases) {
		t.Errorf("%s charts drawn for %d canvases", drawn, canvases)
	}
	// Every canvas belongs to a chart and has a size.
	undrawn := eval[[]string](t, b, `Array.from(document.querySelectorAll('canvas')).filter(c => !Chart.getChart(c) || c.width < 50 || c.height < 50).map(c => c.id)`)
	if len(undrawn) > 0 {
		t.Errorf("canvases without a chart: %v", undrawn)
	}
	// The totals the page states and the charts draw are the corpus's.
	for sel, want := range map[string]string{"#total-records": "6", "#total-rejects": "3", "#total-removed": "34", "#total-langs": "4", "#total-dup": "3"} {
		if got := text(t, b, sel); got != want {
			t.Errorf("%s = %q, want %q", sel, got, want)
		}
	}
	sum := func(chart string, ds int) int {
		return eval[int](t, b, `Chart.getChart('`+chart+`').data.datasets[`+itoa(ds)+`].data.reduce((a, b) => a + b, 0)`)
	}
	for _, c := range []struct {
		chart string
		ds    int
		want  int
	}{
		{"chart-langs", 0, 6}, {"chart-sites", 0, 6}, {"chart-months", 0, 5}, {"chart-lengths", 0, 6}, {"chart-lengths", 1, 6},
		{"chart-removed", 0, 34}, {"chart-rejects", 0, 3}, {"chart-page-types", 0, 6},
		{"chart-dup", 0, 2}, {"chart-dup", 1, 3},
	} {
		if got := sum(c.chart, c.ds); got != c.want {
			t.Errorf("%s dataset %d sums to %d, want %d", c.chart, c.ds, got, c.want)
		}
	}
	// Removed by reason is drawn as shares of all lines/blocks (rounded
	// to three digits each): they add up to the removed share.
	share := eval[float64](t, b, `Chart.getChart('chart-removed-reasons').data.datasets[0].data.reduce((a, b) => a + b, 0)`)
	if want := 100 * float64(s.RemovedUnits) / float64(s.Units); math.Abs(share-want) > 0.1 {
		t.Errorf("removed-by-reason shares sum to %.2f %%, want %.2f %%", share, want)
	}
	if got := eval[int](t, b, `Chart.getChart('chart-langs').data.datasets[1].data.reduce((a, b) => a + b, 0)`); int64(got) != s.Tokens {
		t.Errorf("tokens by language sum to %d, want %d", got, s.Tokens)
	}
	// Record text stays text.
	if got := eval[string](t, b, `Array.from(document.querySelectorAll('#card-sites td')).map(td => td.textContent).join('|')`); !strings.Contains(got, "Evil <b>site</b>") {
		t.Errorf("site table %q lacks the literal markup of the test record", got)
	}
	if n := eval[int](t, b, `document.querySelectorAll('#card-sites b, script[src]').length`); n != 0 {
		t.Errorf("%d elements injected from record text or loaded from elsewhere", n)
	}
	// Nothing was fetched: the page is one file.
	if res := eval[[]string](t, b, `performance.getEntriesByType('resource').map(e => e.name)`); len(res) > 0 {
		t.Errorf("the report loaded %v", res)
	}
	b.noProblems(t)
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/akhbar/akhbar/web/report"
	"github.com/akhbar/akhbar/web/webtest"
)

// families returns the families of the page's web fonts, sorted: all
// declared ones, or only those the browser loaded.
func families(t *testing.T, b *browser, loadedOnly bool) []string {
	t.Helper()
	cond := "true"
	if loadedOnly {
		cond = "f.status === 'loaded'"
	}
	got := eval[[]string](t, b, `[...document.fonts].filter(f => `+cond+`).map(f => f.family.replace(/"/g, ''))`)
	slices.Sort(got)
	return got
}

// TestFontsIndicScripts: the report and the audit UI show the test
// corpus's Hindi, Tamil and Bengali text in the vendored Noto faces (so a
// machine without Indic fonts shows letters, not boxes); the report
// embeds only the fonts of the scripts it holds and the UI's browser
// fetches only those it shows.
func TestFontsIndicScripts(t *testing.T) {
	b := newBrowser(t)
	dir := webtest.CopyTestdata(t)
	corpus := filepath.Join(dir, "corpus.jsonl")
	want := []string{"Noto Sans Bengali", "Noto Sans Devanagari", "Noto Sans Tamil"}

	// The report shows no record text, only names: give the sites names
	// in the records' own scripts.
	siteNames := filepath.Join(dir, "sites.jsonl")
	if err := os.WriteFile(siteNames, nativeSites(t, corpus), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := report.Build(context.Background(), []string{siteNames},
		report.Options{Title: "fonts", Now: func() time.Time { return time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC) }})
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
	if got := families(t, b, false); !slices.Equal(got, want) {
		t.Errorf("report embeds the fonts %v, want %v (those of the scripts the corpus holds, no others)", got, want)
	}
	// The charts are drawn again once the embedded faces are loaded.
	waitFor(t, b, `document.body.dataset.fonts === 'loaded'`)
	if !eval[bool](t, b, `document.fonts.check('16px "Noto Sans Tamil"', 'தமிழ்')`) {
		t.Error("the report cannot draw Tamil with its embedded face")
	}

	base := startServer(t, corpus)
	b.do(t, "open search", chromedp.Navigate(base+"/?q=*"))
	for _, w := range want {
		waitFor(t, b, `[...document.fonts].some(f => f.family.replace(/"/g, '') === '`+w+`' && f.status === 'loaded')`)
	}
	got := families(t, b, true)
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("audit UI loaded %v; %s missing", got, w)
		}
	}
	if slices.Contains(got, "Noto Sans Ol Chiki") {
		t.Errorf("audit UI loaded a face no text on the page needs: %v", got)
	}
	b.noProblems(t)
}

// nativeSites rewrites a corpus with each record's site named in its
// language's script.
func nativeSites(t *testing.T, corpus string) []byte {
	t.Helper()
	b, err := os.ReadFile(corpus)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{"hin_Deva": "दैनिक समाचार", "tam_Taml": "தினச் செய்தி", "ben_Beng": "দৈনিক খবর"}
	var out []byte
	for _, line := range bytes.Split(bytes.TrimSpace(b), []byte("\n")) {
		var r map[string]any
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatal(err)
		}
		if n, ok := names[fmt.Sprint(r["lang"])]; ok {
			r["site"] = n
		}
		l, _ := json.Marshal(r)
		out = append(append(out, l...), '\n')
	}
	return out
}

package e2e

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/source"
	"github.com/akhbar/akhbar/steps"
)

// cleanSeed runs the real pipeline (the steps of "akhbar clean") on the
// seed page and writes its corpus into a temp dir.
func cleanSeed(t *testing.T) (corpus string, expected map[string]any, lines []string) {
	t.Helper()
	seedDir := filepath.Join("..", "..", "testdata", "seed")
	dir := t.TempDir()
	b, err := os.ReadFile(filepath.Join(seedDir, "000_6b62018fc8430769.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines = strings.Split(string(b), "\n")
	in := filepath.Join(dir, "000_6b62018fc8430769.txt")
	os.WriteFile(in, b, 0o644)
	eb, err := os.ReadFile(filepath.Join(seedDir, "000_6b62018fc8430769.expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(eb, &expected); err != nil {
		t.Fatal(err)
	}

	corpus = filepath.Join(dir, "seed.jsonl.zst")
	w, err := sink.CreateJSONL(corpus)
	if err != nil {
		t.Fatal(err)
	}
	runner := pipeline.Runner{Steps: steps.Build(steps.Config{}), Workers: 1}
	err = runner.Run(context.Background(), func(emit func(pipeline.Item) error) error {
		return source.Read(context.Background(), source.Input{Path: in}, source.Options{}, emit)
	}, func(o pipeline.Outcome) error {
		if o.Reject != nil {
			t.Fatalf("seed rejected: %+v", o.Reject)
		}
		return w.Write(&o.Doc.Record)
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return corpus, expected, lines
}

// TestRealPipelineSeedAudit opens the record that the real pipeline makes
// of the seed and checks that the audit view draws every line with the
// role of the seed's expected line_roles, and the repeated block linked
// to its original.
func TestRealPipelineSeedAudit(t *testing.T) {
	b := newBrowser(t)
	corpus, expected, lines := cleanSeed(t)
	base := startServer(t, corpus)

	b.do(t, "search", chromedp.Navigate(base+"/?q="+"लावरोव"), chromedp.WaitVisible(chromedp.CSS("#total")))
	if got := text(t, b, "#total"); got != "1" {
		t.Fatalf("search: %s records, want 1", got)
	}
	b.do(t, "open", chromedp.Click(chromedp.CSS("a.hit")))
	waitFor(t, b, `location.pathname.startsWith('/record/') && !!document.querySelector('#units')`)

	drawn := eval[map[string]string](t, b, `Object.fromEntries(Array.from(document.querySelectorAll('.span[data-role] .u:not(.blank)')).map(u => [u.id.slice(1), u.closest('.span').dataset.role]))`)
	roles := expected["line_roles"].(map[string]any)
	checked, want := 0, 0
	for key, role := range roles {
		lo, hi := key, key
		if i := strings.IndexByte(key, '-'); i > 0 {
			lo, hi = key[:i], key[i+1:]
		}
		from, _ := strconv.Atoi(lo)
		to, _ := strconv.Atoi(hi)
		for n := from; n <= to; n++ {
			if strings.TrimSpace(lines[n-1]) != "" {
				want++
			}
			got, ok := drawn[strconv.Itoa(n)]
			if !ok {
				continue // a blank line inside the range
			}
			checked++
			if got != role {
				t.Errorf("line %d drawn as %q, want %q", n, got, role)
			}
		}
	}
	if checked != want {
		t.Errorf("%d of the %d non-blank lines of line_roles are drawn", checked, want)
	}
	ref := eval[string](t, b, `(() => { const s = document.querySelector('.span.role-repeated[data-start="28"][data-end="39"]'); const a = s && s.querySelector('a.ref'); return a ? a.getAttribute('href') : ''; })()`)
	if ref != "#L15" {
		t.Errorf("repeated 28-39 links to %q, want #L15", ref)
	}
	b.do(t, "follow", chromedp.Click(chromedp.CSS(".span.role-repeated a.ref")))
	waitFor(t, b, `location.hash === '#L15'`)
	b.noProblems(t)
}

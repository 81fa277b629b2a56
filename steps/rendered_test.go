package steps

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// renderers are the text browsers and converters of
// scripts/make-dump-set.sh, with its settings, that TestRenderedSets can
// run (by these names).
var renderers = map[string][]string{
	"w3m":           {"w3m", "-dump", "-T", "text/html", "-cols", "10000", "-I", "UTF-8", "-O", "UTF-8"},
	"w3m-80":        {"w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"},
	"lynx-nolist":   {"lynx", "-dump", "-nolist", "-assume_charset=utf-8", "-display_charset=utf-8"},
	"lynx":          {"lynx", "-dump", "-assume_charset=utf-8", "-display_charset=utf-8"},
	"links":         {"links", "-dump", "-html-assume-codepage", "utf-8", "-codepage", "utf-8"},
	"elinks":        {"elinks", "-dump", "-dump-charset", "utf-8", "-eval", `set document.codepage.assume = "utf-8"`},
	"html2text-deb": {"html2text", "-nobs", "-utf8"},
	"pandoc-plain":  {"pandoc", "--sandbox", "-f", "html", "-t", "plain"},
	"pandoc-md":     {"pandoc", "--sandbox", "-f", "html", "-t", "markdown"},
	"html2text-py":  {"/usr/bin/python3", "-m", "html2text"},
	// readability is scripts/readability-dump, built by the test.
	"readability": {"readability-dump"},
}

// TestRenderedSets is a measurement, not a check: the scheduled sets'
// HTML pages (DO-DY, EA, EC, EJ, EL), rendered by the text browsers named
// in AKHBAR_RENDERERS (comma-separated, or "all"; names as in renderers),
// are cleaned as text dumps and each field is compared with the page's
// expected record, which the HTML path is held to. It logs, per renderer,
// the pages each field is right on: what a crawl that saved these pages
// as text would get. Fields the text cannot hold (a date or an author
// only in the page's metadata) count as wrong too. Run it with
// scripts/eval-rendered-sets.sh.
func TestRenderedSets(t *testing.T) {
	want := os.Getenv("AKHBAR_RENDERERS")
	if want == "" {
		t.Skip("a measurement: set AKHBAR_RENDERERS (scripts/eval-rendered-sets.sh)")
	}
	var names []string
	for n := range renderers {
		if want == "all" || slices.Contains(strings.Split(want, ","), n) {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	var report []string
	for _, name := range names {
		cmd := renderers[name]
		if name == "readability" {
			bin := filepath.Join(t.TempDir(), "readability-dump")
			if out, err := exec.Command("go", "build", "-o", bin, "../scripts/readability-dump").CombinedOutput(); err != nil {
				t.Fatalf("building readability-dump: %v\n%s", err, out)
			}
			cmd = []string{bin}
		}
		if _, err := exec.LookPath(cmd[0]); err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		total, of := map[string]int{}, map[string]int{}
		var fields []string
		for _, set := range freshSets {
			src := filepath.Join("testdata", set.dir)
			html, _ := filepath.Glob(filepath.Join(src, "*.html"))
			if len(html) == 0 {
				continue
			}
			dir := t.TempDir()
			expected, err := os.ReadFile(filepath.Join(src, "expected.json"))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "expected.json"), expected, 0o644); err != nil {
				t.Fatal(err)
			}
			for _, h := range html {
				out, err := exec.Command(cmd[0], append(cmd[1:len(cmd):len(cmd)], h)...).Output()
				if err != nil {
					t.Fatalf("%s %s: %v", name, h, err)
				}
				page := strings.TrimSuffix(filepath.Base(h), ".html") + ".txt"
				if err := os.WriteFile(filepath.Join(dir, page), out, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			t.Run(name+"/"+set.dir, func(t *testing.T) {
				right, fs := runScheduledSetWith(t, dir, set.minPages, nil, true)
				for _, f := range fs {
					total[f] += right[f]
					of[f] += len(html)
					if !slices.Contains(fields, f) {
						fields = append(fields, f)
					}
				}
			})
		}
		var b strings.Builder
		fmt.Fprintf(&b, "renderer %-14s", name)
		for _, f := range fields {
			fmt.Fprintf(&b, " %s %d/%d", f, total[f], of[f])
		}
		report = append(report, b.String())
	}
	for _, r := range report {
		t.Log(r)
	}
}

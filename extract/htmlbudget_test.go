package extract

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// bombPage is the formatting-element bomb: n distinct <b> left open in a
// table, then paras paragraphs, each of which reopens every one of them.
func bombPage(n, paras int) []byte {
	var b strings.Builder
	b.WriteString("<html><body><table>")
	for i := range n {
		fmt.Fprintf(&b, "<b id=%d>x", i)
	}
	b.WriteString("</table>")
	b.WriteString(strings.Repeat("<p>y</p>", paras))
	return []byte(b.String())
}

func TestHTMLBudget(t *testing.T) {
	var nestedB strings.Builder
	for i := range 60000 {
		fmt.Fprintf(&nestedB, "<b id=%d>", i)
	}
	nestedB.WriteString("text")
	article := "<html><head><title>T</title></head><body><div><p>" + strings.Repeat("Words of a story <b>bold</b> and <a href=/x>a link</a>. ", 20) + "</p></div></body></html>"
	tests := []struct {
		name string
		page string
		over string // part of the reason, "" when the page is within budget
	}{
		{"article", article, ""},
		{"many paragraphs", "<html><body>" + strings.Repeat("<p>Some <i>text</i> <b>here</b>.</p>\n", 30000) + "</body></html>", ""},
		{"many wordy paragraphs", "<html><body>" + strings.Repeat("<p>Some <i>text</i> here, and a few more words after it to read, as a paragraph of a long page has them, in sentences of twenty words.</p>\n", 60000) + "</body></html>", ""},
		{"tag soup", "<html><body>" + strings.Repeat("<div>a</div>", 250000) + "</body></html>", "elements"},
		{"tags alone", "<p>" + strings.Repeat("<br>", 300000), "elements"},
		{"unclosed font over a page", "<font face=x><font size=2>" + strings.Repeat("<div><p>text <b>b</b></p></div>", 20000), ""},
		{"unclosed cells", "<table>" + strings.Repeat("<tr><td><b>x<td><i>y", 16000) + "</table>", ""},
		{"list items", "<ul>" + strings.Repeat("<li>item <a href=/a>link</a>", 20000) + "</ul>", ""},
		{"formatting bomb", string(bombPage(500, 2000)), "copied"},
		// Deep pages are left to the parser's own limit (512 open
		// elements), which stops before the tree grows.
		{"deep nesting", strings.Repeat("<div>", 100000) + "x", ""},
		{"distinct open formatting", nestedB.String(), "formatting"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := scanHTMLCost([]byte(tt.page), defaultHTMLLimits)
			if tt.over == "" && c.Depth > 512 {
				// The parser refuses it (reason "html"), cheaply.
				d := pipeline.NewDoc(pipeline.Item{ID: "deep", Body: []byte(tt.page)})
				if err := HTML(d); err == nil || !strings.Contains(err.Error(), "html") {
					t.Errorf("deep page: %v, want the parser's refusal", err)
				}
			}
			t.Logf("%+v", c)
			if tt.over == "" && c.Over != "" {
				t.Fatalf("rejected: %s", c.Over)
			}
			if tt.over != "" && !strings.Contains(c.Over, tt.over) {
				t.Fatalf("over %q, want it to name %q", c.Over, tt.over)
			}
		})
	}
}

// TestHTMLBombRejected: the page is rejected by the extractor, with its
// reason and naming the item, before the parse builds its tree.
func TestHTMLBombRejected(t *testing.T) {
	for _, tt := range []struct {
		reason string
		page   []byte
	}{
		{"html-bomb", bombPage(500, 2000)},
		{"too-many-elements", []byte(strings.Repeat("<div>a</div>", 250000))},
	} {
		d := pipeline.NewDoc(pipeline.Item{ID: "page-" + tt.reason, Body: tt.page, Source: pipeline.Source{Format: "html"}})
		err := HTML(d)
		var re *pipeline.RejectError
		if !errors.As(err, &re) || re.Reason != tt.reason || !strings.Contains(err.Error(), "page-"+tt.reason) {
			t.Errorf("err %v, want a %s reject naming the item", err, tt.reason)
		}
	}
}

// TestHTMLBudgetEvalPages: no page of the evaluation kit is over the
// budget, with a margin; it logs how close the costliest pages come.
func TestHTMLBudgetEvalPages(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every HTML page of the evaluation kit")
	}
	eval := os.Getenv("AKHBAR_EVAL")
	for dir := ".."; eval == "" && len(dir) < 16; dir = filepath.Join("..", dir) {
		if st, err := os.Stat(filepath.Join(dir, "shared", "eval")); err == nil && st.IsDir() {
			eval = filepath.Join(dir, "shared", "eval")
		}
	}
	var files []string
	for _, g := range []string{"extraction/*/inputs/*", "dates/htmldate/*/*", "dates/htmldate/*", "metadata/trafilatura/*/*", "metadata/trafilatura/*"} {
		m, _ := filepath.Glob(filepath.Join(eval, g))
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("no evaluation kit at " + eval)
	}
	// Half the limits: a page must pass with room to spare.
	half := htmlLimits{
		CloneBase: defaultHTMLLimits.CloneBase / 2, TokensPerClone: defaultHTMLLimits.TokensPerClone * 2,
		WorkBase: defaultHTMLLimits.WorkBase / 2, WorkPerToken: defaultHTMLLimits.WorkPerToken / 2,
		ElementBase: defaultHTMLLimits.ElementBase / 2, BytesPerElement: defaultHTMLLimits.BytesPerElement * 2,
	}
	n := 0
	var maxClone, maxWork float64
	maxDepth, maxElements := 0, int64(0)
	for _, f := range files {
		if st, err := os.Stat(f); err != nil || st.IsDir() {
			continue
		}
		page := readMaybeGzip(t, f)
		if !bytes.Contains(bytes.ToLower(page[:min(len(page), 4096)]), []byte("<")) {
			continue
		}
		n++
		c := scanHTMLCost(page, half)
		if c.Over != "" {
			t.Errorf("%s: over half the budget: %s", f, c.Over)
		}
		maxClone = max(maxClone, float64(c.Clones)/float64(c.Tokens+1))
		maxWork = max(maxWork, float64(c.ListWork)/float64(c.Tokens+1))
		maxDepth = max(maxDepth, c.Depth)
		maxElements = max(maxElements, c.Elements)
	}
	t.Logf("%d pages: at most %.3f clones and %.3f list steps per token, depth %d, %d elements", n, maxClone, maxWork, maxDepth, maxElements)
}

func readMaybeGzip(t *testing.T, p string) []byte {
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) > 2 && b[0] == 0x1f && b[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if b, err = io.ReadAll(zr); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
	}
	return b
}

// FuzzHTMLBudget: the pre-scan reads any bytes without panicking, and a
// page it lets through the parser parses.
func FuzzHTMLBudget(f *testing.F) {
	f.Add(bombPage(5, 5))
	f.Add([]byte("<table><tr><td><b>x<td><i>y</table><p>z"))
	f.Add([]byte("<a href=1><b><a href=2>x</b></a><font><div></font>y</div>"))
	f.Fuzz(func(t *testing.T, page []byte) {
		small := htmlLimits{CloneBase: 50, TokensPerClone: 1, WorkBase: 200, WorkPerToken: 8, Depth: 64}
		c := scanHTMLCost(page, small)
		if c.Clones < 0 || c.ListWork < 0 || c.Depth < 0 || c.Tokens < 0 {
			t.Fatalf("negative cost %+v", c)
		}
	})
}

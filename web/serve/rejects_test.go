package serve

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestRejects(t *testing.T) {
	ts, dir := testServer(t)
	// A reject whose fields carry markup is shown as text.
	f, err := os.OpenFile(filepath.Join(dir, "corpus.rejects.jsonl"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"id":"x<b>1</b>","source":{"path":"in/<img src=x>.txt"},"reason":"<script>alert(1)</script>","error":"<i>bad</i>"}` + "\n")
	f.Close()

	tests := []struct {
		path string
		want []string
		not  []string
	}{
		{"/rejects", []string{`id="reject-all">REJECTS<`, `id="reject-total">REJECTS<`, "empty-1", "bin-1",
			`href="/rejects?reason=empty"`, "&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;i&gt;bad&lt;/i&gt;", "x&lt;b&gt;1&lt;/b&gt;",
			`href="/rejects?reason=%3cscript%3ealert%281%29%3c%2fscript%3e"`},
			[]string{"<script>alert", "<i>bad", "<img src=x", "<b>1"}},
		{"/rejects?reason=empty", []string{`id="reject-total">EMPTY<`, "empty-1", "empty-2", `id="reject-reason">empty<`}, []string{"bin-1"}},
		{"/rejects?reason=nope", []string{`id="reject-total">0<`, "No rejects."}, nil},
		{"/rejects?reason=%3Cscript%3Ealert(1)%3C/script%3E", []string{`id="reject-total">1<`, "x&lt;b&gt;1&lt;/b&gt;"}, []string{"empty-1"}},
	}
	all, empty := countReasons(t, filepath.Join(dir, "corpus.rejects.jsonl"))
	for _, tt := range tests {
		code, h, body := get(t, ts.URL+tt.path)
		if code != 200 {
			t.Errorf("%s: status %d", tt.path, code)
		}
		for _, w := range tt.want {
			w = strings.NewReplacer("REJECTS", all, "EMPTY", empty).Replace(w)
			if !strings.Contains(body, w) {
				t.Errorf("%s: lacks %q", tt.path, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(body, w) {
				t.Errorf("%s: carries %q", tt.path, w)
			}
		}
		if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
			t.Errorf("%s: CSP %q", tt.path, csp)
		}
	}
}

// countReasons counts the lines of a rejects file, all and "empty" ones,
// by plain string matching (not the code under test).
func countReasons(t *testing.T, path string) (all, empty string) {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	n := 0
	for _, l := range lines {
		if strings.Contains(l, `"reason": "empty"`) {
			n++
		}
	}
	return itoa(len(lines)), itoa(n)
}

func itoa(n int) string { return strconv.Itoa(n) }

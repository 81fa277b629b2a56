package serve

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/web/index"
)

// TestHostGuard is issue 17 case 8, DNS rebinding: a page whose name
// resolves to 127.0.0.1 sends its own name as Host and must be refused.
func TestHostGuard(t *testing.T) {
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("corpus")) })
	for _, tc := range []struct {
		addr, host string
		want       int
	}{
		{"127.0.0.1:8080", "127.0.0.1:8080", 200},
		{"127.0.0.1:8080", "localhost:8080", 200},
		{"127.0.0.1:8080", "[::1]:8080", 200},
		{"127.0.0.1:8080", "LOCALHOST.", 200},
		{"127.0.0.1:8080", "attacker.example:8080", http.StatusMisdirectedRequest},
		{"127.0.0.1:8080", "10.0.0.5:8080", http.StatusMisdirectedRequest},
		{"myhost.lan:80", "myhost.lan", 200},
		{"myhost.lan:80", "evil.lan", http.StatusMisdirectedRequest},
		{"0.0.0.0:8080", "192.168.1.9:8080", 200},
		{"0.0.0.0:8080", "rebind.example", http.StatusMisdirectedRequest},
	} {
		r := httptest.NewRequest("GET", "/", nil)
		r.Host = tc.host
		w := httptest.NewRecorder()
		HostGuard(tc.addr, ok).ServeHTTP(w, r)
		if w.Code != tc.want {
			t.Errorf("addr %s, Host %s: %d, want %d", tc.addr, tc.host, w.Code, tc.want)
		}
	}
}

// TestRawViewOnlyInputs: the raw view opens only the corpus's inputs as
// its manifest lists them, and only regular files.
func TestRawViewOnlyInputs(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFO here:", err)
	}
	good := filepath.Join(dir, "page.txt")
	os.WriteFile(good, []byte("Headline\n\nSome body text of the page.\n"), 0o644)
	secret := filepath.Join(dir, "secret.txt")
	os.WriteFile(secret, []byte("root:x:0:0\n"), 0o644)
	corpusPath := filepath.Join(dir, "c.jsonl")
	w, err := sink.CreateJSONL(corpusPath)
	if err != nil {
		t.Fatal(err)
	}
	paths := []string{good, secret, "/dev/zero", fifo}
	for i, p := range paths {
		w.Write(&pipeline.Record{ID: string(rune('a' + i)), Source: pipeline.Source{Path: p, Format: "text", Unit: "line"}, Spans: []pipeline.Span{}})
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	// The manifest lists the page, /dev/zero and the FIFO (a run that
	// was given them), not the secret.
	ts := serveWithInputs(t, corpusPath, good, "/dev/zero", fifo)
	for i, want := range []string{"Some body text", "not an input of this corpus", "not a regular file", "not a regular file"} {
		_, _, body := get(t, ts.URL+"/record/0/"+string(rune('0'+i)))
		if !strings.Contains(body, want) {
			t.Errorf("record %d (%s): lacks %q", i, paths[i], want)
		}
		if strings.Contains(body, "root:x") {
			t.Errorf("record %d shows the secret file", i)
		}
	}
}

// TestSearchCaps: a search of too many words or too long a URL is refused
// at once; repeated words are searched once.
func TestSearchCaps(t *testing.T) {
	ts, _ := testServer(t)
	many := strings.Repeat("monsoon+", 400)
	code, _, body := get(t, ts.URL+"/api/search?q="+many)
	if code != 200 || !strings.Contains(body, `"total":1`) {
		t.Errorf("one word repeated: %d %.200s", code, body)
	}
	var words []string
	for i := range MaxTerms + 1 {
		words = append(words, "w"+strings.Repeat("x", i%7)+string(rune('a'+i%26))+string(rune('a'+i/26)))
	}
	code, _, _ = get(t, ts.URL+"/api/search?q="+strings.Join(words, "+"))
	if code != 400 {
		t.Errorf("%d words: status %d, want 400", len(words), code)
	}
	code, _, _ = get(t, ts.URL+"/?q=x&site="+strings.Repeat("a", MaxQueryURL))
	if code != 400 {
		t.Errorf("long URL: status %d, want 400", code)
	}
	// A search whose request is gone stops.
	ix := ts.Config.Handler.(*Server).corpora[0]
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.Search(index.Query{Text: "monsoon", Ctx: ctx}); err == nil {
		t.Error("a cancelled search ran")
	}
}

// serveWithInputs serves the corpus at corpusPath (records in c.jsonl)
// with a manifest that lists inputs as the run's, for the raw view.
func serveWithInputs(t *testing.T, corpusPath string, inputs ...string) *httptest.Server {
	t.Helper()
	m := sink.Manifest{Shards: []sink.Shard{{Records: filepath.Base(corpusPath)}}}
	for _, p := range inputs {
		m.Inputs = append(m.Inputs, sink.InputInfo{Path: p})
	}
	if err := sink.WriteJSON(sink.ManifestPath(corpusPath), &m); err != nil {
		t.Fatal(err)
	}
	return serveCorpus(t, corpusPath)
}

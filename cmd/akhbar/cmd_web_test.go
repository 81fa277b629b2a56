package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/akhbar/akhbar/web/webtest"
)

func TestRunReport(t *testing.T) {
	dir := webtest.CopyTestdata(t)
	out := filepath.Join(dir, "r.html")
	var stderr bytes.Buffer
	err := runReport(context.Background(), reportOptions{Output: out}, []string{filepath.Join(dir, "corpus.jsonl")}, &stderr)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`id="total-records">6<`)) || !bytes.Contains(b, []byte(`id="total-rejects">3<`)) {
		t.Error("report lacks the totals")
	}
	if !strings.Contains(stderr.String(), "6 records, 3 rejects") {
		t.Errorf("stderr %q", stderr.String())
	}
	// --no-rejects and --rejects exclude each other.
	err = runReport(context.Background(), reportOptions{Output: out, NoRejects: true, Rejects: []string{"x"}}, []string{filepath.Join(dir, "corpus.jsonl")}, io.Discard)
	if !errors.As(err, new(usageError)) {
		t.Errorf("err = %v, want a usage error", err)
	}
	// A missing corpus fails.
	if err := runReport(context.Background(), reportOptions{Output: out, Quiet: true}, []string{filepath.Join(dir, "nope.jsonl")}, io.Discard); err == nil {
		t.Error("no error for a missing corpus")
	}
}

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestRunServe(t *testing.T) {
	dir := webtest.CopyTestdata(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- runServe(ctx, serveOptions{Addr: "127.0.0.1:0"}, []string{filepath.Join(dir, "corpus.jsonl")}, &stderr)
	}()
	addr := regexp.MustCompile(`serve: (http://[^ ]+/)\n`)
	var url string
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline) && url == ""; time.Sleep(20 * time.Millisecond) {
		if m := addr.FindStringSubmatch(stderr.String()); m != nil {
			url = m[1]
		}
		select {
		case err := <-done:
			t.Fatalf("serve ended early: %v\n%s", err, stderr.String())
		default:
		}
	}
	if url == "" {
		t.Fatalf("no address in %q", stderr.String())
	}
	// The server answers at once; the UI takes over once the index is open.
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline) && !strings.Contains(stderr.String(), "serve: ready"); time.Sleep(20 * time.Millisecond) {
	}
	resp, err := http.Get(url + "id/eng-1")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !bytes.Contains(body, []byte("Monsoon reaches Kerala")) {
		t.Errorf("GET /id/eng-1: %d", resp.StatusCode)
	}
	if _, err := os.Stat(filepath.Join(dir, "corpus.jsonl.idx", "manifest.json")); err != nil {
		t.Errorf("index not beside the corpus: %v", err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve after interrupt: %v", err)
	}
	if err := runServe(context.Background(), serveOptions{Addr: "127.0.0.1:0", IndexDir: dir}, []string{"a", "b"}, io.Discard); !errors.As(err, new(usageError)) {
		t.Errorf("--index-dir with two corpora: %v", err)
	}
}

func TestBuildingPage(t *testing.T) {
	var b building
	rec := httptest.NewRecorder()
	b.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "Starting") {
		t.Errorf("before progress: %d %q", rec.Code, rec.Body.String())
	}
	b.progress("big <corpus>.jsonl", 150000)
	rec = httptest.NewRecorder()
	b.ServeHTTP(rec, httptest.NewRequest("GET", "/record/0/1", nil))
	body := rec.Body.String()
	if !strings.Contains(body, "150000 records so far") || !strings.Contains(body, `http-equiv="refresh"`) || strings.Contains(body, "<corpus>") {
		t.Errorf("during the build: %q", body)
	}
}

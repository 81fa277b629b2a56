package e2e

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// browser starts a fresh headless Chromium for one test, with the flags
// that keep it off the network, and collects what the pages complain
// about.
type browser struct {
	ctx context.Context

	mu       sync.Mutex
	problems []string
}

func chromiumPath() string {
	if p := os.Getenv("AKHBAR_CHROMIUM"); p != "" {
		return p
	}
	return "/usr/bin/chromium"
}

func newBrowser(t *testing.T) *browser {
	t.Helper()
	if testing.Short() {
		// Starting Chromium costs seconds per test; .ci/run runs these in full.
		t.Skip("browser test: skipped under -short")
	}
	path := chromiumPath()
	if _, err := os.Stat(path); err != nil {
		t.Skipf("browser tests need Chromium at %s (apt-get install chromium, or set AKHBAR_CHROMIUM): %v", path, err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1000),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() {
		cancelT()
		cancelC()
		cancelA()
	})
	b := &browser{ctx: ctx}
	err := chromedp.Listen(ctx, func(ev any) {
		var p string
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			p = "exception: " + e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil {
				p += " " + e.ExceptionDetails.Exception.Description
			}
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
				p = fmt.Sprintf("console.%s", e.Type)
				for _, a := range e.Args {
					p += " " + a.Description + string(a.Value)
				}
			}
		case *log.EventEntryAdded:
			// CSP violations and failed loads land here. A missing
			// favicon is the browser's own request, not the page's.
			if e.Entry.Level == log.EntryLevelError && !strings.Contains(e.Entry.URL, "favicon.ico") {
				p = fmt.Sprintf("log %s: %s %s", e.Entry.Source, e.Entry.Text, e.Entry.URL)
			}
		case *page.EventJavascriptDialogOpening:
			p = "dialog opened: " + e.Message
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
		}
		if p != "" {
			b.mu.Lock()
			b.problems = append(b.problems, p)
			b.mu.Unlock()
		}
	})
	if err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	// The log domain reports CSP violations; chromedp enables runtime and
	// page itself.
	if _, err := chromedp.Call(ctx, log.Enable, cdp.Empty{}); err != nil {
		t.Fatalf("log.enable: %v", err)
	}
	return b
}

// noProblems fails the test for every error the pages reported so far.
func (b *browser) noProblems(t *testing.T) {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, p := range b.problems {
		t.Errorf("page problem: %s", p)
	}
	b.problems = nil
}

func (b *browser) do(t *testing.T, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(b.ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func run[T any](t *testing.T, b *browser, what string, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

func eval[T any](t *testing.T, b *browser, js string) T {
	t.Helper()
	return run(t, b, js, chromedp.Evaluate[T](js))
}

func text(t *testing.T, b *browser, sel string) string {
	t.Helper()
	return strings.TrimSpace(run(t, b, "text of "+sel, chromedp.Text(chromedp.CSS(sel))))
}

// screenshot saves a full-page PNG when AKHBAR_SCREENSHOTS names a folder.
func (b *browser) screenshot(t *testing.T, name string) {
	t.Helper()
	dir := os.Getenv("AKHBAR_SCREENSHOTS")
	if dir == "" {
		return
	}
	png := run(t, b, "screenshot", chromedp.FullScreenshot(100))
	if err := os.WriteFile(dir+"/"+name, png, 0o644); err != nil {
		t.Fatal(err)
	}
}

func getenv(k string) string { return os.Getenv(k) }

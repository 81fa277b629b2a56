// Command browser-dump writes pages as a browser's text copy of them: the
// document's innerText in headless Chromium (what a crawler driving a
// browser stores when it keeps `document.body.innerText`, or what selecting
// a whole page and copying it gives). Block boxes end lines, paragraphs are
// set apart by a blank line, table cells by tabs, and nothing is wrapped or
// marked: a layout none of the text-mode renderers of
// scripts/make-dump-set.sh has. akhbar itself never runs it.
//
//	browser-dump OUTDIR PAGE.html...
//
// Every page is written to OUTDIR/<name>.txt (its file name with .txt for
// .html); a page already there is skipped, one that fails is named on
// stderr and left out. One browser serves all pages. Scripts do not run and
// nothing is fetched from the network, so the text is the same from run to
// run: a browser crawl would also apply the site's style sheets, which a
// saved page without its network cannot give, so elements they hide stay.
package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: browser-dump OUTDIR PAGE.html...")
		os.Exit(2)
	}
	out, pages := os.Args[1], os.Args[2:]
	if err := os.MkdirAll(out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	exe := "chromium"
	if p := os.Getenv("CHROMIUM"); p != "" {
		exe = p
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.WindowSize(1280, 800),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("blink-settings", "imagesEnabled=false"),
	)
	defer cancel()
	bctx, cancelB := chromedp.NewContext(actx)
	defer cancelB()
	if err := chromedp.Do(bctx); err != nil {
		fmt.Fprintln(os.Stderr, "browser-dump: start chromium:", err)
		os.Exit(1)
	}
	failed := 0
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), filepath.Ext(page)) + ".txt"
		dst := filepath.Join(out, name)
		if _, err := os.Stat(dst); err == nil {
			continue
		}
		text, err := render(bctx, page)
		if err == nil && strings.TrimSpace(text) == "" {
			err = fmt.Errorf("no text")
		}
		if err != nil {
			failed++
			fmt.Fprintf(os.Stderr, "browser-dump: %s: %v\n", page, err)
			continue
		}
		if err := writeAtomic(dst, text+"\n"); err != nil {
			fmt.Fprintln(os.Stderr, "browser-dump:", err)
			os.Exit(1)
		}
	}
	if failed > 0 {
		fmt.Fprintf(os.Stderr, "browser-dump: %d of %d pages failed\n", failed, len(pages))
	}
}

// render opens one page in a fresh tab of the shared browser, scripts off
// and every http(s) fetch refused, and returns the body's innerText.
func render(bctx context.Context, page string) (string, error) {
	abs, err := filepath.Abs(page)
	if err != nil {
		return "", err
	}
	tctx, cancel := chromedp.NewContext(bctx)
	defer cancel()
	tctx, cancelT := context.WithTimeout(tctx, 30*time.Second)
	defer cancelT()
	if err := chromedp.Do(tctx); err != nil {
		return "", err
	}
	if _, err := chromedp.Call(tctx, network.Enable, network.EnableParams{}); err != nil {
		return "", err
	}
	block := []*network.BlockPattern{
		{URLPattern: "http://*:*/*", Block: true},
		{URLPattern: "https://*:*/*", Block: true},
	}
	if _, err := chromedp.Call(tctx, network.SetBlockedURLs, network.SetBlockedURLsParams{URLPatterns: block}); err != nil {
		return "", err
	}
	if _, err := chromedp.Call(tctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		return "", err
	}
	if err := chromedp.Do(tctx, chromedp.Navigate("file://"+abs)); err != nil {
		return "", err
	}
	return chromedp.Run(tctx, chromedp.Evaluate[string](`document.body ? document.body.innerText : ""`))
}

func writeAtomic(path, text string) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

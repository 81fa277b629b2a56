// Command baseline-trafilatura runs plain go-trafilatura (the version in
// go.mod, with its default options) over HTML pages and writes one JSONL
// record per page in the shape score.py reads, so that akhbar's figures are
// always printed beside the library's own on the same pages in the same
// run. It is a measuring tool, not part of akhbar.
//
//	go run ./scripts/baseline-trafilatura [-fallback] [-o out.jsonl] PAGE.html[.gz]...
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

type record struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Authors   []string `json:"authors,omitempty"`
	Published string   `json:"published,omitempty"`
	Text      string   `json:"text"`
}

func main() {
	fallback := flag.Bool("fallback", false, "enable go-trafilatura's readability/dom-distiller fallback")
	out := flag.String("o", "-", "output JSONL")
	flag.Parse()
	w := os.Stdout
	if *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			fatal(err)
		}
		defer f.Close()
		w = f
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	start := time.Now()
	var bytesIn int64
	for _, path := range flag.Args() {
		page, err := readPage(path)
		if err != nil {
			fatal(err)
		}
		bytesIn += int64(len(page))
		rec := record{ID: id(path)}
		res, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{EnableFallback: *fallback})
		if err == nil {
			rec.Title = res.Metadata.Title
			if a := strings.TrimSpace(res.Metadata.Author); a != "" {
				rec.Authors = strings.Split(a, "; ")
			}
			if !res.Metadata.Date.IsZero() {
				rec.Published = res.Metadata.Date.Format("2006-01-02")
			}
			rec.Text = res.ContentText
		}
		if err := enc.Encode(rec); err != nil {
			fatal(err)
		}
	}
	el := time.Since(start)
	fmt.Fprintf(os.Stderr, "baseline: %d pages in %.2fs (%.1f pages/s, %.2f MB/s)\n", flag.NArg(), el.Seconds(),
		float64(flag.NArg())/el.Seconds(), float64(bytesIn)/1e6/el.Seconds())
}

func readPage(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		r = zr
	}
	return io.ReadAll(r)
}

func id(path string) string {
	base := filepath.Base(path)
	if i := strings.IndexByte(base, '.'); i > 0 {
		return base[:i]
	}
	return base
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "baseline-trafilatura:", err)
	os.Exit(1)
}

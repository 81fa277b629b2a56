// Command make-big-warc writes a WARC file of at least -size bytes made of
// the eval kit's HTML pages, each wrapped as an HTTP response record (with
// its request and a warcinfo record, as crawlers write them), repeated
// with fresh record ids and target URIs until the size is reached. It is
// for measuring akhbar's memory and speed on a large input, not a test
// fixture: write it to /tmp, never into the repository.
//
//	go run ./scripts/make-big-warc -o /tmp/big.warc.gz -size 1g EVAL_DIR
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

func main() {
	out := flag.String("o", "/tmp/akhbar-big.warc.gz", "output file; .gz compresses each record as its own gzip member")
	sizeFlag := flag.String("size", "1g", "minimum size of the uncompressed WARC (k, m, g suffixes)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: make-big-warc [-o FILE] [-size 1g] EVAL_DIR")
		os.Exit(2)
	}
	min, err := parseSize(*sizeFlag)
	if err != nil {
		fatal(err)
	}
	var pages [][]byte
	for _, set := range []string{"extraction/scrapinghub", "dates/htmldate", "metadata/trafilatura"} {
		files, _ := filepath.Glob(filepath.Join(flag.Arg(0), set, "inputs", "*.html.gz"))
		for _, f := range files {
			b, err := readGz(f)
			if err != nil {
				fatal(err)
			}
			pages = append(pages, b)
		}
	}
	if len(pages) == 0 {
		fatal(fmt.Errorf("no pages under %s", flag.Arg(0)))
	}
	f, err := os.Create(*out)
	if err != nil {
		fatal(err)
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	gz := strings.HasSuffix(*out, ".gz")
	var total int64
	write := func(rec string) {
		total += int64(len(rec))
		if !gz {
			bw.WriteString(rec)
			return
		}
		zw, _ := gzip.NewWriterLevel(bw, gzip.BestSpeed)
		zw.Write([]byte(rec))
		zw.Close()
	}
	date := time.Date(2024, 7, 3, 14, 13, 0, 0, time.UTC)
	write(record("warcinfo", "", date, "application/warc-fields", "software: akhbar make-big-warc\r\nformat: WARC File Format 1.1\r\n", 0))
	n := 0
	for total < min {
		for i, p := range pages {
			n++
			uri := fmt.Sprintf("https://news.example/%d/page-%d.html", n/len(pages), i)
			req := fmt.Sprintf("GET /%d/page-%d.html HTTP/1.1\r\nHost: news.example\r\nUser-Agent: make-big-warc\r\n\r\n", n/len(pages), i)
			write(record("request", uri, date, "application/http; msgtype=request", req, n*2))
			resp := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n", len(p)) + string(p)
			write(record("response", uri, date, "application/http; msgtype=response", resp, n*2+1))
			if total >= min {
				break
			}
		}
	}
	if err := bw.Flush(); err != nil {
		fatal(err)
	}
	if err := f.Close(); err != nil {
		fatal(err)
	}
	st, _ := os.Stat(*out)
	fmt.Printf("%s: %d responses, %d bytes of WARC, %d bytes on disk\n", *out, n, total, st.Size())
}

func record(typ, uri string, date time.Time, ctype, block string, seq int) string {
	var b strings.Builder
	b.WriteString("WARC/1.1\r\n")
	fmt.Fprintf(&b, "WARC-Type: %s\r\n", typ)
	fmt.Fprintf(&b, "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n", seq)
	fmt.Fprintf(&b, "WARC-Date: %s\r\n", date.Format(time.RFC3339))
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\n", ctype)
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(block))
	b.WriteString(block)
	b.WriteString("\r\n\r\n")
	return b.String()
}

func readGz(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(zr)
}

func parseSize(s string) (int64, error) {
	mult := int64(1)
	switch {
	case strings.HasSuffix(s, "g"):
		mult, s = 1<<30, strings.TrimSuffix(s, "g")
	case strings.HasSuffix(s, "m"):
		mult, s = 1<<20, strings.TrimSuffix(s, "m")
	case strings.HasSuffix(s, "k"):
		mult, s = 1<<10, strings.TrimSuffix(s, "k")
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n * mult, err
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "make-big-warc:", err)
	os.Exit(1)
}

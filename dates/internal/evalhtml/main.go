// Command evalhtml measures package dates on the date strings that HTML
// pages carry in their metadata (meta tags, JSON-LD, <time datetime>) and
// on the visible text of their "date" elements, against the publication
// date gold of the htmldate and trafilatura evaluation sets.
//
// It is a rough harness for the parser, not akhbar's HTML metadata step:
// candidates are cut out with regular expressions and the first one wins.
//
//	go run ./dates/internal/evalhtml [-v] [/work/shared/eval]
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/akhbar/akhbar/dates"
)

var (
	metaRx    = regexp.MustCompile(`(?is)<meta\b[^>]*?(?:property|name|itemprop)\s*=\s*["']?(article:published_time|og:published_time|datePublished|pubdate|publishdate|publish-date|publish_date|dc\.date|dc\.date\.issued|dcterms\.date|dcterms\.created|date|sailthru\.date|parsely-pub-date|article\.published|citation_publication_date)["']?[^>]*>`)
	contentRx = regexp.MustCompile(`(?is)\bcontent\s*=\s*["']([^"']{4,80})["']`)
	jsonldRx  = regexp.MustCompile(`(?s)"datePublished"\s*:\s*"([^"]{4,80})"`)
	timeRx    = regexp.MustCompile(`(?is)<time\b[^>]*\bdatetime\s*=\s*["']([^"']{4,80})["']`)
	classRx   = regexp.MustCompile(`(?is)<(?:span|div|p|time|small|li)\b[^>]*class\s*=\s*["'][^"']*(?:date|time|posted|byline|meta)[^"']*["'][^>]*>(.{4,300}?)</`)
	tagRx     = regexp.MustCompile(`<[^>]*>`)
)

type truth struct {
	ID   string  `json:"id"`
	Date *string `json:"date"`
}

func main() {
	verbose := flag.Bool("v", false, "print every failure")
	flag.Parse()
	root := "/work/shared/eval"
	if flag.NArg() > 0 {
		root = flag.Arg(0)
	}
	for _, set := range []string{"dates/htmldate", "metadata/trafilatura"} {
		run(filepath.Join(root, set), *verbose)
	}
}

func run(dir string, verbose bool) {
	f, err := os.Open(filepath.Join(dir, "truth.jsonl"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	defer f.Close()
	var pages, meta, metaOK, metaRight, text, textOK, textRight int
	var parseTime time.Duration
	var parsed int
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var tr truth
		if json.Unmarshal(sc.Bytes(), &tr) != nil || tr.Date == nil || *tr.Date == "" {
			continue
		}
		page, err := readGz(filepath.Join(dir, "inputs", tr.ID+".html.gz"))
		if err != nil {
			continue
		}
		pages++
		o := dates.Options{Ref: time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)}
		if c := metaCandidate(page); c != "" {
			meta++
			t0 := time.Now()
			r, ok := dates.Parse(c, o)
			parseTime += time.Since(t0)
			parsed++
			if ok {
				metaOK++
				if r.Time.Format(time.DateOnly) == *tr.Date {
					metaRight++
				} else if verbose {
					fmt.Printf("meta  %s %q -> %s, gold %s\n", tr.ID, c, r, *tr.Date)
				}
			} else if verbose {
				fmt.Printf("meta  %s %q -> no date, gold %s\n", tr.ID, c, *tr.Date)
			}
		}
		// Visible text of elements whose class says date/time/byline.
		for _, m := range classRx.FindAllStringSubmatch(page, 20) {
			s := strings.Join(strings.Fields(html.UnescapeString(tagRx.ReplaceAllString(m[1], " "))), " ")
			t0 := time.Now()
			rs := dates.Find(s, o)
			parseTime += time.Since(t0)
			parsed++
			if len(rs) == 0 {
				continue
			}
			text++
			textOK++
			if rs[0].Time.Format(time.DateOnly) == *tr.Date {
				textRight++
			} else if verbose {
				fmt.Printf("text  %s %q -> %s, gold %s\n", tr.ID, s, rs[0], *tr.Date)
			}
			break
		}
	}
	fmt.Printf("%s: %d pages with a date\n", dir, pages)
	fmt.Printf("  metadata string found on %d: parsed %d, right date %d\n", meta, metaOK, metaRight)
	fmt.Printf("  date-like element text with a date on %d: right date %d\n", text, textRight)
	if parsed > 0 {
		fmt.Printf("  %.1f µs per Parse/Find call on these strings\n", float64(parseTime.Microseconds())/float64(parsed))
	}
}

func metaCandidate(page string) string {
	for _, m := range metaRx.FindAllString(page, -1) {
		if c := contentRx.FindStringSubmatch(m); c != nil {
			return html.UnescapeString(c[1])
		}
	}
	if m := jsonldRx.FindStringSubmatch(page); m != nil {
		return m[1]
	}
	if m := timeRx.FindStringSubmatch(page); m != nil {
		return html.UnescapeString(m[1])
	}
	return ""
}

func readGz(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return "", err
	}
	b, err := io.ReadAll(io.LimitReader(z, 8<<20))
	return string(b), err
}

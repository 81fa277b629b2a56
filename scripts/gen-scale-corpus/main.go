// Command gen-scale-corpus writes a large corpus for scale runs from the
// evaluation dumps: JSONL files of pages ({"id", "url", "text"}) cycling
// through every text dump under EVAL/dumps with ids and URLs made unique
// per copy, plus every tenth file as text dumps gzipped in one JSONL.gz.
//
//	go run ./scripts/gen-scale-corpus -eval ../shared/eval -out /tmp/akhbar-scale -gb 5
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	eval := flag.String("eval", "../shared/eval", "evaluation folder")
	out := flag.String("out", "/tmp/akhbar-scale", "output folder")
	gb := flag.Float64("gb", 5, "total size of the corpus in GB (uncompressed)")
	files := flag.Int("files", 10, "number of files")
	flag.Parse()

	var pages []string
	var ids []string
	for _, set := range []string{"dumps/webcorpus/inputs", "dumps/scrapinghub-w3m/inputs"} {
		m, _ := filepath.Glob(filepath.Join(*eval, set, "*.txt"))
		sort.Strings(m)
		for _, p := range m {
			b, err := os.ReadFile(p)
			if err != nil {
				log.Fatal(err)
			}
			pages = append(pages, string(b))
			ids = append(ids, strings.TrimSuffix(filepath.Base(p), ".txt"))
		}
	}
	if len(pages) == 0 {
		log.Fatalf("no dumps under %s", *eval)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	per := int64(*gb * 1e9 / float64(*files))
	n := 0
	for f := range *files {
		name := filepath.Join(*out, fmt.Sprintf("pages-%03d.jsonl", f))
		var w io.Writer
		fh, err := os.Create(name)
		if err != nil {
			log.Fatal(err)
		}
		bw := bufio.NewWriterSize(fh, 1<<20)
		w = bw
		var zw *gzip.Writer
		if f%10 == 9 {
			fh.Close()
			os.Remove(name)
			fh, _ = os.Create(name + ".gz")
			bw = bufio.NewWriterSize(fh, 1<<20)
			zw = gzip.NewWriter(bw)
			w = zw
		}
		var written int64
		for written < per {
			i := n % len(pages)
			rep := n / len(pages)
			site, _, _ := strings.Cut(ids[i], "__")
			line, _ := json.Marshal(map[string]string{
				"id":   fmt.Sprintf("%s-r%05d", ids[i], rep),
				"url":  fmt.Sprintf("https://%s.example/%s/%d", site, ids[i], rep),
				"text": pages[i],
			})
			line = append(line, '\n')
			if _, err := w.Write(line); err != nil {
				log.Fatal(err)
			}
			written += int64(len(line))
			n++
		}
		if zw != nil {
			zw.Close()
		}
		if err := bw.Flush(); err != nil {
			log.Fatal(err)
		}
		fh.Close()
	}
	fmt.Printf("%d pages in %d files under %s\n", n, *files, *out)
}

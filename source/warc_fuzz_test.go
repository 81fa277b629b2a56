package source

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/andybalholm/brotli"

	"github.com/akhbar/akhbar/pipeline"
)

// FuzzReadContainers feeds arbitrary bytes to the reader as a file: whatever they
// are (WARC, ARC, gzip, JSONL, damaged), reading must end, never panic,
// and every item must be a page, a skip or a reject.
func FuzzReadContainers(f *testing.F) {
	f.Add([]byte(warcRecord("response", "http://x/", "application/http", httpResp(200, "text/html", "", page))))
	f.Add(gz(warcRecord("warcinfo", "", "application/warc-fields", "a: b\r\n"), warcRecord("response", "http://x/", "application/http", httpResp(200, "text/html", "Transfer-Encoding: chunked\r\n", "5\r\nhello\r\n0\r\n\r\n"))))
	var br bytes.Buffer
	bw := brotli.NewWriter(&br)
	bw.Write([]byte(page))
	bw.Close()
	f.Add([]byte(warcRecord("response", "http://x/", "application/http", httpResp(200, "text/html", "Content-Encoding: br\r\n", br.String()))))
	f.Add([]byte(warcRecord("response", "http://x/", "application/http", httpResp(200, "text/html", "Content-Encoding: gzip, zstd\r\n", string(zstdBytes(f, gz(page)))))))
	f.Add([]byte("filedesc://x.arc 0.0.0.0 20140216050221 text/plain 0\n\nhttp://x/ 1.2.3.4 20140216050221 text/html 5\nHTTP/\n"))
	f.Add([]byte(`{"id":"a","html":"<p>x</p>"}` + "\n"))
	files, _ := filepath.Glob("/work/shared/eval/warc/*.*")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil && len(b) < 16<<10 {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		// A hang is a failure too: the fuzzer reports panics, not stalls.
		timer := time.AfterFunc(10*time.Second, func() { panic(fmt.Sprintf("read did not end on %q", data)) })
		defer timer.Stop()
		err := ReadFrom(context.Background(), bytes.NewReader(data), Input{Path: "fuzz"}, Options{MaxItemBytes: 1 << 20}, func(it pipeline.Item) error {
			n++
			if it.Err == nil && it.Skip == "" && it.Body == nil && len(data) > 0 && it.Source.Format != "text" && it.Source.Format != "html" {
				t.Fatalf("item with neither body, skip nor error: %+v", it)
			}
			if n > len(data)+10 {
				t.Fatalf("more items (%d) than input bytes", n)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}

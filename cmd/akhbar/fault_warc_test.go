package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/source"
)

func warcRecord(typ, id, uri, contentType string, block []byte, extra string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: 2024-07-01T10:00:00Z\r\n", typ, id)
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\n%sContent-Length: %d\r\n\r\n", contentType, extra, len(block))
	b.Write(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

func httpResponse(status, ctype string, body []byte) []byte {
	return append([]byte(fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", status, ctype, len(body))), body...)
}

func htmlPage(r *rand.Rand, i int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html><html><head><title>Story %d</title></head><body><nav>Home | World</nav><article><h1>Story %d</h1>", i, i)
	for range 4 {
		fmt.Fprintf(&b, "<p>%s</p>", strings.ReplaceAll(page(r, "warc"), "\n", " "))
	}
	b.WriteString("</article><footer>Copyright 2024</footer></body></html>")
	return []byte(b.String())
}

// hasWARCReader reports whether the source splits WARC files into records
// (package source's WARC reader, from the html branch).
func hasWARCReader(t *testing.T) bool {
	p := filepath.Join(t.TempDir(), "probe.warc")
	rec := warcRecord("response", "probe-1", "http://x.example/", "application/http; msgtype=response", httpResponse("200 OK", "text/html", []byte("<html><body><p>x</p></body></html>")), "")
	os.WriteFile(p, rec, 0o644)
	split := false
	source.Read(context.Background(), source.Input{Path: p}, source.Options{}, func(it pipeline.Item) error {
		split = split || it.ID == "urn:uuid:probe-1"
		return nil
	})
	return split
}

// TestWARCFaults mixes damaged WARC records among good ones in one
// .warc.gz of one gzip member per record: a member whose deflate data is
// broken, a header with a bad length, a record cut short at the end of the
// file, and records that are not pages. Every good page must be a record,
// every damaged record a reject, and the other records counted as skipped.
func TestWARCFaults(t *testing.T) {
	if !hasWARCReader(t) {
		t.Skip("source has no WARC reader yet")
	}
	r := rand.New(rand.NewPCG(7, 8))
	var file bytes.Buffer
	want := map[string]bool{}
	bad := 0
	member := func(b []byte) { file.Write(gz(b)) }
	member(warcRecord("warcinfo", "info", "", "application/warc-fields", []byte("software: test\r\n"), ""))
	for i := range 20 {
		id := fmt.Sprintf("good-%02d", i)
		want["urn:uuid:"+id] = true
		uri := fmt.Sprintf("https://news.example/story-%d", i)
		member(warcRecord("request", "req-"+id, uri, "application/http; msgtype=request", []byte("GET / HTTP/1.1\r\nHost: news.example\r\n\r\n"), ""))
		member(warcRecord("response", id, uri, "application/http; msgtype=response", httpResponse("200 OK", "text/html; charset=utf-8", htmlPage(r, i)), ""))
		switch i {
		case 3: // deflate data broken in the middle of a member
			m := gz(warcRecord("response", "broken-gzip", uri+"x", "application/http; msgtype=response", httpResponse("200 OK", "text/html", htmlPage(r, 100)), ""))
			for k := len(m) / 3; k < len(m)/3+40; k++ {
				m[k] ^= 0x5a
			}
			file.Write(m)
			bad++
		case 7: // a length that is not a number
			b := warcRecord("response", "bad-length", uri+"y", "application/http; msgtype=response", httpResponse("200 OK", "text/html", htmlPage(r, 101)), "")
			member(bytes.Replace(b, []byte("Content-Length: "), []byte("Content-Length: x"), 1))
			bad++
		case 11: // not a page
			member(warcRecord("response", "png", uri+".png", "application/http; msgtype=response", httpResponse("200 OK", "image/png", []byte("\x89PNG\r\n\x1a\n")), ""))
		case 13: // not found
			member(warcRecord("response", "404", uri+"z", "application/http; msgtype=response", httpResponse("404 Not Found", "text/html", []byte("<html>gone</html>")), ""))
		}
	}
	// The last record is cut short.
	last := gz(warcRecord("response", "cut", "https://news.example/cut", "application/http; msgtype=response", httpResponse("200 OK", "text/html", htmlPage(r, 102)), ""))
	file.Write(last[:len(last)/2])
	bad++

	dir := t.TempDir()
	in := filepath.Join(dir, "crawl.warc.gz")
	os.WriteFile(in, file.Bytes(), 0o644)
	out := filepath.Join(dir, "out") + "/"
	var stderr bytes.Buffer
	opts := cleanOptions{Format: "auto", Output: out, Quality: "none", Quiet: true, MaxItemBytes: 64 << 20, ItemTimeout: 20 * time.Second, ShardRecords: 6}
	if err := runClean(context.Background(), opts, []string{in}, &stderr); err != nil {
		t.Fatalf("clean: %v\n%s", err, stderr.String())
	}
	got := map[string]bool{}
	sink.ReadRecords(out, func(rec pipeline.Record) error { got[rec.ID] = true; return nil })
	for id := range want {
		if !got[id] {
			t.Errorf("%s: good page not in the output", id)
		}
	}
	for id := range got {
		if !want[id] {
			t.Errorf("%s: a record that is not a good page", id)
		}
	}
	m, err := sink.ReadManifest(filepath.Join(out, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var reasons []string
	for _, s := range m.Shards {
		if s.Rejects != "" {
			readJSONLines(t, filepath.Join(out, s.Rejects), func(line []byte) {
				var rej pipeline.Reject
				json.Unmarshal(line, &rej)
				reasons = append(reasons, rej.Reason)
			})
		}
	}
	if len(reasons) < bad {
		t.Errorf("%d rejects %v, want at least one for each of the %d damaged records", len(reasons), reasons, bad)
	}
	skipped := int64(0)
	for _, n := range m.Stats.Skipped {
		skipped += n
	}
	if skipped < 20+3 { // the requests, the warcinfo, the PNG, the 404
		t.Errorf("skipped %v, want the requests, warcinfo, the PNG and the 404 counted", m.Stats.Skipped)
	}
	t.Logf("%s; rejects %v", m.Stats.Summary(), reasons)
}

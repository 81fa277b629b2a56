package source

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/gzip"

	"github.com/akhbar/akhbar/pipeline"
)

const page = "<!doctype html><html><head><title>T</title></head><body><p>Hello</p></body></html>"

func warcRecord(typ, uri, ctype, block string) string {
	return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s-%d>\r\nWARC-Date: 2024-07-03T14:13:00Z\r\nWARC-Target-URI: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, typ, len(block), uri, ctype, len(block), block)
}

func httpResp(status int, ctype, extra, body string) string {
	return fmt.Sprintf("HTTP/1.1 %d X\r\nContent-Type: %s\r\n%s\r\n%s", status, ctype, extra, body)
}

func gz(parts ...string) []byte {
	var buf bytes.Buffer
	for _, p := range parts {
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte(p))
		zw.Close()
	}
	return buf.Bytes()
}

type got struct {
	items, skips, rejects []string
	offsets               []int64
}

func readBytes(t *testing.T, name string, data []byte, o Options) got {
	t.Helper()
	var g got
	err := ReadFrom(context.Background(), bytes.NewReader(data), Input{Path: name}, o, func(it pipeline.Item) error {
		switch {
		case it.Err != nil:
			g.rejects = append(g.rejects, it.Err.Error())
		case it.Skip != "":
			g.skips = append(g.skips, it.Skip)
		default:
			g.items = append(g.items, it.ID+" "+it.URL+" "+it.Source.Format+" "+string(it.Body))
			g.offsets = append(g.offsets, it.Source.Offset)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return g
}

func TestWARC(t *testing.T) {
	req := warcRecord("request", "http://x/", "application/http; msgtype=request", "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
	resp := warcRecord("response", "<http://x/a b>", "application/http; msgtype=response", httpResp(200, "text/html; charset=utf-8", "", page))
	img := warcRecord("response", "http://x/i.png", "application/http; msgtype=response", httpResp(200, "image/png", "", "\x89PNG"))
	redirect := warcRecord("response", "http://x/r", "application/http; msgtype=response", httpResp(301, "text/html", "Location: /\r\n", ""))
	chunked := warcRecord("response", "http://x/c", "application/http; msgtype=response",
		httpResp(200, "text/html", "Transfer-Encoding: chunked\r\n", fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(page), page)))
	wet := warcRecord("conversion", "http://x/w", "text/plain", "Plain text of a page")
	info := warcRecord("warcinfo", "", "application/warc-fields", "software: test\r\n")

	t.Run("plain", func(t *testing.T) {
		g := readBytes(t, "a.warc", []byte(info+req+resp+img+redirect+chunked+wet), Options{})
		if len(g.items) != 3 || len(g.rejects) != 0 {
			t.Fatalf("items %q rejects %q", g.items, g.rejects)
		}
		if !strings.Contains(g.items[0], "http://x/a%20b warc "+page) {
			t.Errorf("response item: %q", g.items[0])
		}
		if !strings.HasSuffix(g.items[1], page) {
			t.Errorf("chunked payload not de-chunked: %q", g.items[1])
		}
		if !strings.Contains(g.items[2], " wet Plain text") {
			t.Errorf("wet item: %q", g.items[2])
		}
		want := []string{"warcinfo", "request", "response:image/png", "response:status-3xx"}
		if fmt.Sprint(g.skips) != fmt.Sprint(want) {
			t.Errorf("skips %v, want %v", g.skips, want)
		}
		if g.offsets[0] != int64(len(info+req)) {
			t.Errorf("offset %d, want %d", g.offsets[0], len(info+req))
		}
	})
	t.Run("gzip per record gives member offsets", func(t *testing.T) {
		data := gz(info, req, resp)
		g := readBytes(t, "a.warc.gz", data, Options{})
		if len(g.items) != 1 {
			t.Fatalf("items %q rejects %q", g.items, g.rejects)
		}
		want := int64(len(gz(info, req)))
		if g.offsets[0] != want {
			t.Errorf("offset %d, want member offset %d", g.offsets[0], want)
		}
	})
	t.Run("whole-file gzip", func(t *testing.T) {
		g := readBytes(t, "a.warc.gz", gz(info+req+resp+resp), Options{})
		if len(g.items) != 2 || len(g.rejects) != 0 {
			t.Fatalf("items %d rejects %q", len(g.items), g.rejects)
		}
	})
	t.Run("damaged member is skipped", func(t *testing.T) {
		good := gz(resp)
		bad := gz(resp)
		bad[len(bad)/2] ^= 0xff
		data := append(append(append([]byte{}, good...), bad...), gz(resp)...)
		g := readBytes(t, "a.warc.gz", data, Options{})
		if len(g.items) != 2 || len(g.rejects) == 0 {
			t.Fatalf("items %d rejects %q", len(g.items), g.rejects)
		}
		if !strings.Contains(g.rejects[0], fmt.Sprintf("a.warc.gz @%d", len(good))) {
			t.Errorf("reject does not name the member offset: %q", g.rejects[0])
		}
	})
	t.Run("wrong length then resync", func(t *testing.T) {
		broken := strings.Replace(resp, "Content-Length: ", "Content-Length: 1", 1)
		broken = strings.Replace(broken, fmt.Sprintf("Content-Length: 1%d", len(httpResp(200, "text/html; charset=utf-8", "", page))),
			fmt.Sprintf("Content-Length: %d", len(httpResp(200, "text/html; charset=utf-8", "", page))-10), 1)
		g := readBytes(t, "b.warc", []byte(info+broken+resp), Options{})
		if len(g.items) != 1 || len(g.rejects) < 1 {
			t.Fatalf("items %q rejects %q", g.items, g.rejects)
		}
		if !strings.Contains(g.rejects[0], "b.warc @") {
			t.Errorf("reject without file and offset: %q", g.rejects[0])
		}
	})
	t.Run("too large", func(t *testing.T) {
		g := readBytes(t, "c.warc", []byte(resp+resp), Options{MaxItemBytes: 50})
		if len(g.items) != 0 || len(g.rejects) != 2 || !strings.Contains(g.rejects[0], "too-large") {
			t.Fatalf("items %q rejects %q", g.items, g.rejects)
		}
	})
	t.Run("cut short", func(t *testing.T) {
		data := info + resp
		g := readBytes(t, "d.warc", []byte(data[:len(data)-40]), Options{})
		if len(g.items) != 1 {
			t.Fatalf("items %q rejects %q", g.items, g.rejects)
		}
	})
	t.Run("garbage only", func(t *testing.T) {
		g := readBytes(t, "e.warc", []byte("WARC/1.0\r\nnot a header at all"), Options{Format: WARC})
		if len(g.items) != 0 || len(g.rejects) != 1 {
			t.Fatalf("items %q rejects %q", g.items, g.rejects)
		}
	})
}

func TestARC(t *testing.T) {
	body := httpResp(200, "text/html", "", page)
	desc := "filedesc://x.arc 0.0.0.0 20140216050221 text/plain 16\n1 0 Test\nURL IP\n\n"
	rec := fmt.Sprintf("http://example.com/a b 1.2.3.4 20140216050221 text/html %d\n%s\n", len(body), body)
	bad := "http://example.com/ 1.2.3.4 20140216050221 text/html abc\nxx\n"
	g := readBytes(t, "x.arc", []byte(desc+rec+bad+rec), Options{})
	if len(g.items) != 2 || len(g.rejects) != 1 {
		t.Fatalf("items %q rejects %q", g.items, g.rejects)
	}
	if !strings.Contains(g.items[0], "http://example.com/a%20b arc") {
		t.Errorf("item %q", g.items[0])
	}
	if g.offsets[0] != int64(len(desc)) {
		t.Errorf("offset %d, want %d", g.offsets[0], len(desc))
	}
}

// TestWarcioFixtures reads the warcio test files when the eval kit is
// beside the repository: every file must be read to its end, and every
// record accounted for.
func TestWarcioFixtures(t *testing.T) {
	dir := os.Getenv("AKHBAR_EVAL")
	if dir == "" {
		dir = "/work/shared/eval"
	}
	files, _ := filepath.Glob(filepath.Join(dir, "warc", "*.*"))
	if len(files) == 0 {
		t.Skip("eval kit not found")
	}
	pages := map[string]int{
		"example.warc": 1, "example.warc.gz": 1, "example.arc": 1, "example.arc.gz": 1,
		"example-resource.warc.gz": 1, "example-iana.org-chunked.warc": 1,
		"example-wget-bad-target-uri.warc.gz": 1, "example-space-in-url.arc": 1,
		"example-bad-non-chunked.warc.gz": 1, "example-bad.warc.gz.bad": 1, "example-wrong-chunks.warc.gz": 1,
		"post-test.warc.gz": 0, "example-digest.warc": 0, "example-space-in-target-uri.warc.gz": 0,
		"bad.arc": 0, "example-trunc.warc": 0,
	}
	malformed := map[string]bool{"bad.arc": true, "example-trunc.warc": true}
	for _, f := range files {
		base := filepath.Base(f)
		want, ok := pages[base]
		if !ok {
			continue
		}
		var g got
		err := Read(context.Background(), Input{Path: f}, Options{}, func(it pipeline.Item) error {
			switch {
			case it.Err != nil:
				g.rejects = append(g.rejects, it.Err.Error())
			case it.Skip != "":
				g.skips = append(g.skips, it.Skip)
			default:
				g.items = append(g.items, it.URL)
			}
			return nil
		})
		if err != nil {
			t.Errorf("%s: %v", base, err)
		}
		if len(g.items) != want {
			t.Errorf("%s: %d pages, want %d (rejects %q)", base, len(g.items), want, g.rejects)
		}
		if malformed[base] != (len(g.rejects) > 0) {
			t.Errorf("%s: rejects %q", base, g.rejects)
		}
		for _, r := range g.rejects {
			if !strings.Contains(r, base+" @") {
				t.Errorf("%s: reject does not name file and offset: %q", base, r)
			}
		}
	}
}

// Payloads are decoded by every coding their Content-Encoding names, the
// last applied first; a payload stored already decoded, or a coding not
// known, stays as it is with a warning.
func TestParseHTTPContentEncoding(t *testing.T) {
	brotliBytes := func(b []byte) []byte {
		var buf bytes.Buffer
		w := brotli.NewWriter(&buf)
		w.Write(b)
		w.Close()
		return buf.Bytes()
	}
	p := []byte(page)
	for _, tc := range []struct {
		name, ce string
		payload  []byte
		want     []byte
		warning  string
	}{
		{"gzip", "gzip", gz(page), p, ""},
		{"brotli", "br", brotliBytes(p), p, ""},
		{"zstd", "zstd", zstdBytes(t, p), p, ""},
		{"gzip then brotli", "gzip, br", brotliBytes(gz(page)), p, ""},
		{"identity among them", "identity, BR", brotliBytes(p), p, ""},
		{"brotli stored decoded", "br", p, p, "could not be decoded"},
		{"unknown coding", "compress", []byte("\x1f\x9d..."), []byte("\x1f\x9d..."), "not supported"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msg := append([]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: "+tc.ce+"\r\n\r\n"), tc.payload...)
			resp, err := parseHTTP(msg, 1<<20)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(resp.body, tc.want) {
				t.Errorf("body %.40q, want %.40q", resp.body, tc.want)
			}
			if tc.warning == "" && resp.warning != "" || !strings.Contains(resp.warning, tc.warning) {
				t.Errorf("warning %q, want one with %q", resp.warning, tc.warning)
			}
		})
	}
}

// Response records as some writers make them: the page stored without
// its HTTP message, an HTTP message without its content type, and a
// payload the crawler cut (WARC-Truncated), which keeps what it has and
// says so.
func TestWARCLenientResponses(t *testing.T) {
	for _, tc := range []struct {
		name, rec string
		item      string // the page's URL, or "" for a skip
		skip      string
		truncated bool
	}{
		{"page without its HTTP message", warcRecord("response", "http://x/a", "text/html", page), "http://x/a", "", false},
		{"HTTP message without a content type", warcRecord("response", "http://x/b", "", httpResp(200, "text/html", "", page)), "http://x/b", "", false},
		{"a DNS answer stays a skip", warcRecord("response", "dns:x", "text/dns", "20240703141300\nx. 300 IN A 1.2.3.4\n"), "", "response:text/dns", false},
		{"plain text stays a skip", warcRecord("response", "http://x/robots.txt", "text/plain", "User-agent: *\nDisallow:\n"), "", "response:text/plain", false},
		{"payload cut by the crawler", strings.Replace(warcRecord("response", "http://x/c", "application/http; msgtype=response", httpResp(200, "text/html", "", page[:len(page)/2])), "WARC-Date:", "WARC-Truncated: length\r\nWARC-Date:", 1), "http://x/c", "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			items := readItemsFrom(t, "a.warc", []byte(tc.rec), 0)
			if len(items) != 1 {
				t.Fatalf("%d items, want 1", len(items))
			}
			it := items[0]
			if it.Err != nil {
				t.Fatalf("reject: %v", it.Err)
			}
			if it.Skip != tc.skip {
				t.Errorf("skip %q, want %q", it.Skip, tc.skip)
			}
			if tc.item != "" && (it.URL != tc.item || len(it.Body) == 0) {
				t.Errorf("page %q with %d bytes, want %q", it.URL, len(it.Body), tc.item)
			}
			if got := it.Meta["truncated"] != ""; got != tc.truncated {
				t.Errorf("truncated %v (%q), want %v", got, it.Meta["truncated"], tc.truncated)
			}
		})
	}
}

package source

import (
	"fmt"
	"strings"
	"testing"
)

// TestWARCLengthResync: a record whose Content-Length is too large must
// cost that record only, not the records after it, whether each record is
// a gzip member of its own (the member boundary tells where the next one
// starts) or the file is one stream (the next "WARC/1.x" line after a
// blank line does, once the length is known to be wrong).
func TestWARCLengthResync(t *testing.T) {
	resp := func(i int) string {
		return strings.Replace(warcRecord("response", fmt.Sprintf("http://x/%d", i), "application/http; msgtype=response",
			httpResp(200, "text/html", "", fmt.Sprintf("<html><body><p>page %d</p></body></html>", i))),
			"urn:uuid:response-", fmt.Sprintf("urn:uuid:r%d-", i), 1)
	}
	req := warcRecord("request", "http://x/q", "application/http; msgtype=request", "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
	// longer sets a record's Content-Length to n more than its block.
	longer := func(rec string, n int) string {
		i := strings.Index(rec, "Content-Length: ")
		j := strings.Index(rec[i:], "\r\n")
		var l int
		fmt.Sscanf(rec[i+len("Content-Length: "):i+j], "%d", &l)
		return rec[:i] + fmt.Sprintf("Content-Length: %d", l+n) + rec[i+j:]
	}
	five := func(bad string) []string { return []string{resp(1), resp(2), bad, resp(4), resp(5)} }
	tests := []struct {
		name    string
		data    []byte
		opt     Options
		items   int
		rejects int
	}{
		{"gzip per record, length past the next records", gz(five(longer(resp(3), 400))...), Options{}, 4, 1},
		{"gzip per record, length past the end of the file", gz(five(longer(resp(3), 1<<20))...), Options{}, 4, 1},
		{"gzip per record, a skipped record's length too large", gz(append(five(resp(3)), longer(req, 300), resp(6), resp(7))...), Options{}, 7, 1},
		{"gzip per record, a length over the item limit", gz(five(longer(resp(3), 1<<20))...), Options{MaxItemBytes: 1 << 19}, 4, 1},
		{"plain file, length past the next records", []byte(strings.Join(five(longer(resp(3), 400)), "")), Options{}, 4, 1},
		{"plain file, length past the end", []byte(strings.Join(five(longer(resp(3), 1<<20)), "")), Options{}, 4, 1},
		{"plain file, a skipped record's length too large", []byte(strings.Join(append(five(resp(3)), longer(req, 300), resp(6), resp(7)), "")), Options{}, 7, 1},
		{"plain file, a length over the item limit", []byte(strings.Join(five(longer(resp(3), 1<<20)), "")), Options{MaxItemBytes: 1 << 19}, 4, 1},
		{"one gzip stream, a length over the item limit", gz(strings.Join(five(longer(resp(3), 1<<20)), "")), Options{MaxItemBytes: 1 << 19}, 4, 1},
		{"one gzip stream, length past the next records", gz(strings.Join(five(longer(resp(3), 400)), "")), Options{}, 4, 1},
		{"good file", gz(five(resp(3))...), Options{}, 5, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := readBytes(t, "r.warc.gz", tt.data, tt.opt)
			if len(g.items) != tt.items || len(g.rejects) != tt.rejects {
				t.Fatalf("%d items, rejects %q; want %d items and %d rejects", len(g.items), g.rejects, tt.items, tt.rejects)
			}
			for _, r := range g.rejects {
				if !strings.Contains(r, "warc-length") || !strings.Contains(r, "r.warc.gz @") {
					t.Errorf("reject %q, want warc-length naming the file and offset", r)
				}
			}
			for _, it := range g.items {
				if strings.Count(it, "WARC/1.0") > 0 {
					t.Errorf("an item swallowed another record: %.200q", it)
				}
			}
		})
	}
}

// TestWARCHeaderResync: a record whose header block runs past
// maxHeaderBytes (one endless line, a million header lines) costs that
// record only: it is a warc-header reject at its own offset, and what is
// left of it garbage up to the next record.
func TestWARCHeaderResync(t *testing.T) {
	resp := func(i int, extra string) string {
		rec := warcRecord("response", fmt.Sprintf("http://x/%d", i), "application/http; msgtype=response",
			httpResp(200, "text/html", "", fmt.Sprintf("<html><body><p>page %d</p></body></html>", i)))
		return strings.Replace(rec, "\r\n", "\r\n"+extra, 1)
	}
	for _, tt := range []struct{ name, extra string }{
		{"one long line", "X-Long: " + strings.Repeat("a", maxHeaderBytes+10) + "\r\n"},
		{"many lines", strings.Repeat("X-H: a\r\n", maxHeaderBytes/8+10)},
	} {
		for _, packed := range []string{"plain", "gzip per record"} {
			t.Run(tt.name+", "+packed, func(t *testing.T) {
				recs := []string{resp(1, ""), resp(2, tt.extra), resp(3, "")}
				data := []byte(strings.Join(recs, ""))
				if packed != "plain" {
					data = gz(recs...)
				}
				g := readBytes(t, "h.warc.gz", data, Options{})
				if len(g.items) != 2 || !strings.Contains(g.items[1], "page 3") {
					t.Fatalf("items %.80q, want pages 1 and 3", g.items)
				}
				if len(g.rejects) == 0 || !strings.Contains(g.rejects[0], "warc-header") || !strings.Contains(g.rejects[0], fmt.Sprintf("@%d", len(recs[0]))) && packed == "plain" {
					t.Errorf("rejects %.200q, want warc-header at the record's offset %d first", g.rejects, len(recs[0]))
				}
			})
		}
	}
}

// TestARCLengthResync: the same for ARC, whose records end with a newline
// and start with a one-line header.
func TestARCLengthResync(t *testing.T) {
	desc := "filedesc://x.arc 0.0.0.0 20140216050221 text/plain 16\n1 0 Test\nURL IP\n\n"
	rec := func(i, extra int) string {
		body := httpResp(200, "text/html", "", fmt.Sprintf("<html><body><p>page %d</p></body></html>", i))
		return fmt.Sprintf("http://example.com/%d 1.2.3.4 20140216050221 text/html %d\n%s\n", i, len(body)+extra, body)
	}
	for _, tt := range []struct {
		name string
		data []byte
		opt  Options
	}{
		{"plain", []byte(desc + rec(1, 0) + rec(2, 300) + rec(3, 0) + rec(4, 0)), Options{}},
		{"past the end", []byte(desc + rec(1, 0) + rec(2, 1<<20) + rec(3, 0) + rec(4, 0)), Options{}},
		{"gzip per record", gz(desc, rec(1, 0), rec(2, 300), rec(3, 0), rec(4, 0)), Options{}},
		{"gzip per record, a length over the item limit", gz(desc, rec(1, 0), rec(2, 1<<20), rec(3, 0), rec(4, 0)), Options{MaxItemBytes: 1 << 19}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := readBytes(t, "x.arc", tt.data, tt.opt)
			if len(g.items) != 3 || len(g.rejects) != 1 || !strings.Contains(g.rejects[0], "arc-length") {
				t.Fatalf("%d items, rejects %q; want 3 items and one arc-length reject", len(g.items), g.rejects)
			}
		})
	}
}

// TestWARCLengthResyncSeam: the next record line is found wherever it
// falls against the chunks a skipped block is read in.
func TestWARCLengthResyncSeam(t *testing.T) {
	resp := warcRecord("response", "http://x/a", "application/http; msgtype=response", httpResp(200, "text/html", "", page))
	for d := -24; d <= 24; d++ {
		block := "GET / HTTP/1.1\r\nX-Pad: " + strings.Repeat("a", 64<<10-len("GET / HTTP/1.1\r\nX-Pad: \r\n\r\n")-4+d) + "\r\n\r\n"
		req := warcRecord("request", "http://x/q", "application/http; msgtype=request", block)
		req = strings.Replace(req, fmt.Sprintf("Content-Length: %d", len(block)), fmt.Sprintf("Content-Length: %d", len(block)+200), 1)
		g := readBytes(t, "s.warc", []byte(req+resp+resp), Options{})
		if len(g.items) != 2 || len(g.rejects) != 1 {
			t.Errorf("next record %d bytes from the seam: %d items, rejects %q", d, len(g.items), g.rejects)
		}
	}
}

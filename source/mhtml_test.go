package source

import (
	"bytes"
	"encoding/base64"
	"mime/quotedprintable"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const mhtmlPageHTML = "<html><head><title>Council votes</title></head><body><h1>Council votes</h1><p>The council voted on Monday \u2014 after a long debate.</p></body></html>"

func qp(s string) string {
	var b bytes.Buffer
	w := quotedprintable.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

// mhtmlFile builds a saved page as Chromium writes one: the message
// header, then each part (header lines, a blank line, the body).
func mhtmlFile(snapshot string, parts ...string) string {
	var b strings.Builder
	b.WriteString("From: <Saved by Blink>\r\n")
	if snapshot != "" {
		b.WriteString("Snapshot-Content-Location: " + snapshot + "\r\n")
	}
	b.WriteString("Subject: Council votes\r\nDate: Wed, 3 Jul 2024 14:13:00 +0530\r\nMIME-Version: 1.0\r\n")
	b.WriteString("Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--x1----\"\r\n\r\n\r\n")
	for _, p := range parts {
		b.WriteString("------MultipartBoundary--x1----\r\n" + p + "\r\n")
	}
	b.WriteString("------MultipartBoundary--x1------\r\n")
	return b.String()
}

func part(ctype, cte, loc, body string) string {
	return "Content-Type: " + ctype + "\r\nContent-Transfer-Encoding: " + cte + "\r\nContent-Location: " + loc + "\r\n\r\n" + body
}

func TestReadMHTML(t *testing.T) {
	const url = "https://x.example/news/council"
	html := part("text/html", "quoted-printable", url, qp(mhtmlPageHTML))
	css := part("text/css", "quoted-printable", "cid:css-1@mhtml.blink", "body { color: red; }")
	img := part("image/png", "base64", "https://x.example/a.png", base64.StdEncoding.EncodeToString([]byte("\x89PNG....")))
	frame := part("text/html", "quoted-printable", "cid:frame-2@mhtml.blink", qp("<html><body><p>an ad</p></body></html>"))
	for _, tc := range []struct {
		name, file       string
		data             string
		body, url, saved string
		charset          string
		reason           string
		truncated        bool
	}{
		{"as Chromium saves it", "a.mhtml", mhtmlFile(url, html, css, img), mhtmlPageHTML, url, "2024-07-03T14:13:00+05:30", "", "", false},
		{"line feeds only", "a.mhtml", strings.ReplaceAll(mhtmlFile(url, html, css), "\r\n", "\n"), mhtmlPageHTML, url, "2024-07-03T14:13:00+05:30", "", "", false},
		{"base64 and a charset", "a.mht", mhtmlFile(url, part("text/html; charset=windows-1252", "base64", url, base64.StdEncoding.EncodeToString([]byte("<p>caf\xe9</p>")))), "<p>caf\xe9</p>", url, "2024-07-03T14:13:00+05:30", "windows-1252", "", false},
		{"the snapshot's part, not a frame before it", "a.mhtml", mhtmlFile(url, img, frame, html), mhtmlPageHTML, url, "2024-07-03T14:13:00+05:30", "", "", false},
		{"no snapshot location: the first HTML part", "a.mhtml", mhtmlFile("", img, html, frame), mhtmlPageHTML, url, "2024-07-03T14:13:00+05:30", "", "", false},
		{"one part, no multipart", "a.mht", "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qp(mhtmlPageHTML), mhtmlPageHTML, "", "", "utf-8", "", false},
		{"no HTML part", "a.mhtml", mhtmlFile(url, css, img), "", "", "", "", "mhtml", false},
		{"an empty HTML part", "a.mhtml", mhtmlFile(url, part("text/html", "quoted-printable", url, "")), "", "", "", "", "empty", false},
		{"cut before the page's part", "a.mhtml", mhtmlFile(url, html)[:strings.Index(mhtmlFile(url, html), "Content-Transfer-Encoding")], "", "", "", "", "mhtml", false},
		{"cut inside the page's part", "a.mhtml", mhtmlFile(url, html)[:strings.Index(mhtmlFile(url, html), "</body>")], mhtmlPageHTML[:strings.Index(mhtmlPageHTML, "</body>")], url, "2024-07-03T14:13:00+05:30", "", "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			items := readItemsFrom(t, tc.file, []byte(tc.data), 0)
			if len(items) != 1 {
				t.Fatalf("%d items, want 1", len(items))
			}
			it := items[0]
			path := it.Source.Path
			if it.ID != "a" || it.Source.Format != string(MHTML) {
				t.Errorf("id %q format %q", it.ID, it.Source.Format)
			}
			if tc.reason != "" {
				if reason(it) != tc.reason || !strings.Contains(it.Err.Error(), path) {
					t.Fatalf("got %v, want a %q reject naming the file", it.Err, tc.reason)
				}
				return
			}
			if it.Err != nil {
				t.Fatal(it.Err)
			}
			if got := it.Meta["truncated"] != ""; got != tc.truncated {
				t.Errorf("truncated %v (%q), want %v", got, it.Meta["truncated"], tc.truncated)
			}
			if string(it.Body) != tc.body || it.URL != tc.url || it.Source.Fetched != tc.saved || it.Charset != tc.charset {
				t.Errorf("body %.50q url %q saved %q charset %q, want %.50q %q %q %q", it.Body, it.URL, it.Source.Fetched, it.Charset, tc.body, tc.url, tc.saved, tc.charset)
			}
		})
	}
}

func TestDetectMHTML(t *testing.T) {
	for _, tc := range []struct {
		head string
		want Format
	}{
		{mhtmlFile("https://x/", part("text/html", "7bit", "https://x/", "<p>x</p>")), MHTML},
		{"MIME-Version: 1.0\nContent-Type: text/html\n\n<p>x</p>", MHTML},
		{"From: the desk\n\nMIME-Version: 1.0 is a standard.\nContent-Type: multipart/related\n", Text},
		{"Breaking: MIME-Version and Content-Type: multipart/related explained\n\nText.", Text},
		{"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=x\n\n--x\n", Text},
	} {
		if got := Detect([]byte(tc.head)); got != tc.want {
			t.Errorf("Detect(%.60q) = %s, want %s", tc.head, got, tc.want)
		}
	}
}

// FuzzReadMHTML: any bytes read as MHTML end as one page or one reject
// that names the file, and never panic.
func FuzzReadMHTML(f *testing.F) {
	const url = "https://x/"
	f.Add([]byte(mhtmlFile(url, part("text/html", "quoted-printable", url, qp(mhtmlPageHTML)))))
	f.Add([]byte(mhtmlFile("", part("text/html", "base64", url, base64.StdEncoding.EncodeToString([]byte(mhtmlPageHTML))))))
	f.Add([]byte("MIME-Version: 1.0\nContent-Type: text/html\n\n<p>x</p>"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "in.mhtml")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		items := readItems(t, path, Options{Format: MHTML, MaxItemBytes: 1 << 16})
		if len(items) != 1 {
			t.Fatalf("%d items, want 1", len(items))
		}
		if it := items[0]; it.Err != nil && !strings.Contains(it.Err.Error(), path) {
			t.Fatalf("reject %q does not name the file", it.Err)
		} else if it.Err == nil && len(it.Body) == 0 {
			t.Fatal("a page without a body")
		}
	})
}

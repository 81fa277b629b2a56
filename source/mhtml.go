package source

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"strings"
	"time"

	"github.com/akhbar/akhbar/pipeline"
)

// MHTML pages ("Save as: Webpage, Single File" in Chromium and Edge,
// .mhtml/.mht) are a MIME message: the page as its first HTML part, then
// its images and style sheets. The standard library reads MIME
// (net/mail, mime/multipart, quoted-printable and base64); this file only
// picks the page's part.

// looksMHTML reports whether a file starts as a saved web page in MIME
// form: a header block (its first line a header) that names a MIME
// version and a multipart/related or HTML content type.
func looksMHTML(h []byte) bool {
	end := bytes.Index(h, []byte("\n\n"))
	if crlf := bytes.Index(h, []byte("\r\n\r\n")); crlf >= 0 && (end < 0 || crlf < end) {
		end = crlf
	}
	if end < 0 {
		return false
	}
	head := bytes.ToLower(h[:end])
	if k, _, ok := bytes.Cut(head, []byte(":")); !ok || len(k) == 0 || bytes.ContainsAny(k, " \t\r\n") {
		return false
	}
	i := bytes.Index(head, []byte("content-type:"))
	if i < 0 || !bytes.Contains(head, []byte("mime-version:")) {
		return false
	}
	ct := bytes.TrimSpace(head[i+len("content-type:"):])
	return bytes.HasPrefix(ct, []byte("multipart/related")) || bytes.HasPrefix(ct, []byte("text/html"))
}

// mhtmlPage is the page a saved MIME web page holds.
type mhtmlPage struct {
	html    []byte
	charset string
	url     string // where the page was saved from
	saved   string // when, RFC 3339
	cut     error  // the file ended (or broke) inside the page's part
}

// readMHTML parses a whole MHTML file and returns its page: the HTML part
// the snapshot's location names, else the first HTML part.
func readMHTML(b []byte) (mhtmlPage, error) {
	msg, err := mail.ReadMessage(bufio.NewReader(bytes.NewReader(b)))
	if err != nil {
		return mhtmlPage{}, fmt.Errorf("MIME header: %w", err)
	}
	page := mhtmlPage{url: strings.TrimSpace(msg.Header.Get("Snapshot-Content-Location"))}
	if t, err := mail.ParseDate(msg.Header.Get("Date")); err == nil {
		page.saved = t.Format(time.RFC3339)
	}
	mt, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		return page, fmt.Errorf("content type %q: %w", msg.Header.Get("Content-Type"), err)
	}
	if mt == "text/html" {
		page.html, err = io.ReadAll(transferDecoder(textproto.MIMEHeader(msg.Header), msg.Body))
		page.charset = params["charset"]
		return page, err
	}
	if !strings.HasPrefix(mt, "multipart/") || params["boundary"] == "" {
		return page, fmt.Errorf("content type %s: no HTML page in it", mt)
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	found := false
	for {
		p, err := mr.NextRawPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if found {
				break // the page came before the damage
			}
			return page, fmt.Errorf("MIME part: %w", err)
		}
		pt, pparams, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
		if pt != "text/html" && pt != "application/xhtml+xml" {
			continue
		}
		loc := strings.TrimSpace(p.Header.Get("Content-Location"))
		if found && (page.url == "" || loc != page.url) {
			continue
		}
		body, err := io.ReadAll(transferDecoder(p.Header, p))
		if err != nil && len(body) == 0 {
			return page, fmt.Errorf("HTML part: %w", err)
		}
		page.html, page.charset, page.cut, found = body, pparams["charset"], err, true
		if page.url == "" {
			page.url = loc
		}
		if loc == page.url {
			break
		}
	}
	if !found {
		return page, errors.New("no HTML part")
	}
	return page, nil
}

// transferDecoder undoes a part's Content-Transfer-Encoding.
func transferDecoder(h textproto.MIMEHeader, r io.Reader) io.Reader {
	switch strings.ToLower(strings.TrimSpace(h.Get("Content-Transfer-Encoding"))) {
	case "quoted-printable":
		return quotedprintable.NewReader(r)
	case "base64":
		return base64.NewDecoder(base64.StdEncoding, r)
	}
	return r
}

// unpackMHTML wraps emit so that a whole MHTML file read as one item goes
// on as its page: the HTML part, its address and the time it was saved.
func unpackMHTML(emit Emit) Emit {
	return func(it pipeline.Item) error {
		if it.Err != nil || it.Skip != "" {
			return emit(it)
		}
		page, err := readMHTML(it.Body)
		if err != nil {
			it.Body, it.Meta = nil, nil
			it.Err = pipeline.Rejectf("mhtml", "%s: %v", it.Source.Path, err)
			return emit(it)
		}
		if len(bytes.TrimSpace(page.html)) == 0 {
			it.Body, it.Meta = nil, nil
			it.Err = pipeline.Rejectf("empty", "%s: the saved page's HTML part is empty", it.Source.Path)
			return emit(it)
		}
		it.Body, it.Charset = page.html, page.charset
		it.URL, it.Source.URL, it.Source.Fetched = page.url, page.url, page.saved
		if page.cut != nil && it.Meta["truncated"] == "" {
			if it.Meta == nil {
				it.Meta = map[string]string{}
			}
			it.Meta["truncated"] = fmt.Sprintf("%s: the saved page's HTML part broke off: %v", it.Source.Path, page.cut)
		}
		return emit(it)
	}
}

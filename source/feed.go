package source

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"strings"

	"golang.org/x/net/html/charset"

	"github.com/akhbar/akhbar/pipeline"
)

func init() { containerReaders[Feed] = readFeed }

// News feeds (RSS 0.9x/2.0, RSS 1.0/RDF, Atom) are read one item per
// entry: its full text (content:encoded, Atom content) or else its
// description as the page's HTML, and the title, link, authors and dates
// the feed states. encoding/xml parses them (leniently: feeds in the wild
// carry HTML entities and stray tags); this file only maps the fields.

// looksFeed reports whether a file starts as an RSS, RDF or Atom feed:
// its first element (after the XML declaration, comments and a doctype)
// is rss, rdf:RDF or feed.
func looksFeed(h []byte) bool {
	for {
		i := bytes.IndexByte(h, '<')
		if i < 0 || i+1 >= len(h) {
			return false
		}
		h = h[i+1:]
		switch h[0] {
		case '?', '!': // a declaration, a comment, a doctype
			continue
		}
		for _, name := range []string{"rss", "rdf:RDF", "feed"} {
			if bytes.HasPrefix(h, []byte(name)) && len(h) > len(name) && strings.IndexByte(" \t\r\n>", h[len(name)]) >= 0 {
				return true
			}
		}
		return false
	}
}

// feedEntry is an RSS item or an Atom entry; the tags name local names, so
// namespaced fields (dc:creator, content:encoded) match too.
type feedEntry struct {
	Title     feedText     `xml:"title"`
	Links     []feedLink   `xml:"link"`
	GUID      string       `xml:"guid"`
	ID        string       `xml:"id"`
	PubDate   string       `xml:"pubDate"`
	Published string       `xml:"published"`
	Issued    string       `xml:"issued"`
	Date      string       `xml:"date"` // dc:date
	Updated   string       `xml:"updated"`
	Creators  []string     `xml:"creator"` // dc:creator
	Authors   []feedAuthor `xml:"author"`
	Desc      feedText     `xml:"description"`
	Summary   feedText     `xml:"summary"`
	Encoded   string       `xml:"encoded"` // content:encoded
	Content   feedText     `xml:"content"`
}

// feedText is a text construct: Atom's type="xhtml" holds markup, the
// other types (and RSS) text or escaped HTML.
type feedText struct {
	Type  string `xml:"type,attr"`
	Text  string `xml:",chardata"`
	Inner string `xml:",innerxml"`
}

func (t feedText) html() string {
	if t.Type == "xhtml" {
		return strings.TrimSpace(t.Inner)
	}
	if t.Type == "text" {
		return html.EscapeString(strings.TrimSpace(t.Text))
	}
	return strings.TrimSpace(t.Text)
}

type feedLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Text string `xml:",chardata"`
}

type feedAuthor struct {
	Name string `xml:"name"`
	Text string `xml:",chardata"`
}

func (e *feedEntry) link() string {
	for _, l := range e.Links {
		if s := strings.TrimSpace(l.Text); s != "" {
			return s // RSS
		}
		if l.Href != "" && (l.Rel == "" || l.Rel == "alternate") {
			return strings.TrimSpace(l.Href) // Atom
		}
	}
	return ""
}

func (e *feedEntry) authors() []string {
	var out []string
	for _, c := range e.Creators {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	for _, a := range e.Authors {
		// Atom names the author; RSS gives an e-mail address, often with
		// the name in brackets: "desk@example.com (Jane Doe)".
		s := strings.TrimSpace(a.Name)
		if s == "" {
			s = strings.TrimSpace(a.Text)
			if i, j := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')'); i >= 0 && j > i {
				s = strings.TrimSpace(s[i+1 : j])
			} else if strings.Contains(s, "@") {
				s = ""
			}
		}
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// readFeed reads a whole feed (bounded like one page: feeds are small)
// and emits one item per entry, or one reject for the file.
func readFeed(ctx context.Context, s *stream, in Input, o Options, emit Emit) error {
	max := o.maxItem()
	b, err := io.ReadAll(io.LimitReader(s.Reader, max+1))
	switch {
	case int64(len(b)) > max:
		return emit(failed(in, Feed, 0, pipeline.Rejectf("too-large", "%s: a feed of at least %d bytes, over the %d byte limit; not read further", in.Path, len(b), max)))
	case err != nil && len(b) == 0:
		return emit(failed(in, Feed, 0, pipeline.Rejectf(readReason(s.comp), "%s: %v", in.Path, err)))
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	// Not xml.HTMLAutoClose: a feed's <link> has content.
	d.Strict, d.Entity = false, xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	site, n := "", 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		off := d.InputOffset()
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if n == 0 {
				return emit(failed(in, Feed, off, pipeline.Rejectf("feed", "%s: not a feed that parses: %v", in.Path, err)))
			}
			// Entries before the damage were read; the rest is lost: say so.
			return emit(failed(in, Feed, off, pipeline.Rejectf("feed", "%s @%d: the feed breaks off after %d entries: %v", in.Path, off, n, err)))
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "title":
			// Entries are decoded whole, so the first title this loop
			// meets is the channel's or the feed's own.
			if site == "" {
				var t feedText
				if d.DecodeElement(&t, &se) == nil {
					site = strings.TrimSpace(t.Text)
				}
			}
			continue
		case "item", "entry":
		default:
			continue
		}
		var e feedEntry
		if err := d.DecodeElement(&e, &se); err != nil {
			return emit(failed(in, Feed, off, pipeline.Rejectf("feed", "%s @%d: entry %d does not parse (%v); the rest of the feed is not read", in.Path, off, n+1, err)))
		}
		n++
		if err := emit(feedItem(in, off, n, site, &e)); err != nil {
			return err
		}
	}
	if n == 0 {
		return emit(failed(in, Feed, 0, pipeline.Rejectf("empty", "%s: a feed without entries", in.Path)))
	}
	return nil
}

// feedItem makes the item of the n-th entry, which starts at byte off.
func feedItem(in Input, off int64, n int, site string, e *feedEntry) pipeline.Item {
	id := strings.TrimSpace(e.GUID)
	if id == "" {
		id = strings.TrimSpace(e.ID)
	}
	if id == "" {
		id = fmt.Sprintf("%s:%d", IDFromPath(in.Path), n)
	}
	it := pipeline.Item{ID: id, URL: e.link(), Meta: map[string]string{},
		Source: pipeline.Source{Path: in.Path, Format: string(Feed) + "+html", Offset: off}}
	it.Source.URL = it.URL
	body := strings.TrimSpace(e.Encoded)
	for _, t := range []feedText{e.Content, e.Desc, e.Summary} {
		if body == "" {
			body = t.html()
		}
	}
	if body == "" {
		it.Err = pipeline.Rejectf("no-content", "%s @%d: entry %d has no content, description or summary", in.Path, off, n)
		return it
	}
	it.Body = []byte(body)
	if s := strings.TrimSpace(e.Title.Text); s != "" {
		it.Meta["title"] = s
	}
	if a := e.authors(); len(a) > 0 {
		it.Meta["authors"] = strings.Join(a, "\n")
	}
	if site != "" {
		it.Meta["site"] = site
	}
	if s := e.Desc.html(); s != "" && s != body && !strings.Contains(s, "<") {
		it.Meta["summary"] = s
	}
	for _, d := range []string{e.PubDate, e.Published, e.Issued, e.Date} {
		if t, _ := statedTime(d); t != "" {
			it.Meta["published"] = t
			break
		}
	}
	if t, _ := statedTime(e.Updated); t != "" {
		it.Meta["updated"] = t
	}
	return it
}

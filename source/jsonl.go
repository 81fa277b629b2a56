package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/akhbar/akhbar/pipeline"
)

func init() { containerReaders[JSONL] = readJSONL }

// JSONLKeys names the fields of a JSONL line that hold the page, for shapes
// akhbar does not recognise by itself. An empty name keeps the automatic
// choice; a dotted name ("meta.url") reaches into an object.
type JSONLKeys struct {
	Text, HTML, ID, URL string
}

// The shapes of JSONL that other corpus tools write, by the names they give
// each field. The first name present (and of the right type) wins; nothing
// is ever glued from two fields.
//
//   - HF / FineWeb / C4: text, id, url, dump, date (the crawl's), timestamp,
//     language, language_score
//   - dolma: id, text, source, added, created, metadata{title, authors, url}
//   - news-please: maintext, title, authors, date_publish, date_modify,
//     date_download, url, description
//   - Common Crawl WET as JSONL / CCNet: raw_content, url, date_download, digest
//   - trafilatura JSON: text, raw_text, title, author, date, source (the URL),
//     source-hostname (the site's name), hostname
//   - RedPajama v2: raw_content, doc_id, meta{url, title, date_download, ...}
//   - OSCAR: content, warc_headers{warc-record-id, warc-target-uri,
//     warc-date}, metadata{identification, ...}
var (
	htmlKeys = []string{"html", "raw_html", "content_html"}
	// textKeys are in order of preference: trafilatura's raw_text is its
	// text without structure, so "text" comes first.
	textKeys    = []string{"text", "maintext", "raw_content", "content", "raw_text"}
	idKeys      = []string{"id", "doc_id", "digest", "warc_headers.warc-record-id"}
	urlKeys     = []string{"url", "source_url", "metadata.url", "meta.url", "source", "warc_headers.warc-target-uri"}
	titleKeys   = []string{"title", "metadata.title", "meta.title", "headline"}
	authorKeys  = []string{"authors", "author", "metadata.authors", "metadata.author", "meta.authors", "byline"}
	summaryKeys = []string{"description", "summary", "metadata.description"}
	siteKeys    = []string{"source-hostname", "sitename", "site_name", "metadata.sitename"}
	pubKeys     = []string{"date_publish", "published", "date_published", "publish_date", "created",
		"metadata.published", "metadata.created", "metadata.date", "date"}
	updKeys   = []string{"date_modify", "updated", "date_modified", "modified", "metadata.updated"}
	fetchKeys = []string{"date_download", "timestamp", "crawl_date", "warc_date", "fetched", "metadata.warc_date", "meta.date_download", "warc_headers.warc-date"}
)

// crawlMarks are fields that only crawl-derived corpora (FineWeb, CCNet)
// carry: where they are, "date" is when the page was fetched, not when it
// was published.
var crawlMarks = []string{"dump", "file_path", "warc_record_id", "cc_segment", "date_download"}

// readJSONL emits one item per line. A line that is not a JSON object, or
// has neither html nor text, becomes a reject naming the file and line.
func readJSONL(ctx context.Context, s *stream, in Input, o Options, emit Emit) error {
	br := s.Reader
	max := o.maxItem()
	var off int64
	for lineNo := 1; ; lineNo++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, tooLong, n, err := readLine(br, max)
		start := off
		off += n
		if n == 0 && err == io.EOF {
			return nil
		}
		id := fmt.Sprintf("%s:%d", IDFromPath(in.Path), lineNo)
		src := pipeline.Source{Path: in.Path, Format: string(JSONL), Offset: start}
		if err == errNoLineEnd {
			// No newline within many times the limit: an endless line or a
			// decompression bomb. Stop reading rather than inflate it all.
			return emit(pipeline.Item{ID: id, Source: src, Err: pipeline.Rejectf("too-large",
				"%s line %d: at least %d bytes without a line end, over the %d byte limit; the rest of the input is not read", in.Path, lineNo, n, max)})
		}
		if err != nil && err != io.EOF {
			// The stream broke inside this line: what was read of it is
			// not a record, and it is one reject, not two.
			return emit(pipeline.Item{ID: id, Source: src, Err: pipeline.Rejectf("read", "%s line %d: %v", in.Path, lineNo, err)})
		}
		switch {
		case tooLong:
			if e := emit(pipeline.Item{ID: id, Source: src, Err: pipeline.Rejectf("too-large", "%s line %d: over the %d byte limit", in.Path, lineNo, max)}); e != nil {
				return e
			}
		case len(bytes.TrimSpace(line)) == 0:
			// blank lines between records are not items
		default:
			if lineNo == 1 {
				// A UTF-8 byte order mark, as Windows tools write one,
				// is not part of the first record.
				line = trimBOM(line)
			}
			if e := emit(jsonlItem(line, id, src, in, lineNo, o.JSONL)); e != nil {
				return e
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// jsonLine is one decoded line with the names it has used up, so that what
// is left can be carried through as metadata.
type jsonLine struct {
	top  map[string]any
	used map[string]bool
}

// lookup finds a dotted key; nested is true when it was inside an object.
func (l *jsonLine) lookup(key string) (any, bool) {
	if v, ok := l.top[key]; ok {
		return v, true
	}
	head, rest, ok := strings.Cut(key, ".")
	if !ok {
		return nil, false
	}
	m, ok := l.top[head].(map[string]any)
	if !ok {
		return nil, false
	}
	v, ok := m[rest]
	return v, ok
}

// str returns the first key of keys holding a non-empty string, and marks
// it used. A key holding another type is skipped (and left for metadata).
func (l *jsonLine) str(keys ...string) (string, string) {
	for _, k := range keys {
		v, ok := l.lookup(k)
		if !ok {
			continue
		}
		if s, ok := v.(string); ok && strings.TrimSpace(s) != "" {
			l.used[k] = true
			return s, k
		}
	}
	return "", ""
}

// typeName says what a JSON value is, in the words of JSON.
func typeName(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case json.Number, float64:
		return "a number"
	case bool:
		return "a boolean"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return "a value"
}

func jsonlItem(line []byte, id string, src pipeline.Source, in Input, lineNo int, keys JSONLKeys) pipeline.Item {
	unit := "line"
	switch Format(src.Format) {
	case Parquet:
		unit = "row" // a Parquet row handed over as one JSON object
	case JSONArray:
		unit = "element"
	}
	fail := func(reason, format string, args ...any) pipeline.Item {
		return pipeline.Item{ID: id, Source: src, Err: pipeline.Rejectf(reason, "%s %s %d: %s", in.Path, unit, lineNo, fmt.Sprintf(format, args...))}
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return fail("json", "not valid JSON: %s", plainJSONError(err))
	}
	if dec.More() {
		return fail("json", "more than one JSON value on the line")
	}
	top, ok := v.(map[string]any)
	if !ok {
		return fail("json", "%s, not a JSON object", typeName(v))
	}
	l := &jsonLine{top: top, used: map[string]bool{}}

	// A key the user named must be there and hold a string.
	for _, k := range []struct{ flag, key string }{{"--text-key", keys.Text}, {"--html-key", keys.HTML}, {"--url-key", keys.URL}} {
		if k.key == "" {
			continue
		}
		if v, ok := l.lookup(k.key); ok {
			if _, isStr := v.(string); !isStr && v != nil {
				return fail("json", "field %q (%s) is %s, not a string", k.key, k.flag, typeName(v))
			}
		}
	}

	idK := idKeys
	if keys.ID != "" {
		idK = []string{keys.ID}
	}
	if s := scalar(l, idK...); s != "" {
		id = s // rejects below carry the line's own id too
	}
	it := pipeline.Item{ID: id, Source: src, Meta: map[string]string{}}
	urlK := urlKeys
	if keys.URL != "" {
		urlK = []string{keys.URL}
	}
	for _, k := range urlK {
		if s, _ := l.str(k); s != "" {
			// dolma's "source" names the collection, trafilatura's the URL.
			if k == "source" && !strings.Contains(s, "://") {
				delete(l.used, k)
				continue
			}
			it.URL = s
			break
		}
	}
	it.Source.URL = it.URL

	hk, tk := htmlKeys, textKeys
	if keys.HTML != "" {
		hk = []string{keys.HTML}
	}
	if keys.Text != "" {
		tk = []string{keys.Text}
	}
	if keys.HTML != "" && keys.Text == "" {
		tk = nil // the user said where the page is
	}
	if keys.Text != "" && keys.HTML == "" {
		hk = nil
	}
	if body, _ := l.str(hk...); body != "" {
		it.Body = []byte(body)
		it.Source.Format = src.Format + "+html"
	} else if body, _ := l.str(tk...); body != "" {
		it.Body = []byte(body)
		it.Source.Format = src.Format + "+text"
	} else {
		// Say what was looked for, and what the body field held if it
		// held something else than text.
		for _, k := range slices.Concat(hk, tk) {
			if v, ok := l.lookup(k); ok && v != nil {
				if _, isStr := v.(string); !isStr {
					return fail("json", "field %q is %s, not a string", k, typeName(v))
				}
			}
		}
		src.URL = it.URL
		return fail("no-content", "no page text or HTML (looked for %s; --text-key or --html-key name another field)", strings.Join(slices.Concat(hk, tk), ", "))
	}
	// The other body fields are the same page in another form: carrying
	// them would double the record.
	for _, k := range slices.Concat(hk, tk) {
		l.used[k] = true
	}

	if s, _ := l.str(titleKeys...); s != "" {
		it.Meta["title"] = strings.TrimSpace(s)
	}
	if a := authors(l); len(a) > 0 {
		it.Meta["authors"] = strings.Join(a, "\n")
	}
	if s, _ := l.str(summaryKeys...); s != "" {
		it.Meta["summary"] = strings.TrimSpace(s)
	}
	if s, _ := l.str(siteKeys...); s != "" {
		it.Meta["site"] = strings.TrimSpace(s)
	}
	crawl := false
	for _, k := range crawlMarks {
		if _, ok := top[k]; ok {
			crawl = true
		}
	}
	fk, pk := fetchKeys, pubKeys
	if crawl {
		fk = append(slices.Clone(fetchKeys), "date")
		pk = slices.DeleteFunc(slices.Clone(pubKeys), func(k string) bool { return k == "date" })
	}
	if t, local := l.date(pk); t != "" {
		it.Meta["published"] = t
		if local != "" {
			it.Meta["published_local"] = local
		}
	}
	if t, local := l.date(updKeys); t != "" {
		it.Meta["updated"] = t
		if local != "" {
			it.Meta["updated_local"] = local
		}
	}
	if t, _ := l.date(fk); t != "" {
		it.Source.Fetched = t
	}
	if m := l.rest(); m != "" {
		it.Meta["metadata"] = m
	}
	if len(it.Meta) == 0 {
		it.Meta = nil
	}
	return it
}

// scalar returns the first of keys holding a string or number, as written.
func scalar(l *jsonLine, keys ...string) string {
	for _, k := range keys {
		v, ok := l.lookup(k)
		if !ok {
			continue
		}
		switch x := v.(type) {
		case string:
			if x != "" {
				l.used[k] = true
				return x
			}
		case json.Number:
			l.used[k] = true
			return x.String()
		}
	}
	return ""
}

// authors reads a list of names or one string; trafilatura separates
// several names with "; ".
func authors(l *jsonLine) []string {
	for _, k := range authorKeys {
		v, ok := l.lookup(k)
		if !ok {
			continue
		}
		var out []string
		switch x := v.(type) {
		case string:
			for _, a := range strings.Split(x, ";") {
				if a = strings.TrimSpace(a); a != "" {
					out = append(out, a)
				}
			}
		case []any:
			for _, e := range x {
				switch a := e.(type) {
				case string:
					if a = strings.TrimSpace(a); a != "" {
						out = append(out, a)
					}
				case map[string]any: // [{"name": ...}]
					if n, ok := a["name"].(string); ok && strings.TrimSpace(n) != "" {
						out = append(out, strings.TrimSpace(n))
					}
				}
			}
		}
		if len(out) > 0 {
			l.used[k] = true
			return out
		}
	}
	return nil
}

// date returns the first of keys that parses as a time, in the record's
// form (see StatedTime), and, when it is a clock without a zone, that
// clock as LocalTime reads it; a key that does not parse stays for
// metadata.
func (l *jsonLine) date(keys []string) (t, local string) {
	for _, k := range keys {
		v, ok := l.lookup(k)
		if !ok || l.used[k] {
			continue
		}
		switch x := v.(type) {
		case string:
			t, local = statedTime(x)
		case json.Number:
			t = epochTime(x)
		}
		if t != "" {
			l.used[k] = true
			return t, local
		}
	}
	return "", ""
}

// LocalTime reads a stated time that has a clock but no zone ("2024-07-03
// 14:05:00", as scrapers write a site's local time) as
// "2006-01-02T15:04:05", for a later step that knows the site's zone
// (StatedTime keeps only its day); "" for anything else.
func LocalTime(s string) string {
	_, local := statedTime(s)
	return local
}

var errNoLineEnd = errors.New("no line end")

// maxSkip is how far past its start an over-long line is skipped to find
// its end: a line ten times over the limit is not a record anyone meant.
func maxSkip(max int64) int64 { return 10 * max }

// stampLayouts are the ways corpora write a time. Layouts with a zone come
// first; a time without a zone keeps only its day, as the record does
// elsewhere (RFC 3339 cannot say "local time, zone unknown").
var (
	zonedLayouts = []string{time.RFC3339Nano, "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05.999999999Z07:00",
		"2006-01-02 15:04:05 -0700", "2006-01-02T15:04:05.999999999-0700", time.RFC1123Z, time.RFC1123, time.RFC850, "2006-01-02 15:04:05 MST"}
	localLayouts = []string{"2006-01-02T15:04:05.999999999", "2006-01-02 15:04:05.999999999", "2006-01-02 15:04", "2006-01-02", "2006/01/02", "20060102"}
)

// StatedTime turns a time a corpus states into the record's form: RFC 3339
// with its offset when it has a zone, YYYY-MM-DD when it has none, "" when
// it is not a time.
func StatedTime(s string) string {
	t, _ := statedTime(s)
	return t
}

// statedTime is StatedTime and LocalTime from one pass over the layouts:
// the first that parses s decides both.
func statedTime(s string) (t, local string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", ""
	}
	for _, layout := range zonedLayouts {
		if p, err := time.Parse(layout, s); err == nil {
			if layout == time.RFC1123 || layout == "2006-01-02 15:04:05 MST" || layout == time.RFC850 {
				if name, off := p.Zone(); off == 0 && name != "UTC" && name != "GMT" {
					// An unknown zone abbreviation: Go gives it offset 0.
					return p.Format(time.DateOnly), ""
				}
			}
			return p.Format(time.RFC3339), ""
		}
	}
	for _, layout := range localLayouts {
		if p, err := time.Parse(layout, s); err == nil {
			if strings.Contains(layout, "15") {
				local = p.Format("2006-01-02T15:04:05")
			}
			return p.Format(time.DateOnly), local
		}
	}
	return "", ""
}

// epochTime reads seconds (or milliseconds) since 1970 in UTC.
func epochTime(n json.Number) string {
	f, err := strconv.ParseFloat(n.String(), 64)
	if err != nil || f <= 0 {
		return ""
	}
	if f > 1e11 { // milliseconds
		f /= 1000
	}
	if f > 4102444800 { // after 2100: not a time
		return ""
	}
	return time.Unix(int64(f), 0).UTC().Format(time.RFC3339)
}

// rest is the line's fields that no record field took, as one JSON object
// (keys sorted, numbers as written); the members of a nested "metadata" or
// "meta" object are lifted to the top, where dolma and datatrove keep them.
func (l *jsonLine) rest() string {
	out := map[string]any{}
	for _, nest := range []string{"meta", "metadata"} {
		m, ok := l.top[nest].(map[string]any)
		if !ok {
			continue
		}
		for k, v := range m {
			if !l.used[nest+"."+k] && !emptyJSON(v) {
				out[k] = v
			}
		}
	}
	for k, v := range l.top {
		if l.used[k] || emptyJSON(v) {
			continue
		}
		if obj, nested := v.(map[string]any); nested {
			if k == "meta" || k == "metadata" {
				continue
			}
			// A named key inside an object (--text-key doc.body) is not
			// carried twice.
			kept := map[string]any{}
			for sub, x := range obj {
				if !l.used[k+"."+sub] {
					kept[sub] = x
				}
			}
			if len(kept) == 0 {
				continue
			}
			v = kept
		}
		out[k] = v
	}
	if len(out) == 0 {
		return ""
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if enc.Encode(out) != nil {
		return ""
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// emptyJSON is a value that says nothing: null or "" (trafilatura writes
// every field it knows, most of them empty).
func emptyJSON(v any) bool { return v == nil || v == "" }

// plainJSONError words a JSON syntax error without Go's names for types.
func plainJSONError(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%s (at byte %d)", se.Error(), se.Offset)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return "the line ends inside a JSON value"
	}
	return err.Error()
}

// readLine reads one line of at most max bytes; a longer line is skipped
// to its end, or to maxSkip(max) bytes, and reported as tooLong. n counts
// all bytes consumed.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, n int64, err error) {
	var buf []byte
	for {
		frag, e := br.ReadSlice('\n')
		n += int64(len(frag))
		if tooLong && n > maxSkip(max) && e == bufio.ErrBufferFull {
			return nil, true, n, errNoLineEnd
		}
		if !tooLong {
			if int64(len(buf)+len(frag)) > max {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, frag...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		return buf, tooLong, n, e
	}
}

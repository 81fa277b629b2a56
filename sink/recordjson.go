package sink

import (
	"bytes"
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/akhbar/akhbar/pipeline"
)

// appendRecord appends r as encoding/json's Encoder (SetEscapeHTML(false))
// writes it, byte for byte, without the final newline. It is written by
// hand because records are most of what a run writes and encoding/json
// walks each one by reflection (about 4 % of a whole run on text dumps);
// no maintained library promises encoding/json's exact bytes (field
// order, escapes, float format), which resumed runs and the tests compare.
// ok is false when encoding/json would fail (a NaN or infinite number,
// Metadata that is not valid JSON): the caller then lets encoding/json
// report the error. TestAppendRecordMatchesEncodingJSON and
// FuzzAppendRecord compare the two; a field added to pipeline.Record must
// be added here too (TestAppendRecordCoversFields checks the field list).
func appendRecord(b []byte, r *pipeline.Record) ([]byte, bool) {
	b = append(b, `{"id":`...)
	b = appendJSONString(b, r.ID, false)
	b = append(b, `,"source":`...)
	b = appendSource(b, &r.Source)
	if r.URL != "" {
		b = append(b, `,"url":`...)
		b = appendJSONString(b, r.URL, false)
	}
	if r.Host != "" {
		b = append(b, `,"host":`...)
		b = appendJSONString(b, r.Host, false)
	}
	if r.Site != "" {
		b = append(b, `,"site":`...)
		b = appendJSONString(b, r.Site, false)
	}
	if r.Section != "" {
		b = append(b, `,"section":`...)
		b = appendJSONString(b, r.Section, false)
	}
	b = append(b, `,"title":`...)
	b = appendJSONString(b, r.Title, false)
	if len(r.Keywords) > 0 {
		b = append(b, `,"keywords":`...)
		b = appendStrings(b, r.Keywords)
	}
	if r.Summary != "" {
		b = append(b, `,"summary":`...)
		b = appendJSONString(b, r.Summary, false)
	}
	if len(r.Authors) > 0 {
		b = append(b, `,"authors":`...)
		b = appendStrings(b, r.Authors)
	}
	b = append(b, `,"published":`...)
	b = appendTime(b, r.Published)
	if r.Updated != "" {
		b = append(b, `,"updated":`...)
		b = appendTime(b, r.Updated)
	}
	if r.Dateline != "" {
		b = append(b, `,"dateline":`...)
		b = appendJSONString(b, r.Dateline, false)
	}
	if len(r.Images) > 0 {
		b = append(b, `,"images":[`...)
		for i := range r.Images {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendImage(b, &r.Images[i])
		}
		b = append(b, ']')
	}
	if len(r.Headings) > 0 {
		b = append(b, `,"headings":`...)
		b = appendStrings(b, r.Headings)
	}
	if len(r.Related) > 0 {
		b = append(b, `,"related":[`...)
		for i, x := range r.Related {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"title":`...)
			b = appendJSONString(b, x.Title, false)
			if x.URL != "" {
				b = append(b, `,"url":`...)
				b = appendJSONString(b, x.URL, false)
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if r.Copyright != "" {
		b = append(b, `,"copyright":`...)
		b = appendJSONString(b, r.Copyright, false)
	}
	b = append(b, `,"text":`...)
	b = appendJSONString(b, r.Text, false)
	if r.Lang != "" {
		b = append(b, `,"lang":`...)
		b = appendJSONString(b, r.Lang, false)
	}
	var ok bool
	if r.LangScore != 0 {
		b = append(b, `,"lang_score":`...)
		if b, ok = appendFloat(b, r.LangScore); !ok {
			return b, false
		}
	}
	if len(r.Langs) > 0 {
		b = append(b, `,"langs":`...)
		if b, ok = appendFloatMap(b, r.Langs); !ok {
			return b, false
		}
	}
	if len(r.ParaLangs) > 0 {
		b = append(b, `,"para_langs":`...)
		b = appendStrings(b, r.ParaLangs)
	}
	b = append(b, `,"page_type":`...)
	b = appendJSONString(b, r.PageType, false)
	if len(r.Quality) > 0 {
		b = append(b, `,"quality":`...)
		if b, ok = appendFloatMap(b, r.Quality); !ok {
			return b, false
		}
	}
	if len(r.Flags) > 0 {
		b = append(b, `,"flags":`...)
		b = appendStrings(b, r.Flags)
	}
	if r.Dup != nil {
		b = append(b, `,"dup":{"cluster":`...)
		b = appendJSONString(b, r.Dup.Cluster, false)
		if r.Dup.Of != "" {
			b = append(b, `,"of":`...)
			b = appendJSONString(b, r.Dup.Of, false)
		}
		if r.Dup.Score != 0 {
			b = append(b, `,"score":`...)
			if b, ok = appendFloat(b, r.Dup.Score); !ok {
				return b, false
			}
		}
		b = append(b, '}')
	}
	if len(r.Metadata) > 0 {
		// encoding/json compacts a json.RawMessage into the output.
		b = append(b, `,"metadata":`...)
		n := len(b)
		buf := bytes.NewBuffer(b)
		if err := json.Compact(buf, r.Metadata); err != nil {
			return b[:n], false
		}
		b = buf.Bytes()
	}
	b = append(b, `,"spans":`...)
	if r.Spans == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range r.Spans {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendSpan(b, &r.Spans[i])
		}
		b = append(b, ']')
	}
	return append(b, '}'), true
}

func appendSource(b []byte, s *pipeline.Source) []byte {
	b = append(b, '{')
	if s.Path != "" {
		b = append(b, `"path":`...)
		b = appendJSONString(b, s.Path, false)
		b = append(b, ',')
	}
	if s.URL != "" {
		b = append(b, `"url":`...)
		b = appendJSONString(b, s.URL, false)
		b = append(b, ',')
	}
	b = append(b, `"format":`...)
	b = appendJSONString(b, s.Format, false)
	b = append(b, `,"offset":`...)
	b = strconv.AppendInt(b, s.Offset, 10)
	if s.Fetched != "" {
		b = append(b, `,"fetched":`...)
		b = appendJSONString(b, s.Fetched, false)
	}
	if s.Unit != "" {
		b = append(b, `,"unit":`...)
		b = appendJSONString(b, s.Unit, false)
	}
	return append(b, '}')
}

func appendImage(b []byte, im *pipeline.Image) []byte {
	b = append(b, '{')
	sep := false
	for _, f := range [...]struct{ key, val string }{{`"caption":`, im.Caption}, {`"credit":`, im.Credit}, {`"url":`, im.URL}} {
		if f.val == "" {
			continue
		}
		if sep {
			b = append(b, ',')
		}
		b = append(b, f.key...)
		b = appendJSONString(b, f.val, false)
		sep = true
	}
	return append(b, '}')
}

func appendSpan(b []byte, s *pipeline.Span) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	b = append(b, `,"role":`...)
	b = appendJSONString(b, string(s.Role), false)
	if s.Reason != "" {
		b = append(b, `,"reason":`...)
		b = appendJSONString(b, s.Reason, false)
	}
	if s.Ref != nil {
		b = append(b, `,"ref":`...)
		b = strconv.AppendInt(b, int64(*s.Ref), 10)
	}
	if s.Evidence != 0 {
		b = append(b, `,"evidence":`...)
		b = strconv.AppendInt(b, int64(s.Evidence), 10)
	}
	return append(b, '}')
}

// appendTime is pipeline.Time's MarshalJSON: null for the unknown time,
// else the string as json.Marshal writes it (HTML characters escaped;
// the Encoder keeps a Marshaler's escapes).
func appendTime(b []byte, t pipeline.Time) []byte {
	if t == "" {
		return append(b, "null"...)
	}
	return appendJSONString(b, string(t), true)
}

func appendStrings(b []byte, ss []string) []byte {
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s, false)
	}
	return append(b, ']')
}

// appendFloatMap writes a map with its keys sorted, as encoding/json does.
func appendFloatMap(b []byte, m map[string]float64) ([]byte, bool) {
	var small [48]string // room for every quality signal
	keys := small[:0]
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b = append(b, '{')
	var ok bool
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, k, false)
		b = append(b, ':')
		if b, ok = appendFloat(b, m[k]); !ok {
			return b, false
		}
	}
	return append(b, '}'), true
}

// appendFloat is encoding/json's float64 format (ES6 number to string).
func appendFloat(b []byte, f float64) ([]byte, bool) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return b, false
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 is written e-9.
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, true
}

// plainByte marks the bytes of valid UTF-8 a JSON string carries as they
// are: ASCII from space on but " and \, and every byte of a multi-byte
// sequence but 0xE2, which starts U+2028 and U+2029; plainByteHTML leaves
// out <, > and & as well.
var plainByte, plainByteHTML = func() (t, h [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\' && c != 0xE2
		h[c] = t[c] && c != '<' && c != '>' && c != '&'
	}
	return t, h
}()

const hexDigits = "0123456789abcdef"

// appendJSONString is encoding/json's string escaping: \" \\ \b \f \n \r
// \t, other control bytes as \u00XX, invalid UTF-8 as \ufffd, U+2028 and
// U+2029 escaped; with html, also <, > and &. Valid UTF-8 (nearly every
// string) is scanned byte by byte against a table, without decoding runes.
func appendJSONString(b []byte, s string, html bool) []byte {
	if !utf8.ValidString(s) {
		return appendJSONStringInvalid(b, s, html)
	}
	plain := &plainByte
	if html {
		plain = &plainByteHTML
	}
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if plain[c] {
			continue
		}
		if c == 0xE2 {
			// Valid UTF-8: two more bytes follow.
			if s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				b = append(b, s[start:i]...)
				b = append(b, '\\', 'u', '2', '0', '2', hexDigits[s[i+2]&0xF])
				i += 2
				start = i + 1
			}
			continue
		}
		b = append(b, s[start:i]...)
		b = appendEscape(b, c)
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendEscape escapes one ASCII byte that is not plain.
func appendEscape(b []byte, c byte) []byte {
	switch c {
	case '\\', '"':
		return append(b, '\\', c)
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
}

// appendJSONStringInvalid is appendJSONString of a string that is not
// valid UTF-8, rune by rune as encoding/json goes.
func appendJSONStringInvalid(b []byte, s string, html bool) []byte {
	plain := &plainByte
	if html {
		plain = &plainByteHTML
	}
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if plain[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			b = appendEscape(b, c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

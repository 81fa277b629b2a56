package extract

import (
	"bytes"
	"mime"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"

	"github.com/akhbar/akhbar/internal/xio"
	"github.com/akhbar/akhbar/legacyfont"
	"github.com/akhbar/akhbar/pipeline"
)

// Decoded is a page turned into UTF-8, with how that was done.
type Decoded struct {
	Text []byte
	// Charset is the canonical name of the encoding used ("utf-8",
	// "windows-1252", "shift_jis", ...).
	Charset string
	// How says where the charset came from: "bom", "valid-utf8",
	// "declared", "meta", "detected" or "fallback".
	How string
	// Repaired counts the runs of mojibake (UTF-8 read as Latin-1) that
	// were undone.
	Repaired int
	// Invalid counts bytes that no decoding could explain and that became
	// U+FFFD.
	Invalid int
}

// Decode turns page bytes into UTF-8. The order of evidence is: a byte
// order mark; bytes that are valid UTF-8 (a legacy 8-bit text with
// non-ASCII letters almost never is, while pages that declare Latin-1 but
// are UTF-8 are common); the charset a container declared (the HTTP
// header); a <meta> declaration in the first 8 KiB; a statistical detector;
// windows-1252. After decoding, mojibake from UTF-8 that was once read as
// Latin-1/windows-1252 is repaired run by run.
//
// isHTML allows the <meta> prescan.
func Decode(b []byte, declared string, isHTML bool) Decoded {
	if enc, name := xio.BOM(b); enc != nil {
		out, _ := enc.NewDecoder().Bytes(b)
		return finish(out, name, "bom")
	}
	if utf8.Valid(b) {
		return finish(b, "utf-8", "valid-utf8")
	}
	if enc, name := lookup(declared); enc != nil && name != "utf-8" {
		return decodeWith(b, enc, name, "declared")
	}
	if isHTML {
		if enc, name := lookup(metaCharset(b)); enc != nil && name != "utf-8" {
			return decodeWith(b, enc, name, "meta")
		}
	}
	// Declared UTF-8 (or nothing) but not valid: a few stray bytes in a
	// UTF-8 page are replaced; mostly-invalid text is detected.
	if mostlyUTF8(b) {
		out := bytes.ToValidUTF8(b, []byte("\uFFFD"))
		d := finish(out, "utf-8", "valid-utf8")
		d.Invalid = bytes.Count(out, []byte("\uFFFD")) - bytes.Count(b, []byte("\uFFFD"))
		return d
	}
	if enc, name := detect(b, isHTML); enc != nil {
		return decodeWith(b, enc, name, "detected")
	}
	return decodeWith(b, charmap.Windows1252, "windows-1252", "fallback")
}

func decodeWith(b []byte, enc encoding.Encoding, name, how string) Decoded {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		out = bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	return finish(out, name, how)
}

func finish(b []byte, name, how string) Decoded {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	fixed, n := RepairMojibake(b)
	if n > 0 && legacyfont.Detect(string(b)) == legacyfont.FontChanakya {
		// Hindi in the Walkman-Chanakya font is Latin-1 signs in runs
		// that can spell UTF-8 bytes ("ç·¤"); it is text, not mojibake,
		// and the legacy step converts it.
		return Decoded{Text: b, Charset: name, How: how}
	}
	return Decoded{Text: fixed, Charset: name, How: how, Repaired: n}
}

func asciiLower(s string) []byte {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return b
}

// lookup resolves a charset label or a Content-Type value ("text/html;
// charset=...") to an encoding by the WHATWG table, which maps
// "iso-8859-1" and "us-ascii" to windows-1252 as browsers do.
func lookup(label string) (encoding.Encoding, string) {
	label = strings.TrimSpace(label)
	if label == "" {
		return nil, ""
	}
	if strings.Contains(label, "/") || strings.Contains(label, "=") {
		_, params, err := mime.ParseMediaType(label)
		if err != nil {
			// Lower-case ASCII bytes only: strings.ToLower changes the
			// length of invalid UTF-8, and the index must fit label.
			if i := bytes.Index(asciiLower(label), []byte("charset=")); i >= 0 {
				params = map[string]string{"charset": strings.Trim(label[i+8:], `"' ;`)}
			}
		}
		label = params["charset"]
	}
	if label == "" {
		return nil, ""
	}
	e, name := charset.Lookup(label)
	if e == nil {
		return nil, ""
	}
	return e, name
}

var metaCharsetRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]+)`)
})

// metaCharset finds a <meta charset> or http-equiv Content-Type
// declaration. It looks further than the 1024 bytes of the WHATWG
// prescan: many pages put a long <head> before it.
func metaCharset(b []byte) string {
	if len(b) > 8192 {
		b = b[:8192]
	}
	if m := metaCharsetRe().FindSubmatch(b); m != nil {
		return string(m[1])
	}
	return ""
}

// mostlyUTF8 reports whether invalid sequences are rare next to valid
// multi-byte ones: a UTF-8 page with a few broken bytes rather than a
// legacy encoding.
func mostlyUTF8(b []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		i += size
	}
	return invalid*20 <= valid
}

// detect asks a statistical detector (ICU's recognisers as ported by
// gogs/chardet) about the first 64 KiB.
func detect(b []byte, isHTML bool) (encoding.Encoding, string) {
	if len(b) > 64<<10 {
		b = b[:64<<10]
	}
	det := chardet.NewTextDetector()
	if isHTML {
		det = chardet.NewHtmlDetector()
	}
	r, err := det.DetectBest(b)
	if err != nil || r.Confidence < 10 {
		return nil, ""
	}
	name := r.Charset
	switch strings.ToLower(name) {
	case "gb-18030":
		name = "gb18030"
	case "iso-8859-8-i":
		name = "iso-8859-8"
	}
	e, canon := charset.Lookup(name)
	if e == nil || canon == "utf-8" {
		return nil, ""
	}
	return e, canon
}

// decodeLegacy turns text-dump bytes that are not valid UTF-8 into UTF-8
// and records on the document how.
func decodeLegacy(b []byte, declared string, d *pipeline.Doc) []byte {
	dec := Decode(b, declared, false)
	noteDecoding(d, dec)
	return dec.Text
}

func noteDecoding(d *pipeline.Doc, dec Decoded) {
	if dec.Charset != "utf-8" {
		setMeta(d, "charset", dec.Charset+" ("+dec.How+")")
		d.Record.Flags = append(d.Record.Flags, "legacy-charset")
	}
	if dec.Repaired > 0 {
		d.Record.Flags = append(d.Record.Flags, "mojibake-repaired")
	}
	if dec.Invalid > 0 {
		d.Record.Flags = append(d.Record.Flags, "invalid-utf8")
	}
}

func setMeta(d *pipeline.Doc, k, v string) {
	if d.Item.Meta == nil {
		d.Item.Meta = map[string]string{}
	}
	d.Item.Meta[k] = v
}

// RepairMojibake undoes UTF-8 text that was decoded as windows-1252 or
// Latin-1 and encoded again ("CafÃ©", "â€™", "à¤¨à¤ˆ"). Only runs of
// characters that map back to bytes forming valid multi-byte UTF-8
// sequences are changed, so genuine Latin-1 text ("São", "Ärger") stays
// as it is. It returns the text and the number of runs repaired.
func RepairMojibake(b []byte) ([]byte, int) {
	b, n := repairCyrillic(b)
	if !mayBeMojibake(b) {
		return b, n
	}
	fixed, m := repairLatin(b)
	return fixed, n + m
}

func repairLatin(b []byte) ([]byte, int) {
	var out []byte
	n := 0
	last := 0 // b[last:i] is not yet copied to out
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		lead, ok := mojiByte(r)
		if !ok || lead < 0xC2 || lead > 0xF4 {
			i += size
			continue
		}
		// Collect a run of mojibake characters and map them to bytes.
		var raw []byte
		j := i
		for j < len(b) {
			r2, s2 := utf8.DecodeRune(b[j:])
			c, ok := mojiByte(r2)
			if !ok {
				break
			}
			raw = append(raw, c)
			j += s2
		}
		good := longestUTF8Prefix(raw)
		if good == 0 {
			i += size
			continue
		}
		// Each run character stands for one byte: skip good characters.
		k := i
		for range good {
			_, s2 := utf8.DecodeRune(b[k:])
			k += s2
		}
		out = append(out, b[last:i]...)
		out = append(out, raw[:good]...)
		last = k
		i = k
		n++
	}
	if n == 0 {
		return b, 0
	}
	out = append(out, b[last:]...)
	return out, n
}

// cyrillicPages are the code pages whose mojibake of UTF-8 looks like
// Cyrillic: DOS (cp866: "рдирд┐" for "नि") and Windows (cp1251).
var cyrillicPages = []*charmap.Charmap{charmap.CodePage866, charmap.Windows1251}

// repairCyrillic undoes UTF-8 text (typically Indic: every byte of it is
// 0x80 or more) that was decoded as cp866 or windows-1251. A run of
// Cyrillic-range characters is rewritten only when all of it maps back to
// complete UTF-8 characters, at least two of them, none Cyrillic: real
// Russian words do not form whole UTF-8 sequences.
//
// Once a page shows several such runs in one code page, single characters
// ("рд╡" for "व") are repaired too.
func repairCyrillic(b []byte) ([]byte, int) {
	if !manyCyrillic(b) {
		return b, 0
	}
	var page *charmap.Charmap
	bestN := 0
	for _, cm := range cyrillicPages {
		if _, n := repairRuns(b, cm, 2); n > bestN {
			page, bestN = cm, n
		}
	}
	if bestN < 3 {
		return repairRuns(b, page, 2)
	}
	return repairRuns(b, page, 1)
}

// repairRuns rewrites the runs of non-ASCII characters of b that cm maps
// back to whole UTF-8 text of at least minRunes non-Cyrillic characters.
func repairRuns(b []byte, cm *charmap.Charmap, minRunes int) ([]byte, int) {
	if cm == nil {
		return b, 0
	}
	var out []byte
	n, last := 0, 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r < 0x80 {
			i += size
			continue
		}
		j, raw, ok := i, []byte(nil), true
		for j < len(b) {
			r2, s2 := utf8.DecodeRune(b[j:])
			if r2 < 0x80 {
				break
			}
			c, enc := cm.EncodeRune(r2)
			if r2 == utf8.RuneError && cm == charmap.Windows1251 {
				// 0x98 is the one byte windows-1251 leaves undefined;
				// decoders turned it into U+FFFD.
				c, enc = 0x98, true
			}
			if !enc || c < 0x80 {
				ok = false
			}
			raw = append(raw, c)
			j += s2
		}
		if ok && len(raw) >= 3 && utf8.Valid(raw) && !hasCyrillic(raw) && utf8.RuneCount(raw) >= minRunes {
			out = append(out, b[last:i]...)
			out = append(out, raw...)
			last = j
			n++
		}
		i = j
	}
	if n == 0 {
		return b, 0
	}
	return append(out, b[last:]...), n
}

// manyCyrillic is a cheap filter: a tenth of the characters are Cyrillic.
// A character U+0400..U+04FF is the bytes D0..D3 and a continuation byte;
// those lead bytes are never inside another character, so counting them
// needs no decoding, and the characters are counted only when there are
// enough Cyrillic ones (decoding every rune of every page was 2 % of the
// HTML step).
//
// Most text has no byte D0..D3 at all (it is not in the lead bytes of
// Indian scripts, E0, nor in ASCII): four searches that read many bytes at
// a time tell so before the byte-by-byte count.
func manyCyrillic(b []byte) bool {
	if bytes.IndexByte(b, 0xD0) < 0 && bytes.IndexByte(b, 0xD1) < 0 && bytes.IndexByte(b, 0xD2) < 0 && bytes.IndexByte(b, 0xD3) < 0 {
		return false
	}
	cyr := 0
	for i := 0; i+1 < len(b); i++ {
		if b[i]-0xD0 < 4 && b[i+1]&0xC0 == 0x80 {
			cyr++
		}
	}
	if cyr < 8 {
		return false
	}
	return cyr*10 >= utf8.RuneCount(b)
}

func hasCyrillic(b []byte) bool {
	for _, r := range string(b) {
		if r >= 0x0400 && r <= 0x04FF || r < 0x20 || r >= 0x80 && r < 0xA0 {
			return true
		}
	}
	return false
}

// mayBeMojibake is a cheap filter: mojibake always has a lead character
// U+00C2..U+00F4 (UTF-8 C3 82..C3 B4) followed by a character that stands
// for a continuation byte 0x80..0xBF: U+0080..U+00BF (C2 xx) or one of
// windows-1252's replacements for 0x80..0x9F (E2 80/84 xx, C5 xx, C6 92,
// CB xx).
func mayBeMojibake(b []byte) bool {
	for i := bytes.IndexByte(b, 0xC3); i >= 0 && i+3 < len(b); {
		if c := b[i+1]; c >= 0x82 && c <= 0xB4 {
			switch n := b[i+2]; {
			case n == 0xC2 && b[i+3] >= 0x80 && b[i+3] <= 0xBF,
				n == 0xE2 && (b[i+3] == 0x80 || b[i+3] == 0x84),
				n == 0xC5, n == 0xC6, n == 0xCB:
				return true
			}
		}
		j := bytes.IndexByte(b[i+1:], 0xC3)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// mojiByte maps a character back to the byte windows-1252 (or Latin-1, for
// the C1 controls) would have decoded it from, for bytes 0x80..0xFF.
func mojiByte(r rune) (byte, bool) {
	switch {
	case r >= 0x80 && r <= 0xFF:
		return byte(r), true
	case r < 0x80:
		return 0, false
	}
	if c, ok := cp1252High[r]; ok {
		return c, true
	}
	return 0, false
}

var cp1252High = func() map[rune]byte {
	m := map[rune]byte{}
	for c := 0x80; c <= 0x9F; c++ {
		r := charmap.Windows1252.DecodeByte(byte(c))
		if r != utf8.RuneError && r != rune(c) {
			m[r] = byte(c)
		}
	}
	return m
}()

// longestUTF8Prefix returns the length in bytes of the longest prefix of
// raw made only of complete multi-byte UTF-8 sequences (at least one), or
// 0. The decoded characters must not be C1 controls.
func longestUTF8Prefix(raw []byte) int {
	n := 0
	for n < len(raw) {
		r, size := utf8.DecodeRune(raw[n:])
		if r == utf8.RuneError || size < 2 || (r >= 0x80 && r <= 0x9F) {
			break
		}
		n += size
	}
	return n
}

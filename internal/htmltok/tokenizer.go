// Copyright 2010 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package htmltok splits an HTML page held in memory into the tokens
// golang.org/x/net/html's Tokenizer gives for it: the same token types,
// the same lower-cased tag names, the same attributes (keys lower-cased,
// values unescaped as attribute values are) and the same self-closing
// flags, token for token. It is the tokenizer of extract's pre-scan
// against HTML bombs, which reads every page once before the parser does.
//
// Why not the library's own Tokenizer: it reads through an io.Reader into
// a buffer that it grows and copies, looks at the page one byte at a time
// through a function call, and allocates a string and a map entry for
// every attribute of every tag to drop repeated ones. On the evaluation
// kit's pages the pre-scan through it was 8 % of akhbar's CPU profile
// for an HTML page, and a build without the pre-scan 15 % cheaper (its
// buffers fed the garbage collector). This is that Tokenizer's state
// machine (copied from x/net/html v0.62.0's token.go, BSD licence in
// LICENSE) reading a byte slice in place: runs of text, raw text and
// script data are skipped to the next '<' with bytes.IndexByte, the page
// is never written to (the library lower-cases names in its buffer), and
// repeated attribute names are found without allocating. The states, and
// so the tokens, are the library's; FuzzSameTokens checks them against
// it.
//
// It is not a general tokenizer: it gives no text, comment or doctype
// contents, no raw bytes, no CDATA sections (the library's default), and
// it stops at the end of the slice.
package htmltok

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html"
)

type span struct {
	start, end int
}

// Tokenizer returns the tokens of one page; see the package doc.
type Tokenizer struct {
	buf []byte
	// raw is the current token's bytes; raw.end is the read position.
	raw span
	// eof is set when a read passed the end of buf: the library's io.EOF.
	eof  bool
	tt   html.TokenType
	data span
	// pendingAttr is the attribute being read; attr the tag's kept ones
	// (non-empty names, each name once, as the library keeps them).
	pendingAttr   [2]span
	attr          [][2]span
	nAttrReturned int
	// seen holds the lower-cased names of a tag's kept attributes once it
	// has too many to compare pairwise.
	seen map[string]bool
	// rawTag is the lower-cased name of the element whose raw text or
	// RCDATA comes next ("script", "title"...), or "".
	rawTag string
	// name, key and val are the returned copies (the page is not written).
	name, key, val []byte
}

// New returns a Tokenizer for page. The page is read, never written.
func New(page []byte) *Tokenizer {
	return &Tokenizer{buf: page}
}

// readByte returns the next byte, or sets eof at the end of the page.
func (z *Tokenizer) readByte() byte {
	if z.raw.end >= len(z.buf) {
		z.eof = true
		return 0
	}
	c := z.buf[z.raw.end]
	z.raw.end++
	return c
}

// skipTo moves the read position to the next c and reads it, or to the
// end of the page (setting eof) when there is none: what a loop of
// readByte calls up to c does.
func (z *Tokenizer) skipTo(c byte) bool {
	i := bytes.IndexByte(z.buf[z.raw.end:], c)
	if i < 0 {
		z.raw.end = len(z.buf)
		z.eof = true
		return false
	}
	z.raw.end += i + 1
	return true
}

func (z *Tokenizer) skipWhiteSpace() {
	if z.eof {
		return
	}
	for {
		c := z.readByte()
		if z.eof {
			return
		}
		switch c {
		case ' ', '\n', '\r', '\t', '\f':
		default:
			z.raw.end--
			return
		}
	}
}

// readRawOrRCDATA reads until the next "</" + z.rawTag.
func (z *Tokenizer) readRawOrRCDATA() {
	if z.rawTag == "script" {
		z.readScript()
		z.rawTag = ""
		return
	}
	for z.skipTo('<') {
		c := z.readByte()
		if z.eof {
			break
		}
		if c != '/' {
			z.raw.end--
			continue
		}
		if z.readRawEndTag() || z.eof {
			break
		}
	}
	z.data.end = z.raw.end
	z.rawTag = ""
}

// readRawEndTag reads "foo>" after "</" where foo is z.rawTag; if it is
// there, the position backs up to reconsume the tag.
func (z *Tokenizer) readRawEndTag() bool {
	for i := 0; i < len(z.rawTag); i++ {
		c := z.readByte()
		if z.eof {
			return false
		}
		if c != z.rawTag[i] && c != z.rawTag[i]-('a'-'A') {
			z.raw.end--
			return false
		}
	}
	c := z.readByte()
	if z.eof {
		return false
	}
	switch c {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		z.raw.end -= 3 + len(z.rawTag)
		return true
	}
	z.raw.end--
	return false
}

// readScript reads until the next </script>, with the escaping rules of
// script data.
func (z *Tokenizer) readScript() {
	defer func() {
		z.data.end = z.raw.end
	}()
	var c byte

scriptData:
	if !z.skipTo('<') {
		return
	}
	goto scriptDataLessThanSign

scriptDataLessThanSign:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '/':
		goto scriptDataEndTagOpen
	case '!':
		goto scriptDataEscapeStart
	}
	z.raw.end--
	goto scriptData

scriptDataEndTagOpen:
	if z.readRawEndTag() || z.eof {
		return
	}
	goto scriptData

scriptDataEscapeStart:
	c = z.readByte()
	if z.eof {
		return
	}
	if c == '-' {
		goto scriptDataEscapeStartDash
	}
	z.raw.end--
	goto scriptData

scriptDataEscapeStartDash:
	c = z.readByte()
	if z.eof {
		return
	}
	if c == '-' {
		goto scriptDataEscapedDashDash
	}
	z.raw.end--
	goto scriptData

scriptDataEscaped:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataEscapedDash
	case '<':
		goto scriptDataEscapedLessThanSign
	}
	goto scriptDataEscaped

scriptDataEscapedDash:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataEscapedDashDash
	case '<':
		goto scriptDataEscapedLessThanSign
	}
	goto scriptDataEscaped

scriptDataEscapedDashDash:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataEscapedDashDash
	case '<':
		goto scriptDataEscapedLessThanSign
	case '>':
		goto scriptData
	}
	goto scriptDataEscaped

scriptDataEscapedLessThanSign:
	c = z.readByte()
	if z.eof {
		return
	}
	if c == '/' {
		goto scriptDataEscapedEndTagOpen
	}
	if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
		goto scriptDataDoubleEscapeStart
	}
	z.raw.end--
	goto scriptData

scriptDataEscapedEndTagOpen:
	if z.readRawEndTag() || z.eof {
		return
	}
	goto scriptDataEscaped

scriptDataDoubleEscapeStart:
	z.raw.end--
	for i := 0; i < len("script"); i++ {
		c = z.readByte()
		if z.eof {
			return
		}
		if c != "script"[i] && c != "SCRIPT"[i] {
			z.raw.end--
			goto scriptDataEscaped
		}
	}
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		goto scriptDataDoubleEscaped
	}
	z.raw.end--
	goto scriptDataEscaped

scriptDataDoubleEscaped:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedDash:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDashDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedDashDash:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDashDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	case '>':
		goto scriptData
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedLessThanSign:
	c = z.readByte()
	if z.eof {
		return
	}
	if c == '/' {
		goto scriptDataDoubleEscapeEnd
	}
	z.raw.end--
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapeEnd:
	if z.readRawEndTag() {
		z.raw.end += len("</script>")
		goto scriptDataEscaped
	}
	if z.eof {
		return
	}
	goto scriptDataDoubleEscaped
}

// readComment reads a comment after its "<!--".
func (z *Tokenizer) readComment() {
	var dashCount int
	beginning := true
	for {
		c := z.readByte()
		if z.eof {
			return
		}
		switch c {
		case '-':
			dashCount++
			continue
		case '>':
			if dashCount >= 2 || beginning {
				return
			}
		case '!':
			if dashCount >= 2 {
				c = z.readByte()
				if z.eof {
					return
				} else if c == '>' {
					return
				} else if c == '-' {
					dashCount = 1
					beginning = false
					continue
				}
			}
		}
		dashCount = 0
		beginning = false
	}
}

// readUntilCloseAngle reads up to and including the next ">".
func (z *Tokenizer) readUntilCloseAngle() {
	z.skipTo('>')
}

// readMarkupDeclaration reads a token after "<!": a comment, a doctype or
// a bogus comment (CDATA sections are not recognised, as the library's
// default has it).
func (z *Tokenizer) readMarkupDeclaration() html.TokenType {
	z.data.start = z.raw.end
	var c [2]byte
	for i := 0; i < 2; i++ {
		c[i] = z.readByte()
		if z.eof {
			return html.CommentToken
		}
	}
	if c[0] == '-' && c[1] == '-' {
		z.readComment()
		return html.CommentToken
	}
	z.raw.end -= 2
	if z.readDoctype() {
		return html.DoctypeToken
	}
	z.readUntilCloseAngle()
	return html.CommentToken
}

// readDoctype reads "DOCTYPE ...>" after "<!" if it is there.
func (z *Tokenizer) readDoctype() bool {
	const s = "DOCTYPE"
	for i := 0; i < len(s); i++ {
		c := z.readByte()
		if z.eof {
			// The library backs up and clears its io.EOF here, to read
			// the fragment again as a bogus comment.
			z.raw.end = z.data.start
			z.eof = false
			return false
		}
		if c != s[i] && c != s[i]+('a'-'A') {
			z.raw.end = z.data.start
			return false
		}
	}
	if z.skipWhiteSpace(); z.eof {
		return true
	}
	z.readUntilCloseAngle()
	return true
}

// rawTags are the elements whose content the tokenizer reads as raw text
// or RCDATA, by first letter.
var rawTags = [...][]string{
	'i': {"iframe"},
	'n': {"noembed", "noframes", "noscript"},
	'p': {"plaintext"},
	's': {"script", "style"},
	't': {"textarea", "title"},
	'x': {"xmp"},
}

// rawTagOf returns the raw-text element z.data names, or "".
func (z *Tokenizer) rawTagOf() string {
	name := z.buf[z.data.start:z.data.end]
	c := name[0] | ('a' - 'A')
	if int(c) >= len(rawTags) {
		return ""
	}
	for _, s := range rawTags[c] {
		if equalFoldASCII(name, s) {
			return s
		}
	}
	return ""
}

// readStartTag reads a start tag after its "<a".
func (z *Tokenizer) readStartTag() html.TokenType {
	z.readTag(true)
	if z.eof {
		return html.ErrorToken
	}
	z.rawTag = z.rawTagOf()
	nAttrs := len(z.attr)
	if z.buf[z.raw.end-2] == '/' && (nAttrs == 0 || z.raw.end-2 != z.attr[nAttrs-1][1].end-1) {
		return html.SelfClosingTagToken
	}
	return html.StartTagToken
}

// readTag reads a tag's name and attributes after "<a" or "</a"; with
// saveAttr the attributes are kept as the library keeps them.
func (z *Tokenizer) readTag(saveAttr bool) {
	z.attr = z.attr[:0]
	z.nAttrReturned = 0
	clear(z.seen)
	z.readTagName()
	if z.skipWhiteSpace(); z.eof {
		return
	}
	for {
		c := z.readByte()
		if z.eof || c == '>' {
			break
		}
		z.raw.end--
		z.readTagAttrKey()
		z.readTagAttrVal()
		if saveAttr && z.pendingAttr[0].start != z.pendingAttr[0].end && z.newAttrName() {
			z.attr = append(z.attr, z.pendingAttr)
		}
		if z.skipWhiteSpace(); z.eof {
			break
		}
	}
}

// pairwiseAttrs is how many kept attributes a tag may have before their
// names go into a map instead of being compared with each new one.
const pairwiseAttrs = 16

// newAttrName reports whether the pending attribute's name, lower-cased,
// is not among the tag's kept ones, and notes it.
func (z *Tokenizer) newAttrName() bool {
	k := z.buf[z.pendingAttr[0].start:z.pendingAttr[0].end]
	if len(z.attr) < pairwiseAttrs {
		for _, a := range z.attr {
			if equalFoldASCII(z.buf[a[0].start:a[0].end], k) {
				return false
			}
		}
		return true
	}
	if z.seen == nil {
		z.seen = make(map[string]bool)
	}
	if len(z.seen) == 0 {
		for _, a := range z.attr {
			z.seen[string(appendLower(nil, z.buf[a[0].start:a[0].end]))] = true
		}
	}
	key := string(appendLower(nil, k))
	if z.seen[key] {
		return false
	}
	z.seen[key] = true
	return true
}

// equalFoldASCII reports whether a and b are equal with ASCII letters
// lower-cased (the library's lower, not Unicode folding).
func equalFoldASCII[A, B ~string | ~[]byte](a A, b B) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range len(a) {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

func appendLower(dst, b []byte) []byte {
	for _, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// readTagName sets z.data to the tag's name; its first byte is read.
func (z *Tokenizer) readTagName() {
	z.data.start = z.raw.end - 1
	for {
		c := z.readByte()
		if z.eof {
			z.data.end = z.raw.end
			return
		}
		switch c {
		case ' ', '\n', '\r', '\t', '\f':
			z.data.end = z.raw.end - 1
			return
		case '/', '>':
			z.raw.end--
			z.data.end = z.raw.end
			return
		}
	}
}

// readTagAttrKey sets z.pendingAttr[0] to the "k" in "<div k=v>".
func (z *Tokenizer) readTagAttrKey() {
	z.pendingAttr[0].start = z.raw.end
	for {
		c := z.readByte()
		if z.eof {
			z.pendingAttr[0].end = z.raw.end
			return
		}
		switch c {
		case '=':
			if z.pendingAttr[0].start+1 == z.raw.end {
				// An equals sign before the name begins is part of it.
				continue
			}
			fallthrough
		case ' ', '\n', '\r', '\t', '\f', '/', '>':
			z.raw.end--
			z.pendingAttr[0].end = z.raw.end
			return
		}
	}
}

// readTagAttrVal sets z.pendingAttr[1] to the "v" in "<div k=v>".
func (z *Tokenizer) readTagAttrVal() {
	z.pendingAttr[1].start = z.raw.end
	z.pendingAttr[1].end = z.raw.end
	if z.skipWhiteSpace(); z.eof {
		return
	}
	c := z.readByte()
	if z.eof {
		return
	}
	if c == '/' {
		return
	}
	if c != '=' {
		z.raw.end--
		return
	}
	if z.skipWhiteSpace(); z.eof {
		return
	}
	quote := z.readByte()
	if z.eof {
		return
	}
	switch quote {
	case '>':
		z.raw.end--
		return

	case '\'', '"':
		z.pendingAttr[1].start = z.raw.end
		if !z.skipTo(quote) {
			z.pendingAttr[1].end = z.raw.end
			return
		}
		z.pendingAttr[1].end = z.raw.end - 1
		return

	default:
		z.pendingAttr[1].start = z.raw.end - 1
		for {
			c := z.readByte()
			if z.eof {
				z.pendingAttr[1].end = z.raw.end
				return
			}
			switch c {
			case ' ', '\n', '\r', '\t', '\f':
				z.pendingAttr[1].end = z.raw.end - 1
				return
			case '>':
				z.raw.end--
				z.pendingAttr[1].end = z.raw.end
				return
			}
		}
	}
}

// Next reads the next token and returns its type; html.ErrorToken at the
// end of the page.
func (z *Tokenizer) Next() html.TokenType {
	z.raw.start = z.raw.end
	z.data.start = z.raw.end
	z.data.end = z.raw.end
	if z.eof {
		z.tt = html.ErrorToken
		return z.tt
	}
	if z.rawTag != "" {
		if z.rawTag == "plaintext" {
			z.raw.end = len(z.buf)
			z.eof = true
			z.data.end = z.raw.end
		} else {
			z.readRawOrRCDATA()
		}
		if z.data.end > z.data.start {
			z.tt = html.TextToken
			return z.tt
		}
	}

	for z.skipTo('<') {
		// Is the '<' just read part of a tag, comment or doctype? If
		// not, it is part of the text.
		c := z.readByte()
		if z.eof {
			break
		}
		var tokenType html.TokenType
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			tokenType = html.StartTagToken
		case c == '/':
			tokenType = html.EndTagToken
		case c == '!' || c == '?':
			tokenType = html.CommentToken
		default:
			z.raw.end--
			continue
		}

		// Text read before the tag is a token of its own, first.
		if x := z.raw.end - len("<a"); z.raw.start < x {
			z.raw.end = x
			z.data.end = x
			z.tt = html.TextToken
			return z.tt
		}
		switch tokenType {
		case html.StartTagToken:
			z.tt = z.readStartTag()
			return z.tt
		case html.EndTagToken:
			c = z.readByte()
			if z.eof {
				// The library ends here: what was read is text.
				goto end
			}
			if c == '>' {
				// "</>" is no token; the library returns an empty comment.
				z.tt = html.CommentToken
				return z.tt
			}
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				z.readTag(false)
				if z.eof {
					z.tt = html.ErrorToken
				} else {
					z.tt = html.EndTagToken
				}
				return z.tt
			}
			z.raw.end--
			z.readUntilCloseAngle()
			z.tt = html.CommentToken
			return z.tt
		case html.CommentToken:
			if c == '!' {
				z.tt = z.readMarkupDeclaration()
				return z.tt
			}
			z.raw.end--
			z.readUntilCloseAngle()
			z.tt = html.CommentToken
			return z.tt
		}
	}
end:
	if z.raw.start < z.raw.end {
		z.data.end = z.raw.end
		z.tt = html.TextToken
		return z.tt
	}
	z.tt = html.ErrorToken
	return z.tt
}

var (
	nul         = []byte("\x00")
	replacement = []byte("\ufffd")
)

// TagName returns the lower-cased name of a tag token and whether it has
// attributes. The slice is valid until the next call.
func (z *Tokenizer) TagName() (name []byte, hasAttr bool) {
	if z.data.start < z.data.end {
		switch z.tt {
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			z.name = appendLower(z.name[:0], z.buf[z.data.start:z.data.end])
			if bytes.IndexByte(z.name, 0) >= 0 {
				z.name = bytes.ReplaceAll(z.name, nul, replacement)
			}
			z.data.start = z.raw.end
			z.data.end = z.raw.end
			return z.name, z.nAttrReturned < len(z.attr)
		}
	}
	return nil, false
}

// TagAttr returns the next attribute of a start tag: its lower-cased key,
// its value unescaped, and whether more follow. The slices are valid
// until the next call.
func (z *Tokenizer) TagAttr() (key, val []byte, moreAttr bool) {
	if z.nAttrReturned < len(z.attr) {
		switch z.tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			x := z.attr[z.nAttrReturned]
			z.nAttrReturned++
			z.key = appendLower(z.key[:0], z.buf[x[0].start:x[0].end])
			z.key = replaceNUL(z.key)
			z.val = append(z.val[:0], z.buf[x[1].start:x[1].end]...)
			z.val = unescapeAttr(convertNewlines(replaceNUL(z.val)))
			return z.key, z.val, z.nAttrReturned < len(z.attr)
		}
	}
	return nil, nil, false
}

func replaceNUL(b []byte) []byte {
	if bytes.IndexByte(b, 0) < 0 {
		return b
	}
	return bytes.ReplaceAll(b, nul, replacement)
}

// convertNewlines turns "\r\n" and "\r" into "\n", in place.
func convertNewlines(s []byte) []byte {
	if bytes.IndexByte(s, '\r') < 0 {
		return s
	}
	dst := 0
	for src := 0; src < len(s); src++ {
		c := s[src]
		if c == '\r' {
			if src+1 < len(s) && s[src+1] == '\n' {
				src++
			}
			c = '\n'
		}
		s[dst] = c
		dst++
	}
	return s[:dst]
}

// unescapeAttr unescapes character references as the library does in an
// attribute value. It reaches the library's table of named references
// through html.UnescapeString, which reads text, not attributes: in an
// attribute a named reference without its ';' is left alone before '=',
// and only a whole name is looked up (in text a known prefix of it is).
func unescapeAttr(b []byte) []byte {
	amp := bytes.IndexByte(b, '&')
	if amp < 0 {
		return b
	}
	out := append([]byte(nil), b[:amp]...)
	for src := amp; src < len(b); {
		if b[src] != '&' {
			out = append(out, b[src])
			src++
			continue
		}
		n, rep := attrReference(b[src:])
		if n == 0 {
			out = append(out, '&')
			src++
			continue
		}
		out = append(out, rep...)
		src += n
	}
	return out
}

// attrReference reads the character reference s starts with ('&'): the
// bytes it takes and what it stands for, or 0 when it is none.
func attrReference(s []byte) (int, string) {
	i := 1
	if len(s) <= 1 {
		return 0, ""
	}
	if s[i] == '#' {
		// Numeric references read alike in text and attributes.
		if len(s) <= 2 {
			return 0, ""
		}
		i++
		hex := s[i] == 'x' || s[i] == 'X'
		if hex {
			i++
		}
		i0 := i
		for i < len(s) && (isDigit(s[i]) || hex && isHexLetter(s[i])) {
			i++
		}
		if i == i0 {
			return 0, ""
		}
		if i < len(s) && s[i] == ';' {
			i++
		}
		return i, html.UnescapeString(string(s[:i]))
	}
	for i < len(s) {
		c := s[i]
		i++
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			continue
		}
		if c != ';' {
			i--
		}
		break
	}
	name := s[1:i]
	if len(name) == 0 || name[len(name)-1] != ';' && i < len(s) && s[i] == '=' {
		return 0, ""
	}
	ref := string(s[:i])
	out := html.UnescapeString(ref)
	// A whole name gives one rune, or two that never end in the name's
	// last byte ("fjlig;" is "fj"); a known prefix of the name gives a
	// rune and the rest of the name, so it ends in the name's last byte:
	// that is no reference in an attribute.
	if out == ref || utf8.RuneCountInString(out) > 1 && out[len(out)-1] == ref[len(ref)-1] {
		return 0, ""
	}
	return i, out
}

func isDigit(c byte) bool     { return '0' <= c && c <= '9' }
func isHexLetter(c byte) bool { return 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

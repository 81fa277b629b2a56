package htmltok

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/akhbar/akhbar/internal/evalset"
)

// tokens lists what a tokenizer gives for page, one line a token: its
// type, and for tags the name, whether it has attributes and each
// attribute of a start tag.
func tokens(next func() html.TokenType, tagName func() ([]byte, bool), tagAttr func() ([]byte, []byte, bool)) []string {
	var out []string
	for {
		tt := next()
		if tt == html.ErrorToken {
			return append(out, "end")
		}
		line := tt.String()
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, more := tagName()
			line += fmt.Sprintf(" %q attrs=%v", name, more)
			for more && tt != html.EndTagToken {
				var k, v []byte
				k, v, more = tagAttr()
				line += fmt.Sprintf(" %q=%q", k, v)
			}
		}
		out = append(out, line)
	}
}

func libraryTokens(page []byte) []string {
	z := html.NewTokenizer(bytes.NewReader(page))
	return tokens(z.Next, z.TagName, z.TagAttr)
}

func ourTokens(page []byte) []string {
	z := New(page)
	return tokens(z.Next, z.TagName, z.TagAttr)
}

// sameTokens fails t where the two tokenizers differ on page. They run
// in step and are compared field by field (the kit's pages run under the
// race detector in CI); the token lists are built only to report a
// difference.
func sameTokens(t *testing.T, name string, page []byte) {
	t.Helper()
	orig := bytes.Clone(page)
	lib, our := html.NewTokenizer(bytes.NewReader(page)), New(page)
	for i := 0; ; i++ {
		lt, ot := lib.Next(), our.Next()
		same := lt == ot
		if same && (lt == html.StartTagToken || lt == html.SelfClosingTagToken || lt == html.EndTagToken) {
			ln, lmore := lib.TagName()
			on, omore := our.TagName()
			same = bytes.Equal(ln, on) && lmore == omore
			for same && lmore && lt != html.EndTagToken {
				var lk, lv, ok, ov []byte
				lk, lv, lmore = lib.TagAttr()
				ok, ov, omore = our.TagAttr()
				same = bytes.Equal(lk, ok) && bytes.Equal(lv, ov) && lmore == omore
			}
		}
		if !same {
			want, got := libraryTokens(orig), ourTokens(orig)
			t.Fatalf("%s: token %d differs:\nlibrary %q\nhtmltok %q", name, i, want[min(i, len(want)-1):], got[min(i, len(got)-1):])
		}
		if lt == html.ErrorToken {
			break
		}
	}
	if !bytes.Equal(page, orig) {
		t.Fatalf("%s: the page was written to", name)
	}
}

var cases = []string{
	"",
	"plain text",
	"<",
	"a<",
	"a</",
	"</>",
	"<//>",
	"</ x>",
	"<!",
	"<!-",
	"<!--",
	"<!-->",
	"<!--->",
	"<!-- a -- b --!> c",
	"<!-- a --!",
	"<!-- x --!-y-->z",
	"<!doctype html><html>",
	"<!DOCTY",
	"<!DOCTYPE",
	"<!DOCTYPE   ",
	"<?xml version='1.0'?><p>",
	"<![CDATA[x]]>y",
	"<P CLASS=A Class=b>x</P>",
	"<br/><br /><p a=/><p a=/ >",
	"<img src=a.png/>",
	"<a href='x>y'>t</a><a href=\"p\"q\">",
	"<a =b c==d e= f g = 'h'>",
	"<b\x00c>x</b\x00c>",
	"<a h=\"x\x00y\" i='a\r\nb\rc'>",
	"<a href=\"?a=1&amp;b=2&ampc=3&amp=4&notin;&notit;&fjlig;&#65;&#x42;&#xZ;&#;&;&#128;&#0;\">",
	"<a t='&lt &gt= &lt= &copy &copyx &copy;x &nvlt; &bne;'>",
	"<title>a<b>c</b></TITLE >d",
	"<textarea>x</textareax></textarea>y",
	"<style>p{}</style ><p>",
	"<script>if (a<b) {}</script>x",
	"<script><!--<script></script><!--</script> <b>bomb</b> -->",
	"<script><!-- x --> </script>y",
	"<SCRIPT>a</sCrIpT>b",
	"<script>a</script",
	"<script><!--<script>x</script>-->",
	"<plaintext>a<b>c</b>",
	"<noscript><p>x</p></noscript>",
	"<iframe><b></iframe><xmp><i></xmp>",
	"<noembed>a</noembed><noframes>b</noframes>",
	"<div " + strings.Repeat("a b c d e f g h i j k l m n o p q r s t ", 3) + "A=1 z=2>",
	"<p unclosed",
	"<p a='unclosed",
	"<p a=unquoted",
	"<p a =",
	"<p a= >",
	"<p/a/b/>",
	"<x-custom data-a=1>y</x-custom>",
}

func TestSameTokens(t *testing.T) {
	for i, c := range cases {
		sameTokens(t, fmt.Sprint("case ", i), []byte(c))
	}
}

// kitPages returns the evaluation kit's HTML pages (the merged set, each
// page once) for which keep is true, or skips tb without the kit.
func kitPages(tb testing.TB, keep func(evalset.Page) bool) [][]byte {
	pages, err := evalset.LoadKit("")
	if err != nil {
		tb.Skip(err)
	}
	var out [][]byte
	for _, p := range pages {
		if !keep(p) {
			continue
		}
		b, err := evalset.ReadPage(p)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// TestSameTokensEvalPages runs the kit's HTML pages through both
// tokenizers.
func TestSameTokensEvalPages(t *testing.T) {
	if testing.Short() {
		t.Skip("the kit's pages: not with -short")
	}
	pages := kitPages(t, func(evalset.Page) bool { return true })
	for i, page := range pages {
		sameTokens(t, fmt.Sprint("kit page ", i), page)
	}
	t.Logf("%d pages, the same tokens", len(pages))
}

func FuzzSameTokens(f *testing.F) {
	for _, c := range cases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		sameTokens(t, "input", page)
	})
}

// unescapeCases are attribute values; the library's reading of each is
// what a tag with it gives.
func TestUnescapeAttr(t *testing.T) {
	for _, v := range []string{
		"", "&", "&&", "a&b", "&amp", "&amp;", "&amp=", "&amp;=", "&ampx", "&notin", "&notin;",
		"&notit;", "&fjlig;", "&fjlig", "&#", "&#;", "&#x", "&#X41", "&#65", "&#65x", "&#1114112;",
		"&#xD800;", "&#150;", "&#0;", "&lt&gt", "&semi;", "&Aacute", "&Aacutex", "&Aacute=",
	} {
		page := []byte("<a x='" + v + "'>")
		z := html.NewTokenizer(bytes.NewReader(page))
		z.Next()
		_, want, _ := z.TagAttr()
		got := unescapeAttr([]byte(v))
		if string(got) != string(want) {
			t.Errorf("%q: got %q, library %q", v, got, want)
		}
	}
}

func BenchmarkTokenizers(b *testing.B) {
	pages := kitPages(b, func(p evalset.Page) bool { return slices.Contains(p.Sets, "scrapinghub") })
	var size int64
	for _, p := range pages {
		size += int64(len(p))
	}
	run := func(b *testing.B, scan func([]byte)) {
		b.SetBytes(size)
		for b.Loop() {
			for _, p := range pages {
				scan(p)
			}
		}
	}
	b.Run("library", func(b *testing.B) {
		run(b, func(p []byte) {
			z := html.NewTokenizer(bytes.NewReader(p))
			for z.Next() != html.ErrorToken {
				z.TagName()
			}
		})
	})
	b.Run("htmltok", func(b *testing.B) {
		run(b, func(p []byte) {
			z := New(p)
			for z.Next() != html.ErrorToken {
				z.TagName()
			}
		})
	})
}

package extract

import (
	"errors"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

func asReject(err error, re **pipeline.RejectError) bool { return errors.As(err, re) }

func TestParseMarks(t *testing.T) {
	tests := []struct {
		raw, text, tag string
		starts         bool
	}{
		{"plain text line", "plain text line", "", false},
		{"   indented text  ", "indented text", "", false},
		{"# Headline", "Headline", "h1", true},
		{"### Sub heading ###", "Sub heading", "h3", true},
		{"###### six", "six", "h6", true},
		{"#hashtag", "#hashtag", "", false},
		{"####### seven", "####### seven", "", false},
		{"• Home", "Home", "li", true},
		{"  * item", "item", "li", true},
		{"- dash item", "dash item", "li", true},
		{"+ plus item", "plus item", "li", true},
		{"o lynx item", "lynx item", "li", true},
		{"▪ box", "box", "li", true},
		{"only", "only", "", false},
		{"-5 degrees", "-5 degrees", "", false},
		{"1. First", "1. First", "li", true},
		{"12) Twelfth", "12) Twelfth", "li", true},
		{"1\\. Escaped", "1\\. Escaped", "li", true},
		{"2024. A year", "2024. A year", "", false},
		{"   1.", "1.", "li", true},
		{"****** Big title ******", "Big title", "h1", true},
		{"*** Small: ***", "Small:", "h4", true},
		{"**** Uneven ***", "**** Uneven ***", "", false},
		{"---", "", "hr", true},
		{"* * *", "", "hr", true},
		{"━━━━━━", "", "hr", true},
		{"==", "==", "", false},
		{"[GettyImage]", "[GettyImage]", "img", true},
		{"[alt][alt two]", "[alt][alt two]", "img", true},
		{"[link](url)", "[link](url)", "", false},
		{"> quoted line", "quoted line", "", false},
	}
	for _, tt := range tests {
		m := parseMarks(tt.raw)
		if m.text != tt.text || m.tag != tt.tag || m.startsBlock != tt.starts {
			t.Errorf("parseMarks(%q) = %q %q %v, want %q %q %v", tt.raw, m.text, m.tag, m.startsBlock, tt.text, tt.tag, tt.starts)
		}
	}
}

func TestInlineMarkdown(t *testing.T) {
	tests := []struct {
		in, want string
		linked   bool
		imgOnly  bool
	}{
		{"plain", "plain", false, false},
		{"see [the report](https://x.com/r) today", "see the report today", true, false},
		{`see [the report](https://x.com/r "Title") today`, "see the report today", true, false},
		{"[all link](/a)", "all link", true, false},
		{"![alt text](/img.png)", "", false, true},
		{"![a](/1.png) ![b](/2.png)", " ", false, true},
		{"text ![a](/1.png) more", "text  more", false, false},
		{"[![logo](/l.png)](/)", "", false, true}, // a linked logo is an image
		{"**bold** and __strong__", "bold and strong", false, false},
		{"an _italic_ word", "an italic word", false, false},
		{"snake_case_name stays", "snake_case_name stays", false, false},
		{`1\. not a list \*star\* a\_b \[note\]`, `1. not a list *star* a_b [note]`, false, false},
		{"lynx [IMG] and (BUTTON) marks", "lynx  and  marks", false, false},
		{"[INLINE]", "", false, true},
		{"fill in ________", "fill in ", false, false},
		{"हिंदी [लिंक](/x) पाठ", "हिंदी लिंक पाठ", true, false},
	}
	for _, tt := range tests {
		got, share, img := inlineMarkdown(tt.in, 0, plainMarkup)
		if got != tt.want || (share > 0) != tt.linked || img != tt.imgOnly {
			t.Errorf("inlineMarkdown(%q) = %q, %v, %v; want %q, linked %v, %v", tt.in, got, share, img, tt.want, tt.linked, tt.imgOnly)
		}
		if share < 0 || share > 1 {
			t.Errorf("inlineMarkdown(%q): link share %v out of [0,1]", tt.in, share)
		}
	}
}

func TestSplitLines(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"a", []string{"a"}},
		{"a\n", []string{"a"}},
		{"a\n\n", []string{"a", ""}},
		{"a\r\nb", []string{"a", "b"}},
		{"a\rb", []string{"a", "b"}},
		{"a\r\r\nb", []string{"a", "", "b"}},
		{"\n", []string{""}},
	}
	for _, tt := range tests {
		got := splitLines(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("splitLines(%q) = %q, want %q", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("splitLines(%q) = %q, want %q", tt.in, got, tt.want)
				break
			}
		}
	}
}

func TestJoinWrapped(t *testing.T) {
	tests := []struct {
		parts []string
		want  string
	}{
		{[]string{"one"}, "one"},
		{[]string{"one", "  two  ", "three"}, "one two three"},
		{[]string{"see [a", "b](http://x.com/lo", "ng) end"}, "see [a b](http://x.com/long) end"},
	}
	for _, tt := range tests {
		if got := joinWrapped(tt.parts, false); got != tt.want {
			t.Errorf("joinWrapped(%q) = %q, want %q", tt.parts, got, tt.want)
		}
	}
}

// TestJoinColumnBreaks: in a newspaper column's wrap a word broken by a
// hyphen at a line's end is joined whole; a compound's hyphen before a
// capital and a lone dash keep theirs. A screen's wrap adds no hyphen: one
// at a line's end after a letter is the compound's, which goes on whole.
func TestJoinColumnBreaks(t *testing.T) {
	tests := []struct {
		parts  []string
		column bool
		want   string
	}{
		{[]string{"finished in the men's stan-", "ding Super-G."}, true, "finished in the men's standing Super-G."},
		{[]string{"शांति रक्षा बटालियन अन-", "जाने में"}, true, "शांति रक्षा बटालियन अनजाने में"},
		// A Malayalam word broken after an older chillu (its joiner last).
		{[]string{"സൂപ്പര്\u200d-ജിയില്\u200d ഒന്\u200d-", "പതാം സ്ഥാനത്തെത്തി."}, true, "സൂപ്പര്\u200d-ജിയില്\u200d ഒന്\u200dപതാം സ്ഥാനത്തെത്തി."},
		{[]string{"the Indo-", "Pacific"}, true, "the Indo- Pacific"},
		{[]string{"a pause -", "then"}, true, "a pause - then"},
		{[]string{"finished in the men's stan-", "ding"}, false, "finished in the men's stan-ding"},
		{[]string{"क्षेत्र क्वाज़ुलु-", "नताल में"}, false, "क्षेत्र क्वाज़ुलु-नताल में"},
		{[]string{"the Indo-", "Pacific"}, false, "the Indo-Pacific"},
		{[]string{"COVID-", "19 cases"}, false, "COVID-19 cases"},
		{[]string{"a pause -", "then"}, false, "a pause - then"},
	}
	for _, tt := range tests {
		if got := joinWrapped(tt.parts, tt.column); got != tt.want {
			t.Errorf("joinWrapped(%q, %v) = %q, want %q", tt.parts, tt.column, got, tt.want)
		}
	}
}

// TestMarkdownEscapes: a Markdown converter's dump (its links printed
// "[text](url)") loses every backslash escape Markdown has (pandoc
// escapes quotes and apostrophes); another dump keeps a backslash before
// a quote or a comma, the page's own.
func TestMarkdownEscapes(t *testing.T) {
	for _, tt := range []struct {
		in   string
		mk   markup
		want string
	}{
		{`pandoc\'s \"quoted\" 50\% \$5 \@desk`, markdownMarkup, `pandoc's "quoted" 50% $5 @desk`},
		{`1\. not a list \*star\*`, markdownMarkup, `1. not a list *star*`},
		{`C:\Users\me stays`, markdownMarkup, `C:\Users\me stays`},
		{`mount -o nosuid\,nodev and "a\"b"`, plainMarkup, `mount -o nosuid\,nodev and "a\"b"`},
		{`1\. not a list \*star\*`, plainMarkup, `1. not a list *star*`},
		// pandoc's figure: a lone image, its alt text the caption.
		{`![Floods close the road (Photo: PTI)](/f.jpg)`, pandocMarkup, `[Floods close the road (Photo: PTI)]`},
		{`![Floods close the road (Photo: PTI)](/f.jpg)`, markdownMarkup, ``},
		{`![a](/1.png) ![b](/2.png)`, pandocMarkup, ` `},
	} {
		if got, _, _ := inlineMarkdown(tt.in, 0, tt.mk); got != tt.want {
			t.Errorf("inlineMarkdown(%q, %v) = %q, want %q", tt.in, tt.mk, got, tt.want)
		}
	}
	md := []string{"Read [the report](https://x.com/r) today.", "", "See [more](/more) here."}
	if !markdownLinks(md) || markdownLinks([]string{"Read [the report](https://x.com/r) today.", "plain"}) {
		t.Error("markdownLinks: want two lines of links to make a Markdown dump, one not")
	}
}

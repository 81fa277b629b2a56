package extract

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// paragraphs are the running text of the synthetic dumps below.
var paragraphs = []string{
	"WeWork is reportedly being investigated by the New York State Attorney General. According to Reuters, the questions include whether the founder engaged in self-dealing.",
	"The company is headquartered in New York City. A spokesperson said in an email that it had received an inquiry from the office of the Attorney General and was cooperating in the matter.",
	"This comes less than a week after Bloomberg reported the company is the subject of a Securities and Exchange Commission inquiry into potential rule violations related to its cancelled offering.",
	"After receiving a lifeline from an investor worth up to eight billion dollars, the company is now engaging in major cost-cutting measures, including layoffs at a subsidiary it acquired in 2017.",
}

// wrap breaks s into lines of at most width runes, each with indent.
func wrap(s string, width int, indent string) []string {
	var lines []string
	cur := indent
	for _, w := range strings.Fields(s) {
		if len([]rune(cur))+len([]rune(w))+1 > width && strings.TrimSpace(cur) != "" {
			lines = append(lines, strings.TrimRight(cur, " "))
			cur = indent
		}
		if strings.TrimSpace(cur) != "" {
			cur += " "
		}
		cur += w
	}
	return append(lines, cur)
}

// w3mDump is a "w3m -dump -cols 10000" page: one paragraph per line.
func w3mDump() string {
	lines := []string{"• Home", "• World", "• Business", "", "Investigation into WeWork widens", "", "By Catherine Shu / 2 days", "[GettyImage]", ""}
	for _, p := range paragraphs {
		lines = append(lines, p, "")
	}
	return strings.Join(append(lines, "• Privacy", "• Terms"), "\n") + "\n"
}

// lynxDump is a "lynx -dump" page: paragraphs wrapped at 72 columns and
// indented by three spaces, bullets "*", references at the end.
func lynxDump() string {
	lines := []string{"   [1]Home [2]World [3]Business", "", "Investigation into WeWork widens", "", "   By Catherine Shu", ""}
	for _, p := range paragraphs {
		lines = append(lines, wrap(p, 72, "   ")...)
		lines = append(lines, "")
	}
	lines = append(lines, "     * [4]Privacy", "     * [5]Terms", "", "References", "", "   1. https://example.com/", "   2. https://example.com/world")
	return strings.Join(lines, "\n") + "\n"
}

// elinksDump is an elinks page: wrapped at 80 columns, indented by three,
// with picture names that no wrapper can break running past the width.
func elinksDump() string {
	lines := []string{"   [1]Home [2]World [3]Business", "", "  Investigation into WeWork widens", ""}
	for i, p := range paragraphs {
		lines = append(lines, wrap(p, 77, "   ")...)
		lines = append(lines, "", fmt.Sprintf("   [%d]investigation-into-wework-widens-new-york-attorney-general-photo-reuters-%02d.jpeg", i+4, i), "")
	}
	return strings.Join(lines, "\n") + "\n"
}

// html2textDump is an html2text page: Markdown, wrapped at 78 columns,
// links "[text](url)" broken across lines, targets too.
func html2textDump() string {
	lines := []string{"  * [Home](/)", "  * [World](/world)", "", "# Investigation into WeWork widens", "", "By [Catherine Shu](/author/catherine-shu)", ""}
	// The link text breaks between words; the long target is cut in the
	// middle as html2text does.
	lines = append(lines,
		"WeWork is reportedly being investigated by the [New York State Attorney",
		"General](https://www.reuters.com/article/us-wework-probe/new-york-attorney-gen",
		"eral-probes-wework-idUSKBN1X) according to Reuters; the questions include",
		"whether the founder engaged in self-dealing.", "")
	for _, p := range paragraphs[1:] {
		lines = append(lines, wrap(p, 78, "")...)
		lines = append(lines, "")
	}
	lines = append(lines, "* * *", "", "![logo](/img/logo.png)", "", "  * [Privacy](/privacy)")
	return strings.Join(lines, "\n") + "\n"
}

func textDoc(t *testing.T, s string) *pipeline.Doc {
	t.Helper()
	d := pipeline.NewDoc(pipeline.Item{ID: "t", Source: pipeline.Source{Format: "text"}, Body: []byte(s)})
	if err := Text(d); err != nil {
		t.Fatalf("Text: %v", err)
	}
	return d
}

// findBlock returns the block whose text starts with prefix.
func findBlock(t *testing.T, d *pipeline.Doc, prefix string) pipeline.Block {
	t.Helper()
	for _, b := range d.Blocks {
		if strings.HasPrefix(b.Text, prefix) {
			return b
		}
	}
	var texts []string
	for _, b := range d.Blocks {
		texts = append(texts, b.Text)
	}
	t.Fatalf("no block starts with %q in %q", prefix, texts)
	return pipeline.Block{}
}

func TestIsWrapped(t *testing.T) {
	var headlines, timed []string
	for i := range 30 {
		headlines = append(headlines, fmt.Sprintf("Headline %d: markets fall as rates rise again across the region", i))
	}
	// A section front: headlines of 50 to 70 letters, each over its time,
	// a blank line between stories.
	for i := range 10 {
		timed = append(timed, strings.Repeat("word ", 10+i%4)+fmt.Sprintf("story %d", i), fmt.Sprintf("03 July 2024, 0%d:15 IST", i), "")
	}
	tests := []struct {
		name string
		dump string
		want bool
	}{
		{"w3m one paragraph per line", w3mDump(), false},
		{"lynx wrapped at 72", lynxDump(), true},
		{"elinks wrapped at 80 with unbreakable lines", elinksDump(), true},
		{"html2text wrapped at 78 with links", html2textDump(), true},
		{"list of headlines without blank lines", strings.Join(headlines, "\n"), false},
		{"short lines only", "Home\nWorld\n\nSport\n\nA line\n", false},
		{"headlines each over its time", strings.Join(timed, "\n"), false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := isWrapped(splitLines(tt.dump)); got != tt.want {
				t.Errorf("isWrapped = %v, want %v", got, tt.want)
			}
		})
	}
}

// Lines that are one word (picture names, addresses) run past the width
// in any wrapped dump: they neither hide the wrapping nor move its width.
func TestWrapWidthPastUnbreakable(t *testing.T) {
	ok, width := isWrapped(splitLines(elinksDump()))
	if !ok || width < 72 || width > 80 {
		t.Errorf("isWrapped = %v, width %d; want wrapped at 72-80", ok, width)
	}
}

func TestTextUnwrapped(t *testing.T) {
	d := textDoc(t, w3mDump())
	// Every non-blank line is its own block, numbered by its line.
	lines := splitLines(w3mDump())
	n := 0
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if n >= len(d.Blocks) {
			t.Fatalf("line %d %q has no block", i+1, l)
		}
		if b := d.Blocks[n]; b.Start != i+1 || b.End != i+1 {
			t.Errorf("block %d %q spans lines %d-%d, want %d", n, b.Text, b.Start, b.End, i+1)
		}
		n++
	}
	if n != len(d.Blocks) {
		t.Errorf("%d blocks for %d non-blank lines", len(d.Blocks), n)
	}
	if b := findBlock(t, d, "Home"); b.Tag != "li" || b.Text != "Home" {
		t.Errorf("bullet line: %+v", b)
	}
	if b := findBlock(t, d, "[GettyImage]"); b.Tag != "img" {
		t.Errorf("image placeholder: %+v", b)
	}
	if d.Record.Source.Unit != "line" {
		t.Errorf("unit %q, want line", d.Record.Source.Unit)
	}
}

func TestTextWrapped(t *testing.T) {
	for _, tt := range []struct {
		name string
		dump string
	}{{"lynx", lynxDump()}, {"html2text", html2textDump()}} {
		t.Run(tt.name, func(t *testing.T) {
			d := textDoc(t, tt.dump)
			lines := splitLines(tt.dump)
			// Each paragraph is one block, from its first line to its last.
			for _, p := range paragraphs[1:] {
				b := findBlock(t, d, p[:30])
				if b.Text != p {
					t.Errorf("paragraph joined as\n%q\nwant\n%q", b.Text, p)
				}
				if b.End <= b.Start {
					t.Errorf("wrapped paragraph spans lines %d-%d", b.Start, b.End)
				}
				if !strings.Contains(lines[b.Start-1], strings.Fields(p)[0]) || strings.TrimSpace(lines[b.End]) != "" {
					t.Errorf("paragraph lines %d-%d do not run from its first line to the blank after it", b.Start, b.End)
				}
			}
			// Lines of a bullet list stay separate items.
			var items int
			for _, b := range d.Blocks {
				if b.Tag == "li" {
					items++
				}
			}
			if items < 2 {
				t.Errorf("%d list items, want the bullets as items", items)
			}
		})
	}
}

func TestTextHTML2TextLinks(t *testing.T) {
	d := textDoc(t, html2textDump())
	b := findBlock(t, d, "WeWork is reportedly")
	want := "WeWork is reportedly being investigated by the New York State Attorney General according to Reuters; the questions include whether the founder engaged in self-dealing."
	if b.Text != want {
		t.Errorf("link split over lines gives\n%q\nwant\n%q", b.Text, want)
	}
	if b.LinkShare <= 0 || b.LinkShare >= 0.5 {
		t.Errorf("LinkShare %v, want the share of the link's letters", b.LinkShare)
	}
	if h := findBlock(t, d, "Investigation"); h.Tag != "h1" {
		t.Errorf("# heading: tag %q", h.Tag)
	}
	if by := findBlock(t, d, "By Catherine"); by.Text != "By Catherine Shu" {
		t.Errorf("byline %q", by.Text)
	}
	var tags []string
	for _, b := range d.Blocks {
		if b.Tag == "hr" || b.Tag == "img" {
			tags = append(tags, b.Tag)
		}
		if strings.Contains(b.Text, "](") || strings.Contains(b.Text, "http") {
			t.Errorf("block keeps Markdown link syntax: %q", b.Text)
		}
	}
	if strings.Join(tags, " ") != "hr img" {
		t.Errorf("rule and image blocks: %q, want hr img", tags)
	}
}

func TestTextLineNumbers(t *testing.T) {
	tests := []struct {
		name, dump string
		want       [][2]int // start, end of each block
	}{
		{"LF", "a\n\nb\nc\n", [][2]int{{1, 1}, {3, 3}, {4, 4}}},
		{"CRLF", "a\r\n\r\nb\r\nc\r\n", [][2]int{{1, 1}, {3, 3}, {4, 4}}},
		{"lone CR", "a\r\rb\rc", [][2]int{{1, 1}, {3, 3}, {4, 4}}},
		{"mixed", "a\r\n\rb\nc\r", [][2]int{{1, 1}, {3, 3}, {4, 4}}},
		{"no final newline", "a", [][2]int{{1, 1}}},
		{"BOM", "\ufeffa\n\nb", [][2]int{{1, 1}, {3, 3}}},
		{"blank-looking lines", "a\n \t\u00a0\nb", [][2]int{{1, 1}, {3, 3}}},
		{"symbols only dropped", "a\n\n•\n\nb", [][2]int{{1, 1}, {5, 5}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := textDoc(t, tt.dump)
			var got [][2]int
			for _, b := range d.Blocks {
				got = append(got, [2]int{b.Start, b.End})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("blocks %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("blocks %v, want %v", got, tt.want)
					break
				}
			}
		})
	}
}

func TestTextBadInput(t *testing.T) {
	for _, body := range []string{"", "\n\n\n", "  \r\n\t", "• • •\n---\n"} {
		d := pipeline.NewDoc(pipeline.Item{ID: "e", Body: []byte(body)})
		err := Text(d)
		var re *pipeline.RejectError
		if body == "• • •\n---\n" {
			// a rule is a block (an hr): not empty
			if err != nil {
				t.Errorf("Text(%q) = %v", body, err)
			}
			continue
		}
		if !asReject(err, &re) || re.Reason != "empty" {
			t.Errorf("Text(%q) = %v, want an empty reject", body, err)
		}
	}
	// Bytes that are not UTF-8 are decoded from the legacy charset they
	// are in (here windows-1252), and the record says so.
	d := textDoc(t, "caf\xe9 cr\xe8me\n\nok")
	if d.Blocks[0].Text != "café crème" {
		t.Errorf("windows-1252 gives %q", d.Blocks[0].Text)
	}
	if len(d.Record.Flags) != 1 || d.Record.Flags[0] != "legacy-charset" {
		t.Errorf("flags %q, want legacy-charset", d.Record.Flags)
	}
	d = textDoc(t, "नमस्ते\u00a0दुनिया\u200b\n")
	if d.Blocks[0].Text != "नमस्ते दुनिया" {
		t.Errorf("hygiene: %q", d.Blocks[0].Text)
	}
}

// A dump wrapped at 79 columns without blank lines, paragraphs among
// menu lines (as Debian's html2text writes pages): only breaks that
// wrapping explains join lines.
func TestTextStrictWrap(t *testing.T) {
	para := "The council voted on Tuesday to close the old bridge for repairs, and traffic will be sent through the town centre until spring, the mayor said after a long meeting in which residents asked about the cost. "
	var b strings.Builder
	for i := range 12 {
		for j := range 8 {
			fmt.Fprintf(&b, "Menu item %d.%d\n", i, j)
		}
		b.WriteString(wrapAt(strings.Repeat(para, 2), 79))
	}
	lines := splitLines(b.String())
	wrapped, strict, width, _ := wrapMode(lines)
	if !wrapped || !strict || width < 75 || width > 79 {
		t.Fatalf("wrapMode = %v, %v, %d; want wrapped strictly at about 79", wrapped, strict, width)
	}
	d := textDoc(t, b.String())
	if got, want := len(d.Blocks), 12*9; got != want {
		t.Errorf("%d blocks, want %d (eight menu lines and one paragraph, 12 times)", got, want)
	}
}

// wrapAt wraps s at width columns, one line per row, no blank lines.
func wrapAt(s string, width int) string {
	var out, line strings.Builder
	for _, w := range strings.Fields(s) {
		if line.Len() > 0 && line.Len()+1+len(w) > width {
			out.WriteString(line.String() + "\n")
			line.Reset()
		}
		if line.Len() > 0 {
			line.WriteByte(' ')
		}
		line.WriteString(w)
	}
	return out.String() + line.String() + "\n"
}

// TestColumnWrap: a story wrapped to a newspaper's narrow column (an
// e-paper's text) is read as wrapped paragraphs, its broken words whole;
// glued short items at the same lengths stay a block a line.
func TestColumnWrap(t *testing.T) {
	col := "Mumbai: Australia's Mitchell Gourley\nfinished eleventh in the men's stan-\nding Super-G. Czech competitor Oldrich\n" +
		"Jelinek finished sixteenth in the\nmen's sitting Super-G. Arly Velasquez\nof Mexico finished fifteenth in the\n" +
		"men's sitting Super-G.\n\nPoland's men's visually impaired skier\nMaciej Krezel and guide Anna Ogar-\n" +
		"zynska finished thirteenth in the\nSuper-G. South Korea's Jong Seork\nPark finished twenty-fourth in the\nmen's sitting Super-G.\n\n" +
		"Hamilton confirmed Howard University\nHospital admitted the patient in st-\nable condition. The patient had been\nto Nigeria, where some cases of the\nEbola virus have occurred.\n"
	d := pipeline.NewDoc(pipeline.Item{ID: "col", Source: pipeline.Source{Format: "text"}, Body: []byte(col)})
	if err := Text(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Blocks) != 3 || !strings.Contains(d.Blocks[0].Text, " standing Super-G. ") ||
		!strings.Contains(d.Blocks[1].Text, " Ogarzynska finished ") {
		t.Errorf("blocks %q", blockTexts(d.Blocks))
	}
	glued := "Home\nNews\nKey highlights\nThe minister opened the new bridge today\nThe river rose over the bank at night\n" +
		"Schools will stay shut till Monday\nFollow us\nShare this story on WhatsApp\n"
	d = pipeline.NewDoc(pipeline.Item{ID: "glued", Source: pipeline.Source{Format: "text"}, Body: []byte(glued)})
	if err := Text(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Blocks) != 8 {
		t.Errorf("glued items: %d blocks, want 8: %q", len(d.Blocks), blockTexts(d.Blocks))
	}
}

func blockTexts(bs []pipeline.Block) []string {
	var out []string
	for _, b := range bs {
		out = append(out, b.Text)
	}
	return out
}

// TestTextWrappedStarHeading: a heading html2text framed in stars and
// wrapped over lines is one heading block, its stars off, on the lines it
// covers; unclosed or unevenly closed stars stay text.
func TestTextWrappedStarHeading(t *testing.T) {
	para := wrapAt(strings.Repeat("The council voted on Tuesday to close the old bridge for repairs over the winter. ", 3), 79)
	for _, tc := range []struct {
		name, heading string
		tag, text     string
		start, end    int
	}{
		{"h1 over two lines", "****** The council votes to close the old bridge for the whole of the coming\nwinter ******\n",
			"h1", "The council votes to close the old bridge for the whole of the coming winter", 3, 4},
		{"h2 over three lines", "***** A\nlong\nsubheading *****\n", "h2", "A long subheading", 3, 5},
		{"one line", "**** Short one ****\n", "h3", "Short one", 3, 3},
		{"closing stars alone", "****** The council votes to close the old bridge for the whole of the winter\n******\n",
			"h1", "The council votes to close the old bridge for the whole of the winter", 3, 4},
		{"uneven stars stay text", "****** Not closed the\nsame way ****\n", "", "", 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dump := "Menu\n" + para + tc.heading + para
			d := textDoc(t, dump)
			var got *pipeline.Block
			for i := range d.Blocks {
				if strings.HasPrefix(d.Blocks[i].Tag, "h") {
					got = &d.Blocks[i]
				}
			}
			if tc.tag == "" {
				if got != nil {
					t.Errorf("heading %q (%s) from uneven stars", got.Text, got.Tag)
				}
				return
			}
			if got == nil {
				t.Fatalf("no heading block in %+v", d.Blocks)
			}
			lines := strings.Count(para, "\n")
			if got.Tag != tc.tag || got.Text != tc.text || got.Start != lines+tc.start-1 || got.End != lines+tc.end-1 {
				t.Errorf("heading %s %q lines %d-%d, want %s %q lines %d-%d", got.Tag, got.Text, got.Start, got.End,
					tc.tag, tc.text, lines+tc.start-1, lines+tc.end-1)
			}
		})
	}
}

// TestCells: a terminal's cells, as w3m counts them when it wraps.
func TestCells(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
	}{
		{"abc", 3}, {"नमस्ते", 4}, {"का", 1}, {"ক্ষেত্রে", 4}, {"日本", 4}, {"ഞാന്‍", 2}, {"", 0},
	} {
		if got := cells(tt.in); got != tt.want {
			t.Errorf("cells(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestWrapModeCells: w3m wraps Hindi at 80 cells, which are 90 to 110
// runes as the vowel signs fall: the wrap is found in cells, and a
// paragraph wrapped over three lines is one block.
func TestWrapModeCells(t *testing.T) {
	raw, err := os.ReadFile("testdata/w3m80-hin.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := splitLines(string(raw))
	if ok, _, _ := wrapModeBy(lines, runes); ok {
		t.Fatalf("wrapped in runes: the test no longer needs cells")
	}
	ok, _, width, m := wrapMode(lines)
	if !ok || width < termWidth-10 || width > termWidth || m("का") != 1 {
		t.Fatalf("wrapMode = %v, width %d, cells %v; want wrapped in cells at 70-80", ok, width, m("का") == 1)
	}
	d := pipeline.NewDoc(pipeline.Item{ID: "w3m80", Body: raw, Source: pipeline.Source{Format: "text"}})
	if err := Text(d); err != nil {
		t.Fatal(err)
	}
	for _, b := range d.Blocks {
		if strings.HasPrefix(b.Text, "लखनऊ:") {
			if !strings.Contains(b.Text, "आकाशगंगा पर एक बल") || !strings.HasSuffix(b.Text, "।") {
				t.Errorf("the first paragraph is not joined whole: %q", b.Text)
			}
			return
		}
	}
	t.Errorf("no block opens with the dateline")
}

// A dump that prints blank lines around its menus and headings but none
// between paragraphs (Debian's html2text, some lynx and Markdown dumps):
// the blank lines do not say the text is unwrapped, so a paragraph ends
// where the next line's first word would have fitted, and a heading
// centred line by line stays one block.
func TestTextUnpartedParagraphs(t *testing.T) {
	dump, paras := unpartedDump()
	lines := splitLines(dump)
	if wrapped, strict, _, _ := wrapMode(lines); !wrapped || !strict {
		t.Errorf("wrapMode = %v, %v; want wrapped strictly", wrapped, strict)
	}
	d := textDoc(t, dump)
	var got []string
	ended := 0
	for _, bl := range d.Blocks {
		if strings.HasSuffix(bl.Text, ".") {
			ended++
		}
		got = append(got, bl.Text)
	}
	if ended != paras {
		t.Errorf("%d paragraphs, want %d:\n%s", ended, paras, strings.Join(got, "\n"))
	}
	if !slices.Contains(got, "The council votes to close the old bridge for repairs until the spring") {
		t.Errorf("the centred heading is not one block:\n%s", strings.Join(got, "\n"))
	}
}

// unpartedDump is a page of six sections, each a menu between blank
// lines and four paragraphs wrapped at 79 columns with no blank line
// between them, under a centred two-line heading; and its paragraphs.
func unpartedDump() (string, int) {
	sentences := []string{
		"The council voted on Tuesday to close the old bridge for repairs.",
		"Traffic will be sent through the town centre until the spring, officials said.",
		"Residents asked about the cost of the work and the mayor promised a public report.",
		"Shops on the high street fear that fewer people will stop on their way home.",
		"The bridge was built in the last century and has not been repaired since then.",
	}
	var b strings.Builder
	paras := 0
	for i := range 6 {
		b.WriteString("\n")
		for j := range 12 {
			fmt.Fprintf(&b, "  * Section %d.%d\n", i, j)
		}
		b.WriteString("\n")
		if i == 0 {
			b.WriteString("                 The council votes to close the old bridge for\n")
			b.WriteString("                             repairs until the spring\n\n")
		}
		for j := range 4 {
			var p strings.Builder
			for k := range 2 + j {
				p.WriteString(sentences[(i+j+k)%len(sentences)] + " ")
			}
			// A paragraph whose last line is full leaves no trace of its
			// end in such a dump: end each well short of the width.
			w := wrapAt(p.String(), 79)
			for len(w)-strings.LastIndex(w[:len(w)-1], "\n") > 68 {
				p.WriteString("Work starts soon. ")
				w = wrapAt(p.String(), 79)
			}
			b.WriteString(w)
			paras++
		}
	}
	return b.String(), paras
}

// A live page's entries in a wrapped dump, each under its time with the
// time glued to the entry above it (as lynx prints them): under a
// finished sentence the time is a block of its own, however far the
// sentence's line reaches; under a date line cut after its day it is
// that line's end.
func TestTextClockNotWrapped(t *testing.T) {
	var b strings.Builder
	for i, p := range paragraphs {
		fmt.Fprintf(&b, "   %d:%02d IST\n\n", 16-i, 45-5*i)
		// The paragraph's last line ends within the loose reading's
		// slack of the width, where only the time's shape keeps them
		// apart.
		w := wrapAt(p, 74)
		for last := lastLineLen(w); last < 56 || last > 66; last = lastLineLen(w) {
			p += " More rain fell."
			w = wrapAt(p, 74)
		}
		b.WriteString(w)
	}
	stamp := "Published: 03 July 2024, 10:30 IST | Updated: 03 July 2024, 16:45 IST"
	b.WriteString("\n" + wrapAt(stamp, len(stamp)-10) + "\n" + wrapAt(paragraphs[0], 74))
	d := textDoc(t, b.String())
	found := false
	for _, bl := range d.Blocks {
		found = found || bl.Text == stamp
		if strings.Contains(bl.Text, " IST") && len(bl.Text) > len("16:45 IST") && bl.Text != stamp {
			t.Errorf("a time is joined to a paragraph: %q", bl.Text)
		}
	}
	if !found {
		t.Errorf("the date line cut before its time is not one block")
	}
}

// lastLineLen is the length of the last line of s, which ends in a line
// break.
func lastLineLen(s string) int {
	s = strings.TrimSuffix(s, "\n")
	return len(s) - strings.LastIndex(s, "\n") - 1
}

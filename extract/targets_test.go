package extract

import (
	"os"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

func TestIsBracketTarget(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"https://example.org/a", true},
		{"http://example.org", true},
		{"/news/world", true},
		{"../index.html", true},
		{"#top", true},
		{"?page=2", true},
		{"mailto:desk@example.org", true},
		{"javascript:window.print()", true},
		{"www.example.org", true},
		{"contact.html", true},
		{"logo.SVG", true},
		{"shop/item.php?id=3", true},
		{"Kevin%20Mayer,%20the%20executive", true},
		{"section/sub=1", true},
		{"1", false},
		{"…", false},
		{"sic", false},
		{"and/or", false},
		{"i", false},
		{"+", false},
		{"ed.", false},
	} {
		if got := isBracketTarget(tt.in); got != tt.want {
			t.Errorf("isBracketTarget(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestHasBracketTargets(t *testing.T) {
	for _, tt := range []struct {
		name string
		dump string
		want bool
	}{
		{"three absolute targets", " * Home [https://a.example/]\n * World [https://a.example/w]\nText [http://b.example/x] here", true},
		{"two are a page quoting addresses", "See [https://a.example/] and [https://b.example/]", false},
		{"rooted paths alone do not mark it", "[/url] [/b] [/quote] [/u]", false},
		{"reference numbers", "[1] [2] [3] [4]", false},
		{"Markdown links", "[a](https://a.example/) [b](https://b.example/) [c](https://c.example/)", false},
		{"Markdown links whose text is an address", "[https://a.example/](https://s.example/1) [https://b.example/][r] [https://c.example/]{.x}", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := hasBracketTargets(strings.Split(tt.dump, "\n")); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCutBracketTargets(t *testing.T) {
	for _, tt := range []struct {
		name, in, want string
		linked         int
	}{
		{"menu entry", "Place an Ad [https://a.example/ad]", "Place an Ad", 9},
		{"inline, punctuation kept", "the service launched Disney+ [Kevin%20Mayer,%20blamed]. More", "the service launched Disney+. More", 24},
		{"link text stops at a sentence mark", "It rained. Read the forecast [/weather] today", "It rained. Read the forecast today", 15},
		{"at most six words", "one two three four five six seven eight [/x]", "one two three four five six seven eight", 26},
		{"other brackets stay", "a [1] note [sic] and […]", "a [1] note [sic] and […]", 0},
		{"no brackets", "plain text", "plain text", 0},
		{"a Markdown link's text stays", "see [https://a.example/](https://s.example/1) now", "see [https://a.example/](https://s.example/1) now", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, linked := cutBracketTargets(tt.in)
			if got != tt.want || linked != tt.linked {
				t.Errorf("got %q, %d linked letters; want %q, %d", got, linked, tt.want, tt.linked)
			}
		})
	}
}

func TestTargetOnlyLine(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"[https://a.example/long/target]", true},
		{"   [https://a.example/long/target].", true},
		{"[/a] [/b],", true},
		{"[1]", false},
		{"[Photo: Reuters]", false},
		{"[https://a.example/] and more words", false},
		{"", false},
	} {
		if got := targetOnlyLine(tt.line); got != tt.want {
			t.Errorf("targetOnlyLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// A dump that prints link targets in brackets, wrapped at 80 columns
// (testdata/html-to-text.txt: the html-to-text library's output for a
// small page): a target too long for the line stands alone inside its
// paragraph, which stays one block without it; menu entries count as link
// text.
func TestTextBracketTargets(t *testing.T) {
	dump, err := os.ReadFile("testdata/html-to-text.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := textDoc(t, string(dump))
	b := findBlock(t, d, "The council said")
	want := "The council said on Monday that the new bridge would open next spring, after a delay of two years caused by flooding along the river and a shortage of steel that builders across the region have also felt."
	if b.Text != want {
		t.Errorf("paragraph\n%q\nwant\n%q", b.Text, want)
	}
	if b.Start != 8 || b.End != 12 {
		t.Errorf("paragraph lines %d-%d, want 8-12", b.Start, b.End)
	}
	if r := findBlock(t, d, "Residents"); r.Text != "Residents welcomed the news." {
		t.Errorf("inline target: %q", r.Text)
	}
	if m := findBlock(t, d, "World"); m.Text != "World" || m.LinkShare != 1 || m.Tag != "li" {
		t.Errorf("menu entry %q tag %q LinkShare %v, want World, li, 1", m.Text, m.Tag, m.LinkShare)
	}
	for _, b := range d.Blocks {
		if strings.Contains(b.Text, "http") || strings.Contains(b.Text, "[/") {
			t.Errorf("block keeps a target: %q", b.Text)
		}
	}
}

// FuzzBracketTargets checks the target cutter on any text: what it
// returns is the input less whole targets (never longer, never a target
// left that targetAt takes), its link letters are letters of the input,
// and a dump of such lines still makes blocks inside its lines.
func FuzzBracketTargets(f *testing.F) {
	for _, s := range []string{"Home [https://a.example/]", "a [/x]. b [1] c [https://y](https://z)",
		"[https://a/]\n[/b],\n\nword [c.html] [d%20e]", "[[/x]]", "[ /x ]", "[/x]{.a} [/y][z] [/w](v)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, linked := cutBracketTargets(s)
		if len(got) > len(s) || linked > letterCount(s) || linked < 0 {
			t.Fatalf("cutBracketTargets(%q) = %q, %d", s, got, linked)
		}
		if got == s && linked != 0 {
			t.Fatalf("nothing cut but %d linked letters", linked)
		}
		lines := strings.Split(s, "\n")
		if got, want := hasBracketTargets(lines), hasBracketTargetsRef(lines); got != want {
			t.Fatalf("hasBracketTargets = %v, the regexp's count says %v", got, want)
		}
		if targetOnlyLine(lines[0]) && strings.TrimSpace(lines[0])[0] != '[' {
			t.Fatalf("target-only line %q does not open with a bracket", lines[0])
		}
		d := pipeline.NewDoc(pipeline.Item{ID: "fuzz", Source: pipeline.Source{Format: "text"}, Body: []byte(s)})
		if Text(d) == nil {
			n := len(splitLines(s))
			for _, b := range d.Blocks {
				if b.Start < 1 || b.End > n || b.Start > b.End {
					t.Fatalf("block lines %d-%d outside 1-%d", b.Start, b.End, n)
				}
			}
		}
	})
}

// hasBracketTargetsRef is hasBracketTargets by the regexp that cuts the
// targets: the scan without it must count the same targets.
func hasBracketTargetsRef(lines []string) bool {
	n := 0
	for _, l := range lines {
		for _, loc := range bracketTarget.FindAllStringSubmatchIndex(l, -1) {
			in := l[loc[2]:loc[3]]
			if (strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://")) && targetAt(l, loc) {
				n++
			}
		}
	}
	return n >= minBracketTargets
}

package meta

import (
	"fmt"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/pipeline"
)

func TestCounterPrefix(t *testing.T) {
	for _, c := range []struct {
		in         string
		n, m, size int
	}{
		{"1/6 A caption", 1, 6, 4},
		{"2 / 6 A caption", 2, 6, 6},
		{"३ / ६", 3, 6, len("३ / ६")},
		{"১/১২ ছবি", 1, 12, len("১/১২ ")},
		{"9/11 memorial", 9, 11, 5},
		{"24/7 news", 24, 7, 5},
		{"1/6", 1, 6, 3},
		{"1/6th of the city", 0, 0, 0},
		{"1234/5 x", 0, 0, 0},
		{"A caption 1/6", 0, 0, 0},
		{"", 0, 0, 0},
	} {
		n, m, size := counterPrefix(c.in)
		if n != c.n || m != c.m || size != c.size {
			t.Errorf("counterPrefix(%q) = %d, %d, %d, want %d, %d, %d", c.in, n, m, size, c.n, c.m, c.size)
		}
	}
}

func TestIsCounter(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"1 / 6", true},
		{"६ / ६", true},
		{"7 / 6", false},
		{"1 / 6 photos", false},
		{"2024", false},
	} {
		if got := isCounter(c.in); got != c.want {
			t.Errorf("isCounter(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// captionPage is a page of blocks: a headline, a byline, a standfirst
// with the given role, then n slides, each a counter block and a
// <figcaption> "k/n caption (Photo: PTI)" when inCaption, else the
// caption alone after a counter block.
func captionPage(n int, standfirst pipeline.Role, inCaption bool, body ...string) []pipeline.Block {
	blocks := []pipeline.Block{
		{Text: "Monsoon reaches the coast", Tag: "h1", Role: pipeline.RoleMetadata, Reason: "title"},
		{Text: "By Rahul Verma", Role: pipeline.RoleMetadata, Reason: "byline"},
		{Text: "Share Facebook X WhatsApp", Role: pipeline.RoleBoilerplate, Reason: "model"},
		{Text: "The first rains of the season reached the coast on Wednesday morning.", Role: standfirst, Reason: "model"},
	}
	for _, x := range body {
		blocks = append(blocks, pipeline.Block{Text: x, Tag: "p", Role: pipeline.RoleBody})
	}
	for k := 1; k <= n; k++ {
		text := fmt.Sprintf("Fishermen pulled their boats ashore as the sea rose in the afternoon, picture %d. (Photo: PTI)", k)
		if inCaption {
			text = fmt.Sprintf("%d/%d %s", k, n, text)
		} else {
			blocks = append(blocks, pipeline.Block{Text: fmt.Sprintf("%d / %d", k, n), Tag: "div", Role: pipeline.RoleBody})
		}
		blocks = append(blocks, pipeline.Block{Text: text, Tag: "figcaption", Role: pipeline.RoleMetadata, Reason: clean.ReasonCaption})
	}
	return blocks
}

func TestMarkGallery(t *testing.T) {
	long := strings.Repeat("The council met for four hours and voted on the budget for the coming year. ", 12)
	for _, c := range []struct {
		name   string
		blocks []pipeline.Block
		want   string // the text after the fields step
		images int
	}{
		{"gallery, counters beside", captionPage(4, pipeline.RoleBody, false), "The first rains of the season reached the coast on Wednesday morning.\n\n" +
			"Fishermen pulled their boats ashore as the sea rose in the afternoon, picture 1.\n\n" +
			"Fishermen pulled their boats ashore as the sea rose in the afternoon, picture 2.\n\n" +
			"Fishermen pulled their boats ashore as the sea rose in the afternoon, picture 3.\n\n" +
			"Fishermen pulled their boats ashore as the sea rose in the afternoon, picture 4.", 4},
		{"gallery, counters in the captions, standfirst left out", captionPage(3, pipeline.RoleBoilerplate, true),
			"The first rains of the season reached the coast on Wednesday morning.\n\n" +
				"Fishermen pulled their boats ashore as the sea rose in the afternoon, picture 1.\n\n" +
				"Fishermen pulled their boats ashore as the sea rose in the afternoon, picture 2.\n\n" +
				"Fishermen pulled their boats ashore as the sea rose in the afternoon, picture 3.", 3},
		{"two pictures are an article's", captionPage(2, pipeline.RoleBody, false),
			"The first rains of the season reached the coast on Wednesday morning.\n\n1 / 2\n\n2 / 2", 2},
		{"an article with more text than captions", captionPage(3, pipeline.RoleBody, false, long),
			"The first rains of the season reached the coast on Wednesday morning.\n\n" + strings.TrimSpace(long) + "\n\n1 / 3\n\n2 / 3\n\n3 / 3", 3},
	} {
		d := &pipeline.Doc{Blocks: c.blocks}
		for i := range d.Blocks {
			d.Blocks[i].Text = strings.TrimSpace(d.Blocks[i].Text)
		}
		MarkGallery(d)
		Extract(d, Options{})
		d.Assemble()
		if d.Record.Text != c.want {
			t.Errorf("%s: text\n%q\nwant\n%q", c.name, d.Record.Text, c.want)
		}
		if len(d.Record.Images) != c.images {
			t.Errorf("%s: %d images, want %d", c.name, len(d.Record.Images), c.images)
		}
		for _, img := range d.Record.Images {
			if img.Credit != "Photo: PTI" || strings.HasPrefix(img.Caption, "1/") {
				t.Errorf("%s: image %+v", c.name, img)
			}
		}
	}
}

func TestKeepStop(t *testing.T) {
	for _, c := range []struct{ caption, text, want string }{
		{"Boats on the shore", "Boats on the shore. Photo: PTI", "Boats on the shore."},
		{"Boats on the shore", "Boats on the shore (Photo: PTI)", "Boats on the shore"},
		{"Boats on the shore", "Boats on the shore - PTI", "Boats on the shore"},
	} {
		if got := keepStop(c.caption, c.text); got != c.want {
			t.Errorf("keepStop(%q, %q) = %q, want %q", c.caption, c.text, got, c.want)
		}
	}
}

func TestSlideCounters(t *testing.T) {
	page := func(texts ...string) []pipeline.Block {
		var b []pipeline.Block
		for _, x := range texts {
			b = append(b, pipeline.Block{Text: x, Tag: "figcaption", Reason: clean.ReasonCaption})
		}
		return b
	}
	for _, c := range []struct {
		name   string
		blocks []pipeline.Block
		want   []int
	}{
		{"a run", page("1/3 a", "2/3 b", "3/3 c"), []int{4, 4, 4}},
		{"dates, not a run", page("9/11 a", "3/7 b", "1/2 c"), nil},
		{"a total that changes", page("1/3 a", "2/4 b", "3/3 c"), nil},
		{"one caption without", page("1/3 a", "b", "3/3 c"), nil},
	} {
		got := slideCounters(c.blocks, captionBlocks(c.blocks))
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

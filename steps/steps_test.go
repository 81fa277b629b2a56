package steps

import (
	"os"
	"slices"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

func TestBuildOrder(t *testing.T) {
	var names []string
	for _, s := range Build(Config{}) {
		if s.Run == nil {
			t.Errorf("step %q has no function", s.Name)
		}
		names = append(names, s.Name)
	}
	// Data flows one way: blocks first, then their roles, the fields, and
	// the record's text and audit, which later steps annotate.
	if len(names) < 2 || names[0] != "extract" {
		t.Errorf("steps %q, want extract first", names)
	}
	for _, pair := range [][2]string{{"extract", "clean"}, {"clean", "meta"}, {"meta", "assemble"}} {
		if i, j := slices.Index(names, pair[0]), slices.Index(names, pair[1]); i < 0 || j < 0 || i > j {
			t.Errorf("steps %q: %s must come before %s", names, pair[0], pair[1])
		}
	}
}

func TestTruncatedFlag(t *testing.T) {
	seed, err := os.ReadFile("../testdata/seed/000_6b62018fc8430769.txt")
	if err != nil {
		t.Fatal(err)
	}
	half := seed[:len(seed)/2]
	d := pipeline.NewDoc(pipeline.Item{ID: "x", Source: pipeline.Source{Format: "text"}, Body: half,
		Meta: map[string]string{"truncated": "x.txt.gz: unexpected EOF after 100 bytes"}})
	for _, s := range Build(Config{}) {
		if err := s.Run(d); err != nil {
			t.Fatalf("%s: %v", s.Name, err)
		}
	}
	if !slices.Contains(d.Record.Flags, "truncated-input") {
		t.Errorf("flags %q, want truncated-input", d.Record.Flags)
	}
	if d.Record.Text == "" || len(d.Record.Spans) == 0 {
		t.Errorf("a truncated page lost what was read: text %q, %d spans", d.Record.Text, len(d.Record.Spans))
	}
}

// TestBracketedCaption: pandoc's plain text prints a figure as its
// caption in brackets; a picture's text that ends in a credit is the
// caption, read without the brackets.
func TestBracketedCaption(t *testing.T) {
	// How text browsers print a figure: pandoc its caption in brackets
	// (wrapped at 72 columns as the rest of the page), Debian's
	// html2text the picture's alt text in brackets and the caption after
	// it on one line.
	for _, c := range []struct{ name, figure, caption, credit string }{
		{"pandoc", "[Residents wade through a flooded street on Tuesday (Photo: PTI)]", "Residents wade through a flooded street on Tuesday", ""},
		{"pandoc, wrapped", "[Residents wade through a flooded street near the old market on Tuesday\nmorning (Photo: PTI)]",
			"Residents wade through a flooded street near the old market on Tuesday morning", ""},
		{"credit label in the picture's text", "[Residents wade through a flooded street on Tuesday Photo: PTI]", "Residents wade through a flooded street on Tuesday", "PTI"},
		{"alt then caption", "[Residents wade through a flooded street on Tuesday] Residents wade through a flooded street on Tuesday (Photo: PTI)", "Residents wade through a flooded street on Tuesday", ""},
		{"other alt", "[flood.jpg] Residents wade through a flooded street on Tuesday (Photo: PTI)", "Residents wade through a flooded street on Tuesday", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			// The body's paragraphs wrapped at 72 columns, as pandoc wraps.
			page := "Daily Courier\n\nFloods close roads across the district\n\nBy Asha Rao\n\n" + c.figure + "\n\n" +
				"Heavy rain flooded roads across the district on Tuesday, and the\nadministration closed schools for two days. Officials said rescue teams\nwere ready along the river, and boats were sent to the villages on its\nbanks.\n\n" +
				"The weather office said more rain was likely on Wednesday, and asked\nresidents near the river to move to safer places. Shelters were opened\nin three schools and the town hall for the families who had to leave.\n\n" +
				"The district's roads will stay closed until the water falls, the police\nsaid, and buses will run on the highway instead. The railway line to the\ncoast was not affected by the floods, the railway said.\n\n"
			d := pipeline.NewDoc(pipeline.Item{ID: "p", Source: pipeline.Source{Format: "text"}, Body: []byte(page)})
			for _, s := range Build(Config{}) {
				if err := s.Run(d); err != nil {
					t.Fatalf("%s: %v", s.Name, err)
				}
			}
			credit := c.credit
			if credit == "" {
				credit = "Photo: PTI"
			}
			want := []pipeline.Image{{Caption: c.caption, Credit: credit}}
			if got := d.Record.Images; !slices.EqualFunc(got, want, func(a, b pipeline.Image) bool { return a.Caption == b.Caption && a.Credit == b.Credit }) {
				t.Errorf("images %+v, want %+v", got, want)
			}
		})
	}
}

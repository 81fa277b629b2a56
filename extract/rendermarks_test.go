package extract

import (
	"strings"
	"testing"
)

func TestUndoRendererMarks(t *testing.T) {
	tests := []marksCase{
		{"lynx link numbers", "[1]Home [2]World\n   [3]Opinion piece here\nReferences\n\n   Visible links:\n   1. https://example.com/a\n 12. file://localhost/",
			"Home World\n   Opinion piece here\n\n\n\n\n"},
		{"two numbers stay", "see [1] and [2]", "see [1] and [2]"},
		// elinks prints a link's title instead of its address when it has
		// one, the address on the next line after a tab; titles are never
		// wrapped.
		{"elinks link list with titles", "[1]Home [2]World [3]Sport\nReferences\n\n   Visible links\n   1. https://example.com/a\n   2. Permalink to a story whose title runs far past any width a dump is wrapped to\n\thttps://example.com/story\n   3. file:///b",
			"Home World Sport\n\n\n\n\n\n\n"},
		// A page's own references are text, also in a dump with link
		// numbers.
		{"a paper's references stay", "[1]Home [2]World [3]Sport\nReferences\n\n   1. Smith J. A study of rivers. Nature 12.\n   2. Rao K. Monsoon rain. Science 3.",
			"Home World Sport\n\n\n   1. Smith J. A study of rivers. Nature 12.\n   2. Rao K. Monsoon rain. Science 3."},
		{"pandoc fences and attributes", "::: {.css-x}\n<div>\n[Opinion](/o){.css-17}\n:::", "\n\n[Opinion](/o)\n"},
		{"html2text underline", "Log_In Sign_Up Today’s_Paper\nhe_said a_rally at_the Big_One of_them\n* Horse_Racing\nsnake", "Log In Sign Up Today’s Paper\nhe said a rally at the Big One of them\n* Horse Racing\nsnake"},
		{"underlined punctuation", "Reports:_Mason Rudolph will be fined\nThe Internet of Things_(IoT) Log_In Sign_Up Home_Page Top_Stories Sport_News", "Reports: Mason Rudolph will be fined\nThe Internet of Things (IoT) Log In Sign Up Home Page Top Stories Sport News"},
		{"caseless scripts are underlined words", "मुख्य_समाचार राज्य_समाचार खेल_जगत ताज़ा_ख़बर वीडियो_गैलरी", "मुख्य समाचार राज्य समाचार खेल जगत ताज़ा ख़बर वीडियो गैलरी"},
		{"few underscores stay", "my_var and other_var", "my_var and other_var"},
		// Identifiers, icon names and file names are what every renderer
		// prints; they are no underlining, however many.
		{"identifiers stay", "get_user user_id max_value file_path is_valid\nACCOUNT_SID AUTH_TOKEN chevron_right arrow_drop_down",
			"get_user user_id max_value file_path is_valid\nACCOUNT_SID AUTH_TOKEN chevron_right arrow_drop_down"},
		{"file names stay", "Site_Logo.png Hero_Image.jpg Team_Photo.webp Main_Banner.gif Footer_Icon.svg", "Site_Logo.png Hero_Image.jpg Team_Photo.webp Main_Banner.gif Footer_Icon.svg"},
		{"link targets keep theirs", "he_said The_rally At_the Big_one [Of_them](/a_b_c_d_e_f) Log_In", "he said The rally At the Big one [Of them](/a_b_c_d_e_f) Log In"},
		{"targets do not count", "[a](/x_y) [b](/p_q) [c](/r_s) [d](/t_u) [e](/v_w) my_var", "[a](/x_y) [b](/p_q) [c](/r_s) [d](/t_u) [e](/v_w) my_var"},
	}
	checkUndoMarks(t, tests)
}

func TestUndoPandoc(t *testing.T) {
	tests := []marksCase{
		{"span over lines", "::: a\n::: b\nFiverr Pro[[x]{.g9 .T68\n.flex}]{.flex\n.items}\n:::\nText",
			"\n\nFiverr Prox\n\n\n\nText"},
		{"fence in a list item", "-   ::: {._bb style=\"a\"}\n    Explore\n    :::", "\n    Explore\n"},
		{"link attribute", "::: x\n[Join](/join){.nav\nrel=\"nofollow\"} now\n:::", "\n[Join](/join)\n now\n"},
		{"image keeps its brackets", "::: x\n![alt](a.png){width=3} and [b]{.c}\n:::", "\n![alt](a.png) and b\n"},
		{"raw tag over lines", "::: x\n<div class=\"a\"\nid=\"b\">\nWords here\n:::", "\n\n\nWords here\n"},
		{"braces in text stay", "::: x\n::: y\nf(x) = {a, b} and {x}", "\n\nf(x) = {a, b} and {x}"},
	}
	checkUndoMarks(t, tests)
}

type marksCase struct{ name, in, want string }

// checkUndoMarks runs undoRendererMarks on each case's lines.
func checkUndoMarks(t *testing.T, tests []marksCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := strings.Split(tt.in, "\n")
			undoRendererMarks(lines)
			if got := strings.Join(lines, "\n"); got != tt.want {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// Numbered links are dropped from the text but still count as link text:
// a menu or a list of headlines is link text from end to end, a paragraph
// with a link in it mostly not.
func TestNumberedLinkShare(t *testing.T) {
	dump := "   * [1]Home [2]World [3]Sport\n\n" +
		"   [4]Minister opens the new rail line to the coast\n\n" +
		"   The council said on Monday that the bridge would open next spring,\n" +
		"   after a delay of two years caused by [5]flooding along the river.\n\n" +
		"[6]Flooding closed the road. The council said the bridge would open next spring after a delay of two years.\n\n" +
		"References\n\n   1. https://example.com/\n   2. https://example.com/world\n"
	tests := []struct {
		prefix   string
		min, max float32
	}{
		{"Home World Sport", 1, 1},
		{"Minister opens", 1, 1},
		// A link does not run past the end of its sentence.
		{"Flooding closed", 0.1, 0.3},
	}
	d := textDoc(t, dump)
	for _, tt := range tests {
		b := findBlock(t, d, tt.prefix)
		if b.LinkShare < tt.min || b.LinkShare > tt.max {
			t.Errorf("%q: LinkShare %v, want %v to %v", tt.prefix, b.LinkShare, tt.min, tt.max)
		}
	}
	for _, b := range d.Blocks {
		if strings.Contains(b.Text, "flooding") && (b.LinkShare <= 0 || b.LinkShare >= 0.5) {
			t.Errorf("%q: LinkShare %v, want the link's part of the paragraph", b.Text, b.LinkShare)
		}
	}
	// Fewer than three numbers are a page's own brackets, not links.
	few := textDoc(t, "See note [1] in the text of the report, and note [2] too.\n")
	if b := findBlock(t, few, "See note"); b.LinkShare != 0 {
		t.Errorf("two numbers: LinkShare %v, want 0", b.LinkShare)
	}
}

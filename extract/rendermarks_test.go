package extract

import (
	"strings"
	"testing"
)

func TestUndoRendererMarks(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"lynx link numbers", "[1]Home [2]World\n   [3]Opinion piece here\nReferences\n\n   Visible links:\n   1. https://example.com/a\n 12. file://localhost/",
			"Home World\n   Opinion piece here\n\n\n\n\n"},
		{"two numbers stay", "see [1] and [2]", "see [1] and [2]"},
		{"pandoc fences and attributes", "::: {.css-x}\n<div>\n[Opinion](/o){.css-17}\n:::", "\n\n[Opinion](/o)\n"},
		{"html2text underline", "he_said a_rally at_the big_one of_them\nsnake", "he said a rally at the big one of them\nsnake"},
		{"few underscores stay", "my_var and other_var", "my_var and other_var"},
	}
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

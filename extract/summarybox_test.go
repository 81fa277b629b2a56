package extract

import (
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// TestMarkSummaryBox: a summary heading with list items over the story's
// first paragraph is the standfirst's points; a heading lower down, a box
// of links or a box with no running text after it stays as it is.
func TestMarkSummaryBox(t *testing.T) {
	body := func(tag, text string) pipeline.Block {
		return pipeline.Block{Tag: tag, Text: text, Role: pipeline.RoleBody}
	}
	other := func(tag, text string, role pipeline.Role) pipeline.Block {
		return pipeline.Block{Tag: tag, Text: text, Role: role}
	}
	link := body("li", "Another story on the same day")
	link.Link = "/news/another-story.html"
	para := body("p", "The council met on Tuesday and approved the plan for the new bridge.")
	for _, c := range []struct {
		name   string
		blocks []pipeline.Block
		want   []string // the roles after, as role/reason
	}{
		{"heading in the body", []pipeline.Block{other("h1", "Headline", pipeline.RoleMetadata), body("h2", "Key Highlights"),
			body("li", "First point"), body("li", "Second point"), para},
			[]string{"metadata/", "boilerplate/furniture", "metadata/summary", "metadata/summary", "body/"}},
		{"native heading with a colon, a caption between", []pipeline.Block{body("h3", "मुख्य बातें:"), body("li", "पहली बात"),
			other("figcaption", "चित्र", pipeline.RoleMetadata), body("li", "दूसरी बात"), para},
			[]string{"boilerplate/furniture", "metadata/summary", "metadata/", "metadata/summary", "body/"}},
		{"heading left out by the model", []pipeline.Block{other("div", "Highlights", pipeline.RoleBoilerplate),
			body("li", "First point"), para},
			[]string{"boilerplate/furniture", "metadata/summary", "body/"}},
		{"heading lower down", []pipeline.Block{para, body("h2", "Key Highlights"), body("li", "First point"), para},
			[]string{"body/", "body/", "body/", "body/"}},
		{"links under the heading", []pipeline.Block{body("h2", "Highlights"), link, para},
			[]string{"body/", "body/", "body/"}},
		{"no running text after", []pipeline.Block{body("h2", "Highlights"), body("li", "First point"), body("li", "Second point")},
			[]string{"body/", "body/", "body/"}},
		{"no item", []pipeline.Block{body("h2", "Highlights"), para},
			[]string{"body/", "body/"}},
		{"not a summary heading", []pipeline.Block{body("h2", "What we know"), body("li", "First point"), para},
			[]string{"body/", "body/", "body/"}},
	} {
		markSummaryBox(c.blocks)
		for i, b := range c.blocks {
			if got := string(b.Role) + "/" + b.Reason; got != c.want[i] {
				t.Errorf("%s: block %d = %s, want %s", c.name, i, got, c.want[i])
			}
		}
	}
}

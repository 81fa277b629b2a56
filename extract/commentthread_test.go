package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/akhbar/akhbar/pipeline"
)

// TestCommentThreadClass: the containers of readers' comments, and the
// opinion piece's "commentary", which is not one.
func TestCommentThreadClass(t *testing.T) {
	for _, c := range []struct {
		class string
		want  bool
	}{
		{"comments", true},
		{"comments-section", true},
		{"vk-comment vk-nested", true},
		{"commentlist", true},
		{"disqus_thread", true},
		{"sect sect_commentlinks", true},
		{"commentary", false},
		{"news subjective commentary", false},
		{"commentator-box", false},
		{"commentary comment-list", true},
		{"story-body", false},
		{"", false},
	} {
		if got := commentThreadClass.MatchString(c.class); got != c.want {
			t.Errorf("%q: %v, want %v", c.class, got, c.want)
		}
	}
}

// TestMarkCommentThread: the body's last blocks inside a comments
// container leave the body when body blocks outside it come before
// them; a body all inside such a container, or with the article's text
// after the thread, stays.
func TestMarkCommentThread(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string // the blocks' roles after
	}{
		{"thread under the article",
			`<article><p>One.</p><p>Two.</p><div class="comments"><h3>Comments (2)</h3><ul class="comment-list">` +
				`<li><p>Reader one.</p></li><li><p>Reader two.</p></li></ul></div></article>`,
			[]string{"body", "body", "boilerplate", "boilerplate", "boilerplate"}},
		{"page-wide class", `<div class="post comments-open"><p>One.</p><p>Two.</p></div>`,
			[]string{"body", "body"}},
		{"commentary", `<div class="lead"><p>One.</p></div><div class="commentary"><p>Two.</p><p>Three.</p></div>`,
			[]string{"body", "body", "body"}},
		{"text after the thread",
			`<p>One.</p><div id="comments"><p>Reader one.</p></div><p>Two.</p>`,
			[]string{"body", "body", "body"}},
	} {
		root, err := html.Parse(strings.NewReader("<html><body>" + c.page + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		page := segment(root)
		if len(page) != len(c.want) {
			t.Fatalf("%s: %d blocks, want %d", c.name, len(page), len(c.want))
		}
		blocks := make([]pipeline.Block, len(page))
		origin := make([]int, len(page))
		for i := range page {
			blocks[i] = pipeline.Block{Tag: page[i].tag, Text: page[i].text, Role: pipeline.RoleBody}
			origin[i] = i
		}
		markCommentThread(blocks, page, origin)
		for i, b := range blocks {
			if string(b.Role) != c.want[i] {
				t.Errorf("%s: block %d (%q) = %s, want %s", c.name, i, b.Text, b.Role, c.want[i])
			}
		}
	}
}

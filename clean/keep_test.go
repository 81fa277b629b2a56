package clean

import (
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

func TestKeepText(t *testing.T) {
	blocks := func() []pipeline.Block {
		return []pipeline.Block{
			{Text: "Home > World", Role: pipeline.RoleBoilerplate, Reason: ReasonBreadcrumb},
			{Text: "A headline", Role: pipeline.RoleMetadata, Reason: ReasonTitle},
			{Text: "", Role: pipeline.RoleBlank},
			{Text: "  ", Role: pipeline.RoleBoilerplate},
			{Text: "The first paragraph.", Role: pipeline.RoleBody},
			{Text: "A subheading", Role: pipeline.RoleBody, Reason: ReasonHeading},
			{Text: "The first paragraph.", Role: pipeline.RoleRepeated, Reason: "copy", Ref: 4},
			{Text: "Share this", Role: pipeline.RoleBoilerplate},
		}
	}
	for _, tc := range []struct {
		unit string
		want []pipeline.Block
	}{
		{"line", []pipeline.Block{
			{Text: "Home > World", Role: pipeline.RoleBody, Reason: "kept:" + ReasonBreadcrumb},
			{Text: "A headline", Role: pipeline.RoleBody, Reason: "kept:" + ReasonTitle},
			{Text: "", Role: pipeline.RoleBlank},
			{Text: "  ", Role: pipeline.RoleBoilerplate},
			{Text: "The first paragraph.", Role: pipeline.RoleBody},
			{Text: "A subheading", Role: pipeline.RoleBody, Reason: ReasonHeading},
			{Text: "The first paragraph.", Role: pipeline.RoleBody, Reason: "kept:copy"},
			{Text: "Share this", Role: pipeline.RoleBody, Reason: "kept:boilerplate"},
		}},
		// An HTML page's blocks are no cleaned text: left as they are.
		{"block", blocks()},
	} {
		d := pipeline.NewDoc(pipeline.Item{ID: "x"})
		d.Record.Source.Unit = tc.unit
		d.Blocks = blocks()
		KeepText(d)
		if len(d.Blocks) != len(tc.want) {
			t.Fatalf("%s: %d blocks, want %d", tc.unit, len(d.Blocks), len(tc.want))
		}
		for i, b := range d.Blocks {
			w := tc.want[i]
			if b.Text != w.Text || b.Role != w.Role || b.Reason != w.Reason || b.Ref != w.Ref {
				t.Errorf("%s: block %d = %q %s %q ref %d, want %s %q ref %d", tc.unit, i, b.Text, b.Role, b.Reason, b.Ref, w.Role, w.Reason, w.Ref)
			}
		}
	}
}

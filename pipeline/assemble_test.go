package pipeline

import (
	"reflect"
	"testing"
)

func TestSpans(t *testing.T) {
	blk := func(start, end int, role Role, reason string) Block {
		return Block{Start: start, End: end, Role: role, Reason: reason}
	}
	rep := func(start, end, ref int) Block {
		return Block{Start: start, End: end, Role: RoleRepeated, Reason: "copy", Ref: ref}
	}
	tests := []struct {
		name   string
		blocks []Block
		want   []Span
	}{
		{"none", nil, nil},
		{"unknown is body", []Block{blk(1, 1, RoleUnknown, "")},
			[]Span{{Start: 1, End: 1, Role: RoleBody}}},
		{"same role and reason merge across blank lines",
			[]Block{blk(1, 1, RoleBody, ""), blk(3, 4, RoleBody, ""), blk(6, 6, RoleBody, "")},
			[]Span{{Start: 1, End: 6, Role: RoleBody}}},
		{"unknown merges with body",
			[]Block{blk(1, 1, RoleBody, ""), blk(3, 3, RoleUnknown, "")},
			[]Span{{Start: 1, End: 3, Role: RoleBody}}},
		{"reason splits",
			[]Block{blk(1, 1, RoleBody, ""), blk(3, 3, RoleBody, "heading"), blk(5, 5, RoleBody, "")},
			[]Span{{Start: 1, End: 1, Role: RoleBody}, {Start: 3, End: 3, Role: RoleBody, Reason: "heading"}, {Start: 5, End: 5, Role: RoleBody}}},
		{"role splits",
			[]Block{blk(1, 1, RoleMetadata, "title"), blk(3, 3, RoleMetadata, "title"), blk(5, 5, RoleBoilerplate, "title")},
			[]Span{{Start: 1, End: 3, Role: RoleMetadata, Reason: "title"}, {Start: 5, End: 5, Role: RoleBoilerplate, Reason: "title"}}},
		{"evidence splits",
			[]Block{{Start: 1, End: 1, Role: RoleBoilerplate, Reason: "site-template", Evidence: 3},
				{Start: 2, End: 2, Role: RoleBoilerplate, Reason: "site-template", Evidence: 3},
				{Start: 3, End: 3, Role: RoleBoilerplate, Reason: "site-template", Evidence: 7}},
			[]Span{{Start: 1, End: 2, Role: RoleBoilerplate, Reason: "site-template", Evidence: 3},
				{Start: 3, End: 3, Role: RoleBoilerplate, Reason: "site-template", Evidence: 7}}},
		{"repeated run of consecutive copies is one span pointing at the first original",
			[]Block{blk(1, 1, RoleBody, ""), blk(3, 4, RoleBody, ""), blk(6, 6, RoleBody, ""),
				rep(8, 8, 0), rep(10, 11, 1), rep(13, 13, 2)},
			[]Span{{Start: 1, End: 6, Role: RoleBody}, {Start: 8, End: 13, Role: RoleRepeated, Reason: "copy", Ref: intp(1)}}},
		{"copies of non-consecutive originals are separate spans",
			[]Block{blk(1, 1, RoleBody, ""), blk(3, 3, RoleBody, ""), blk(5, 5, RoleBody, ""),
				rep(7, 7, 0), rep(9, 9, 2)},
			[]Span{{Start: 1, End: 5, Role: RoleBody},
				{Start: 7, End: 7, Role: RoleRepeated, Reason: "copy", Ref: intp(1)},
				{Start: 9, End: 9, Role: RoleRepeated, Reason: "copy", Ref: intp(5)}}},
		{"a paragraph printed three times gives two spans with the same ref",
			[]Block{blk(1, 1, RoleBody, ""), rep(3, 3, 0), rep(5, 5, 0)},
			[]Span{{Start: 1, End: 1, Role: RoleBody},
				{Start: 3, End: 3, Role: RoleRepeated, Reason: "copy", Ref: intp(1)},
				{Start: 5, End: 5, Role: RoleRepeated, Reason: "copy", Ref: intp(1)}}},
		{"a copy run going backwards is not merged",
			[]Block{blk(1, 1, RoleBody, ""), blk(2, 2, RoleBody, ""), rep(4, 4, 1), rep(5, 5, 0)},
			[]Span{{Start: 1, End: 2, Role: RoleBody},
				{Start: 4, End: 4, Role: RoleRepeated, Reason: "copy", Ref: intp(2)},
				{Start: 5, End: 5, Role: RoleRepeated, Reason: "copy", Ref: intp(1)}}},
		{"two copied runs back to back",
			[]Block{blk(1, 1, RoleBody, ""), blk(2, 2, RoleBody, ""), rep(4, 4, 0), rep(5, 5, 1), rep(7, 7, 0), rep(8, 8, 1)},
			[]Span{{Start: 1, End: 2, Role: RoleBody},
				{Start: 4, End: 5, Role: RoleRepeated, Reason: "copy", Ref: intp(1)},
				{Start: 7, End: 8, Role: RoleRepeated, Reason: "copy", Ref: intp(1)}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Spans(tt.blocks)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Spans =\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}

func TestAssemble(t *testing.T) {
	d := NewDoc(Item{ID: "x", Source: Source{Path: "x.txt", Format: "text"}, URL: "https://example.com/x"})
	d.Record.Headings = []string{"stale"}
	d.Blocks = []Block{
		{Start: 1, End: 1, Text: "Title", Role: RoleMetadata, Reason: "title"},
		{Start: 3, End: 3, Text: "First paragraph.", Role: RoleBody},
		{Start: 5, End: 5, Text: "A heading", Role: RoleBody, Reason: "heading"},
		{Start: 7, End: 8, Text: "Second paragraph.", Role: RoleUnknown},
		{Start: 10, End: 10, Text: "First paragraph.", Role: RoleRepeated, Reason: "copy", Ref: 1},
		{Start: 12, End: 12, Text: "Share", Role: RoleBoilerplate, Reason: "furniture"},
	}
	d.Assemble()
	if want := "First paragraph.\n\nA heading\n\nSecond paragraph."; d.Record.Text != want {
		t.Errorf("Text = %q, want %q", d.Record.Text, want)
	}
	if want := []string{"A heading"}; !reflect.DeepEqual(d.Record.Headings, want) {
		t.Errorf("Headings = %q, want %q", d.Record.Headings, want)
	}
	if d.Blocks[3].Role != RoleBody {
		t.Errorf("an unknown block is left %q, want body", d.Blocks[3].Role)
	}
	if d.Record.ID != "x" || d.Record.URL != "https://example.com/x" || d.Record.Source.Path != "x.txt" {
		t.Errorf("record identity not taken from the item: %+v", d.Record)
	}
	wantSpans := []Span{
		{Start: 1, End: 1, Role: RoleMetadata, Reason: "title"},
		{Start: 3, End: 3, Role: RoleBody},
		{Start: 5, End: 5, Role: RoleBody, Reason: "heading"},
		{Start: 7, End: 8, Role: RoleBody},
		{Start: 10, End: 10, Role: RoleRepeated, Reason: "copy", Ref: intp(3)},
		{Start: 12, End: 12, Role: RoleBoilerplate, Reason: "furniture"},
	}
	if !reflect.DeepEqual(d.Record.Spans, wantSpans) {
		t.Errorf("Spans =\n%+v\nwant\n%+v", d.Record.Spans, wantSpans)
	}

	// No heading: Headings is nil, so that JSON omits it.
	d2 := NewDoc(Item{ID: "y"})
	d2.Blocks = []Block{{Start: 1, End: 1, Text: "Only text.", Role: RoleBody}}
	d2.Assemble()
	if d2.Record.Headings != nil || d2.Record.Text != "Only text." {
		t.Errorf("Headings = %#v, Text = %q", d2.Record.Headings, d2.Record.Text)
	}
}

func intp(n int) *int { return &n }

package pipeline

import "strings"

// Assemble fills Text, Headings and Spans from the blocks: the body is
// every body block in order, paragraphs joined by a blank line, and the
// audit is the blocks merged into runs of one role and reason.
func (d *Doc) Assemble() {
	var text strings.Builder
	// One allocation of the final size: growing the builder block by
	// block copied the text about twice over, a few percent of a run on
	// text dumps.
	n := 0
	for i := range d.Blocks {
		if r := d.Blocks[i].Role; r == RoleBody || r == RoleUnknown {
			n += len(d.Blocks[i].Text) + 2
		}
	}
	text.Grow(n)
	d.Record.Headings = d.Record.Headings[:0]
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if b.Role == RoleUnknown {
			b.Role = RoleBody
		}
		if b.Role != RoleBody {
			continue
		}
		if text.Len() > 0 {
			text.WriteString("\n\n")
		}
		text.WriteString(b.Text)
		if b.Reason == "heading" {
			d.Record.Headings = append(d.Record.Headings, b.Text)
		}
	}
	if len(d.Record.Headings) == 0 {
		d.Record.Headings = nil
	}
	d.Record.Text = text.String()
	d.Record.Spans = Spans(d.Blocks)
}

// Spans merges blocks into audit spans. Consecutive blocks with the same
// role and reason become one span (blank lines between them included);
// repeated blocks stay in one span only while they repeat consecutive
// blocks, so that Ref always points at the start of the copied run.
func Spans(blocks []Block) []Span {
	var spans []Span
	for i, b := range blocks {
		role := b.Role
		if role == RoleUnknown {
			role = RoleBody
		}
		if n := len(spans); n > 0 {
			last := &spans[n-1]
			prev := blocks[i-1]
			if last.Role == role && last.Reason == b.Reason && last.Evidence == b.Evidence &&
				(role != RoleRepeated || b.Ref == prev.Ref+1) {
				last.End = b.End
				continue
			}
		}
		s := Span{Start: b.Start, End: b.End, Role: role, Reason: b.Reason, Evidence: b.Evidence}
		if role == RoleRepeated {
			ref := blocks[b.Ref].Start
			s.Ref = &ref
		}
		spans = append(spans, s)
	}
	return spans
}

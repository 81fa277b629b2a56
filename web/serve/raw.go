package serve

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/source"
)

// Raw is a record's input as the audit view shows it: the lines or blocks
// the extractor made of it, each with the span that covers it.
type Raw struct {
	Path string // where it was read from
	Unit string // "line" or "block"
	// Units are the lines (1-based) or blocks (0-based) in order; for
	// text input the blank lines the extractor skipped are included, so
	// that numbers match the file.
	Units []Unit
	// Source is the raw page itself when it could be read but not split
	// into the units the spans count (HTML before the HTML extractor).
	Source string
	// Missing says why the raw input cannot be shown.
	Missing string
	// Notes say where the raw input and the record's audit disagree.
	Notes []string
}

// Unit is one line or block of the raw input.
type Unit struct {
	N    int
	Text string
	Tag  string // HTML element of a block
	Span *SpanView
	// First is set on the first unit of its span, which carries the label.
	First bool
}

// SpanView is an audit span with what the page needs to draw it.
type SpanView struct {
	pipeline.Span
	Index   int // in Record.Spans
	Removed bool
}

var errFound = errors.New("found")

// rawMaxItem is the largest item the raw view reads, as "akhbar clean"
// reads by default.
const rawMaxItem = 32 << 20

// resolve finds a record's input: its path as written, else relative to
// the corpus's folder (a corpus moved together with its inputs).
func resolve(p, corpusDir string) (string, error) {
	if p == "" {
		return "", errors.New("the record names no source path")
	}
	_, err := os.Stat(p)
	if err == nil || filepath.IsAbs(p) {
		return p, err
	}
	alt := filepath.Join(corpusDir, p)
	if _, err2 := os.Stat(alt); err2 == nil {
		return alt, nil
	}
	return p, err
}

// loadRaw re-reads the input of rec with package source (the item at
// rec.Source.Offset for containers) and splits it with the extract step.
// allow vets the path first: a record names any path it likes, and only
// the corpus's own inputs are shown.
func loadRaw(ctx context.Context, rec *pipeline.Record, corpusDir string, extract func(*pipeline.Doc) error, allow func(string) error) *Raw {
	raw := &Raw{Unit: rec.Source.Unit}
	if raw.Unit == "" {
		raw.Unit = "line"
	}
	// A member of an archive is read from the archive, the file the run
	// was given.
	file, member := source.SplitMember(rec.Source.Path)
	path, err := resolve(file, corpusDir)
	raw.Path = path + member
	if err != nil {
		raw.Missing = fmt.Sprintf("The raw input is gone: %v.", err)
		return raw
	}
	if err := allow(path); err != nil {
		raw.Missing = fmt.Sprintf("The raw input is not shown: %v.", err)
		return raw
	}
	var item *pipeline.Item
	err = source.Read(ctx, source.Input{Path: path}, source.Options{MaxItemBytes: rawMaxItem}, func(it pipeline.Item) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if it.Skip == "" && it.Source.Offset == rec.Source.Offset && it.Source.Path == path+member {
			item = &it
			return errFound
		}
		return nil
	})
	if err != nil && !errors.Is(err, errFound) {
		raw.Missing = fmt.Sprintf("The raw input could not be read: %v.", err)
		return raw
	}
	if item == nil {
		raw.Missing = fmt.Sprintf("%s holds no item at offset %d any more.", raw.Path, rec.Source.Offset)
		return raw
	}
	if item.Err != nil {
		raw.Missing = fmt.Sprintf("The raw input could not be read: %v.", item.Err)
		return raw
	}
	d := pipeline.NewDoc(*item)
	var xerr error
	if extract != nil {
		xerr = extract(d)
	} else {
		xerr = errors.New("no extractor")
	}
	if xerr != nil || len(d.Blocks) == 0 {
		// Show the page as it is; the spans cannot be placed on it.
		raw.Source = string(item.Body)
		if len(raw.Source) > 2<<20 {
			raw.Source = raw.Source[:2<<20] + "\n… (cut at 2 MiB)"
		}
		if xerr != nil {
			raw.Notes = append(raw.Notes, fmt.Sprintf("This build cannot split the input into %ss as the record's audit counts them (%v), so the raw source is shown as it is and the spans are listed beside the record.", raw.Unit, xerr))
		}
		return raw
	}
	if u := d.Record.Source.Unit; u != "" && u != raw.Unit {
		raw.Notes = append(raw.Notes, fmt.Sprintf("The extractor now counts %ss but the record counts %ss.", u, raw.Unit))
	}
	raw.Units = units(d.Blocks, raw.Unit == "line")
	placeSpans(raw, rec.Spans)
	return raw
}

// units lists the blocks; for lines, the skipped blank lines between
// them are filled in so that every line number of the file shows.
func units(blocks []pipeline.Block, lines bool) []Unit {
	var out []Unit
	next := 1
	for _, b := range blocks {
		if lines {
			for ; next < b.Start; next++ {
				out = append(out, Unit{N: next})
			}
			next = b.End + 1
		}
		out = append(out, Unit{N: b.Start, Text: b.Text, Tag: b.Tag})
	}
	return out
}

// placeSpans hangs every span on the units it covers.
func placeSpans(raw *Raw, spans []pipeline.Span) {
	byN := make(map[int]int, len(raw.Units))
	for i, u := range raw.Units {
		byN[u.N] = i
	}
	for si, sp := range spans {
		sv := &SpanView{Span: sp, Index: si, Removed: sp.Role.Removed() && sp.Role != pipeline.RoleUnknown}
		first := true
		missing := 0
		for n := sp.Start; n <= sp.End; n++ {
			i, ok := byN[n]
			if !ok {
				missing++
				continue
			}
			raw.Units[i].Span = sv
			raw.Units[i].First = first
			first = false
		}
		if missing > 0 {
			raw.Notes = append(raw.Notes, fmt.Sprintf("Span %d–%d (%s) reaches past the input's %d %ss: the input changed since the record was made.", sp.Start, sp.End, sp.Role, len(raw.Units), raw.Unit))
		}
	}
	// Text of the lines a repeated span points at must match the
	// original's; a mismatch also means the input changed.
	for _, sp := range spans {
		if sp.Role != pipeline.RoleRepeated || sp.Ref == nil {
			continue
		}
		i, ok1 := byN[sp.Start]
		j, ok2 := byN[*sp.Ref]
		if ok1 && ok2 && strings.TrimSpace(raw.Units[i].Text) != strings.TrimSpace(raw.Units[j].Text) {
			raw.Notes = append(raw.Notes, fmt.Sprintf("%s %d is marked as a repeat of %s %d but the two differ.", raw.Unit, sp.Start, raw.Unit, *sp.Ref))
		}
	}
}

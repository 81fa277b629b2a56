package index

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/web/corpus"
	"github.com/akhbar/akhbar/web/internal/words"
)

// dictBuilder assigns ids to the distinct values of one field in the order
// they are first seen and counts them.
type dictBuilder struct {
	ids  map[string]uint32
	vals []Value
	max  uint32 // values past the first max share id max, "(other)"
}

func newDict(max uint32) *dictBuilder { return &dictBuilder{ids: map[string]uint32{}, max: max} }

func (d *dictBuilder) id(v string) uint32 {
	if i, ok := d.ids[v]; ok {
		d.vals[i].N++
		return i
	}
	if uint32(len(d.vals)) >= d.max {
		// Full: the last id is shared by every further value.
		v = "(other)"
		if i, ok := d.ids[v]; ok {
			d.vals[i].N++
			return i
		}
	}
	i := uint32(len(d.vals))
	d.ids[v] = i
	d.vals = append(d.vals, Value{V: v, N: 1})
	return i
}

// indexed is the part of a record the index reads; decoding only these
// fields skips the allocations of spans, images and signals.
type indexed struct {
	ID        string             `json:"id"`
	Site      string             `json:"site"`
	Section   string             `json:"section"`
	Title     string             `json:"title"`
	Keywords  []string           `json:"keywords"`
	Summary   string             `json:"summary"`
	Authors   []string           `json:"authors"`
	Published pipeline.Time      `json:"published"`
	Dateline  string             `json:"dateline"`
	Text      string             `json:"text"`
	Lang      string             `json:"lang"`
	PageType  string             `json:"page_type"`
	Flags     []string           `json:"flags"`
	Dup       *pipeline.Dup      `json:"dup"`
	Quality   map[string]float64 `json:"quality"`
}

// parsed is one record made ready for the index by a worker.
type parsed struct {
	n     int64
	line  []byte // the JSON line (own copy)
	off   int64
	rec   indexed
	words []string // distinct words of the text fields
}

// build reads the corpus once and writes a complete index into dir.
// Decoding JSON and splitting words, most of the work, run on worker
// goroutines (corpus.ScanOrdered); rows, postings and the record store
// are written from this goroutine in corpus order.
func build(ctx context.Context, path, dir string, fp finger, o Options) (err error) {
	start := time.Now()
	seekable, err := corpus.Seekable(path)
	if err != nil {
		return err
	}
	var fw *frameWriter
	if !seekable {
		if fw, err = newFrameWriter(dir); err != nil {
			return err
		}
		defer func() {
			if err != nil {
				fw.abort()
			}
		}()
	}
	r := &rows{}
	sites, sections := newDict(1<<32-2), newDict(1<<32-2)
	langs, ptypes := newDict(1<<16-1), newDict(1<<16-1)
	flags := newDict(1<<32 - 2)
	tb := newTextBuilder(dir)
	qb := &qualityBuilder{}
	err = corpus.ScanOrdered(ctx, path, func(e *corpus.Entry) (*parsed, error) {
		return parse(e, path)
	}, func(p *parsed) error {
		if err := add(p, r, fw, tb, sites, sections, langs, ptypes, flags, path); err != nil {
			return err
		}
		qb.add(p.rec.Quality)
		if n := p.n + 1; o.Progress != nil && n%50000 == 0 {
			o.Progress(n)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if fw != nil {
		if err := fw.close(); err != nil {
			return err
		}
	}
	if err := tb.finish(); err != nil {
		return err
	}
	if err := r.write(filepath.Join(dir, "rows.bin")); err != nil {
		return err
	}
	if err := qb.write(filepath.Join(dir, "quality.bin")); err != nil {
		return err
	}
	d := dicts{Sites: sites.vals, Sections: sections.vals, Langs: langs.vals, PTypes: ptypes.vals, Flags: flags.vals, Quality: qb.keys}
	if err := writeJSON(filepath.Join(dir, "dicts.json"), d); err != nil {
		return err
	}
	abs, _ := filepath.Abs(path)
	m := manifest{Version: formatVersion, Corpus: abs, Finger: fp, Records: r.len(), Store: "corpus",
		Built: time.Now().UTC().Format(time.RFC3339), BuildSec: time.Since(start).Seconds()}
	if fw != nil {
		m.Store = "frames"
	}
	return writeJSON(filepath.Join(dir, "manifest.json"), m)
}

// seenPool holds the per-record word sets of the workers.
var seenPool = sync.Pool{New: func() any { return map[string]struct{}{} }}

// parse decodes a record's indexed fields and lists its distinct words.
func parse(e *corpus.Entry, path string) (*parsed, error) {
	p := &parsed{n: e.N, off: e.Offset, line: e.Raw}
	if e.Raw == nil {
		// A format without lines: keep the record as JSON.
		b, err := json.Marshal(&e.Record)
		if err != nil {
			return nil, fmt.Errorf("%s: record %d: %w", path, e.N+1, err)
		}
		p.line = b
	}
	if err := json.Unmarshal(p.line, &p.rec); err != nil {
		return nil, fmt.Errorf("%s: record %d (offset %d): %w", path, e.N+1, e.Offset, err)
	}
	seen := seenPool.Get().(map[string]struct{})
	defer seenPool.Put(seen)
	clear(seen)
	for _, s := range textFields(&p.rec) {
		words.Each(s, func(w string) {
			if _, ok := seen[w]; !ok {
				seen[w] = struct{}{}
				p.words = append(p.words, w)
			}
		})
	}
	return p, nil
}

// add appends one parsed record to the index being written.
func add(p *parsed, r *rows, fw *frameWriter, tb *textBuilder, sites, sections, langs, ptypes, flags *dictBuilder, path string) error {
	if p.n >= 1<<32-1 {
		return fmt.Errorf("%s: more than %d records", path, uint32(1<<32-1))
	}
	rec := &p.rec
	loc := uint64(p.off)
	if fw != nil {
		var err error
		if loc, err = fw.add(p.line); err != nil {
			return err
		}
	}
	r.loc = append(r.loc, loc)
	r.size = append(r.size, uint32(len(p.line)))
	r.day = append(r.day, day(string(rec.Published)))
	r.site = append(r.site, sites.id(rec.Site))
	r.section = append(r.section, sections.id(rec.Section))
	r.lang = append(r.lang, uint16(langs.id(rec.Lang)))
	r.ptype = append(r.ptype, uint16(ptypes.id(rec.PageType)))
	var fl uint64
	for _, f := range rec.Flags {
		if i := flags.id(f); i < 64 {
			fl |= 1 << i
		}
	}
	r.flags = append(r.flags, fl)
	var dup uint64
	if rec.Dup != nil {
		dup = hash64(rec.Dup.Cluster)
	}
	r.dup = append(r.dup, dup)
	r.idHash = append(r.idHash, hash64(rec.ID))
	tb.addWords(uint32(p.n), p.words)
	return tb.docDone()
}

// textFields are the parts of a record that full-text search looks in.
func textFields(r *indexed) []string {
	out := []string{r.Title, r.Summary, r.Text, r.Dateline}
	out = append(out, r.Authors...)
	out = append(out, r.Keywords...)
	return out
}

// day turns a record time (RFC 3339 or YYYY-MM-DD) into days since the
// epoch of its own calendar date, or noDay.
func day(t string) int32 {
	if len(t) < 10 {
		return noDay
	}
	d, err := time.Parse("2006-01-02", t[:10])
	if err != nil {
		return noDay
	}
	return int32(d.Unix() / 86400)
}

// buildInto builds the index of path in a temporary folder beside dir and
// moves it into place, so that a reader never sees half an index and a
// failed build leaves the old one (or none).
func buildInto(ctx context.Context, path, dir string, o Options) error {
	fp, err := fingerprint(path)
	if err != nil {
		return err
	}
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".tmp-*")
	if err != nil {
		return err
	}
	if err := build(ctx, path, tmp, fp, o); err != nil {
		os.RemoveAll(tmp)
		return fmt.Errorf("index %s: %w", path, err)
	}
	os.Chmod(tmp, 0o755)
	old := dir + ".old"
	os.RemoveAll(old)
	if _, err := os.Stat(dir); err == nil {
		if err := os.Rename(dir, old); err != nil {
			os.RemoveAll(tmp)
			return err
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	os.RemoveAll(old)
	return nil
}

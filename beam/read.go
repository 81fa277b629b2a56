package beam

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/akhbar/akhbar/lang"
	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/source"
	"github.com/akhbar/akhbar/steps"
)

// readListFn emits the inputs named in the list file the launcher wrote,
// one path per line.
type readListFn struct {
	List string
}

func (f *readListFn) ProcessElement(ctx context.Context, _ []byte, emit func(string)) error {
	b, err := ReadFile(ctx, f.List)
	if err != nil {
		return fmt.Errorf("inputs list: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if p := strings.TrimSpace(sc.Text()); p != "" {
			emit(p)
		}
	}
	return sc.Err()
}

// processFileFn reads one input file and runs the per-document steps of
// "akhbar clean" on its items: steps.Build under pipeline.Runner, the
// local runner itself, so that panics, damaged items and skipped container
// records are handled as they are locally. A file is the unit of work:
// WARC files are split into pages here, on the worker that reads them.
type processFileFn struct {
	O Options

	steps []pipeline.Step
	src   source.Options
}

func (f *processFileFn) Setup() error {
	rules, err := steps.ParseQuality(f.O.Quality)
	if err != nil {
		return err
	}
	format, ok := source.ParseFormat(f.O.Format)
	if !ok {
		return fmt.Errorf("unknown format %q", f.O.Format)
	}
	cfg := steps.Config{Now: f.O.Now, Quality: rules, MinLangScore: f.O.MinLangScore, KeepText: f.O.KeepText}
	if f.O.Langs != "" {
		if cfg.Langs, err = lang.ParseFilter(f.O.Langs); err != nil {
			return fmt.Errorf("langs: %w", err)
		}
	}
	f.steps = steps.Build(cfg)
	f.src = source.Options{Format: format, MaxItemBytes: f.O.MaxItemBytes}
	return nil
}

// ProcessElement emits (document key, record JSON) and (document key,
// reject JSON) pairs, and the file's counts as a Summary.
func (f *processFileFn) ProcessElement(ctx context.Context, path string, records, rejects func(string, []byte), stats func([]byte)) error {
	in := source.Input{Path: path, Size: -1}
	var sum Summary
	st := &sum.Run
	runner := pipeline.Runner{Steps: f.steps, Workers: f.O.ItemWorkers}
	produce := func(emit func(pipeline.Item) error) error {
		if !Remote(path) {
			return source.Read(ctx, in, f.src, emit)
		}
		r, err := openRead(ctx, path)
		if err != nil {
			return emit(pipeline.Item{ID: source.IDFromPath(path), Source: pipeline.Source{Path: path},
				Err: pipeline.Rejectf("open", "%s: %v", path, err)})
		}
		defer r.Close()
		return source.ReadFrom(ctx, r, in, f.src, emit)
	}
	err := runner.Run(ctx, produce, func(oc pipeline.Outcome) error {
		switch {
		case oc.Skip != "":
			st.Skip(oc.Skip)
			return nil
		case oc.Reject != nil:
			st.Read++
			st.Reject(oc.Reject.Reason)
			r := oc.Reject
			b, err := encodeJSON(r)
			if err != nil {
				return err
			}
			rejects(DocKey(r.Source.Path, r.Source.Offset, r.ID), b)
			return nil
		}
		st.Read++
		rec := &oc.Doc.Record
		b, err := encodeJSON(rec)
		if err != nil {
			return err
		}
		records(DocKey(rec.Source.Path, rec.Source.Offset, rec.ID), b)
		return nil
	})
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	b, err := json.Marshal(&sum)
	if err != nil {
		return err
	}
	stats(b)
	return nil
}

// encodeJSON encodes a value as package sink writes it (no HTML
// escaping), without the newline.
func encodeJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// Package steps composes the per-document pipeline that "akhbar clean"
// runs, from the step packages, in the one order data flows: extract,
// clean, meta, annotate. The local runner and the Beam runner both take
// their steps from here, so they cannot drift apart. A page typed in a
// legacy Hindi font is converted to Unicode before clean.
//
// It holds no step logic of its own.
package steps

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/extract"
	"github.com/akhbar/akhbar/meta"
	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/quality"
)

// Config selects and tunes the steps.
type Config struct {
	// Now is the reference time for relative dates; zero means the time
	// of the run.
	Now time.Time
	// Quality holds the filter rules; nil computes the signals and
	// rejects nothing. QualityPreset names the preset they came from, if
	// any, for the record.
	Quality       *quality.Rules
	QualityPreset string
	// Langs keeps only documents whose language it accepts; nil keeps all
	// (see lang.ParseFilter). LangList is the list it was made from: a
	// function cannot be compared, so the list is what the run's
	// identity takes (see Canonical).
	Langs    func(label string) bool
	LangList []string
	// MinLangScore rejects documents whose language score is lower, as
	// "filter:lang-score"; 0 keeps all.
	MinLangScore float64
	// KeepText keeps every line of a text input in the body (see
	// clean.KeepText): for text another tool already cleaned. The
	// metadata is still read from it; HTML pages are cleaned as always.
	KeepText bool
}

// Canonical is the configuration as the run's identity and manifest take
// it: every setting that decides the output, in a fixed form (language
// lists sorted and without repeats), so that two configs that filter
// alike encode alike. It is an error to set Langs without LangList: the
// identity would not see the filter.
func (c Config) Canonical() (json.RawMessage, error) {
	if c.Langs != nil && len(c.LangList) == 0 {
		return nil, errors.New("steps: a language filter needs its LangList to be recorded")
	}
	var langs []string
	seen := map[string]bool{}
	for _, l := range c.LangList {
		l = strings.TrimSpace(l)
		if l != "" && !seen[l] {
			seen[l] = true
			langs = append(langs, l)
		}
	}
	sort.Strings(langs)
	v := struct {
		Steps         []string       `json:"steps"`
		Now           string         `json:"now,omitempty"`
		QualityPreset string         `json:"quality_preset,omitempty"`
		Quality       *quality.Rules `json:"quality"`
		Langs         []string       `json:"langs,omitempty"`
		MinLangScore  float64        `json:"min_lang_score,omitempty"`
		KeepText      bool           `json:"keep_text,omitempty"`
	}{Quality: c.Quality, QualityPreset: c.QualityPreset, Langs: langs, MinLangScore: c.MinLangScore, KeepText: c.KeepText}
	for _, s := range Build(Config{}) {
		v.Steps = append(v.Steps, s.Name)
	}
	if !c.Now.IsZero() {
		v.Now = c.Now.UTC().Format(time.RFC3339Nano)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("steps: config: %w", err)
	}
	return b, nil
}

// Build returns the steps for one document, in order. With KeepText a
// step "keep" after meta puts the lines clean took out back in the body,
// and lang reads them as body already.
func Build(cfg Config) []pipeline.Step {
	s := []pipeline.Step{
		{Name: "extract", Run: func(d *pipeline.Doc) error { return ExtractAt(d, cfg.Now) }},
		{Name: "stated", Run: applyStated},
		{Name: "legacy", Run: legacyStep},
		{Name: "clean", Run: func(d *pipeline.Doc) error {
			clean.ClassifyAt(d, cfg.Now)
			// Before the language is read from the body: a gallery's
			// captions are its text.
			meta.MarkGallery(d)
			return nil
		}},
		{Name: "lang", Run: langStep(cfg.Langs, cfg.MinLangScore, cfg.KeepText)},
		{Name: "meta", Run: func(d *pipeline.Doc) error { meta.Extract(d, meta.Options{Now: cfg.Now}); return nil }},
	}
	if cfg.KeepText {
		s = append(s, pipeline.Step{Name: "keep", Run: func(d *pipeline.Doc) error { clean.KeepText(d); return nil }})
	}
	return append(s,
		pipeline.Step{Name: "assemble", Run: func(d *pipeline.Doc) error { d.Assemble(); return nil }},
		pipeline.Step{Name: "quality", Run: qualityStep(cfg.Quality)},
	)
}

// applyStated puts the fields an input states outright (a JSONL line's
// title, authors, summary and site) through the normalisation every line
// of a record goes through (clean.Line: NFC, joiners, spaces), as the HTML
// extractor does a page's meta tags, before they fill the record: a
// corpus's title in decomposed form is the same headline as the page's.
func applyStated(d *pipeline.Doc) error {
	for _, k := range []string{"title", "authors", "summary", "site"} {
		v, ok := d.Item.Meta[k]
		if !ok {
			continue
		}
		lines := strings.Split(v, "\n")
		for i := range lines {
			lines[i] = clean.Line(lines[i])
		}
		d.Item.Meta[k] = strings.Join(lines, "\n")
	}
	return pipeline.ApplyStated(d)
}

// Extract makes the blocks of a document with the extractor its format
// needs, with the time of the call as the reference for dates.
func Extract(d *pipeline.Doc) error { return ExtractAt(d, time.Time{}) }

// ExtractAt is Extract with the run's pinned reference time (zero: the
// time of the call), so that a resumed run reads dates as the first did.
func ExtractAt(d *pipeline.Doc, now time.Time) error {
	if d.Item.Meta["truncated"] != "" {
		// The source read part of the item before its stream broke: keep
		// what is there and say so.
		d.Record.Flags = append(d.Record.Flags, "truncated-input")
	}
	if d.Item.Meta["damaged"] != "" {
		// The record was read whole, then its gzip member failed (its
		// checksum, most often): its bytes may not be the ones written.
		d.Record.Flags = append(d.Record.Flags, "damaged-input")
	}
	if d.Item.Meta["charset"] != "" {
		// The source transcoded the input (UTF-16 with a byte order mark).
		d.Record.Flags = append(d.Record.Flags, "legacy-charset")
	}
	f := d.Record.Source.Format
	switch {
	case strings.Contains(f, "html"), f == "warc", f == "arc":
		// WARC and ARC readers hand over only HTML pages; WET text goes
		// to the text extractor.
		return extract.HTMLWith(d, extract.HTMLOptions{Now: now})
	default:
		return extract.Text(d)
	}
}

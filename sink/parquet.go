package sink

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/akhbar/akhbar/internal/xio"
	"github.com/akhbar/akhbar/pipeline"
)

// The Parquet columns are the JSON record's fields under the same names,
// so that a query reads the same on both: nested objects are Parquet
// structs, arrays are LISTs, and the two maps (langs, quality) are MAPs
// (quality['word_count'] works in DuckDB; parquet-go writes map entries in
// key order, so the same records make the same file). A field the JSON
// leaves out when empty (omitempty) is an OPTIONAL column, null when
// empty, so "site IS NULL" counts the same rows in both; fields the JSON
// always has ("title", "text") stay REQUIRED.
//
// published and updated are TIMESTAMP columns (UTC, microseconds) for
// range queries; the record's own string is kept beside them
// (published_text) with how precise it is (published_precision: "day" for
// a date alone; "minute" when the seconds are :00, as pages that state a
// time mostly give no seconds; else "second"). metadata, what an input
// JSONL line carried that no field took, is the JSON object as a string
// (json_extract(metadata, '$.dump') in DuckDB): parquet-go v0.32 panics
// writing an optional column of JSON type from a string and decodes it on
// reading, so the JSON logical type is not used.

type pqSource struct {
	Path    string `parquet:"path,optional"`
	URL     string `parquet:"url,optional"`
	Format  string `parquet:"format"`
	Offset  int64  `parquet:"offset"`
	Fetched string `parquet:"fetched,optional"`
	Unit    string `parquet:"unit,optional"`
}

type pqImage struct {
	Caption string `parquet:"caption"`
	Credit  string `parquet:"credit"`
	URL     string `parquet:"url"`
}

type pqRelated struct {
	Title string `parquet:"title"`
	URL   string `parquet:"url"`
}

type pqDup struct {
	Cluster string  `parquet:"cluster"`
	Of      string  `parquet:"of"`
	Score   float64 `parquet:"score"`
}

type pqSpan struct {
	Start    int64  `parquet:"start"`
	End      int64  `parquet:"end"`
	Role     string `parquet:"role"`
	Reason   string `parquet:"reason"`
	Ref      *int64 `parquet:"ref,optional"`
	Evidence int64  `parquet:"evidence"`
}

type pqRecord struct {
	ID                 string             `parquet:"id"`
	Source             pqSource           `parquet:"source"`
	URL                string             `parquet:"url,optional"`
	Host               string             `parquet:"host,optional"`
	Site               string             `parquet:"site,optional"`
	Section            string             `parquet:"section,optional"`
	Title              string             `parquet:"title"`
	Keywords           []string           `parquet:"keywords,list"`
	Summary            string             `parquet:"summary,optional"`
	Authors            []string           `parquet:"authors,list"`
	Published          *time.Time         `parquet:"published,optional,timestamp(microsecond)"`
	PublishedText      string             `parquet:"published_text,optional"`
	PublishedPrecision string             `parquet:"published_precision,optional"`
	Updated            *time.Time         `parquet:"updated,optional,timestamp(microsecond)"`
	UpdatedText        string             `parquet:"updated_text,optional"`
	UpdatedPrecision   string             `parquet:"updated_precision,optional"`
	Dateline           string             `parquet:"dateline,optional"`
	Images             []pqImage          `parquet:"images,list"`
	Headings           []string           `parquet:"headings,list"`
	Related            []pqRelated        `parquet:"related,list"`
	Copyright          string             `parquet:"copyright,optional"`
	Text               string             `parquet:"text"`
	Lang               string             `parquet:"lang,optional"`
	LangScore          float64            `parquet:"lang_score"`
	Langs              map[string]float64 `parquet:"langs,optional"`
	ParaLangs          []string           `parquet:"para_langs,list"`
	PageType           string             `parquet:"page_type"`
	Quality            map[string]float64 `parquet:"quality,optional"`
	Flags              []string           `parquet:"flags,list"`
	Dup                *pqDup             `parquet:"dup,optional"`
	Metadata           *string            `parquet:"metadata,optional"`
	Spans              []pqSpan           `parquet:"spans,list"`
}

type pqReject struct {
	ID     string   `parquet:"id"`
	Source pqSource `parquet:"source"`
	Reason string   `parquet:"reason"`
	Error  string   `parquet:"error"`
}

func toPQSource(s pipeline.Source) pqSource {
	return pqSource{Path: s.Path, URL: s.URL, Format: s.Format, Offset: s.Offset, Fetched: s.Fetched, Unit: s.Unit}
}

func fromPQSource(s pqSource) pipeline.Source {
	return pipeline.Source{Path: s.Path, URL: s.URL, Format: s.Format, Offset: s.Offset, Fetched: s.Fetched, Unit: s.Unit}
}

// pqTime is a record time as a UTC instant with its precision; a time
// that does not parse (not written by akhbar) keeps only its text.
func pqTime(t pipeline.Time) (*time.Time, string) {
	if t == "" {
		return nil, ""
	}
	if d, err := time.Parse(time.DateOnly, string(t)); err == nil {
		return &d, "day"
	}
	v, err := time.Parse(time.RFC3339, string(t))
	if err != nil {
		return nil, ""
	}
	v = v.UTC()
	if v.Second() == 0 && v.Nanosecond() == 0 {
		return &v, "minute"
	}
	return &v, "second"
}

// nilIfEmpty keeps the JSON form of a record read back from Parquet the
// same as the one written: omitempty slices are nil, not empty.
func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

func nilIfEmptyMap(m map[string]float64) map[string]float64 {
	if len(m) == 0 {
		return nil
	}
	return m
}

func toPQRecord(r *pipeline.Record) pqRecord {
	p := pqRecord{
		ID: r.ID, Source: toPQSource(r.Source), URL: r.URL, Host: r.Host, Site: r.Site, Section: r.Section,
		Title: r.Title, Keywords: r.Keywords, Summary: r.Summary, Authors: r.Authors,
		PublishedText: string(r.Published), UpdatedText: string(r.Updated), Dateline: r.Dateline,
		Headings: r.Headings, Copyright: r.Copyright, Text: r.Text, Lang: r.Lang,
		LangScore: r.LangScore, Langs: nilIfEmptyMap(r.Langs), ParaLangs: r.ParaLangs,
		PageType: r.PageType, Quality: nilIfEmptyMap(r.Quality), Flags: r.Flags,
	}
	if len(r.Metadata) > 0 {
		md := string(r.Metadata)
		p.Metadata = &md
	}
	p.Published, p.PublishedPrecision = pqTime(r.Published)
	p.Updated, p.UpdatedPrecision = pqTime(r.Updated)
	for _, im := range r.Images {
		p.Images = append(p.Images, pqImage(im))
	}
	for _, rel := range r.Related {
		p.Related = append(p.Related, pqRelated(rel))
	}
	if r.Dup != nil {
		p.Dup = &pqDup{Cluster: r.Dup.Cluster, Of: r.Dup.Of, Score: r.Dup.Score}
	}
	p.Spans = make([]pqSpan, len(r.Spans))
	for i, s := range r.Spans {
		p.Spans[i] = pqSpan{Start: int64(s.Start), End: int64(s.End), Role: string(s.Role), Reason: s.Reason, Evidence: int64(s.Evidence)}
		if s.Ref != nil {
			ref := int64(*s.Ref)
			p.Spans[i].Ref = &ref
		}
	}
	return p
}

func fromPQRecord(p *pqRecord) pipeline.Record {
	r := pipeline.Record{
		ID: p.ID, Source: fromPQSource(p.Source), URL: p.URL, Host: p.Host, Site: p.Site, Section: p.Section,
		Title: p.Title, Keywords: nilIfEmpty(p.Keywords), Summary: p.Summary, Authors: nilIfEmpty(p.Authors),
		Published: pipeline.Time(p.PublishedText), Updated: pipeline.Time(p.UpdatedText), Dateline: p.Dateline,
		Headings: nilIfEmpty(p.Headings), Copyright: p.Copyright, Text: p.Text, Lang: p.Lang,
		LangScore: p.LangScore, Langs: nilIfEmptyMap(p.Langs), ParaLangs: nilIfEmpty(p.ParaLangs),
		PageType: p.PageType, Quality: nilIfEmptyMap(p.Quality), Flags: nilIfEmpty(p.Flags),
	}
	if p.Metadata != nil {
		r.Metadata = json.RawMessage(*p.Metadata)
	}
	for _, im := range p.Images {
		r.Images = append(r.Images, pipeline.Image(im))
	}
	for _, rel := range p.Related {
		r.Related = append(r.Related, pipeline.Related(rel))
	}
	if p.Dup != nil {
		r.Dup = &pipeline.Dup{Cluster: p.Dup.Cluster, Of: p.Dup.Of, Score: p.Dup.Score}
	}
	// The JSON form always has spans (an empty list, not null).
	r.Spans = make([]pipeline.Span, len(p.Spans))
	for i, s := range p.Spans {
		r.Spans[i] = pipeline.Span{Start: int(s.Start), End: int(s.End), Role: pipeline.Role(s.Role), Reason: s.Reason, Evidence: int(s.Evidence)}
		if s.Ref != nil {
			ref := int(*s.Ref)
			r.Spans[i].Ref = &ref
		}
	}
	return r
}

// rowGroupBytes is the JSON size of the records after which a row group is
// flushed. Row groups end where the data says, not where a buffer fills,
// so that the same records always make the same file. 64 MiB of JSON is
// some 10–20 thousand news records: groups big enough for a query engine
// to skip whole groups by their statistics, small enough that the writer's
// buffer stays a bounded part of the run's memory (docs/scale.md). A
// variable only so that a test can make several groups from a few records.
var rowGroupBytes int64 = 64 << 20

// parquetWriter writes records or rejects as Parquet into an atomic file.
type parquetWriter struct {
	f       *xio.File
	rec     *parquet.GenericWriter[pqRecord]
	rej     *parquet.GenericWriter[pqReject]
	n       int64
	bytes   int64
	inGroup int64
	sizer   jsonSizer
}

func createParquet(path string, kind Kind) (*parquetWriter, error) {
	if path == "-" {
		return nil, errors.New("parquet cannot be written to stdout")
	}
	// Parquet compresses page by page; the file itself is not wrapped.
	f, err := xio.Create(path)
	if err != nil {
		return nil, err
	}
	opts := []parquet.WriterOption{
		parquet.Compression(&parquet.Zstd),
		parquet.CreatedBy("akhbar", "", ""),
		parquet.MaxRowsPerRowGroup(1 << 20),
	}
	w := &parquetWriter{f: f}
	if kind == Rejects {
		w.rej = parquet.NewGenericWriter[pqReject](f, opts...)
	} else {
		w.rec = parquet.NewGenericWriter[pqRecord](f, opts...)
	}
	return w, nil
}

func (w *parquetWriter) Write(v any) error {
	size, err := w.sizer.size(v)
	if err != nil {
		return fmt.Errorf("%s: %w", w.f.Path(), err)
	}
	switch x := v.(type) {
	case *pipeline.Record:
		if w.rec == nil {
			return fmt.Errorf("%s: a record in a rejects file", w.f.Path())
		}
		_, err = w.rec.Write([]pqRecord{toPQRecord(x)})
	case *pipeline.Reject:
		if w.rej == nil {
			return fmt.Errorf("%s: a reject in a records file", w.f.Path())
		}
		_, err = w.rej.Write([]pqReject{{ID: x.ID, Source: toPQSource(x.Source), Reason: x.Reason, Error: x.Error}})
	default:
		return fmt.Errorf("%s: cannot write %T as Parquet", w.f.Path(), v)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", w.f.Path(), err)
	}
	w.n++
	w.bytes += size
	w.inGroup += size
	if w.inGroup >= rowGroupBytes {
		w.inGroup = 0
		if err := w.flush(); err != nil {
			return fmt.Errorf("%s: %w", w.f.Path(), err)
		}
	}
	return nil
}

func (w *parquetWriter) flush() error {
	if w.rec != nil {
		return w.rec.Flush()
	}
	return w.rej.Flush()
}

func (w *parquetWriter) Count() int64 { return w.n }
func (w *parquetWriter) Bytes() int64 { return w.bytes }
func (w *parquetWriter) Path() string { return w.f.Path() }

func (w *parquetWriter) Close() error {
	var err error
	if w.rec != nil {
		err = w.rec.Close()
	} else {
		err = w.rej.Close()
	}
	if err != nil {
		w.f.Abort()
		return fmt.Errorf("%s: %w", w.f.Path(), err)
	}
	return w.f.Commit()
}

func (w *parquetWriter) Abort() { w.f.Abort() }

// jsonSizer measures a value's JSON line, the unit shard sizes are counted
// in whatever the output format.
type jsonSizer struct{ cw countWriter }

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

func (s *jsonSizer) size(v any) (int64, error) {
	s.cw.n = 0
	enc := json.NewEncoder(&s.cw)
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return s.cw.n, err
}

// readParquetRecords reads a Parquet corpus file row group by row group.
func readParquetRecords(path string, fn func(pipeline.Record) error) error {
	return readParquet(path, func(p *pqRecord) error { return fn(fromPQRecord(p)) })
}

// readParquetRejects reads a Parquet rejects file.
func readParquetRejects(path string, fn func(pipeline.Reject) error) error {
	return readParquet(path, func(p *pqReject) error {
		return fn(pipeline.Reject{ID: p.ID, Source: fromPQSource(p.Source), Reason: p.Reason, Error: p.Error})
	})
}

// readParquet reads the rows of a Parquet file written by this package.
// A damaged file is an error, not a crash: parquet-go may panic on
// malformed metadata, and the panic is turned into the file's error.
func readParquet[T any](path string, fn func(*T) error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s: damaged Parquet file: %v", path, p)
		}
	}()
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	pf, err := parquet.OpenFile(f, st.Size())
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	r := parquet.NewGenericReader[T](pf)
	defer r.Close()
	buf := make([]T, 64)
	row := 0
	for {
		n, err := r.Read(buf)
		for i := range n {
			row++
			if ferr := fn(&buf[i]); ferr != nil {
				return ferr
			}
			var zero T
			buf[i] = zero
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: row %d: %w", path, row+1, err)
		}
	}
}

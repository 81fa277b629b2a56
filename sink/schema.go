package sink

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/akhbar/akhbar/pipeline"
)

// Schema is the layout records are written in: akhbar's own (every field
// of pipeline.Record), or the document layout another corpus tool reads.
type Schema string

// The layouts a records file can be written in.
const (
	// SchemaAkhbar is pipeline.Record as it is.
	SchemaAkhbar Schema = "akhbar"
	// SchemaDolma is a dolma document: id, text, source, added, created,
	// metadata. Times are strings ("" when unknown), as dolma's readers
	// want.
	SchemaDolma Schema = "dolma"
	// SchemaDatatrove is what datatrove's JsonlReader reads with its
	// default adapter: text, id, media, metadata.
	SchemaDatatrove Schema = "datatrove"
)

// Schemas lists the layouts, for help text and errors.
var Schemas = []Schema{SchemaAkhbar, SchemaDolma, SchemaDatatrove}

// ParseSchema reads a --schema value; "" is akhbar.
func ParseSchema(s string) (Schema, error) {
	switch Schema(strings.ToLower(strings.TrimSpace(s))) {
	case "", SchemaAkhbar:
		return SchemaAkhbar, nil
	case SchemaDolma:
		return SchemaDolma, nil
	case SchemaDatatrove:
		return SchemaDatatrove, nil
	}
	return "", fmt.Errorf("unknown schema %q (want akhbar, dolma or datatrove)", s)
}

// CreateAs is Create for records in a layout. added is when the records
// join the corpus (dolma's "added"), the run's reference time, so that a
// resumed run writes the same bytes. Only akhbar's layout is written as
// Parquet: the others are the JSON lines those tools read.
func CreateAs(path string, kind Kind, schema Schema, added string) (Writer, error) {
	if kind != Records || schema == "" || schema == SchemaAkhbar {
		return Create(path, kind)
	}
	if IsParquet(path) {
		return nil, fmt.Errorf("%s: the %s layout is written as JSON lines (.jsonl, .jsonl.gz, .jsonl.zst), not Parquet", path, schema)
	}
	w, err := CreateJSONL(path)
	if err != nil {
		return nil, err
	}
	return &schemaWriter{Writer: w, schema: schema, added: added}, nil
}

type schemaWriter struct {
	Writer
	schema Schema
	added  string
}

func (w *schemaWriter) Write(v any) error {
	r, ok := v.(*pipeline.Record)
	if !ok {
		return w.Writer.Write(v)
	}
	switch w.schema {
	case SchemaDolma:
		return w.Writer.Write(DolmaDoc(r, w.added))
	case SchemaDatatrove:
		return w.Writer.Write(DatatroveDoc(r))
	}
	return w.Writer.Write(v)
}

// Dolma is one dolma document.
type Dolma struct {
	ID       string         `json:"id"`
	Text     string         `json:"text"`
	Source   string         `json:"source"`
	Added    string         `json:"added"`
	Created  string         `json:"created"`
	Metadata map[string]any `json:"metadata"`
}

// Datatrove is one datatrove document as its JSONL writer writes it.
type Datatrove struct {
	Text     string         `json:"text"`
	ID       string         `json:"id"`
	Media    []any          `json:"media"`
	Metadata map[string]any `json:"metadata"`
}

// DolmaDoc lays a record out as a dolma document. The source is the
// input's own "source" (a dolma collection name) when it had one, else
// "akhbar"; created is the publication time.
func DolmaDoc(r *pipeline.Record, added string) Dolma {
	m := recordMetadata(r)
	src := "akhbar"
	if s, ok := m["source"].(string); ok && s != "" {
		src = s
		delete(m, "source")
	}
	if a, ok := m["added"].(string); ok && a != "" {
		added = a // the input was a dolma document already
		delete(m, "added")
	}
	return Dolma{ID: r.ID, Text: r.Text, Source: src, Added: added, Created: string(r.Published), Metadata: m}
}

// DatatroveDoc lays a record out as a datatrove document.
func DatatroveDoc(r *pipeline.Record) Datatrove {
	return Datatrove{Text: r.Text, ID: r.ID, Media: []any{}, Metadata: recordMetadata(r)}
}

// recordMetadata is every field of the record but id, text and the audit
// (spans and per-paragraph languages belong to akhbar's own layout), with
// the input's carried metadata merged in (the record's fields win).
func recordMetadata(r *pipeline.Record) map[string]any {
	m := map[string]any{}
	if len(r.Metadata) > 0 {
		_ = json.Unmarshal(r.Metadata, &m) // written by akhbar: an object
	}
	set := func(k string, v any, keep bool) {
		if keep {
			m[k] = v
		}
	}
	set("url", r.URL, r.URL != "")
	set("host", r.Host, r.Host != "")
	set("site", r.Site, r.Site != "")
	set("section", r.Section, r.Section != "")
	set("title", r.Title, r.Title != "")
	set("keywords", r.Keywords, len(r.Keywords) > 0)
	set("summary", r.Summary, r.Summary != "")
	set("authors", r.Authors, len(r.Authors) > 0)
	set("published", string(r.Published), r.Published != "")
	set("updated", string(r.Updated), r.Updated != "")
	set("dateline", r.Dateline, r.Dateline != "")
	set("images", r.Images, len(r.Images) > 0)
	set("copyright", r.Copyright, r.Copyright != "")
	set("lang", r.Lang, r.Lang != "")
	set("lang_score", r.LangScore, r.LangScore != 0)
	set("langs", r.Langs, len(r.Langs) > 0)
	set("page_type", r.PageType, r.PageType != "")
	set("quality", r.Quality, len(r.Quality) > 0)
	set("flags", r.Flags, len(r.Flags) > 0)
	set("dup", r.Dup, r.Dup != nil)
	set("source_path", r.Source.Path, r.Source.Path != "")
	set("source_format", r.Source.Format, r.Source.Format != "")
	set("source_offset", r.Source.Offset, r.Source.Path != "")
	set("fetched", r.Source.Fetched, r.Source.Fetched != "")
	return m
}

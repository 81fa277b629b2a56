package main

import (
	"github.com/spf13/pflag"

	"github.com/akhbar/akhbar/job"
	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/source"
)

// corpusFlags are the flags that fit akhbar to other corpus tools: which
// JSONL fields hold the page, and the layout the records are written in.
type corpusFlags struct {
	JSONL  source.JSONLKeys
	Schema string
}

func (c *corpusFlags) add(f *pflag.FlagSet) {
	f.StringVar(&c.JSONL.Text, "text-key", "", `JSONL field holding the page text (default: the first of text, maintext, raw_content, content, raw_text; "a.b" reaches into an object)`)
	f.StringVar(&c.JSONL.HTML, "html-key", "", "JSONL field holding the page HTML (default: html, raw_html)")
	f.StringVar(&c.JSONL.ID, "id-key", "", "JSONL field holding the document id (default: id, doc_id, digest; else FILE:LINE)")
	f.StringVar(&c.JSONL.URL, "url-key", "", "JSONL field holding the page URL (default: url, metadata.url, ...)")
	f.StringVar(&c.Schema, "schema", "akhbar", "layout of the records: akhbar (every field), dolma (id, text, source, added, created, metadata) or datatrove (text, id, media, metadata)")
}

// apply sets the job's options from the flags.
func (c *corpusFlags) apply(o *job.Options) error {
	s, err := sink.ParseSchema(c.Schema)
	if err != nil {
		return usagef("--schema: %v", err)
	}
	if s != sink.SchemaAkhbar && sink.IsParquet(o.Output) {
		return usagef("--schema %s writes JSON lines (.jsonl, .jsonl.gz, .jsonl.zst), not Parquet", s)
	}
	o.Schema = s
	o.JSONL = c.JSONL
	return nil
}

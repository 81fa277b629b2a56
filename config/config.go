package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/akhbar/akhbar/source"

	"go.yaml.in/yaml/v3"

	"github.com/akhbar/akhbar/quality"
	"github.com/akhbar/akhbar/sink"
)

// Pipeline is one pipeline file.
type Pipeline struct {
	// Inputs are read in order. At least one.
	Inputs []Input `yaml:"inputs"`
	// Workers is the number of goroutines; 0 means one per CPU.
	Workers int `yaml:"workers,omitempty"`
	// MaxItemSize is the largest page read, in bytes ("32MiB"); larger
	// items are rejected. Default 32 MiB, which keeps a run under 1 GB
	// of memory even when a page is pathological (docs/scale.md).
	MaxItemSize Size `yaml:"max_item_size,omitempty"`
	// ItemTimeout is the longest one item may take ("30s"); slower items
	// are rejected as "timeout". Default 1m; 0s means no limit.
	ItemTimeout *time.Duration `yaml:"item_timeout,omitempty"`
	// Now is the reference time for relative dates ("3 hours ago"), RFC
	// 3339; empty means when the run first started, as clean's --now.
	Now string `yaml:"now,omitempty"`
	// JSONL names the fields of JSON-lines inputs that hold the page, as
	// clean's --text-key, --html-key, --id-key and --url-key do; empty
	// keys are recognised from the common corpus shapes.
	JSONL   JSONLKeys `yaml:"jsonl,omitempty"`
	Steps   Steps     `yaml:"steps"`
	Output  Output    `yaml:"output"`
	Rejects Rejects   `yaml:"rejects,omitempty"`

	// Path is the file the pipeline was loaded from, if any.
	Path string `yaml:"-"`
}

// Input is a file, a folder (read recursively), a glob, or "-" for stdin.
type Input struct {
	Path string `yaml:"path"`
	// Format is auto, text, html, warc, arc or jsonl. Default auto.
	Format string `yaml:"format,omitempty"`
}

// JSONLKeys are the JSON-lines fields that hold a page ("a.b" reaches into
// an object).
type JSONLKeys struct {
	Text string `yaml:"text_key,omitempty"`
	HTML string `yaml:"html_key,omitempty"`
	ID   string `yaml:"id_key,omitempty"`
	URL  string `yaml:"url_key,omitempty"`
}

// Formats are the input formats a pipeline may name.
var Formats = source.Formats

// Steps configures the per-document and corpus-level steps. Data flows
// through them in this order, whatever the order in the file. extract,
// clean and lang always run (extract and clean cannot be switched off;
// lang filters only when given langs); the
// steps "akhbar clean" runs only when asked (templates, quality filtering,
// dedup) run when the file names them, unless they say enabled: false, so
// that a file naming none of them runs what "clean" runs with no flags.
type Steps struct {
	Extract   Extract   `yaml:"extract,omitempty"`
	Clean     Clean     `yaml:"clean,omitempty"`
	Templates Templates `yaml:"templates,omitempty"`
	Lang      Lang      `yaml:"lang,omitempty"`
	Quality   Quality   `yaml:"quality,omitempty"`
	Dedup     Dedup     `yaml:"dedup,omitempty"`
}

// Toggle switches a step on or off.
type Toggle struct {
	Enabled *bool `yaml:"enabled,omitempty"`
	// Named is whether the file names the step at all (Parse sets it).
	Named bool `yaml:"-"`
}

// On reports whether the step runs: named in the file and not switched
// off.
func (t Toggle) On() bool { return t.Named && (t.Enabled == nil || *t.Enabled) }

// Extract turns an item into blocks (HTML main text, text dump lines).
type Extract struct {
	Toggle `yaml:",inline"`
	// Fallback is refused: it asked the go-trafilatura path of the first
	// round for a second extractor, and the learned block model that
	// replaced it has none. Kept so that a file naming it is told so,
	// not that the key is unknown.
	Fallback *bool `yaml:"fallback,omitempty" schema:"refused"`
}

// Clean gives blocks their roles and repairs repeated bodies.
type Clean struct {
	Toggle `yaml:",inline"`
	// KeepText keeps every line of a text input in the body, for text
	// another tool already cleaned (a corpus's text field), as clean's
	// --keep-text; the metadata is still read from it. HTML pages are
	// cleaned as always.
	KeepText bool `yaml:"keep_text,omitempty"`
}

// Templates learns each site's repeated lines across the corpus and marks
// them as boilerplate.
type Templates struct {
	Toggle `yaml:",inline"`
	// MinDocs is how many documents of a site must share a line before it
	// counts as template. Default 3.
	MinDocs int `yaml:"min_docs,omitempty"`
}

// Lang identifies the language of each document and, with Langs, keeps
// only those languages (others are rejected as "filter:lang").
type Lang struct {
	Toggle `yaml:",inline"`
	// Langs are labels (hin_Deva) to keep; empty keeps all.
	Langs []string `yaml:"langs,omitempty"`
	// MinScore rejects documents whose language score is lower (as
	// "filter:lang-score"); 0 keeps all. A record with no body has no
	// language and scores 0.
	MinScore float64 `yaml:"min_score,omitempty"`
}

// Quality computes the quality signals and applies the rules of a preset
// with the file's overrides on top (the fields of quality.Rules: min, max,
// disable, flag_only, langs).
type Quality struct {
	Toggle `yaml:",inline"`
	// Preset is default, gopher, c4 or fineweb. Default "default".
	Preset    string        `yaml:"preset,omitempty"`
	Overrides quality.Rules `yaml:",inline"`
	// FlagOnlyAll turns every rule into a flag: nothing is rejected for
	// quality, which is how to look at what a preset would do.
	FlagOnlyAll bool `yaml:"flag_only_all,omitempty"`

	// Rules are the preset with the overrides applied; Load sets them.
	Rules quality.Rules `yaml:"-"`
}

// Dedup clusters near-duplicate documents with MinHash LSH over word
// shingles.
type Dedup struct {
	Toggle `yaml:",inline"`
	// Shingle is the shingle length in words. Default 5.
	Shingle int `yaml:"shingle,omitempty"`
	// Bands and Rows shape the LSH index: Bands×Rows hashes per document.
	// Default 40 × 3.
	Bands int `yaml:"bands,omitempty"`
	Rows  int `yaml:"rows,omitempty"`
	// Threshold is the Jaccard similarity at which two documents are
	// duplicates. Default 0.4.
	Threshold float64 `yaml:"threshold,omitempty"`
	// Drop removes duplicates from the output (counted as dropped);
	// otherwise they are written with their dup cluster marked.
	Drop bool `yaml:"drop,omitempty"`
}

// Output is where records go.
type Output struct {
	// Path is a .jsonl, .jsonl.gz, .jsonl.zst or .parquet file, or "-".
	Path string `yaml:"path"`
	// ShardSize starts a new file after this many bytes ("1GiB"); 0
	// writes one file. Shards are named <base>-00000<ext>.
	ShardSize Size `yaml:"shard_size,omitempty"`
	// ShardRecords starts a new file after this many records; 0 is no
	// limit. A path ending in "/" is a folder of shards
	// (part-00000.jsonl.zst), 1GiB each unless told otherwise.
	ShardRecords int64 `yaml:"shard_records,omitempty"`
	// Schema is the layout of the records: akhbar (every field), dolma
	// or datatrove, as clean's --schema. Default akhbar.
	Schema string `yaml:"schema,omitempty"`
	// Stats, when set, is where the run's counts go as JSON, as clean's
	// --stats (the command line's --stats wins).
	Stats string `yaml:"stats,omitempty"`
}

// Rejects is where rejected items go, each with its reason.
type Rejects struct {
	// Path defaults to the output path with ".rejects" before its
	// extensions. "none" writes no file: rejects are then only counted.
	Path string `yaml:"path,omitempty"`
}

// Defaults.
const (
	DefaultMaxItemSize = 32 << 20
	DefaultItemTimeout = time.Minute
	DefaultMinDocs     = 3
	DefaultShingle     = 5
	// The dedup defaults are package dedup's (and "akhbar dedup"'s).
	DefaultBands     = 40
	DefaultRows      = 3
	DefaultThreshold = 0.4
	DefaultPreset    = "default"
)

// Load reads, decodes, completes and validates a pipeline file.
func Load(path string) (*Pipeline, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(b, path)
}

// Parse decodes a pipeline from YAML; name is used in errors. Relative
// paths are left as they are.
func Parse(data []byte, name string) (*Pipeline, error) {
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&root); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s: empty pipeline file", name)
		}
		return nil, fmt.Errorf("%s: %w", name, humanErr(err))
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, fmt.Errorf("%s:%d: more than one YAML document", name, extra.Line)
	}
	p := &Pipeline{Path: name}
	// Decode strictly from the text again: KnownFields applies to a
	// Decoder, not to Node.Decode.
	sdec := yaml.NewDecoder(bytes.NewReader(data))
	sdec.KnownFields(true)
	if err := sdec.Decode(p); err != nil {
		return nil, fmt.Errorf("%s: %w", name, humanErr(err))
	}
	for key, tg := range map[string]*Toggle{"extract": &p.Steps.Extract.Toggle, "clean": &p.Steps.Clean.Toggle,
		"templates": &p.Steps.Templates.Toggle, "lang": &p.Steps.Lang.Toggle, "quality": &p.Steps.Quality.Toggle,
		"dedup": &p.Steps.Dedup.Toggle} {
		tg.Named = lookup(&root, "steps", key) != nil
	}
	if err := checkSignalKeys(&root, name); err != nil {
		return nil, err
	}
	if err := p.complete(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return p, nil
}

// complete fills in defaults and resolves the quality rules.
func (p *Pipeline) complete() error {
	for i := range p.Inputs {
		if p.Inputs[i].Format == "" {
			p.Inputs[i].Format = "auto"
		}
	}
	if p.MaxItemSize == 0 {
		p.MaxItemSize = DefaultMaxItemSize
	}
	s := &p.Steps
	if s.Templates.MinDocs == 0 {
		s.Templates.MinDocs = DefaultMinDocs
	}
	if s.Dedup.Shingle == 0 {
		s.Dedup.Shingle = DefaultShingle
	}
	if s.Dedup.Bands == 0 {
		s.Dedup.Bands = DefaultBands
	}
	if s.Dedup.Rows == 0 {
		s.Dedup.Rows = DefaultRows
	}
	if s.Dedup.Threshold == 0 {
		s.Dedup.Threshold = DefaultThreshold
	}
	if p.Output.Schema == "" {
		p.Output.Schema = string(sink.SchemaAkhbar)
	}
	q := &s.Quality
	if q.Preset == "" {
		q.Preset = DefaultPreset
	}
	base, err := quality.Preset(q.Preset)
	if err != nil {
		return fmt.Errorf("steps.quality.preset: %w", err)
	}
	q.Rules = base.Merge(q.Overrides)
	if q.FlagOnlyAll {
		q.Rules.FlagOnly = quality.Keys()
	}
	if p.ItemTimeout == nil {
		d := DefaultItemTimeout
		p.ItemTimeout = &d
	}
	if p.Rejects.Path == "" && p.Output.Path != "" && p.Output.Path != "-" && !strings.HasSuffix(p.Output.Path, "/") {
		p.Rejects.Path = RejectsPath(p.Output.Path)
	}
	return nil
}

// Validate checks what decoding cannot: required fields, ranges, names.
func (p *Pipeline) Validate() error {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	if len(p.Inputs) == 0 {
		bad("inputs: at least one input is needed")
	}
	for i, in := range p.Inputs {
		if strings.TrimSpace(in.Path) == "" {
			bad("inputs[%d].path: empty", i)
		}
		if !slices.Contains(Formats, in.Format) {
			bad("inputs[%d].format: %q is not one of %s", i, in.Format, strings.Join(Formats, ", "))
		}
	}
	if p.Workers < 0 {
		bad("workers: %d is negative", p.Workers)
	}
	if p.MaxItemSize < 0 {
		bad("max_item_size: negative")
	}
	s := p.Steps
	if s.Extract.Fallback != nil {
		bad("steps.extract.fallback: no longer does anything (the learned block model has no second extractor); remove it")
	}
	// extract and clean make every record: a file cannot switch them off,
	// and is told so rather than run as if it had.
	if s.Extract.Enabled != nil && !*s.Extract.Enabled {
		bad("steps.extract: cannot be switched off; every record is made from its blocks")
	}
	if s.Clean.Enabled != nil && !*s.Clean.Enabled {
		bad("steps.clean: cannot be switched off; to keep every line of text another tool already cleaned, say keep_text: true")
	}
	if s.Templates.MinDocs < 2 {
		bad("steps.templates.min_docs: %d; a template needs at least 2 documents", s.Templates.MinDocs)
	}
	for i, l := range s.Lang.Langs {
		if !validLabel(l) {
			bad("steps.lang.langs[%d]: %q is not a label like hin_Deva", i, l)
		}
	}
	if s.Lang.MinScore < 0 || s.Lang.MinScore > 1 {
		bad("steps.lang.min_score: %v is outside [0, 1]", s.Lang.MinScore)
	}
	if err := s.Quality.Rules.Validate(); err != nil {
		bad("steps.quality: %v", err)
	}
	d := s.Dedup
	if d.Shingle < 1 || d.Shingle > 64 {
		bad("steps.dedup.shingle: %d is outside 1..64", d.Shingle)
	}
	if d.Bands < 1 || d.Rows < 1 || d.Bands*d.Rows > 1024 {
		bad("steps.dedup: bands %d × rows %d; each must be at least 1 and their product at most 1024", d.Bands, d.Rows)
	}
	if d.Threshold <= 0 || d.Threshold > 1 {
		bad("steps.dedup.threshold: %v is outside (0, 1]", d.Threshold)
	}
	if p.Output.Path == "" {
		bad("output.path: required")
	}
	if _, err := sink.ParseSchema(p.Output.Schema); err != nil {
		bad("output.schema: %v", err)
	}
	if p.Now != "" {
		if _, err := time.Parse(time.RFC3339, p.Now); err != nil {
			bad("now: %q is not an RFC 3339 time like 2024-07-03T10:00:00+05:30", p.Now)
		}
	}
	if p.ItemTimeout != nil && *p.ItemTimeout < 0 {
		bad("item_timeout: negative")
	}
	if p.Output.ShardRecords < 0 {
		bad("output.shard_records: negative")
	}
	if p.Output.ShardSize < 0 {
		bad("output.shard_size: negative")
	}
	if (p.Output.ShardSize > 0 || p.Output.ShardRecords > 0) && p.Output.Path == "-" {
		bad("output.shard_size: stdout cannot be sharded")
	}
	if p.Rejects.Path != "" && p.Rejects.Path == p.Output.Path {
		bad("rejects.path: same as output.path")
	}
	if len(errs) > 0 {
		return errors.New(strings.Join(errs, "; "))
	}
	return nil
}

func validLabel(l string) bool {
	code, script, ok := strings.Cut(l, "_")
	if !ok || len(code) < 2 || len(code) > 3 || len(script) != 4 {
		return false
	}
	for _, c := range code {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	for i, c := range script {
		upper := c >= 'A' && c <= 'Z'
		lower := c >= 'a' && c <= 'z'
		if (i == 0 && !upper) || (i > 0 && !lower) {
			return false
		}
	}
	return true
}

// checkSignalKeys reports, with its line, a key under a quality min or max
// map (or in disable / flag_only) that names no signal. Strict decoding
// cannot: these are map keys, not struct fields.
func checkSignalKeys(root *yaml.Node, name string) error {
	known := map[string]bool{}
	for _, k := range quality.Keys() {
		known[k] = true
	}
	q := lookup(root, "steps", "quality")
	if q == nil {
		return nil
	}
	var errs []string
	var walk func(n *yaml.Node, where string)
	walk = func(n *yaml.Node, where string) {
		for _, field := range []string{"min", "max"} {
			if m := lookup(n, field); m != nil && m.Kind == yaml.MappingNode {
				for i := 0; i+1 < len(m.Content); i += 2 {
					if k := m.Content[i]; !known[k.Value] {
						errs = append(errs, fmt.Sprintf("%s:%d: %s%s: unknown signal %q", name, k.Line, where, field, k.Value))
					}
				}
			}
		}
		for _, field := range []string{"disable", "flag_only"} {
			if m := lookup(n, field); m != nil && m.Kind == yaml.SequenceNode {
				for _, k := range m.Content {
					if !known[k.Value] {
						errs = append(errs, fmt.Sprintf("%s:%d: %s%s: unknown signal %q", name, k.Line, where, field, k.Value))
					}
				}
			}
		}
	}
	walk(q, "steps.quality.")
	if langs := lookup(q, "langs"); langs != nil && langs.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(langs.Content); i += 2 {
			walk(langs.Content[i+1], "steps.quality.langs."+langs.Content[i].Value+".")
		}
	}
	if len(errs) > 0 {
		return errors.New(strings.Join(errs, "; "))
	}
	return nil
}

// lookup follows mapping keys from n (a document or mapping node).
func lookup(n *yaml.Node, keys ...string) *yaml.Node {
	if n != nil && n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	for _, k := range keys {
		if n == nil || n.Kind != yaml.MappingNode {
			return nil
		}
		var next *yaml.Node
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == k {
				next = n.Content[i+1]
			}
		}
		n = next
	}
	return n
}

// RejectsPath puts ".rejects" before the extensions of an output path:
// corpus.jsonl.zst gives corpus.rejects.jsonl.zst.
func RejectsPath(out string) string {
	dir, base := filepath.Split(out)
	if i := strings.IndexByte(base[min(1, len(base)):], '.'); i >= 0 {
		i++
		return dir + base[:i] + ".rejects" + base[i:]
	}
	return out + ".rejects.jsonl"
}

// Size is a byte count written as a number or with a unit: 64MiB, 1GB,
// 512k. Units are decimal (kB, MB, GB) or binary (KiB, MiB, GiB).
type Size int64

// UnmarshalYAML reads a number or a string with a unit.
func (s *Size) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: a size must be a number or a string like 64MiB", n.Line)
	}
	v, err := ParseSize(n.Value)
	if err != nil {
		return fmt.Errorf("line %d: %w", n.Line, err)
	}
	*s = v
	return nil
}

// MarshalYAML writes the size as a plain number of bytes.
func (s Size) MarshalYAML() (any, error) { return int64(s), nil }

var units = []struct {
	suffix string
	mult   int64
}{
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30}, {"tib", 1 << 40},
	{"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9}, {"tb", 1e12},
	{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30}, {"t", 1 << 40},
	{"b", 1},
}

// ParseSize parses "64MiB", "1.5GB", "4096".
func ParseSize(s string) (Size, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range units {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || f < 0 || f != f {
		return 0, fmt.Errorf("bad size %q", s)
	}
	v := f * float64(mult)
	if v > 1<<62 {
		return 0, fmt.Errorf("size %q too large", s)
	}
	return Size(v), nil
}

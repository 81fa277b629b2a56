package sink

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/akhbar/akhbar/internal/xio"
	"github.com/akhbar/akhbar/pipeline"
)

// Manifest describes a finished run. It is written next to the output
// (see ManifestPath) once every shard is in place, so its presence means
// the run is complete.
type Manifest struct {
	Version  string `json:"akhbar_version"`
	Started  string `json:"started"`
	Finished string `json:"finished"`
	// Resumed counts the times the run was restarted after being stopped.
	Resumed int `json:"resumed,omitempty"`
	// Identity is a hash of everything that decides the output (inputs,
	// settings, version): a rerun with the same identity has nothing to
	// do, one with another identity would not continue this run.
	Identity string          `json:"identity"`
	Config   json.RawMessage `json:"config"`
	Inputs   []InputInfo     `json:"inputs"`
	Stats    pipeline.Stats  `json:"stats"`
	// Shards are the output files in order; paths are relative to the
	// manifest's folder.
	Shards []Shard `json:"shards"`
	// RejectFiles lists the rejects when they are not cut along the
	// shards (a run with a record pass such as dedup: the records are
	// cut after it, the rejects before).
	RejectFiles []string `json:"reject_files,omitempty"`
	// Passes holds what corpus-level passes report (templates, dedup).
	Passes map[string]json.RawMessage `json:"passes,omitempty"`
}

// InputInfo is one input file as it was read.
type InputInfo struct {
	Path string `json:"path"`
	Size int64  `json:"size"`
	// XXHash is the xxhash64 of the file's bytes as stored, in hex;
	// empty for stdin.
	XXHash string `json:"xxhash,omitempty"`
}

// Position is a place in the run's sequence of items: item Item (from 0)
// of input Input. It is where a shard ends and the next begins.
type Position struct {
	Input int   `json:"input"`
	Item  int64 `json:"item"`
}

// Shard is one output file with its rejects.
type Shard struct {
	Index   int    `json:"index"`
	Records string `json:"records"`
	Rejects string `json:"rejects,omitempty"`
	// NRecords and NRejects count the values in the files; Bytes is the
	// records' size as JSON lines.
	NRecords int64 `json:"n_records"`
	NRejects int64 `json:"n_rejects"`
	Bytes    int64 `json:"bytes"`
	// End is the position after the last item the shard covers.
	End   Position       `json:"end"`
	Stats pipeline.Stats `json:"stats"`
}

// WriteJSON writes v as indented JSON into an atomic file.
func WriteJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	f, err := xio.Create(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(append(b, '\n')); err != nil {
		f.Abort()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Commit()
}

// ReadManifest reads a manifest file.
func ReadManifest(path string) (*Manifest, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &m, nil
}

// ManifestFor finds the manifest of a corpus given as a folder or as a
// manifest file; it returns "" for anything else.
func ManifestFor(path string) string {
	if strings.HasSuffix(path, "manifest.json") {
		return path
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return filepath.Join(path, "manifest.json")
	}
	return ""
}

// ManifestPath is where the manifest of an output goes: manifest.json in
// an output folder, OUT + ".manifest.json" beside an output file (the
// whole name, so that c.jsonl and c.parquet keep one each).
func ManifestPath(output string) string {
	if strings.HasSuffix(output, "/") || strings.HasSuffix(output, string(filepath.Separator)) {
		return filepath.Join(output, "manifest.json")
	}
	if st, err := os.Stat(output); err == nil && st.IsDir() {
		return filepath.Join(output, "manifest.json")
	}
	return output + ".manifest.json"
}

// CorpusManifest reads the manifest that describes a corpus given as a
// folder, a manifest or an output file; nil when it has none.
func CorpusManifest(corpus string) (*Manifest, string) {
	mp := ManifestFor(corpus)
	if mp == "" {
		mp = ManifestPath(corpus)
	}
	m, err := ReadManifest(mp)
	if err != nil {
		return nil, ""
	}
	return m, mp
}

// RejectFiles lists the rejects files of a corpus as its manifest names
// them (ok false when it has no manifest, and the caller may guess by
// name): the files of the same run, none when it rejected nothing.
func RejectFiles(corpus string) (files []string, ok bool) {
	m, mp := CorpusManifest(corpus)
	if m == nil {
		return nil, false
	}
	dir := filepath.Dir(mp)
	abs := func(p string) string {
		if filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(dir, p)
	}
	for _, s := range m.Shards {
		if s.Rejects != "" {
			files = append(files, abs(s.Rejects))
		}
	}
	for _, p := range m.RejectFiles {
		files = append(files, abs(p))
	}
	return files, true
}

// ReadRecords calls fn for every record of a corpus, in order. A corpus is
// a JSON-lines file (plain, .gz or .zst; "-" for stdin), a Parquet file, or
// a sharded run given by its folder or manifest, whose shards are read in
// order.
func ReadRecords(path string, fn func(pipeline.Record) error) error {
	if mp := ManifestFor(path); mp != "" {
		m, err := ReadManifest(mp)
		if err != nil {
			return err
		}
		dir := filepath.Dir(mp)
		for _, s := range m.Shards {
			if err := ReadRecords(filepath.Join(dir, s.Records), fn); err != nil {
				return err
			}
		}
		return nil
	}
	if IsParquet(path) {
		return readParquetRecords(path, fn)
	}
	return readJSONLRecords(path, fn)
}

// ReadParquetRejects calls fn for every reject of a Parquet rejects file
// (X.rejects.parquet, written beside a Parquet corpus), in order. JSON-lines
// rejects files are plain JSON lines; their readers need nothing from here.
func ReadParquetRejects(path string, fn func(pipeline.Reject) error) error {
	return readParquetRejects(path, fn)
}

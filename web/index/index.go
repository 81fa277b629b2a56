package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/akhbar/akhbar/pipeline"
)

// Options control Open.
type Options struct {
	// Dir is where the index lives; default CORPUS.idx beside the corpus,
	// or, when that folder cannot be written, a folder under the user's
	// cache directory named for the corpus's absolute path.
	Dir string
	// Rebuild forces a new index even when the old one is current.
	Rebuild bool
	// Progress, if set, is called during a build with records indexed.
	Progress func(records int64)
	// Building, if set, is called before a build starts with the reason.
	Building func(dir, why string)
}

// Index is an opened corpus index. It is safe for concurrent use.
type Index struct {
	corpus string
	dir    string
	man    manifest
	rows   *rows
	dicts  dicts
	terms  *termDict
	store  store
	// quality holds a column per quality key, NaN where a record lacks it.
	quality map[string][]float32
	// lookup tables from values to dictionary ids
	siteID, sectionID, langID, ptypeID, flagID map[string]uint32
}

// DefaultDir is where the index of corpus is kept unless told otherwise.
func DefaultDir(corpus string) string { return corpus + ".idx" }

func cacheDir(corpus string) (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	abs, err := filepath.Abs(corpus)
	if err != nil {
		return "", err
	}
	h := fnv.New64a()
	h.Write([]byte(abs))
	return filepath.Join(base, "akhbar", "index", fmt.Sprintf("%s-%016x", filepath.Base(corpus), h.Sum64())), nil
}

// Open opens the index of the corpus file at path, building it first when
// it is missing, of another version, or older than the corpus.
func Open(ctx context.Context, path string, o Options) (*Index, error) {
	fp, err := fingerprint(path)
	if err != nil {
		return nil, err
	}
	dirs := []string{o.Dir}
	if o.Dir == "" {
		dirs = []string{DefaultDir(path)}
		if c, err := cacheDir(path); err == nil {
			dirs = append(dirs, c)
		}
	}
	// Use the first current index; else build in the first place that
	// takes it.
	if !o.Rebuild {
		for _, dir := range dirs {
			if m, err := readManifest(dir); err == nil && m.Version == formatVersion && m.Finger == fp {
				return load(path, dir, m)
			}
		}
	}
	var errs []error
	for _, dir := range dirs {
		why := "no index yet"
		if o.Rebuild {
			why = "rebuild asked for"
		} else if m, err := readManifest(dir); err == nil {
			why = "the corpus changed since the index was built"
			if m.Version != formatVersion {
				why = fmt.Sprintf("index format %d, want %d", m.Version, formatVersion)
			}
		}
		if o.Building != nil {
			o.Building(dir, why)
		}
		err := buildInto(ctx, path, dir, o)
		if err == nil {
			m, err := readManifest(dir)
			if err != nil {
				return nil, err
			}
			return load(path, dir, m)
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		errs = append(errs, err)
		if !errors.Is(err, fs.ErrPermission) && !errors.Is(err, fs.ErrNotExist) {
			break // only an unwritable place is worth trying the next
		}
	}
	return nil, errors.Join(errs...)
}

func load(path, dir string, m manifest) (ix *Index, err error) {
	ix = &Index{corpus: path, dir: dir, man: m}
	if ix.rows, err = readRows(filepath.Join(dir, "rows.bin")); err != nil {
		return nil, err
	}
	if ix.rows.len() != m.Records {
		return nil, fmt.Errorf("%s: %d rows, manifest says %d", dir, ix.rows.len(), m.Records)
	}
	b, err := os.ReadFile(filepath.Join(dir, "dicts.json"))
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, &ix.dicts); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, "dicts.json"), err)
	}
	ids := func(vs []Value) map[string]uint32 {
		m := make(map[string]uint32, len(vs))
		for i, v := range vs {
			m[v.V] = uint32(i)
		}
		return m
	}
	ix.siteID, ix.sectionID, ix.langID = ids(ix.dicts.Sites), ids(ix.dicts.Sections), ids(ix.dicts.Langs)
	ix.ptypeID, ix.flagID = ids(ix.dicts.PTypes), ids(ix.dicts.Flags)
	if ix.quality, err = readQuality(filepath.Join(dir, "quality.bin"), ix.dicts.Quality, m.Records); err != nil {
		return nil, err
	}
	if ix.terms, err = openTermDict(dir); err != nil {
		return nil, err
	}
	if m.Store == "frames" {
		ix.store, err = openFrameStore(dir)
	} else {
		var f *os.File
		f, err = os.Open(path)
		ix.store = fileStore{f}
	}
	if err != nil {
		ix.terms.close()
		return nil, err
	}
	return ix, nil
}

// Close releases the index's files.
func (ix *Index) Close() error {
	ix.terms.close()
	return ix.store.close()
}

// Corpus is the corpus file the index is of.
func (ix *Index) Corpus() string { return ix.corpus }

// Dir is the index's folder.
func (ix *Index) Dir() string { return ix.dir }

// Len is the number of records.
func (ix *Index) Len() int { return ix.rows.len() }

// Built is when the index was built and how long that took.
func (ix *Index) Built() (string, time.Duration) {
	return ix.man.Built, time.Duration(ix.man.BuildSec * float64(time.Second))
}

// Stale reports whether the corpus file changed (size or modification
// time) since the index was built. It only stats the file.
func (ix *Index) Stale() bool {
	st, err := os.Stat(ix.corpus)
	return err != nil || st.Size() != ix.man.Finger.Size || st.ModTime().UnixNano() != ix.man.Finger.MTime
}

// Raw returns record n's JSON line as stored.
func (ix *Index) Raw(n int) ([]byte, error) {
	if n < 0 || n >= ix.rows.len() {
		return nil, fmt.Errorf("%s: no record %d", ix.corpus, n)
	}
	return ix.store.line(ix.rows.loc[n], ix.rows.size[n])
}

// Record returns record n (0-based, in corpus order).
func (ix *Index) Record(n int) (*pipeline.Record, error) {
	b, err := ix.Raw(n)
	if err != nil {
		return nil, err
	}
	var r pipeline.Record
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("%s record %d: %w", ix.corpus, n, err)
	}
	return &r, nil
}

// Values lists the distinct values of a field ("site", "section", "lang",
// "page_type", "flag") with their record counts, in first-seen order.
func (ix *Index) Values(field string) []Value {
	switch field {
	case "site":
		return ix.dicts.Sites
	case "section":
		return ix.dicts.Sections
	case "lang":
		return ix.dicts.Langs
	case "page_type":
		return ix.dicts.PTypes
	case "flag":
		return ix.dicts.Flags
	}
	return nil
}

// Size is the bytes the index takes on disk.
func (ix *Index) Size() int64 {
	var n int64
	filepath.WalkDir(ix.dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

// Find returns the row of the record with the given id, or -1.
func (ix *Index) Find(id string) int {
	if rows := ix.findID(id); len(rows) > 0 {
		return int(rows[0])
	}
	return -1
}

// Day is record n's publication day (days since 1970-01-01 of the
// page's own calendar date), if it has one.
func (ix *Index) Day(n int) (int32, bool) {
	d := ix.rows.day[n]
	return d, d != noDay
}

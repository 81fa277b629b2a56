package job

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/akhbar/akhbar/sink"
)

// layout is where a job's files go.
type layout struct {
	// records and rejects are the output files, or with sharded the
	// templates that sink.ShardPath numbers. rejects is "" when rejects
	// are not written to a file.
	records, rejects string
	// manifest is written last; "" for stdout.
	manifest string
	// progress holds the run's state and one completion marker per
	// shard while a sharded run is unfinished; "" when not sharded.
	progress string
	sharded  bool
	// lock is held by the run while it writes this output ("" for
	// stdout); work is the folder for what the run keeps between phases
	// when it is not sharded.
	lock, work string
}

// DefaultShardBytes is the shard size of a run into a folder that names
// no shard size or count.
const DefaultShardBytes = 1 << 30

// IsDirOutput reports whether an output names a folder: it ends in a
// path separator or is an existing folder.
func IsDirOutput(out string) bool {
	if strings.HasSuffix(out, "/") || strings.HasSuffix(out, string(filepath.Separator)) {
		return true
	}
	st, err := os.Stat(out)
	return err == nil && st.IsDir()
}

// The naming rule, for every command that writes an output OUT:
//
//   - OUT is a file whose name ends in one of sink.Exts (the format), a
//     folder (ending in "/" or existing), or "-" for stdout; any other
//     name is refused, so that x.csv does not silently hold JSON lines.
//   - Its rejects go to STEM.rejects.EXT beside it (STEM and EXT split at
//     the format extension: c.v1.parquet gives c.v1.rejects.parquet),
//     unless --rejects names a file (kept as named) or "none".
//   - Its manifest is OUT.manifest.json (the whole name, so c.jsonl and
//     c.parquet have one each); in a folder, DIR/manifest.json beside
//     DIR/part-NNNNN.jsonl.zst and DIR/rejects-NNNNN.jsonl.zst.
//   - Shards of a file output number the stem: STEM-NNNNN.EXT and
//     STEM.rejects-NNNNN.EXT.
//   - Hidden beside it: .NAME.lock (held while a run writes OUT),
//     .NAME.progress (markers of an unfinished sharded run) and
//     .NAME.work (what a run with passes keeps between phases); in a
//     folder .lock, .progress and .work. Temporary files are
//     .NAME.tmp-* until renamed into place.
func newLayout(o *Options) (layout, error) {
	out := o.Output
	if out == "" {
		out = "-"
	}
	if o.Rejects != "" && o.Rejects != "none" && sink.FormatExt(o.Rejects) == "" {
		return layout{}, fmt.Errorf("--rejects %s: unknown extension; name a %s file, or none", o.Rejects, strings.Join(sink.Exts, ", "))
	}
	sharded := o.ShardBytes > 0 || o.ShardRecords > 0
	switch {
	case out == "-":
		if sharded {
			return layout{}, fmt.Errorf("standard output cannot be sharded: give -o a folder or a file name")
		}
		return layout{records: "-", rejects: RejectsPath(out, o.Rejects)}, nil
	case IsDirOutput(out):
		dir := filepath.Clean(out)
		l := layout{
			records:  filepath.Join(dir, "part.jsonl.zst"),
			rejects:  filepath.Join(dir, "rejects.jsonl.zst"),
			manifest: filepath.Join(dir, "manifest.json"),
			progress: filepath.Join(dir, ".progress"),
			lock:     filepath.Join(dir, ".lock"),
			work:     filepath.Join(dir, ".work"),
			sharded:  true,
		}
		switch o.Rejects {
		case "":
		case "none":
			l.rejects = ""
		default:
			l.rejects = o.Rejects
		}
		return l, nil
	}
	if err := CheckOutputName(out); err != nil {
		return layout{}, err
	}
	dir, name := filepath.Split(out)
	l := layout{records: out, rejects: RejectsPath(out, o.Rejects), manifest: sink.ManifestPath(out), sharded: sharded,
		lock: filepath.Join(dir, "."+name+".lock"), work: filepath.Join(dir, "."+name+".work")}
	if sharded {
		l.progress = filepath.Join(dir, "."+name+".progress")
	}
	if l.rejects != "" && filepath.Clean(l.rejects) == filepath.Clean(out) {
		return layout{}, fmt.Errorf("--rejects %s is the output itself", o.Rejects)
	}
	return l, nil
}

// CheckOutputName refuses an output file name whose extension names no
// format akhbar writes.
func CheckOutputName(out string) error {
	if out == "-" || IsDirOutput(out) || sink.FormatExt(out) != "" {
		return nil
	}
	return fmt.Errorf("-o %s: unknown extension %q; akhbar writes %s files, or a folder (end the name with /)", out, filepath.Ext(out), strings.Join(sink.Exts, ", "))
}

// recordsPath and rejectsPath name the files of shard i.
func (l layout) recordsPath(i int) string {
	if !l.sharded {
		return l.records
	}
	return sink.ShardPath(l.records, i)
}

func (l layout) rejectsPath(i int) string {
	if !l.sharded || l.rejects == "" {
		return l.rejects
	}
	return sink.ShardPath(l.rejects, i)
}

func (l layout) markerPath(i int) string {
	return filepath.Join(l.progress, fmt.Sprintf("%05d.json", i))
}

func (l layout) statePath() string { return filepath.Join(l.progress, "run.json") }

// rel names path relative to the manifest's folder, as the manifest lists
// files.
func (l layout) rel(path string) string {
	if path == "" || l.manifest == "" {
		return path
	}
	r, err := filepath.Rel(filepath.Dir(l.manifest), path)
	if err != nil {
		return path
	}
	return r
}

// RejectsPath says where rejects go: the explicit path, none for "none",
// or next to the output with ".rejects" before its format extension
// (corpus.jsonl.zst gives corpus.rejects.jsonl.zst, c.v1.parquet
// c.v1.rejects.parquet); none for stdout.
func RejectsPath(output, rejects string) string {
	switch {
	case rejects == "none":
		return ""
	case rejects != "":
		return rejects
	case output == "-" || output == "":
		return ""
	}
	base, ext := sink.SplitExt(output)
	if ext == "" {
		return output + ".rejects.jsonl"
	}
	return base + ".rejects" + ext
}

// removeStale deletes what a killed run of this layout may have left:
// temporary files, and shard files from index first on (they belong to
// shards without a completion marker). The caller holds the output's
// lock, so no live run is writing them.
func (l layout) removeStale(first int) error {
	var globs []string
	for _, t := range []string{l.records, l.rejects} {
		if t == "" || t == "-" {
			continue
		}
		base, ext := sink.SplitExt(t)
		dir, name := filepath.Split(base)
		globs = append(globs, filepath.Join(dir, "."+filepath.Base(t)+".tmp-*"))
		if l.sharded {
			const n = "-[0-9][0-9][0-9][0-9][0-9]"
			globs = append(globs, filepath.Join(dir, "."+name+n+ext+".tmp-*"), base+n+ext)
		}
	}
	if l.progress != "" {
		globs = append(globs, filepath.Join(l.progress, ".*.tmp-*"))
	}
	if l.manifest != "" {
		globs = append(globs, filepath.Join(filepath.Dir(l.manifest), "."+filepath.Base(l.manifest)+".tmp-*"))
	}
	for _, g := range globs {
		m, err := filepath.Glob(g)
		if err != nil {
			return err
		}
		for _, p := range m {
			if !strings.Contains(filepath.Base(p), ".tmp-") {
				var i int
				base, _ := sink.SplitExt(p)
				if _, err := fmt.Sscanf(base[len(base)-5:], "%05d", &i); err != nil || i < first {
					continue
				}
			}
			if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
				return err
			}
		}
	}
	return nil
}

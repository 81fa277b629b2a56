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

func newLayout(o *Options) (layout, error) {
	out := o.Output
	if out == "" {
		out = "-"
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
	base, _ := sink.SplitExt(out)
	l := layout{records: out, rejects: RejectsPath(out, o.Rejects), manifest: base + ".manifest.json", sharded: sharded}
	if sharded {
		dir, name := filepath.Split(base)
		l.progress = filepath.Join(dir, "."+name+".progress")
	}
	return l, nil
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
// or next to the output with ".rejects" before its extensions
// (corpus.jsonl.zst gives corpus.rejects.jsonl.zst); none for stdout.
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
// shards without a completion marker).
func (l layout) removeStale(first int) error {
	var globs []string
	for _, t := range []string{l.records, l.rejects} {
		if t == "" {
			continue
		}
		base, ext := sink.SplitExt(t)
		dir, name := filepath.Split(base)
		globs = append(globs, filepath.Join(dir, "."+name+"-*"+ext+".tmp-*"), filepath.Join(dir, "."+filepath.Base(t)+".tmp-*"))
		if l.sharded {
			globs = append(globs, base+"-[0-9][0-9][0-9][0-9][0-9]"+ext)
		}
	}
	if l.progress != "" {
		globs = append(globs, filepath.Join(l.progress, ".*.tmp-*"))
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

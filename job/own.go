package job

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/source"
)

// workDir makes the folder a run that is not sharded keeps its passes'
// work in, and returns the function that removes it. Beside an output
// file it is the output's own .NAME.work (the output's lock guards it, so
// what a killed run left there is simply replaced); for standard output
// it is a temporary folder that holds its own lock (see TempWork).
func workDir(lay layout) (string, func(), error) {
	if lay.work == "" {
		return TempWork("akhbar-work-")
	}
	if err := os.RemoveAll(lay.work); err != nil {
		return "", nil, err
	}
	if err := os.MkdirAll(lay.work, 0o755); err != nil {
		return "", nil, err
	}
	return lay.work, func() { os.RemoveAll(lay.work) }, nil
}

// TempWork makes a work folder under the system's temporary folder named
// prefix + a random part, holding a lock for as long as the process
// runs, and first removes the folders of that prefix whose lock no live
// process holds: what killed runs left behind.
func TempWork(prefix string) (string, func(), error) {
	CleanTempWork(os.TempDir(), prefix)
	dir, err := os.MkdirTemp("", prefix+"*")
	if err != nil {
		return "", nil, err
	}
	lk, err := lockOutput(filepath.Join(dir, ".lock"))
	if err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	return dir, func() {
		lk.unlock()
		os.RemoveAll(dir)
	}, nil
}

// CleanTempWork removes the work folders of prefix under parent that no
// live run holds. A folder without a lock file is left alone: it may be
// one being made this instant.
func CleanTempWork(parent, prefix string) {
	m, _ := filepath.Glob(filepath.Join(parent, prefix+"*"))
	for _, d := range m {
		lock := filepath.Join(d, ".lock")
		if _, err := os.Stat(lock); err != nil {
			continue
		}
		if !isLocked(lock) {
			os.RemoveAll(d)
		}
	}
}

// dropOwnFiles leaves out of the inputs the files akhbar wrote: this run's
// own output files, and files that a manifest in their folder lists as
// records or rejects (and the manifests themselves), and the files of a
// serve index, so that an output written inside an input folder is never
// read back as input by the next run. An input named on the command line is kept (the user asked for
// it) unless it is this run's own output, which is an error. It returns
// the inputs kept and how many were left out.
func dropOwnFiles(inputs []source.Input, args []string, lay layout) ([]source.Input, int, error) {
	named := map[string]bool{}
	for _, a := range args {
		if !strings.ContainsAny(a, "*?[") {
			named[filepath.Clean(a)] = true
		}
	}
	listed := map[string]map[string]bool{} // folder: files its manifests list
	ownOf := func(dir string) map[string]bool {
		if m, ok := listed[dir]; ok {
			return m
		}
		m := map[string]bool{}
		if isServeIndex(dir) {
			m[allFiles] = true
		}
		paths, _ := filepath.Glob(filepath.Join(dir, "*manifest.json"))
		for _, mp := range paths {
			man, ok := readOwnManifest(mp)
			if !ok {
				continue
			}
			m[filepath.Clean(mp)] = true
			for _, s := range man.Shards {
				for _, p := range []string{s.Records, s.Rejects} {
					if p != "" {
						m[filepath.Clean(filepath.Join(dir, p))] = true
					}
				}
			}
			for _, p := range man.RejectFiles {
				m[filepath.Clean(filepath.Join(dir, p))] = true
			}
		}
		listed[dir] = m
		return m
	}
	var kept []source.Input
	own := 0
	for _, in := range inputs {
		if in.Path == "-" {
			kept = append(kept, in)
			continue
		}
		p := filepath.Clean(in.Path)
		if lay.writes(p) {
			if named[p] {
				return nil, 0, fmt.Errorf("%s is this run's own output; it cannot be an input too", in.Path)
			}
			own++
			continue
		}
		if !named[p] {
			dir := filepath.Dir(p)
			m := ownOf(dir)
			if m[p] || m[allFiles] {
				own++
				continue
			}
		}
		kept = append(kept, in)
	}
	return kept, own, nil
}

// allFiles marks, in dropOwnFiles' table of a folder, a folder that is
// akhbar's own as a whole.
const allFiles = "\x00all"

// isServeIndex reports whether dir is an index that "akhbar serve" built
// (CORPUS.idx/ beside a corpus, or --index-dir): its manifest.json says
// which corpus it indexes and how. Its files are binary postings and JSON
// dictionaries that would each come back as a reject.
func isServeIndex(dir string) bool {
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil || len(b) > 1<<20 {
		return false
	}
	var probe map[string]json.RawMessage
	if json.Unmarshal(b, &probe) != nil {
		return false
	}
	for _, k := range []string{"version", "corpus", "fingerprint", "store"} {
		if probe[k] == nil {
			return false
		}
	}
	return true
}

// readOwnManifest reads a file that may be an akhbar manifest.
func readOwnManifest(path string) (*sink.Manifest, bool) {
	b, err := os.ReadFile(path)
	if err != nil || len(b) > 64<<20 {
		return nil, false
	}
	var probe map[string]json.RawMessage
	if json.Unmarshal(b, &probe) != nil || probe["akhbar_version"] == nil || probe["shards"] == nil {
		return nil, false
	}
	var m sink.Manifest
	if json.Unmarshal(b, &m) != nil {
		return nil, false
	}
	return &m, true
}

// writes reports whether the run writes the file at p (cleaned): its
// records, rejects or manifest, or one of their shards.
func (l layout) writes(p string) bool {
	for _, t := range []string{l.records, l.rejects, l.manifest} {
		if t == "" || t == "-" {
			continue
		}
		if filepath.Clean(t) == p {
			return true
		}
		if l.sharded && t != l.manifest {
			base, ext := sink.SplitExt(filepath.Clean(t))
			if ok, _ := filepath.Match(base+"-[0-9][0-9][0-9][0-9][0-9]"+ext, p); ok {
				return true
			}
		}
	}
	return false
}

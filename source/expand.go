package source

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/akhbar/akhbar/pipeline"
)

// Input is one file (or stdin) to read.
type Input struct {
	Path string // "-" for stdin
	Size int64
	// Refused, when set, says why the input is not read (a link to a
	// folder already walked): Read emits it as the input's one reject.
	Refused error
	// Stream marks a FIFO named on the command line (`<(zcat x.gz)`):
	// read like stdin, to its end or the item limit. FIFOs met in a
	// folder or a glob are refused, since nobody may ever write to them.
	Stream bool
}

// Expand resolves the command line's input arguments into files, in a
// stable order: arguments in the order given, folders walked in lexical
// order, glob matches sorted. Hidden files and folders inside a walked
// folder are skipped. A pattern that matches nothing is an error, so that a
// typo does not pass as an empty corpus.
//
// Nothing found is dropped unsaid: devices, FIFOs and sockets (in a folder
// or named) and dangling links are inputs that Read turns into rejects.
// Symbolic links are followed: a link to a file is read under the link's
// name, a link to a folder is walked once; a link back to a folder being
// walked, or to one walked already, is refused (a loop or a second way to
// the same pages) and counted.
func Expand(args []string) ([]Input, error) {
	var out []Input
	seen := map[string]bool{}
	add := func(in Input) {
		if !seen[in.Path] {
			seen[in.Path] = true
			out = append(out, in)
		}
	}
	walked := map[string]string{} // real path of each folder walked -> as named
	for _, arg := range args {
		if arg == "-" {
			add(Input{Path: "-", Size: -1})
			continue
		}
		paths := []string{arg}
		if strings.ContainsAny(arg, "*?[") {
			m, err := filepath.Glob(arg)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", arg, err)
			}
			m = dropHidden(arg, m)
			if len(m) == 0 {
				return nil, fmt.Errorf("%s: no file matches", arg)
			}
			sort.Strings(m)
			paths = m
		}
		for _, p := range paths {
			st, err := os.Stat(p)
			if err != nil {
				if lst, lerr := os.Lstat(p); lerr == nil && lst.Mode()&fs.ModeSymlink != 0 {
					add(Input{Path: p, Size: -1}) // a dangling link: Read says so
					continue
				}
				return nil, err
			}
			if !st.IsDir() {
				named := len(paths) == 1 && p == arg
				add(Input{Path: p, Size: regularSize(st), Stream: named && st.Mode()&fs.ModeNamedPipe != 0})
				continue
			}
			if err := walk(p, false, walked, nil, add); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// regularSize is a file's size, or -1 for what is not a regular file.
func regularSize(st fs.FileInfo) int64 {
	if st.Mode().IsRegular() {
		return st.Size()
	}
	return -1
}

// walk adds the files under dir in lexical order. ancestors are the real
// paths of the folders being walked above dir, to tell a loop; viaLink
// says dir was reached through a symbolic link inside a walked folder
// (a folder named twice on the command line is walked twice, its files
// listed once).
func walk(dir string, viaLink bool, walked map[string]string, ancestors []string, add func(Input)) error {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return err
	}
	if real, err = filepath.Abs(real); err != nil {
		return err
	}
	if viaLink && slices.Contains(ancestors, real) {
		add(Input{Path: dir, Size: -1, Refused: pipeline.Rejectf("symlink-loop", "%s: a link back to the folder %s, which contains it; not walked again", dir, walked[real])})
		return nil
	}
	if first, ok := walked[real]; ok && viaLink {
		add(Input{Path: dir, Size: -1, Refused: pipeline.Rejectf("symlink-loop", "%s: a link to the folder %s, walked already; not read twice", dir, first)})
		return nil
	}
	if _, ok := walked[real]; !ok {
		walked[real] = dir
	}
	ancestors = append(ancestors, real)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries { // sorted by name
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		switch t := e.Type(); {
		case t.IsDir():
			if err := walk(path, false, walked, ancestors, add); err != nil {
				return err
			}
		case t.IsRegular():
			info, err := e.Info()
			if err != nil {
				return err
			}
			add(Input{Path: path, Size: info.Size()})
		case t&fs.ModeSymlink != 0:
			st, err := os.Stat(path)
			switch {
			case err != nil:
				add(Input{Path: path, Size: -1}) // dangling, or a loop of links: Read says which
			case st.IsDir():
				if err := walk(path, true, walked, ancestors, add); err != nil {
					return err
				}
			default:
				add(Input{Path: path, Size: regularSize(st)})
			}
		default:
			// A device, FIFO or socket: counted as a reject by Read.
			add(Input{Path: path, Size: -1})
		}
	}
	return nil
}

// dropHidden removes glob matches that reach a hidden file or folder
// through a wildcard, as a shell does: "dumps/*" must not read .git or an
// editor's swap files. A dot the pattern spells out ("dumps/.*") is kept.
func dropHidden(pattern string, matches []string) []string {
	pat := strings.Split(filepath.Clean(pattern), string(filepath.Separator))
	out := matches[:0]
	for _, m := range matches {
		parts := strings.Split(filepath.Clean(m), string(filepath.Separator))
		hidden := false
		for i, p := range parts {
			if strings.HasPrefix(p, ".") && i < len(pat) && !strings.HasPrefix(pat[i], ".") {
				hidden = true
				break
			}
		}
		if !hidden {
			out = append(out, m)
		}
	}
	return out
}

// knownExt are the extensions stripped from a file name to make its id.
var knownExt = map[string]bool{
	"gz": true, "zst": true, "zstd": true, "bz2": true, "xz": true, "lz4": true, "bad": true,
	"txt": true, "text": true, "html": true, "htm": true, "xhtml": true,
	"warc": true, "wet": true, "arc": true, "jsonl": true, "json": true, "ndjson": true,
	"parquet": true, "tar": true, "tgz": true, "zip": true, "mhtml": true, "mht": true, "rss": true, "atom": true, "rdf": true,
}

// IDFromPath makes an item id from a file path: the base name without its
// extensions ("x.html.gz" gives "x"). Only known extensions are removed so
// that dots inside a name survive.
func IDFromPath(path string) string {
	base := filepath.Base(path)
	for {
		i := strings.LastIndexByte(base, '.')
		if i <= 0 || !knownExt[strings.ToLower(base[i+1:])] {
			return base
		}
		base = base[:i]
	}
}

package source

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Input is one file (or stdin) to read.
type Input struct {
	Path string // "-" for stdin
	Size int64
}

// Expand resolves the command line's input arguments into files, in a
// stable order: arguments in the order given, folders walked in lexical
// order, glob matches sorted. Hidden files and folders inside a walked
// folder are skipped. A pattern that matches nothing is an error, so that a
// typo does not pass as an empty corpus.
func Expand(args []string) ([]Input, error) {
	var out []Input
	seen := map[string]bool{}
	add := func(p string, size int64) {
		if !seen[p] {
			seen[p] = true
			out = append(out, Input{Path: p, Size: size})
		}
	}
	for _, arg := range args {
		if arg == "-" {
			add("-", -1)
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
				return nil, err
			}
			if !st.IsDir() {
				add(p, st.Size())
				continue
			}
			err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					if path == p {
						return err
					}
					// An unreadable folder or file inside the tree is one
					// input that Read turns into a reject naming it; the
					// rest of the tree is still read.
					add(path, 0)
					if d != nil && d.IsDir() {
						return filepath.SkipDir
					}
					return nil
				}
				if path != p && strings.HasPrefix(d.Name(), ".") {
					if d.IsDir() {
						return filepath.SkipDir
					}
					return nil
				}
				if d.Type()&fs.ModeSymlink != 0 {
					// A link to a file is read; a dangling link becomes a
					// reject rather than vanishing. Links to folders are
					// not followed (they could loop).
					if st, err := os.Stat(path); err != nil || !st.IsDir() {
						size := int64(0)
						if err == nil {
							size = st.Size()
						}
						add(path, size)
					}
					return nil
				}
				if d.Type().IsRegular() {
					info, err := d.Info()
					if err != nil {
						return err
					}
					add(path, info.Size())
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
	}
	return out, nil
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
	"gz": true, "zst": true, "zstd": true, "bz2": true, "bad": true,
	"txt": true, "text": true, "html": true, "htm": true, "xhtml": true,
	"warc": true, "wet": true, "arc": true, "jsonl": true, "json": true, "ndjson": true,
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

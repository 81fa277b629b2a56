// Command evalset writes the evaluation kit's HTML pages as one merged
// truth file with their folds (see internal/evalset), and a list of input
// paths per fold, for scripts/eval-html.sh and the trainers.
//
//	go run ./scripts/evalset [-eval DIR] -o merged.jsonl [-lists DIR]
//
// It prints how many pages each set gave, how many were merged, and the
// pages per fold and page type.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/akhbar/akhbar/internal/evalset"
)

func main() {
	kit := flag.String("eval", "", "evaluation kit folder (default: found beside the repository)")
	out := flag.String("o", "", "merged truth JSONL to write")
	lists := flag.String("lists", "", "folder for fold-N.txt input lists (N = 0..K-1, and devtest.txt)")
	flag.Parse()
	pages, err := evalset.LoadKit(*kit)
	check(err)
	if *out != "" {
		f, err := os.Create(*out)
		check(err)
		enc := json.NewEncoder(f)
		enc.SetEscapeHTML(false)
		for _, p := range pages {
			check(enc.Encode(p))
		}
		check(f.Close())
	}
	if *lists != "" {
		check(os.MkdirAll(*lists, 0o755))
		byFold := map[string][]string{}
		for _, p := range pages {
			byFold[foldName(p.Fold)] = append(byFold[foldName(p.Fold)], p.Path)
		}
		for name, paths := range byFold {
			check(os.WriteFile(filepath.Join(*lists, name+".txt"), []byte(strings.Join(paths, "\n")+"\n"), 0o644))
		}
	}
	summary(pages)
}

func foldName(f int) string {
	if f == evalset.DevTest {
		return "devtest"
	}
	return fmt.Sprintf("fold-%d", f)
}

func summary(pages []evalset.Page) {
	sets := map[string]int{}
	merged, conflicts := 0, 0
	folds := map[string]int{}
	domains := map[string]bool{}
	types := map[string]int{}
	for _, p := range pages {
		for _, s := range p.Sets {
			sets[s]++
		}
		merged += len(p.Aliases)
		if len(p.Conflicts) > 0 {
			conflicts++
		}
		folds[foldName(p.Fold)]++
		domains[p.Domain] = true
		if p.Text != nil {
			t := p.PageType
			if t == "" {
				t = "?"
			}
			types[t]++
		}
	}
	fmt.Fprintf(os.Stderr, "pages %d from %d domains; %d merged as the same page in two sets (%d with conflicting gold)\n",
		len(pages), len(domains), merged, conflicts)
	fmt.Fprintf(os.Stderr, "per set: %s\n", kv(sets))
	fmt.Fprintf(os.Stderr, "per fold: %s\n", kv(folds))
	fmt.Fprintf(os.Stderr, "pages with body gold per type: %s\n", kv(types))
}

func kv(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %d", k, m[k])
	}
	return b.String()
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "evalset:", err)
		os.Exit(1)
	}
}

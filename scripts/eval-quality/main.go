// Command eval-quality measures the quality presets on the corpus that
// gen-junk writes: per language, the share of clean documents kept and
// of junk documents rejected; per junk kind, the share rejected; and
// every clean document rejected, with the rule. Run it through
// scripts/eval-quality.sh.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/akhbar/akhbar/quality"
)

type doc struct {
	ID   string `json:"id"`
	Set  string `json:"set"`
	Lang string `json:"lang"`
	Kind string `json:"kind"`
	Text string `json:"text"`
}

type tally struct{ n, hit int }

// group is the row a document counts in.
var group = func(d doc) string { return d.Lang }

func (t tally) pct() string {
	if t.n == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f", 100*float64(t.hit)/float64(t.n))
}

func main() {
	dir := flag.String("dir", "", "folder with clean.jsonl and junk.jsonl")
	presets := flag.String("presets", "default,gopher,c4,fineweb", "presets to measure")
	unknown := flag.Bool("und", false, "also measure with the language unknown")
	verbose := flag.Bool("v", false, "list the clean documents rejected and junk kept")
	bySet := flag.Bool("by-set", false, "group by source set and language, not language alone")
	flag.Parse()
	clean := read(filepath.Join(*dir, "clean.jsonl"))
	junk := read(filepath.Join(*dir, "junk.jsonl"))
	if *bySet {
		group = func(d doc) string { return d.Set + " " + d.Lang }
	}
	sigC := make([]quality.Signals, len(clean))
	for i, d := range clean {
		sigC[i] = quality.Compute(d.Text, d.Lang)
	}
	sigJ := make([]quality.Signals, len(junk))
	for i, d := range junk {
		sigJ[i] = quality.Compute(d.Text, d.Lang)
	}
	// The signals with the language unknown go in slices of their own:
	// writing them over sigC and sigJ made every preset after the first
	// report the unknown-language figures as its own.
	var undC, undJ []quality.Signals
	if *unknown {
		undC = make([]quality.Signals, len(clean))
		for i, d := range clean {
			undC[i] = quality.Compute(d.Text, "und")
		}
		undJ = make([]quality.Signals, len(junk))
		for i, d := range junk {
			undJ[i] = quality.Compute(d.Text, "und")
		}
	}
	for _, name := range strings.Split(*presets, ",") {
		rules, err := quality.Preset(name)
		if err != nil {
			log.Fatal(err)
		}
		report(name, rules, clean, sigC, junk, sigJ, *verbose, false)
		if *unknown {
			report(name+" (language unknown)", rules, clean, undC, junk, undJ, false, true)
		}
	}
}

func report(name string, rules quality.Rules, clean []doc, sigC []quality.Signals, junk []doc, sigJ []quality.Signals, verbose, und bool) {
	lang := func(d doc) string {
		if und {
			return "und"
		}
		return d.Lang
	}
	keep := map[string]*tally{}
	rej := map[string]*tally{}
	kind := map[string]*tally{}
	reasonsC := map[string]int{}
	var allKeep, allRej tally
	get := func(m map[string]*tally, k string) *tally {
		if m[k] == nil {
			m[k] = &tally{}
		}
		return m[k]
	}
	var lost []string
	for i, d := range clean {
		_, reject := rules.Check(sigC[i], lang(d))
		t := get(keep, group(d))
		t.n++
		allKeep.n++
		if reject == "" {
			t.hit++
			allKeep.hit++
		} else {
			reasonsC[reject]++
			if verbose {
				fails := rules.Failures(sigC[i], lang(d))
				lost = append(lost, fmt.Sprintf("  %s %s: %v", d.ID, d.Lang, fails))
			}
		}
	}
	var kept []string
	for i, d := range junk {
		_, reject := rules.Check(sigJ[i], lang(d))
		t, k := get(rej, group(d)), get(kind, d.Kind)
		t.n++
		k.n++
		allRej.n++
		if reject != "" {
			t.hit++
			k.hit++
			allRej.hit++
		} else if verbose {
			kept = append(kept, fmt.Sprintf("  %s %s", d.ID, d.Lang))
		}
	}
	fmt.Printf("\n## preset %s\n\n", name)
	fmt.Printf("all languages: clean kept %s %% of %d, junk rejected %s %% of %d\n\n", allKeep.pct(), allKeep.n, allRej.pct(), allRej.n)
	langs := make([]string, 0, len(keep))
	for l := range keep {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	fmt.Println("| language | clean docs | kept % | junk docs | rejected % |")
	fmt.Println("|---|---:|---:|---:|---:|")
	var belowKeep, belowRej []string
	for _, l := range langs {
		k, r := keep[l], get(rej, l)
		mark := ""
		if k.hit*100 < 99*k.n {
			belowKeep = append(belowKeep, l)
			mark = " ✗"
		}
		if r.hit*100 < 95*r.n {
			belowRej = append(belowRej, l)
			mark += " ✗"
		}
		fmt.Printf("| %s%s | %d | %s | %d | %s |\n", l, mark, k.n, k.pct(), r.n, r.pct())
	}
	fmt.Println()
	fmt.Println("| junk kind | docs | rejected % |")
	fmt.Println("|---|---:|---:|")
	kinds := make([]string, 0, len(kind))
	for k := range kind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Printf("| %s | %d | %s |\n", k, kind[k].n, kind[k].pct())
	}
	fmt.Printf("\nclean documents rejected, by rule: %v\n", reasonsC)
	fmt.Printf("languages under 99 %% kept: %d %v; under 95 %% junk rejected: %d %v\n", len(belowKeep), belowKeep, len(belowRej), belowRej)
	for _, l := range lost {
		fmt.Println(l)
	}
	if len(kept) > 0 {
		fmt.Printf("junk kept: %d\n", len(kept))
		for i, l := range kept {
			if i == 40 {
				fmt.Println("  …")
				break
			}
			fmt.Println(l)
		}
	}
}

func read(path string) []doc {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var out []doc
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var d doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			log.Fatalf("%s: %v", path, err)
		}
		out = append(out, d)
	}
	return out
}

//go:build ignore

// template-report learns site templates over a corpus of akhbar records
// (as "akhbar clean" writes them) and prints, per site, how many lines the
// template step would mark, with a sample of documents shown line by line
// for inspection.
//
//	go run scripts/template-report.go [-show N] [-min-docs 3] [-learn pages.jsonl] corpus.jsonl > report.txt
//
// With -learn the templates are learned from another corpus of the same
// documents (whole pages) and applied to this one (for instance the bodies
// "akhbar clean" kept): what the template step adds after the per-page
// classifier when it observes every line.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"sort"
	"strings"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/template"
)

func main() {
	show := flag.Int("show", 0, "show this many documents per site, line by line")
	minDocs := flag.Int("min-docs", 0, "template.Options.MinDocs (0: default)")
	learn := flag.String("learn", "", "learn the templates from this corpus instead")
	flag.Parse()
	var recs []pipeline.Record
	for _, in := range flag.Args() {
		if err := sink.ReadRecords(in, func(r pipeline.Record) error { recs = append(recs, r); return nil }); err != nil {
			log.Fatal(err)
		}
	}
	l := template.NewLearner(template.Options{MinDocs: *minDocs})
	if *learn != "" {
		err := sink.ReadRecords(*learn, func(r pipeline.Record) error {
			l.Observe(template.RecordDoc(&r))
			return nil
		})
		if err != nil {
			log.Fatal(err)
		}
	} else {
		for i := range recs {
			l.Observe(template.RecordDoc(&recs[i]))
		}
	}
	tpl := l.Finish()
	type siteStat struct {
		docs, lines, marked, emptied, words, wordsMarked int
		samples                                          []string
	}
	sites := map[string]*siteStat{}
	for i := range recs {
		d := template.RecordDoc(&recs[i])
		tpl.Apply(d)
		name := template.Site(d)
		s := sites[name]
		if s == nil {
			s = &siteStat{}
			sites[name] = s
		}
		s.docs++
		var b strings.Builder
		fmt.Fprintf(&b, "=== %s\n", recs[i].ID)
		left := 0
		for _, bl := range d.Blocks {
			n := len(strings.Fields(bl.Text))
			s.lines++
			s.words += n
			if bl.Role == pipeline.RoleBoilerplate {
				s.marked++
				s.wordsMarked += n
				fmt.Fprintf(&b, "  T%-4d %s\n", bl.Evidence, clip(bl.Text))
			} else {
				left++
				fmt.Fprintf(&b, "        %s\n", clip(bl.Text))
			}
		}
		if left == 0 {
			s.emptied++
		}
		if len(s.samples) < *show {
			s.samples = append(s.samples, b.String())
		}
	}
	names := make([]string, 0, len(sites))
	for n := range sites {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return sites[names[i]].docs > sites[names[j]].docs })
	var tot siteStat
	fmt.Printf("%-28s %5s %7s %7s %6s %7s %7s\n", "site", "docs", "lines", "marked", "share", "words%", "emptied")
	for _, n := range names {
		s := sites[n]
		tot.docs += s.docs
		tot.lines += s.lines
		tot.marked += s.marked
		tot.emptied += s.emptied
		tot.words += s.words
		tot.wordsMarked += s.wordsMarked
		fmt.Printf("%-28s %5d %7d %7d %6.1f%% %6.1f%% %7d\n", n, s.docs, s.lines, s.marked,
			100*float64(s.marked)/float64(max(1, s.lines)), 100*float64(s.wordsMarked)/float64(max(1, s.words)), s.emptied)
	}
	fmt.Printf("%-28s %5d %7d %7d %6.1f%% %6.1f%% %7d\n", "TOTAL", tot.docs, tot.lines, tot.marked,
		100*float64(tot.marked)/float64(max(1, tot.lines)), 100*float64(tot.wordsMarked)/float64(max(1, tot.words)), tot.emptied)
	st := tpl.Stats()
	fmt.Printf("template lines %d of %d counted, over %d sites\n", st.Lines, st.Counted, st.Sites)
	if *show > 0 {
		for _, n := range names {
			fmt.Printf("\n##### %s\n", n)
			for _, s := range sites[n].samples {
				fmt.Print(s)
			}
		}
	}
	_ = os.Stdout.Sync()
}

func clip(s string) string {
	r := []rune(s)
	if len(r) > 110 {
		return string(r[:110]) + "…"
	}
	return s
}

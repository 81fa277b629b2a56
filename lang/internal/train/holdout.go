package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/akhbar/akhbar/lang/internal/textfeat"
)

// readHoldout reads -pkg-map, which says which Debian source package each
// .mo file under -deb came from, for the packages named by -hold.
func readHoldout(o options) (*holdout, error) {
	if o.pkgMap == "" {
		return nil, fmt.Errorf("-hold needs -pkg-map")
	}
	f, err := os.Open(o.pkgMap)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[string]string{}
	known := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		path, pkg, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			return nil, fmt.Errorf("%s: bad line %q", o.pkgMap, sc.Text())
		}
		m[strings.TrimPrefix(path, "./")] = pkg
		known[pkg] = true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", o.pkgMap, err)
	}
	for p := range o.hold {
		if !known[p] {
			return nil, fmt.Errorf("-hold %s: no such package in %s", p, o.pkgMap)
		}
	}
	return &holdout{
		pkgOf:   func(path string) string { return m[path] },
		held:    func(pkg string) bool { return o.hold[pkg] },
		scripts: o.scripts,
	}, nil
}

// writtenIn reports whether language lang has a label in one of scripts.
func writtenIn(lang string, scripts map[string]bool) bool {
	if strings.HasPrefix(lang, "zho_") {
		return scripts["Hani"]
	}
	p := primary[lang]
	if p == "" {
		p = "Latn"
	}
	if scripts[p] {
		return true
	}
	for _, e := range extra[lang] {
		if scripts[e] {
			return true
		}
	}
	return false
}

// writeHeld writes the left-out strings that read as prose: at least
// o.minWords whitespace-separated words with a letter (menu labels and
// one-word buttons say little about how prose is labelled). The gold label
// is the string's language in the script most of its letters are in; a
// string mostly in a script its language is not written in (an
// untranslated English sentence) is counted and skipped.
//
// It returns the number of rows whose gold label is in o.holdNeed (all rows
// when it is nil) and writes no file when that is 0.
func writeHeld(o options, held []heldString) (int, error) {
	var b strings.Builder
	var tsc textfeat.Scanner
	short, foreign, needed := 0, 0, 0
	rows := 0
	for _, h := range held {
		words := 0
		for _, w := range strings.Fields(h.text) {
			for _, r := range w {
				if textfeat.Letter(r) {
					words++
					break
				}
			}
		}
		if words < o.minWords {
			short++
			continue
		}
		gold, best := goldLabel(&tsc, h.text, h.lang)
		if gold == "" {
			foreign++
			continue
		}
		if o.scripts != nil && !o.scripts[best.Code()] {
			continue
		}
		text := strings.Join(strings.Fields(h.text), " ") // no tabs or newlines in a row
		fmt.Fprintf(&b, "%s\t%s\t%s\n", gold, h.pkg, text)
		rows++
		if o.holdNeed == nil || o.holdNeed[gold] {
			needed++
		}
	}
	pkgs := map[string]bool{}
	for _, h := range held {
		pkgs[h.pkg] = true
	}
	fmt.Fprintf(os.Stderr, "left out %d packages' %d strings not in a trained package: %d written, %d under %d words, %d mostly in another script\n",
		len(pkgs), len(held), rows, short, o.minWords, foreign)
	if needed == 0 || o.holdOut == "" {
		return needed, nil
	}
	return needed, os.WriteFile(o.holdOut, []byte(b.String()), 0o644)
}

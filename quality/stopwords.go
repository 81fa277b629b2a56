package quality

import (
	"bufio"
	"embed"
	"hash/maphash"
	"sort"
	"strings"
	"sync"
)

// The lists and where each comes from: stopwords/<label>.txt, written by
// scripts/gen-stopwords.sh; the first comment line of each file names its
// source and licence.
//
//go:embed stopwords/*.txt
var stopFS embed.FS

// hashSeed is fixed for the process so that word hashes computed by
// Compute can be looked up in the sets built once per language.
var hashSeed = maphash.MakeSeed()

type stopSet map[uint64]struct{}

// stopSets caches the set of each label (nil when it has no list). A
// sync.Map because every worker reads it for every document and it is
// written once per language.
var stopSets sync.Map

// stopWords returns the set for a label ("hin_Deva"), or nil when no list
// covers it. A label's list is used only with its own script: Punjabi in
// Shahmukhi does not match the Gurmukhi list.
func stopWords(lang string) stopSet {
	if lang == "" || lang == "und" {
		return nil
	}
	if s, ok := stopSets.Load(lang); ok {
		return s.(stopSet)
	}
	var set stopSet
	if f, err := stopFS.Open("stopwords/" + lang + ".txt"); err == nil {
		set = stopSet{}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			w := sc.Text()
			if w == "" || w[0] == '#' {
				continue
			}
			set[maphash.String(hashSeed, w)] = struct{}{}
		}
		f.Close()
	}
	s, _ := stopSets.LoadOrStore(lang, set)
	return s.(stopSet)
}

// StopWordLangs lists the labels that have a stop-word list.
func StopWordLangs() []string {
	ents, _ := stopFS.ReadDir("stopwords")
	var out []string
	for _, e := range ents {
		if n, ok := strings.CutSuffix(e.Name(), ".txt"); ok {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// StopWordSource says where a label's list comes from: "curated" (a
// published stop-word list), "derived" (the most frequent words of a text,
// see scripts/gen-stopwords), or "" when there is no list. Derived lists
// hold content words too; the presets report their share but do not
// reject on it.
func StopWordSource(lang string) string {
	b, err := stopFS.ReadFile("stopwords/" + lang + ".txt")
	if err != nil {
		return ""
	}
	head, _, _ := strings.Cut(string(b), "\n# generated")
	if strings.Contains(head, "# source: derived") {
		return "derived"
	}
	return "curated"
}

// Package evalset merges the evaluation kit's HTML sets into one list of
// pages with their gold fields and assigns every page to a fold by its
// registered domain, so that every figure akhbar reports and every model
// it trains comes from folds in which no site is on both sides.
//
// The kit holds four HTML sets (ScrapingHub article bodies, WCXB's dev
// split with page types, htmldate's dates, trafilatura's metadata and
// snippets). The htmldate and trafilatura sets share about 300 pages
// under different ids: they are merged here by URL and by content, and a
// merged page carries the gold of both (Sets says which).
//
// Folds: a page's registered domain (public suffix + 1 label) is hashed
// with a fixed salt; 15 % of domains form the frozen dev-test fold
// (DevTest), only looked at when the design changes, and the rest fall in
// K cross-validation folds. The assignment depends only on the domain, so
// it is stable as pages are added.
//
// It is a measuring tool for scripts and trainers; akhbar itself never
// reads the kit.
package evalset

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"golang.org/x/net/publicsuffix"
)

// K is the number of cross-validation folds.
const K = 5

// DevTest is the fold number of the frozen dev-test pages.
const DevTest = -1

// devTestPercent of the domains form the dev-test fold.
const devTestPercent = 15

// Page is one HTML page of the kit with every gold field it has. A nil
// pointer field is "not annotated"; an empty string is "the page has
// none" (the kit's convention).
type Page struct {
	ID       string   `json:"id"`
	Path     string   `json:"path"`
	URL      string   `json:"url"`
	Domain   string   `json:"domain"`
	Fold     int      `json:"fold"`
	Sets     []string `json:"sets"`
	PageType string   `json:"page_type,omitempty"`
	Title    *string  `json:"title"`
	Author   *string  `json:"author"`
	Date     *string  `json:"date"`
	Text     *string  `json:"text"`
	With     []string `json:"with,omitempty"`
	Without  []string `json:"without,omitempty"`
	// Aliases are the ids of the same page in other sets, merged here.
	Aliases []string `json:"aliases,omitempty"`
	// Conflicts names the gold fields on which merged sets disagreed
	// (the first set's value is kept).
	Conflicts []string `json:"conflicts,omitempty"`
	hash      [32]byte
}

// set describes one of the kit's HTML sets.
type set struct {
	name, dir, truth string
	defaultType      string
}

// Sets in the order their gold wins when pages are merged: body gold
// first, then the sets with human-checked metadata.
var sets = []set{
	{"scrapinghub", "extraction/scrapinghub", "truth.jsonl", "article"},
	{"wcxb", "extraction/wcxb-dev", "truth.jsonl.gz", ""},
	{"trafilatura", "metadata/trafilatura", "truth.jsonl", ""},
	{"htmldate", "dates/htmldate", "truth.jsonl", ""},
}

// Load reads the kit at root and returns its merged pages sorted by id.
func Load(root string) ([]Page, error) {
	var pages []*Page
	byURL := map[string]*Page{}
	byHash := map[[32]byte]*Page{}
	for _, s := range sets {
		rows, err := readTruth(filepath.Join(root, s.dir, s.truth))
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			p, err := newPage(root, s, r)
			if err != nil {
				return nil, err
			}
			key := urlKey(p.URL)
			if q := byHash[p.hash]; q != nil {
				q.merge(p)
				continue
			}
			if q := byURL[key]; q != nil && key != "" {
				q.merge(p)
				continue
			}
			pages = append(pages, p)
			byHash[p.hash] = p
			if key != "" {
				byURL[key] = p
			}
		}
	}
	out := make([]Page, len(pages))
	for i, p := range pages {
		p.Domain = Domain(p.URL)
		p.Fold = Fold(p.Domain)
		out[i] = *p
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

func newPage(root string, s set, r map[string]any) (*Page, error) {
	id, _ := r["id"].(string)
	if id == "" {
		return nil, fmt.Errorf("%s: a truth line without id", s.dir)
	}
	path := filepath.Join(root, s.dir, "inputs", id+".html.gz")
	raw, err := readGz(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", id, err)
	}
	p := &Page{ID: id, Path: path, Sets: []string{s.name}, PageType: s.defaultType, hash: sha256.Sum256(raw)}
	p.URL, _ = r["url"].(string)
	if t, ok := r["page_type"].(string); ok && t != "" {
		p.PageType = t
	}
	p.Title = str(r, "title")
	p.Author = str(r, "author")
	p.Date = str(r, "date")
	p.Text = str(r, "text")
	p.With = strs(r["with"])
	p.Without = strs(r["without"])
	return p, nil
}

// merge takes q's gold into p where p has none.
func (p *Page) merge(q *Page) {
	p.Aliases = append(p.Aliases, q.ID)
	p.Sets = append(p.Sets, q.Sets...)
	if p.URL == "" {
		p.URL = q.URL
	}
	if p.PageType == "" {
		p.PageType = q.PageType
	}
	for _, f := range []struct {
		name string
		a    **string
		b    *string
	}{{"title", &p.Title, q.Title}, {"author", &p.Author, q.Author}, {"date", &p.Date, q.Date}, {"text", &p.Text, q.Text}} {
		switch {
		case f.b == nil:
		case *f.a == nil:
			*f.a = f.b
		case **f.a != *f.b:
			p.Conflicts = append(p.Conflicts, f.name)
		}
	}
	if len(p.With) == 0 && len(p.Without) == 0 {
		p.With, p.Without = q.With, q.Without
	}
}

// Domain is the registered domain of a page URL (example.co.uk), or the
// host when it has no public suffix, or "" for no URL.
func Domain(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return d
	}
	return host
}

// Fold is the fold of a registered domain: DevTest or 0..K-1. Pages
// without a domain share one fold, which keeps them together.
func Fold(domain string) int {
	h := fnv.New64a()
	io.WriteString(h, "akhbar-folds-v1:"+domain)
	v := h.Sum64()
	if v%100 < devTestPercent {
		return DevTest
	}
	return int((v / 100) % K)
}

// urlKey is a URL without scheme, "www.", fragment and trailing slash.
func urlKey(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	return host + strings.TrimSuffix(u.EscapedPath(), "/") + "?" + u.RawQuery
}

func str(r map[string]any, k string) *string {
	v, ok := r[k]
	if !ok || v == nil {
		return nil
	}
	s, ok := v.(string)
	if !ok {
		return nil
	}
	return &s
}

func strs(v any) []string {
	l, _ := v.([]any)
	var out []string
	for _, x := range l {
		if s, ok := x.(string); ok && strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

func readTruth(path string) ([]map[string]any, error) {
	raw, err := readGz(path)
	if err != nil {
		return nil, err
	}
	var rows []map[string]any
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var r map[string]any
		if err := json.Unmarshal(line, &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		rows = append(rows, r)
	}
	return rows, sc.Err()
}

// readGz reads a file, undoing gzip when it starts with gzip's magic.
func readGz(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(raw) < 2 || raw[0] != 0x1f || raw[1] != 0x8b {
		return raw, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// ReadPage returns a page's HTML bytes, gzip undone.
func ReadPage(p Page) ([]byte, error) { return readGz(p.Path) }

// LoadKit finds the kit as FindKit does and loads it.
func LoadKit(dir string) ([]Page, error) {
	root, err := FindKit(dir)
	if err != nil {
		return nil, err
	}
	return Load(root)
}

// FindKit returns the evaluation kit's folder: dir if given, else
// $AKHBAR_EVAL, else shared/eval beside the repository or /work/shared/eval.
func FindKit(dir string) (string, error) {
	cands := []string{dir, os.Getenv("AKHBAR_EVAL"), "../shared/eval", "../../shared/eval", "../../../shared/eval", "/work/shared/eval"}
	for _, c := range cands {
		if c == "" {
			continue
		}
		if _, err := os.Stat(filepath.Join(c, "score.py")); err == nil {
			return c, nil
		}
		if dir != "" && c == dir {
			return "", fmt.Errorf("%s: not an evaluation kit (no score.py)", dir)
		}
	}
	return "", fmt.Errorf("evaluation kit not found: pass its folder or set AKHBAR_EVAL")
}

// Each calls f(i) for i in [0, n) on up to two goroutines (the machines
// these trainers run on have two cores); f writes only its own index's
// slot, so results do not depend on the schedule.
func Each(n int, f func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < min(2, runtime.NumCPU()); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// Shingle is a run of four tokens, the kit scorer's unit of body overlap;
// a text of fewer tokens is one short shingle.
type Shingle [4]string

// Shingles counts a token list's shingles as score.py does.
func Shingles(toks []string) map[Shingle]int {
	m := map[Shingle]int{}
	if len(toks) == 0 {
		return m
	}
	if len(toks) < 4 {
		var s Shingle
		copy(s[:], toks)
		m[s]++
		return m
	}
	for i := 0; i+4 <= len(toks); i++ {
		m[Shingle{toks[i], toks[i+1], toks[i+2], toks[i+3]}]++
	}
	return m
}

// ShingleF1 is score.py's body F1 of predicted tokens against gold
// shingles (ngold of them): multiset overlap, 1 when both are empty.
func ShingleF1(gold map[Shingle]int, ngold int, pred []string) float64 {
	tp, np := 0, 0
	for s, c := range Shingles(pred) {
		np += c
		tp += min(c, gold[s])
	}
	if ngold == 0 && np == 0 {
		return 1
	}
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(np), float64(tp)/float64(ngold)
	return 2 * p * r / (p + r)
}

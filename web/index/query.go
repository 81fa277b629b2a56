package index

import (
	"container/heap"
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/akhbar/akhbar/web/internal/words"
)

// maxPrefixTerms bounds how many terms one prefix word expands to.
const maxPrefixTerms = 2000

// Query selects records. Empty fields select everything.
type Query struct {
	// Text holds words that must all occur in a record's title, summary,
	// text, dateline, authors or keywords; a word ending in * matches
	// every word it starts, and id:X selects the record with id X.
	Text     string
	Site     string
	Section  string
	Lang     string
	PageType string
	Flag     string
	// Dup is a duplicate-cluster id: the records of that cluster.
	Dup string
	// From and To bound the publication day (YYYY-MM-DD, inclusive);
	// records without a date never match a bounded query.
	From, To string
	// Sort is "" for corpus order, "date" for oldest first, "-date" for
	// newest first (records without a date last).
	Sort string
	// Min and Max bound quality signals (the records' quality map), both
	// inclusive; a record without the signal never matches a bound on it.
	Min, Max map[string]float64
	Offset   int
	Limit    int // 0: 20
	// Facets asks for the top values of site, lang, page_type and flag
	// among all matches.
	Facets bool
	// Ctx, when set, stops the search when it is done (the client left):
	// Search then returns its error.
	Ctx context.Context
}

// Result is one page of matches.
type Result struct {
	Total int
	Rows  []int
	// Facets maps a field to its top values among the matches.
	Facets map[string][]Value
	// Notes say what the query could not honour (an unknown value, a
	// prefix with too many words).
	Notes []string
	Took  time.Duration
}

type filter struct {
	site, section, lang, ptype int64 // -1: any
	flagBit                    uint64
	dup                        uint64
	from, to                   int32
	dated                      bool
	none                       bool // a filter value that no record has
	bounds                     []bound
}

// bound is a quality filter: lo <= column[row] <= hi.
type bound struct {
	col    []float32
	lo, hi float32
}

func (ix *Index) compile(q Query, res *Result) (filter, error) {
	f := filter{site: -1, section: -1, lang: -1, ptype: -1, from: noDay, to: 1<<31 - 1}
	pick := func(name, v string, ids map[string]uint32) int64 {
		if v == "" {
			return -1
		}
		id, ok := ids[v]
		if !ok {
			res.Notes = append(res.Notes, fmt.Sprintf("no record has %s %q", name, v))
			f.none = true
			return -1
		}
		return int64(id)
	}
	f.site = pick("site", q.Site, ix.siteID)
	f.section = pick("section", q.Section, ix.sectionID)
	f.lang = pick("lang", q.Lang, ix.langID)
	f.ptype = pick("page_type", q.PageType, ix.ptypeID)
	if q.Flag != "" {
		id, ok := ix.flagID[q.Flag]
		switch {
		case !ok:
			res.Notes = append(res.Notes, fmt.Sprintf("no record has flag %q", q.Flag))
			f.none = true
		case id >= 64:
			return f, fmt.Errorf("flag %q: only the first 64 distinct flags can be filtered on", q.Flag)
		default:
			f.flagBit = 1 << id
		}
	}
	if q.Dup != "" {
		f.dup = hash64(q.Dup)
	}
	keys := map[string]bool{}
	for k := range q.Min {
		keys[k] = true
	}
	for k := range q.Max {
		keys[k] = true
	}
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	for _, k := range sorted {
		col, ok := ix.quality[k]
		if !ok {
			res.Notes = append(res.Notes, fmt.Sprintf("no record has quality signal %q", k))
			f.none = true
			continue
		}
		b := bound{col: col, lo: float32(math.Inf(-1)), hi: float32(math.Inf(1))}
		if v, ok := q.Min[k]; ok {
			if math.IsNaN(v) {
				return f, fmt.Errorf("quality %s: the minimum is not a number", k)
			}
			b.lo = float32(v)
		}
		if v, ok := q.Max[k]; ok {
			if math.IsNaN(v) {
				return f, fmt.Errorf("quality %s: the maximum is not a number", k)
			}
			b.hi = float32(v)
		}
		f.bounds = append(f.bounds, b)
	}
	for _, b := range []struct {
		s   string
		dst *int32
	}{{q.From, &f.from}, {q.To, &f.to}} {
		if b.s == "" {
			continue
		}
		d := day(b.s)
		if d == noDay {
			return f, fmt.Errorf("date %q: want YYYY-MM-DD", b.s)
		}
		*b.dst = d
		f.dated = true
	}
	return f, nil
}

func (ix *Index) match(f *filter, i int) bool {
	r := ix.rows
	return (f.site < 0 || int64(r.site[i]) == f.site) &&
		(f.section < 0 || int64(r.section[i]) == f.section) &&
		(f.lang < 0 || int64(r.lang[i]) == f.lang) &&
		(f.ptype < 0 || int64(r.ptype[i]) == f.ptype) &&
		(f.flagBit == 0 || r.flags[i]&f.flagBit != 0) &&
		(f.dup == 0 || r.dup[i] == f.dup) &&
		(!f.dated || r.day[i] != noDay && r.day[i] >= f.from && r.day[i] <= f.to) &&
		f.inBounds(i)
}

// inBounds says whether row i meets every quality bound; NaN (no value)
// fails every comparison.
func (f *filter) inBounds(i int) bool {
	for _, b := range f.bounds {
		if v := b.col[i]; !(v >= b.lo && v <= b.hi) {
			return false
		}
	}
	return true
}

// Search runs a query.
func (ix *Index) Search(q Query) (*Result, error) {
	start := time.Now()
	res := &Result{}
	if q.Limit <= 0 {
		q.Limit = 20
	}
	f, err := ix.compile(q, res)
	if err != nil {
		return nil, err
	}
	var cand []uint32 // nil: every row
	all := true
	if !f.none {
		cand, all, err = ix.textCandidates(q.Ctx, q.Text, res)
		if err != nil {
			return nil, err
		}
	}
	if f.none {
		all, cand = false, nil
	}

	var facets [4][]int
	if q.Facets {
		facets = [4][]int{make([]int, len(ix.dicts.Sites)), make([]int, len(ix.dicts.Langs)), make([]int, len(ix.dicts.PTypes)), make([]int, min(64, len(ix.dicts.Flags)))}
	}
	var top rowHeap
	if q.Sort == "date" || q.Sort == "-date" {
		top = rowHeap{days: ix.rows.day, newest: q.Sort == "-date", k: q.Offset + q.Limit}
	}
	visit := func(i int) {
		if !ix.match(&f, i) {
			return
		}
		if q.Facets {
			facets[0][ix.rows.site[i]]++
			facets[1][ix.rows.lang[i]]++
			facets[2][ix.rows.ptype[i]]++
			for fl := ix.rows.flags[i]; fl != 0; fl &= fl - 1 {
				facets[3][trailingZeros(fl)]++
			}
		}
		if top.k > 0 {
			top.offer(i)
		} else if res.Total >= q.Offset && len(res.Rows) < q.Limit {
			res.Rows = append(res.Rows, i)
		}
		res.Total++
	}
	stopped := func(i int) bool { return q.Ctx != nil && i&0xffff == 0 && q.Ctx.Err() != nil }
	if all {
		for i := range ix.rows.len() {
			if stopped(i) {
				return nil, q.Ctx.Err()
			}
			visit(i)
		}
	} else {
		for k, i := range cand {
			if stopped(k) {
				return nil, q.Ctx.Err()
			}
			visit(int(i))
		}
	}
	if top.k > 0 {
		res.Rows = top.sorted(q.Offset)
	}
	if q.Facets {
		res.Facets = map[string][]Value{
			"site":      topValues(ix.dicts.Sites, facets[0], 12),
			"lang":      topValues(ix.dicts.Langs, facets[1], 12),
			"page_type": topValues(ix.dicts.PTypes, facets[2], 12),
			"flag":      topValues(ix.dicts.Flags, facets[3], 12),
		}
	}
	res.Took = time.Since(start)
	return res, nil
}

func trailingZeros(v uint64) int {
	n := 0
	for v&1 == 0 {
		v >>= 1
		n++
	}
	return n
}

func topValues(dict []Value, counts []int, n int) []Value {
	var out []Value
	for i, c := range counts {
		if c > 0 {
			out = append(out, Value{V: dict[i].V, N: c})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N > out[j].N
		}
		return out[i].V < out[j].V
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// textCandidates turns the query text into the sorted rows that hold
// every word; all reports that there is no text constraint.
func (ix *Index) textCandidates(ctx context.Context, text string, res *Result) (cand []uint32, all bool, err error) {
	var lists [][]uint32
	for _, field := range strings.Fields(text) {
		if ctx != nil && ctx.Err() != nil {
			return nil, false, ctx.Err()
		}
		if id, ok := strings.CutPrefix(field, "id:"); ok {
			lists = append(lists, ix.findID(id))
			continue
		}
		prefix := strings.HasSuffix(field, "*")
		var ws []string
		words.Each(strings.TrimSuffix(field, "*"), func(w string) { ws = append(ws, w) })
		for k, w := range ws {
			// "foo-bar*" is foo AND bar*: only the last word is a prefix.
			l, err := ix.termRows(w, prefix && k == len(ws)-1, res)
			if err != nil {
				return nil, false, err
			}
			lists = append(lists, l)
		}
	}
	if len(lists) == 0 {
		return nil, true, nil
	}
	slices.SortFunc(lists, func(a, b []uint32) int { return len(a) - len(b) })
	cand = lists[0]
	for _, l := range lists[1:] {
		if len(cand) == 0 {
			break
		}
		cand = intersect(cand, l)
	}
	return cand, false, nil
}

func (ix *Index) findID(id string) []uint32 {
	h := hash64(id)
	var out []uint32
	for i, v := range ix.rows.idHash {
		if v == h {
			// A 64-bit hash may still collide: check the record.
			if r, err := ix.Record(i); err == nil && r.ID == id {
				out = append(out, uint32(i))
			}
		}
	}
	return out
}

func (ix *Index) termRows(w string, prefix bool, res *Result) ([]uint32, error) {
	es, more, err := ix.terms.lookup(w, !prefix, maxPrefixTerms)
	if err != nil {
		return nil, err
	}
	if more {
		res.Notes = append(res.Notes, fmt.Sprintf("%s* matches more than %d words; only the first %d are searched", w, maxPrefixTerms, maxPrefixTerms))
	}
	switch len(es) {
	case 0:
		return nil, nil
	case 1:
		return ix.terms.postings(es[0], nil)
	}
	// Union through a bitmap over the rows: cheaper than merging up to
	// thousands of lists.
	bits := make([]uint64, (ix.rows.len()+63)/64)
	var buf []uint32
	for _, e := range es {
		if buf, err = ix.terms.postings(e, buf); err != nil {
			return nil, err
		}
		for _, d := range buf {
			bits[d/64] |= 1 << (d % 64)
		}
	}
	var out []uint32
	for wi, word := range bits {
		for word != 0 {
			b := trailingZeros(word)
			out = append(out, uint32(wi*64+b))
			word &= word - 1
		}
	}
	return out, nil
}

// intersect keeps the ids of a (the shorter list) that are in b,
// galloping through b.
func intersect(a, b []uint32) []uint32 {
	out := a[:0:0]
	j := 0
	for _, x := range a {
		// Exponential search for x in b[j:].
		step := 1
		for j+step < len(b) && b[j+step] < x {
			j += step
			step *= 2
		}
		k := sort.Search(min(step+1, len(b)-j), func(k int) bool { return b[j+k] >= x })
		j += k
		if j >= len(b) {
			break
		}
		if b[j] == x {
			out = append(out, x)
		}
	}
	return out
}

// rowHeap keeps the k first rows by date.
type rowHeap struct {
	days   []int32
	newest bool
	k      int
	rows   []int
}

// before orders rows by date (undated last either way), then by row.
func (h *rowHeap) before(a, b int) bool {
	da, db := h.days[a], h.days[b]
	if (da == noDay) != (db == noDay) {
		return db == noDay
	}
	if da != db {
		if h.newest {
			return da > db
		}
		return da < db
	}
	return a < b
}

// The heap's root is the worst row kept.
func (h *rowHeap) Len() int           { return len(h.rows) }
func (h *rowHeap) Less(i, j int) bool { return h.before(h.rows[j], h.rows[i]) }
func (h *rowHeap) Swap(i, j int)      { h.rows[i], h.rows[j] = h.rows[j], h.rows[i] }
func (h *rowHeap) Push(x any)         { h.rows = append(h.rows, x.(int)) }
func (h *rowHeap) Pop() any {
	x := h.rows[len(h.rows)-1]
	h.rows = h.rows[:len(h.rows)-1]
	return x
}

func (h *rowHeap) offer(i int) {
	if len(h.rows) < h.k {
		heap.Push(h, i)
		return
	}
	if h.before(i, h.rows[0]) {
		h.rows[0] = i
		heap.Fix(h, 0)
	}
}

func (h *rowHeap) sorted(offset int) []int {
	out := append([]int(nil), h.rows...)
	sort.Slice(out, func(i, j int) bool { return h.before(out[i], out[j]) })
	if offset >= len(out) {
		return nil
	}
	return out[offset:]
}

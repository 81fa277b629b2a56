package report

import (
	"fmt"
	"sort"
	"strconv"
	"unicode/utf8"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/web/internal/sketch"
	"github.com/akhbar/akhbar/web/internal/words"
)

// Bounds on what an Aggregator keeps; they make its memory independent of
// the corpus size.
const (
	maxKeys       = 4096    // distinct sites, sections, reasons... counted exactly
	maxSignals    = 64      // quality signals tracked
	sampleSize    = 20000   // values kept per quality signal
	maxMonths     = 12000   // distinct publication months
	maxLangHists  = 64      // languages with their own length histogram
	maxDupCluster = 1 << 20 // duplicate clusters counted exactly
	topN          = 30      // keys shown per chart
)

// lengthEdges are the lower bounds of the body-length buckets (characters
// or tokens), on a 1-2-3-5 scale so that short and long bodies both show.
var lengthEdges = []int64{0, 1, 2, 3, 5, 10, 20, 30, 50, 100, 200, 300, 500,
	1000, 2000, 3000, 5000, 10000, 20000, 30000, 50000, 100000, 200000, 500000, 1000000}

// dupEdges are the lower bounds of the cluster-size buckets.
var dupEdges = []int64{1, 2, 3, 4, 5, 10, 20, 50, 100, 1000}

// Aggregator accumulates a corpus's summary one record at a time. It is
// not safe for concurrent use; aggregate shards separately and Merge is
// not offered because Space-Saving counts do not merge exactly.
type Aggregator struct {
	s Summary

	langs, sites, sections, pageTypes, flags *sketch.TopK
	removed, rejectReasons                   *sketch.TopK
	removedRoles                             map[pipeline.Role]*RoleCount
	months                                   map[string]int64
	monthsOverflow                           int64
	charHist, tokenHist                      []int64
	langHist                                 map[string][]int64
	quality                                  map[string]*sketch.Reservoir
	signalsDropped                           map[string]bool
	dup                                      *sketch.Sizes
}

// NewAggregator starts an empty summary.
func NewAggregator() *Aggregator {
	return &Aggregator{
		langs:          sketch.NewTopK(maxKeys),
		sites:          sketch.NewTopK(maxKeys),
		sections:       sketch.NewTopK(maxKeys),
		pageTypes:      sketch.NewTopK(maxKeys),
		flags:          sketch.NewTopK(maxKeys),
		removed:        sketch.NewTopK(maxKeys),
		rejectReasons:  sketch.NewTopK(maxKeys),
		removedRoles:   map[pipeline.Role]*RoleCount{},
		months:         map[string]int64{},
		charHist:       make([]int64, len(lengthEdges)),
		tokenHist:      make([]int64, len(lengthEdges)),
		langHist:       map[string][]int64{},
		quality:        map[string]*sketch.Reservoir{},
		signalsDropped: map[string]bool{},
		dup:            sketch.NewSizes(maxDupCluster),
	}
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func bucket(edges []int64, v int64) int {
	return sort.Search(len(edges), func(i int) bool { return edges[i] > v }) - 1
}

// Add counts one record.
func (a *Aggregator) Add(r *pipeline.Record) {
	s := &a.s
	tokens := int64(words.Count(r.Text))
	chars := int64(utf8.RuneCountInString(r.Text))
	s.Records++
	s.Tokens += tokens
	s.Chars += chars

	lang := orNone(r.Lang)
	a.langs.Add(lang, tokens)
	a.sites.Add(orNone(r.Site), tokens)
	if r.Section != "" {
		a.sections.Add(orNone(r.Site)+" / "+r.Section, tokens)
	}
	a.pageTypes.Add(orNone(r.PageType), tokens)
	for _, f := range r.Flags {
		a.flags.Add(f, tokens)
	}

	if m, ok := month(string(r.Published)); ok {
		if _, seen := a.months[m]; seen || len(a.months) < maxMonths {
			a.months[m]++
		} else {
			a.monthsOverflow++
		}
	} else {
		s.Undated++
	}

	a.charHist[bucket(lengthEdges, chars)]++
	a.tokenHist[bucket(lengthEdges, tokens)]++
	lh, ok := a.langHist[lang]
	if !ok && len(a.langHist) < maxLangHists {
		lh = make([]int64, len(lengthEdges))
		a.langHist[lang] = lh
	}
	if lh != nil {
		lh[bucket(lengthEdges, chars)]++
	}

	for _, sp := range r.Spans {
		if sp.Role == pipeline.RoleBlank {
			continue
		}
		units := max(int64(sp.End-sp.Start+1), 1)
		s.Units += units
		if sp.Role == pipeline.RoleBody || sp.Role == pipeline.RoleUnknown {
			continue
		}
		s.RemovedUnits += units
		rc := a.removedRoles[sp.Role]
		if rc == nil {
			if len(a.removedRoles) >= maxKeys {
				continue
			}
			rc = &RoleCount{Role: string(sp.Role)}
			a.removedRoles[sp.Role] = rc
		}
		rc.Spans++
		rc.Units += units
		// TopK counts documents; here one "document" is one span and
		// tokens carry the lines or blocks.
		a.removed.Add(string(sp.Role)+"\x00"+orNone(sp.Reason), units)
	}

	for name, v := range r.Quality {
		a.signal(name, v)
	}
	if r.LangScore != 0 {
		a.signal("lang_score", r.LangScore)
	}

	if r.Dup != nil && r.Dup.Cluster != "" {
		s.Dup.Records++
		if r.Dup.Of == "" {
			s.Dup.Keepers++
		}
		a.dup.Add(r.Dup.Cluster)
	}
}

func (a *Aggregator) signal(name string, v float64) {
	res := a.quality[name]
	if res == nil {
		if len(a.quality) >= maxSignals {
			a.signalsDropped[name] = true
			return
		}
		res = sketch.NewReservoir(sampleSize)
		a.quality[name] = res
	}
	res.Add(v)
}

// AddReject counts one reject.
func (a *Aggregator) AddReject(r *pipeline.Reject) {
	a.s.Rejects++
	a.rejectReasons.Add(orNone(r.Reason), 0)
}

// month takes "YYYY-MM" from an RFC 3339 time or a day.
func month(t string) (string, bool) {
	if len(t) < 7 || t[4] != '-' {
		return "", false
	}
	y, err1 := strconv.Atoi(t[:4])
	m, err2 := strconv.Atoi(t[5:7])
	if err1 != nil || err2 != nil || m < 1 || m > 12 || y < 1 {
		return "", false
	}
	return t[:7], true
}

// Summary returns what was counted so far, in the shape the page draws.
func (a *Aggregator) Summary() *Summary {
	s := a.s // copy; the slices below are new
	var notes []string
	s.Approx = map[string]bool{}
	top := func(name string, t *sketch.TopK) []sketch.Count {
		if !t.Exact() {
			s.Approx[name] = true
			notes = append(notes, fmt.Sprintf("More than %d distinct %s: the counts shown are Space-Saving estimates (upper bounds, err column gives the most each may overstate).", maxKeys, name))
		}
		return t.Top(topN)
	}
	s.Langs = top("languages", a.langs)
	s.Sites = top("sites", a.sites)
	s.Sections = top("sections", a.sections)
	s.PageTypes = top("page types", a.pageTypes)
	s.Flags = top("flags", a.flags)
	s.RejectReasons = top("reject reasons", a.rejectReasons)
	s.LangCount, s.SiteCount, s.SectionCount = a.langs.Len(), a.sites.Len(), a.sections.Len()

	for _, rc := range a.removedRoles {
		s.Removed = append(s.Removed, *rc)
	}
	sort.Slice(s.Removed, func(i, j int) bool { return s.Removed[i].Units > s.Removed[j].Units })
	for _, c := range top("removal reasons", a.removed) {
		role, reason, _ := cut(c.Key)
		s.RemovedReasons = append(s.RemovedReasons, RoleCount{Role: role, Reason: reason, Spans: c.Docs, Units: c.Tokens})
	}
	sort.SliceStable(s.RemovedReasons, func(i, j int) bool { return s.RemovedReasons[i].Units > s.RemovedReasons[j].Units })

	s.Months = fillMonths(a.months)
	if a.monthsOverflow > 0 {
		notes = append(notes, fmt.Sprintf("%d records fall in months beyond the first %d distinct ones and are not drawn.", a.monthsOverflow, maxMonths))
	}

	s.Lengths.Edges = lengthEdges
	s.Lengths.Chars = trimHist(a.charHist)
	s.Lengths.Tokens = trimHist(a.tokenHist)
	for _, c := range a.langs.Top(6) {
		if h := a.langHist[c.Key]; h != nil {
			s.Lengths.ByLang = append(s.Lengths.ByLang, LangHist{Lang: c.Key, Docs: c.Docs, Chars: append([]int64(nil), h...)})
		}
	}

	names := make([]string, 0, len(a.quality))
	for n := range a.quality {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		r := a.quality[n]
		lo, counts := r.Hist(30)
		sig := Signal{Name: n, N: r.N, Min: r.Min, Max: r.Max, Mean: r.Sum / float64(r.N), Lo: lo, Counts: counts, Sampled: r.N > int64(len(r.Sample))}
		s.Quality = append(s.Quality, sig)
	}
	if len(a.signalsDropped) > 0 {
		notes = append(notes, fmt.Sprintf("Only the first %d quality signals are drawn; %d more were seen.", maxSignals, len(a.signalsDropped)))
	}

	s.Dup.Clusters = a.dup.Keys()
	s.Dup.Exact = a.dup.Exact()
	sizes := make([]SizeBucket, len(dupEdges))
	for i, lo := range dupEdges {
		sizes[i].Min = lo
		if i+1 < len(dupEdges) {
			sizes[i].Max = dupEdges[i+1] - 1
		}
	}
	a.dup.Each(func(size, w int64) {
		b := &sizes[bucket(dupEdges, size)]
		b.Clusters += w
		b.Records += size * w
	})
	for len(sizes) > 0 && sizes[len(sizes)-1].Clusters == 0 {
		sizes = sizes[:len(sizes)-1]
	}
	s.Dup.Sizes = sizes
	if !s.Dup.Exact {
		notes = append(notes, fmt.Sprintf("More than %d duplicate clusters: cluster sizes are estimated from a hash sample of 1 in %d clusters.", maxDupCluster, 1<<a.dup.Level))
	}
	s.Notes = notes
	return &s
}

func cut(key string) (string, string, bool) {
	for i := 0; i < len(key); i++ {
		if key[i] == 0 {
			return key[:i], key[i+1:], true
		}
	}
	return key, "", false
}

// trimHist drops empty buckets at the top end.
func trimHist(h []int64) []int64 {
	n := len(h)
	for n > 1 && h[n-1] == 0 {
		n--
	}
	return append([]int64(nil), h[:n]...)
}

// fillMonths lists months in order with the empty ones between filled in,
// so that a gap in publication shows as a gap, unless the span is too
// long to draw month by month.
func fillMonths(m map[string]int64) []MonthCount {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if len(keys) == 0 {
		return nil
	}
	idx := func(k string) int {
		y, _ := strconv.Atoi(k[:4])
		mo, _ := strconv.Atoi(k[5:7])
		return y*12 + mo - 1
	}
	first, last := idx(keys[0]), idx(keys[len(keys)-1])
	var out []MonthCount
	if last-first > 1200 {
		for _, k := range keys {
			out = append(out, MonthCount{Month: k, Docs: m[k]})
		}
		return out
	}
	for i := first; i <= last; i++ {
		k := fmt.Sprintf("%04d-%02d", i/12, i%12+1)
		out = append(out, MonthCount{Month: k, Docs: m[k]})
	}
	return out
}

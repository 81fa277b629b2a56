package template

import (
	"net/url"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/cespare/xxhash/v2"

	"github.com/akhbar/akhbar/internal/words"
	"github.com/akhbar/akhbar/pipeline"
)

// Reason is the Block.Reason of a line marked as site template.
const Reason = "site-template"

// Options tune template learning. Zero fields take the defaults.
type Options struct {
	// MinDocs is how many documents of a site must carry a line (3).
	MinDocs int
	// MinShare is the share of the site's documents that must carry it
	// (0: any share).
	MinShare float64
	// LongWords: lines with more words than this are long (12).
	LongWords int
	// LongMinDocs and LongMinShare: a long line must recur in at least
	// LongMinDocs documents (10) or in at least LongMinShare of the
	// site's documents (0.5), on top of MinDocs and MinShare.
	LongMinDocs  int
	LongMinShare float64
	// MaxLines caps the distinct lines counted over all sites (4 Mi,
	// about 100 MB). Past it the lines seen in the fewest documents are
	// forgotten; Stats.Floor says how many documents a forgotten line
	// could have had. (Besides the lines, the Learner keeps one 64-bit
	// hash per distinct document to recognise copies.)
	MaxLines int
	// Site names a document's site; nil means Site.
	Site func(*pipeline.Doc) string
}

// DefaultOptions are the thresholds used unless told otherwise.
func DefaultOptions() Options {
	return Options{MinDocs: 3, LongWords: 12, LongMinDocs: 10, LongMinShare: 0.5, MaxLines: 4 << 20}
}

func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.MinDocs <= 0 {
		o.MinDocs = d.MinDocs
	}
	if o.LongWords <= 0 {
		o.LongWords = d.LongWords
	}
	if o.LongMinDocs <= 0 {
		o.LongMinDocs = d.LongMinDocs
	}
	if o.LongMinShare <= 0 {
		o.LongMinShare = d.LongMinShare
	}
	if o.MaxLines <= 0 {
		o.MaxLines = d.MaxLines
	}
	if o.Site == nil {
		o.Site = Site
	}
	return o
}

// Site names the site of a document: see SiteOf.
func Site(d *pipeline.Doc) string { return SiteOf(&d.Record) }

// SiteOf names the site of a record, by the first of: the host of its URL
// (lower-cased, without "www."), its Site field, the prefix of its id
// before "__", the prefix of its file name before "__", its file's
// folder. The kind is part of the name ("host:", "site:", "name:",
// "dir:") so that the sources cannot collide. Records with none of these
// share the site "".
func SiteOf(rec *pipeline.Record) string {
	for _, raw := range []string{rec.URL, rec.Source.URL} {
		if raw == "" {
			continue
		}
		if u, err := url.Parse(raw); err == nil && u.Hostname() != "" {
			return "host:" + strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		}
	}
	if rec.Site != "" {
		return "site:" + strings.ToLower(rec.Site)
	}
	if i := strings.Index(rec.ID, "__"); i > 0 {
		return "name:" + rec.ID[:i]
	}
	if rec.Source.Path != "" && rec.Source.Path != "-" {
		base := filepath.Base(rec.Source.Path)
		if i := strings.Index(base, "__"); i > 0 {
			return "name:" + base[:i]
		}
		return "dir:" + filepath.Dir(rec.Source.Path)
	}
	return ""
}

// lineKey is a line's identity for counting, with its word count.
type lineKey struct {
	hash  uint64
	words int
}

// keyOf hashes a line's words with digit runs folded. A line without
// words (a rule, a bullet, "|") is hashed as written, so that it can still
// be a template line.
func keyOf(t *words.Tokenizer, s string) lineKey {
	n := 0
	x := uint64(0x6c696e65)
	t.Each(s, func(h uint64) {
		n++
		x = (x ^ h) * 0x100000001b3
		x ^= x >> 29
	})
	if n == 0 {
		return lineKey{hash: xxhash.Sum64String(strings.TrimSpace(s)) | 1}
	}
	return lineKey{hash: x, words: n}
}

type count struct {
	docs  uint32
	words uint16
}

type siteCounts struct {
	docs  uint32 // distinct documents
	lines map[uint64]count
	seen  map[uint64]struct{} // the line sequences of the documents counted
}

// Learner counts lines per site. Observe may be called from several
// goroutines at once. When the memory cap is reached, what is forgotten
// depends on the order documents came in; below it the result does not.
type Learner struct {
	o Options

	mu      sync.Mutex
	sites   map[string]*siteCounts
	entries int
	floor   uint32
	pruned  int64
	copies  int64
}

// NewLearner makes a Learner.
func NewLearner(o Options) *Learner {
	return &Learner{o: o.withDefaults(), sites: map[string]*siteCounts{}}
}

// Observe counts the lines of one document, each line once however often
// the document repeats it. It looks at every block, whatever its role. A
// document with exactly the lines of one already observed for its site
// (the same page saved again) is not counted again.
func (l *Learner) Observe(d *pipeline.Doc) {
	site := l.o.Site(d)
	var t words.Tokenizer
	t.Flags = words.FoldDigits
	keys := make([]lineKey, 0, len(d.Blocks))
	whole := uint64(len(d.Blocks))
	for _, b := range d.Blocks {
		if b.Text != "" {
			k := keyOf(&t, b.Text)
			keys = append(keys, k)
			whole = (whole ^ k.hash) * 0x100000001b3
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].hash < keys[j].hash })

	l.mu.Lock()
	defer l.mu.Unlock()
	s := l.sites[site]
	if s == nil {
		s = &siteCounts{lines: map[uint64]count{}, seen: map[uint64]struct{}{}}
		l.sites[site] = s
	}
	// A page saved again under another URL is one document, not two:
	// otherwise every line of an article crawled three times would
	// look like its site's template.
	if _, ok := s.seen[whole]; ok {
		l.copies++
		return
	}
	s.seen[whole] = struct{}{}
	s.docs++
	for i, k := range keys {
		if i > 0 && keys[i-1].hash == k.hash {
			continue
		}
		c, ok := s.lines[k.hash]
		if !ok {
			l.entries++
			c.words = uint16(min(k.words, 1<<16-1))
		}
		c.docs++
		s.lines[k.hash] = c
	}
	if l.entries > l.o.MaxLines {
		l.prune()
	}
}

// prune forgets the lines seen in the fewest documents until a quarter of
// the cap is free again.
func (l *Learner) prune() {
	for l.entries > l.o.MaxLines*3/4 {
		l.floor++
		for _, s := range l.sites {
			for h, c := range s.lines {
				if c.docs <= l.floor {
					delete(s.lines, h)
					l.entries--
					l.pruned++
				}
			}
		}
	}
}

// Finish returns the templates learned so far. The Learner may go on
// observing; a later Finish sees those documents too.
func (l *Learner) Finish() *Templates {
	l.mu.Lock()
	defer l.mu.Unlock()
	o := l.o
	t := &Templates{o: o, sites: map[string]*siteTemplate{}}
	t.stats.Floor = int(l.floor)
	t.stats.Pruned = l.pruned
	t.stats.Copies = l.copies
	for name, s := range l.sites {
		st := &siteTemplate{docs: int(s.docs), lines: map[uint64]uint32{}}
		for h, c := range s.lines {
			if o.qualifies(c, s.docs) {
				st.lines[h] = c.docs
			}
		}
		t.stats.Sites++
		t.stats.Docs += int64(s.docs)
		t.stats.Counted += int64(len(s.lines))
		t.stats.Lines += int64(len(st.lines))
		if len(st.lines) > 0 {
			t.sites[name] = st
		}
	}
	return t
}

func (o Options) qualifies(c count, siteDocs uint32) bool {
	share := float64(c.docs) / float64(siteDocs)
	if int(c.docs) < o.MinDocs || share < o.MinShare {
		return false
	}
	if int(c.words) > o.LongWords {
		return int(c.docs) >= o.LongMinDocs || share >= o.LongMinShare
	}
	return true
}

type siteTemplate struct {
	docs  int
	lines map[uint64]uint32
}

// Templates are the template lines of every site, ready to Apply. They
// are read-only: Apply may be called from several goroutines at once.
type Templates struct {
	o     Options
	sites map[string]*siteTemplate
	stats Stats
}

// Stats describe what was learned.
type Stats struct {
	Sites   int   `json:"sites"`
	Docs    int64 `json:"docs"`           // distinct documents observed
	Copies  int64 `json:"copies"`         // documents observed again with the same lines, not counted
	Counted int64 `json:"counted_lines"`  // distinct lines still counted at Finish
	Lines   int64 `json:"template_lines"` // of those, template lines
	Floor   int   `json:"floor,omitempty"`
	Pruned  int64 `json:"pruned,omitempty"`
}

// Stats returns what was learned.
func (t *Templates) Stats() Stats { return t.stats }

// Apply marks the document's template lines: blocks whose role is still
// unknown or body and whose line recurs as a template of the document's
// site become boilerplate, Reason "site-template", Evidence the number of
// documents of the site that carried the line. It returns how many blocks
// it marked.
func (t *Templates) Apply(d *pipeline.Doc) int {
	st := t.sites[t.o.Site(d)]
	if st == nil {
		return 0
	}
	var tk words.Tokenizer
	tk.Flags = words.FoldDigits
	n := 0
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if (b.Role != pipeline.RoleUnknown && b.Role != pipeline.RoleBody) || b.Text == "" {
			continue
		}
		if docs, ok := st.lines[keyOf(&tk, b.Text).hash]; ok {
			b.Role, b.Reason, b.Evidence = pipeline.RoleBoilerplate, Reason, int(docs)
			n++
		}
	}
	return n
}

// Evidence reports whether a line is a template line of a site and in how
// many of its documents it occurred.
func (t *Templates) Evidence(site, line string) (int, bool) {
	st := t.sites[site]
	if st == nil {
		return 0, false
	}
	var tk words.Tokenizer
	tk.Flags = words.FoldDigits
	docs, ok := st.lines[keyOf(&tk, line).hash]
	return int(docs), ok
}

// RecordDoc makes a document of a finished record for template learning
// over a corpus: one block per line of its text (blank lines skipped,
// numbered from 1 as lines of Text).
func RecordDoc(rec *pipeline.Record) *pipeline.Doc {
	d := &pipeline.Doc{Record: *rec}
	d.Record.Spans = nil
	for i, line := range strings.Split(rec.Text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			d.Blocks = append(d.Blocks, pipeline.Block{Start: i + 1, End: i + 1, Text: line})
		}
	}
	return d
}

// Body is the text of a document's body blocks, one per line: what is
// left for comparing documents once template lines are marked.
func Body(d *pipeline.Doc) string {
	var b strings.Builder
	for _, bl := range d.Blocks {
		if bl.Role == pipeline.RoleUnknown || bl.Role == pipeline.RoleBody {
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(bl.Text)
		}
	}
	return b.String()
}

// Text is a document's text for comparing it with other documents: every
// block except site-template lines and repeated copies, one per line,
// whatever role the per-page classifier gave the rest. Duplicate
// detection is more robust on it than on the body alone: a copy whose
// body a classifier cut short (a re-wrapped dump, a page taken for a
// listing) still carries its story, and what a site wraps around every
// page is gone.
func Text(d *pipeline.Doc) string {
	var b strings.Builder
	for _, bl := range d.Blocks {
		if bl.Reason == Reason || bl.Role == pipeline.RoleRepeated || bl.Text == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(bl.Text)
	}
	return b.String()
}

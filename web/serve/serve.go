package serve

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log"
	"net/http"
	"net/url"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/steps"
	"github.com/akhbar/akhbar/web/corpus"
	"github.com/akhbar/akhbar/web/index"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Server serves the audit UI over a set of indexed corpora.
type Server struct {
	corpora []*index.Index
	tmpl    *template.Template
	mux     *http.ServeMux
	extract func(*pipeline.Doc) error
	logf    func(format string, args ...any)

	// menus are the filter menus, the same for every page.
	menus map[string][]index.Value
	// quality are the quality signals of every corpus, sorted: the
	// threshold filters of the search page.
	quality []string
	// inputs are, per corpus, the files the raw view may read.
	inputs []inputSet
	// rejects are, per corpus, its rejects files (corpus.RejectFiles).
	rejects [][]string
	maxRaw  int64

	staleMu   sync.Mutex
	staleAt   time.Time
	staleList []string
}

// Options configure a Server.
type Options struct {
	// Extract splits a re-read input into blocks as "akhbar clean" did;
	// default: the pipeline's own extract step (package steps).
	Extract func(*pipeline.Doc) error
	// Logf logs failed requests; default log.Printf.
	Logf func(format string, args ...any)
	// MaxRawBytes is the largest input file the raw view reads;
	// default DefaultMaxRawBytes.
	MaxRawBytes int64
}

// New makes a server over the given indexes, which it does not close.
func New(corpora []*index.Index, o Options) (*Server, error) {
	if len(corpora) == 0 {
		return nil, errors.New("serve: no corpus")
	}
	s := &Server{corpora: corpora, extract: o.Extract, logf: o.Logf, maxRaw: o.MaxRawBytes}
	if s.maxRaw <= 0 {
		s.maxRaw = DefaultMaxRawBytes
	}
	for _, ix := range corpora {
		s.inputs = append(s.inputs, corpusInputs(ix.Corpus()))
		s.rejects = append(s.rejects, corpus.RejectFiles(ix.Corpus()))
	}
	if s.extract == nil {
		// The pipeline's own extract step, so that the audit view splits
		// an input exactly as "akhbar clean" did, HTML included once the
		// step extracts HTML.
		s.extract = steps.Extract
	}
	if s.logf == nil {
		s.logf = log.Printf
	}
	t, err := template.New("").Funcs(funcs).ParseFS(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	s.tmpl = t
	s.menus = s.choices()
	seenQ := map[string]bool{}
	for _, ix := range corpora {
		for _, k := range ix.QualityKeys() {
			if !seenQ[k] {
				seenQ[k] = true
				s.quality = append(s.quality, k)
			}
		}
	}
	sort.Strings(s.quality)
	static, _ := fs.Sub(staticFS, "static")
	m := http.NewServeMux()
	m.HandleFunc("GET /{$}", s.handleSearch)
	m.HandleFunc("GET /record/{c}/{n}", s.handleRecord)
	m.HandleFunc("GET /id/{id...}", s.handleID)
	m.HandleFunc("GET /api/search", s.handleAPISearch)
	m.HandleFunc("GET /download.jsonl", s.handleDownload)
	m.HandleFunc("GET /rejects", s.handleRejects)
	m.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	m.HandleFunc("GET /fonts/fonts.css", handleFontCSS)
	m.HandleFunc("GET /fonts/{file}", handleFont)
	s.mux = m
	return s, nil
}

// ServeHTTP sets the security headers every page gets and dispatches.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	s.mux.ServeHTTP(w, r)
}

// stale lists the corpora that changed since they were indexed, checking
// at most every two seconds.
func (s *Server) stale() []string {
	s.staleMu.Lock()
	defer s.staleMu.Unlock()
	if time.Since(s.staleAt) > 2*time.Second {
		s.staleAt = time.Now()
		s.staleList = s.staleList[:0]
		for _, ix := range s.corpora {
			if ix.Stale() {
				s.staleList = append(s.staleList, ix.Corpus())
			}
		}
	}
	return append([]string(nil), s.staleList...)
}

type page struct {
	Title   string
	Corpora []corpusInfo
	Stale   []string
	Q       url.Values
	Body    any
}

type corpusInfo struct {
	Name    string
	Path    string
	Records int
}

func (s *Server) page(title string, q url.Values, body any) page {
	p := page{Title: title, Stale: s.stale(), Q: q, Body: body}
	for _, ix := range s.corpora {
		p.Corpora = append(p.Corpora, corpusInfo{Name: filepath.Base(ix.Corpus()), Path: ix.Corpus(), Records: ix.Len()})
	}
	return p
}

func (s *Server) render(w http.ResponseWriter, name string, p page) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := s.tmpl.ExecuteTemplate(w, name, p); err != nil {
		s.logf("serve: render %s: %v", name, err)
	}
}

func (s *Server) fail(w http.ResponseWriter, r *http.Request, code int, err error) {
	if code >= 500 {
		s.logf("serve: %s: %v", r.URL, err)
	}
	w.WriteHeader(code)
	s.render(w, "error.html", s.page(http.StatusText(code), r.URL.Query(), err.Error()))
}

// queryFrom reads a search from URL parameters.
func queryFrom(v url.Values) index.Query {
	q := index.Query{
		Text: v.Get("q"), Site: v.Get("site"), Section: v.Get("section"), Lang: v.Get("lang"),
		PageType: v.Get("page_type"), Flag: v.Get("flag"), Dup: v.Get("dup"),
		From: v.Get("from"), To: v.Get("to"), Sort: v.Get("sort"), Limit: 25,
	}
	if n, err := strconv.Atoi(v.Get("limit")); err == nil && n > 0 && n <= 500 {
		q.Limit = n
	}
	if n, err := strconv.Atoi(v.Get("offset")); err == nil && n > 0 {
		q.Offset = n
	}
	return q
}

// hit is one row of a result page.
type hit struct {
	C, N   int
	Record *pipeline.Record
	Err    string
}

type results struct {
	Query   index.Query
	Total   int
	Hits    []hit
	Facets  map[string][]index.Value
	Notes   []string
	Took    time.Duration
	Prev    string // URL of the previous page, if any
	Next    string
	Choices map[string][]index.Value // filter menus
	Quality []string                 // quality signals with threshold filters
	// Download is the URL of the matches as JSONL.
	Download string
	rows     []row
}

// row is one record of one corpus.
type row struct{ c, n int }

// search runs q over every corpus, in corpus order (or merged by date).
func (s *Server) search(q index.Query) (*results, error) {
	return s.searchRows(q, true)
}

// searchRows is search; load says whether to read the hits' records.
func (s *Server) searchRows(q index.Query, load bool) (*results, error) {
	start := time.Now()
	res := &results{Query: q, Facets: map[string][]index.Value{}}
	type part struct {
		c   int
		res *index.Result
	}
	var parts []part
	facets := map[string]map[string]int{}
	for c, ix := range s.corpora {
		sub := q
		sub.Facets = load
		if len(s.corpora) > 1 {
			// Each corpus gives its first offset+limit; they are merged below.
			sub.Offset, sub.Limit = 0, q.Offset+q.Limit
		}
		r, err := ix.Search(sub)
		if err != nil {
			return nil, err
		}
		res.Total += r.Total
		res.Notes = append(res.Notes, r.Notes...)
		parts = append(parts, part{c, r})
		for field, vs := range r.Facets {
			if facets[field] == nil {
				facets[field] = map[string]int{}
			}
			for _, v := range vs {
				facets[field][v.V] += v.N
			}
		}
	}
	for field, m := range facets {
		var vs []index.Value
		for v, n := range m {
			vs = append(vs, index.Value{V: v, N: n})
		}
		sort.Slice(vs, func(i, j int) bool { return vs[i].N > vs[j].N || vs[i].N == vs[j].N && vs[i].V < vs[j].V })
		res.Facets[field] = vs
	}
	var rows []row
	for _, p := range parts {
		for _, n := range p.res.Rows {
			rows = append(rows, row{p.c, n})
		}
	}
	if len(parts) > 1 {
		if q.Sort != "" {
			// Each part is sorted already; a stable sort by day merges them.
			sort.SliceStable(rows, func(i, j int) bool {
				a, okA := s.corpora[rows[i].c].Day(rows[i].n)
				b, okB := s.corpora[rows[j].c].Day(rows[j].n)
				if okA != okB {
					return okA
				}
				if q.Sort == "-date" {
					return a > b
				}
				return a < b
			})
		}
		if q.Offset < len(rows) {
			rows = rows[q.Offset:]
		} else {
			rows = nil
		}
		if len(rows) > q.Limit {
			rows = rows[:q.Limit]
		}
	}
	res.rows = rows
	for _, r := range rows {
		if !load {
			break
		}
		h := hit{C: r.c, N: r.n}
		rec, err := s.corpora[r.c].Record(r.n)
		if err != nil {
			h.Err = err.Error()
		}
		h.Record = rec
		res.Hits = append(res.Hits, h)
	}
	res.Took = time.Since(start)
	return res, nil
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	q := queryFrom(v)
	if err := checkSearch(r, &q); err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	res, err := s.search(q)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	res.Choices = s.menus
	res.Quality = s.quality
	if q.Offset > 0 {
		res.Prev = withParam(v, "offset", strconv.Itoa(max(0, q.Offset-q.Limit)))
	}
	if q.Offset+q.Limit < res.Total {
		res.Next = withParam(v, "offset", strconv.Itoa(q.Offset+q.Limit))
	}
	res.Download = "/download.jsonl"
	if dv := withParam(v, "offset", ""); dv != "/?" {
		res.Download += strings.TrimPrefix(dv, "/")
	}
	title := "Search"
	if q.Text != "" {
		title = q.Text + " — search"
	}
	s.render(w, "search.html", s.page(title, v, res))
}

// choices are the filter menus: values of every corpus by count.
func (s *Server) choices() map[string][]index.Value {
	out := map[string][]index.Value{}
	for _, field := range []string{"site", "section", "lang", "page_type", "flag"} {
		m := map[string]int{}
		for _, ix := range s.corpora {
			for _, v := range ix.Values(field) {
				m[v.V] += v.N
			}
		}
		var vs []index.Value
		for v, n := range m {
			if v != "" {
				vs = append(vs, index.Value{V: v, N: n})
			}
		}
		sort.Slice(vs, func(i, j int) bool { return vs[i].N > vs[j].N || vs[i].N == vs[j].N && vs[i].V < vs[j].V })
		// A menu of tens of thousands of sites helps nobody; the text
		// box takes any value.
		if len(vs) > 500 {
			vs = vs[:500]
		}
		out[field] = vs
	}
	return out
}

func withParam(v url.Values, key, val string) string {
	c := url.Values{}
	for k, vs := range v {
		c[k] = append([]string(nil), vs...)
	}
	if val == "" {
		c.Del(key)
	} else {
		c.Set(key, val)
	}
	if key != "offset" {
		c.Del("offset")
	}
	return "/?" + c.Encode()
}

func (s *Server) handleAPISearch(w http.ResponseWriter, r *http.Request) {
	q := queryFrom(r.URL.Query())
	err := checkSearch(r, &q)
	var res *results
	if err == nil {
		res, err = s.search(q)
	}
	w.Header().Set("Content-Type", "application/json")
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
		return
	}
	type apiHit struct {
		Corpus int              `json:"corpus"`
		Row    int              `json:"row"`
		URL    string           `json:"url"`
		Record *pipeline.Record `json:"record"`
	}
	out := struct {
		Total  int                      `json:"total"`
		Hits   []apiHit                 `json:"hits"`
		Facets map[string][]index.Value `json:"facets"`
		Notes  []string                 `json:"notes,omitempty"`
		TookMS float64                  `json:"took_ms"`
	}{Total: res.Total, Facets: res.Facets, Notes: res.Notes, TookMS: float64(res.Took.Microseconds()) / 1000, Hits: []apiHit{}}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, apiHit{h.C, h.N, fmt.Sprintf("/record/%d/%d", h.C, h.N), h.Record})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(out)
}

func (s *Server) handleID(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	for c, ix := range s.corpora {
		if n := ix.Find(id); n >= 0 {
			http.Redirect(w, r, fmt.Sprintf("/record/%d/%d", c, n), http.StatusFound)
			return
		}
	}
	s.fail(w, r, http.StatusNotFound, fmt.Errorf("no record has id %q", id))
}

// recordPage is what the audit view of one record shows.
type recordPage struct {
	C, N      int
	Corpus    string
	Record    *pipeline.Record
	JSON      string
	Raw       *Raw
	Spans     []SpanView
	Paras     []string
	Removed   int // removed lines/blocks
	Prev      string
	Next      string
	DupOthers int // other records of the same cluster
	Quality   []kv
}

type kv struct {
	K string
	V float64
}

func (s *Server) handleRecord(w http.ResponseWriter, r *http.Request) {
	c, err1 := strconv.Atoi(r.PathValue("c"))
	nstr := r.PathValue("n")
	asJSON := strings.HasSuffix(nstr, ".json")
	n, err2 := strconv.Atoi(strings.TrimSuffix(nstr, ".json"))
	if err1 != nil || err2 != nil || c < 0 || c >= len(s.corpora) || n < 0 || n >= s.corpora[c].Len() {
		s.fail(w, r, http.StatusNotFound, fmt.Errorf("no record %s/%s", r.PathValue("c"), nstr))
		return
	}
	ix := s.corpora[c]
	if asJSON {
		b, err := ix.Raw(n)
		if err != nil {
			s.fail(w, r, http.StatusInternalServerError, err)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(b)
		return
	}
	rec, err := ix.Record(n)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	raw, _ := ix.Raw(n)
	p := &recordPage{C: c, N: n, Corpus: ix.Corpus(), Record: rec, JSON: indentJSON(raw)}
	ctx, cancel := context.WithTimeout(r.Context(), 20*time.Second)
	defer cancel()
	p.Raw = loadRaw(ctx, rec, filepath.Dir(ix.Corpus()), s.extract, func(path string) error { return s.inputs[c].check(path, s.maxRaw) })
	for i, sp := range rec.Spans {
		sv := SpanView{Span: sp, Index: i, Removed: sp.Role.Removed() && sp.Role != pipeline.RoleUnknown}
		if sv.Removed && sp.Role != pipeline.RoleBlank {
			p.Removed += sp.End - sp.Start + 1
		}
		p.Spans = append(p.Spans, sv)
	}
	if rec.Text != "" {
		p.Paras = strings.Split(rec.Text, "\n\n")
	}
	for k, v := range rec.Quality {
		p.Quality = append(p.Quality, kv{k, v})
	}
	sort.Slice(p.Quality, func(i, j int) bool { return p.Quality[i].K < p.Quality[j].K })
	if n > 0 {
		p.Prev = fmt.Sprintf("/record/%d/%d", c, n-1)
	}
	if n+1 < ix.Len() {
		p.Next = fmt.Sprintf("/record/%d/%d", c, n+1)
	}
	if rec.Dup != nil && rec.Dup.Cluster != "" {
		if res, err := ix.Search(index.Query{Dup: rec.Dup.Cluster, Limit: 1}); err == nil {
			p.DupOthers = res.Total - 1
		}
	}
	title := rec.Title
	if title == "" {
		title = rec.ID
	}
	s.render(w, "record.html", s.page(title, nil, p))
}

// indentJSON lays the record out for reading, keeping its field order.
func indentJSON(b []byte) string {
	var buf bytes.Buffer
	if json.Indent(&buf, b, "", "  ") != nil {
		return string(b)
	}
	return buf.String()
}

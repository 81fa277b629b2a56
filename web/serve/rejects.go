package serve

import (
	"net/http"
	"net/url"
	"sort"
	"strconv"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/web/corpus"
	"github.com/akhbar/akhbar/web/index"
)

// rejectsPerPage is how many rejects one page of the rejects view lists.
const rejectsPerPage = 50

// rejectRow is one reject of the rejects view, with the file it is in.
type rejectRow struct {
	File   string
	Reject pipeline.Reject
}

type rejectsPage struct {
	Files   []string
	Reason  string
	Reasons []index.Value // every reason with its count, most first
	All     int           // rejects of every reason
	Total   int           // rejects of the chosen reason
	Offset  int
	Rows    []rejectRow
	Prev    string
	Next    string
	Errors  []string // files that could not be read
}

// handleRejects lists the rejects of every corpus (the files its manifest
// names, corpus.RejectFiles), one page at a time, with the count of each
// reason and a filter by reason. Files are read anew on each request,
// streamed and stopped when the client leaves: they are small beside the
// corpus and may grow while a run goes on.
func (s *Server) handleRejects(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	p := &rejectsPage{Reason: v.Get("reason")}
	if n, err := strconv.Atoi(v.Get("offset")); err == nil && n > 0 {
		p.Offset = n
	}
	counts := map[string]int{}
	for _, files := range s.rejects {
		for _, f := range files {
			p.Files = append(p.Files, f)
			err := corpus.ScanRejects(r.Context(), f, func(rj *pipeline.Reject) error {
				counts[rj.Reason]++
				p.All++
				if p.Reason != "" && rj.Reason != p.Reason {
					return nil
				}
				if p.Total >= p.Offset && len(p.Rows) < rejectsPerPage {
					p.Rows = append(p.Rows, rejectRow{File: f, Reject: *rj})
				}
				p.Total++
				return nil
			})
			if err != nil {
				if r.Context().Err() != nil {
					return // the client left
				}
				p.Errors = append(p.Errors, err.Error())
			}
		}
	}
	for k, n := range counts {
		p.Reasons = append(p.Reasons, index.Value{V: k, N: n})
	}
	sort.Slice(p.Reasons, func(i, j int) bool {
		a, b := p.Reasons[i], p.Reasons[j]
		return a.N > b.N || a.N == b.N && a.V < b.V
	})
	page := func(off int) string {
		u := "/rejects?offset=" + strconv.Itoa(off)
		if p.Reason != "" {
			u += "&reason=" + url.QueryEscape(p.Reason)
		}
		return u
	}
	if p.Offset > 0 {
		p.Prev = page(max(0, p.Offset-rejectsPerPage))
	}
	if p.Offset+rejectsPerPage < p.Total {
		p.Next = page(p.Offset + rejectsPerPage)
	}
	s.render(w, "rejects.html", s.page("Rejects", nil, p))
}

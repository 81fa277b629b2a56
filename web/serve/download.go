package serve

import (
	"bufio"
	"fmt"
	"net/http"
	"strconv"
)

// MaxDownload is the most records one download holds: the rows of a
// download are chosen before the first is sent (a few bytes each), while
// the records themselves are streamed one by one from the corpus.
const MaxDownload = 200_000

// handleDownload streams the records the search page's filters select, in
// the page's order, as JSONL: each record's line as the corpus stores it.
// X-Akhbar-Total says how many matched; past MaxDownload the file is cut
// and X-Akhbar-Truncated says so.
func (s *Server) handleDownload(w http.ResponseWriter, r *http.Request) {
	q := queryFrom(r.URL.Query())
	if err := checkSearch(r, &q); err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	q.Offset, q.Limit = 0, MaxDownload
	res, err := s.searchRows(q, false)
	if err != nil {
		if r.Context().Err() != nil {
			return // the client left
		}
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/jsonl; charset=utf-8")
	h.Set("Content-Disposition", `attachment; filename="akhbar-records.jsonl"`)
	h.Set("X-Akhbar-Total", strconv.Itoa(res.Total))
	if res.Total > len(res.rows) {
		h.Set("X-Akhbar-Truncated", fmt.Sprintf("only the first %d of %d records", len(res.rows), res.Total))
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	defer bw.Flush()
	for k, row := range res.rows {
		if k&0xff == 0 && r.Context().Err() != nil {
			return // the client left: stop reading the corpus
		}
		b, err := s.corpora[row.c].Raw(row.n)
		if err != nil {
			// The status is sent already; the log names the record, and
			// the file ends short rather than with a broken line.
			s.logf("serve: download: record %d/%d: %v", row.c, row.n, err)
			return
		}
		bw.Write(b)
		if len(b) == 0 || b[len(b)-1] != '\n' {
			bw.WriteByte('\n')
		}
	}
}

package serve

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

func TestDownload(t *testing.T) {
	ts, _ := testServer(t)
	tests := []struct {
		query string
		ids   string
		total string
	}{
		{"", "000_6b62018fc8430769,eng-1,tam-1,tam-2,ben-1,xss-1", "6"},
		{"q=சென்னையில்&sort=-date", "tam-2,tam-1", "2"},
		{"lang=tam_Taml&offset=1&limit=1", "tam-1,tam-2", "2"}, // paging does not cut a download
		{"site=Nowhere", "", "0"},
	}
	for _, tt := range tests {
		resp, err := http.Get(ts.URL + "/download.jsonl?" + tt.query)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var r pipeline.Record
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Errorf("%s: line %q: %v", tt.query, sc.Text(), err)
			}
			ids = append(ids, r.ID)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 || strings.Join(ids, ",") != tt.ids {
			t.Errorf("%s: %d %v, want %s", tt.query, resp.StatusCode, ids, tt.ids)
		}
		if cd := resp.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment;") {
			t.Errorf("%s: Content-Disposition %q", tt.query, cd)
		}
		if got := resp.Header.Get("X-Akhbar-Total"); got != tt.total {
			t.Errorf("%s: X-Akhbar-Total %q, want %s", tt.query, got, tt.total)
		}
	}
	if code, _, _ := get(t, ts.URL+"/download.jsonl?from=bad"); code != 400 {
		t.Errorf("bad date: %d, want 400", code)
	}
	// The search page links to the download of the same filters.
	_, _, body := get(t, ts.URL+"/?lang=tam_Taml&offset=1&limit=1")
	if !strings.Contains(body, `href="/download.jsonl?lang=tam_Taml&amp;limit=1"`) {
		t.Errorf("search page lacks the download link of its filters")
	}
}

func TestDownloadClientGone(t *testing.T) {
	ts, _ := testServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	req := httptest.NewRequestWithContext(ctx, "GET", "/download.jsonl", nil)
	w := httptest.NewRecorder()
	_ = ts
	s := ts.Config.Handler.(*Server)
	s.ServeHTTP(w, req)
	if strings.Contains(w.Body.String(), `"id"`) {
		t.Errorf("a download whose client left sent records: %q", w.Body.String())
	}
}

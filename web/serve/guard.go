package serve

import (
	"errors"
	"fmt"
	"math"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/web/index"
	"github.com/akhbar/akhbar/web/internal/words"
)

// The audit UI has no login: what keeps the corpus to its user is that
// the server answers only its own names, reads only the corpus's own
// inputs, and bounds the work one request can ask for.

// HostGuard answers only requests whose Host names this server: localhost,
// 127.0.0.1, [::1] and the host of addr (the address it listens on). A web
// page elsewhere that rebinds its own name to 127.0.0.1 (DNS rebinding)
// still sends its own name as Host, and is refused. When addr listens on
// every interface (":8080", "0.0.0.0:8080"), any IP address and the
// machine's host name are its names too.
func HostGuard(addr string, h http.Handler) http.Handler {
	allowed := map[string]bool{"localhost": true, "127.0.0.1": true, "::1": true}
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	anyIP := false
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		anyIP = true
		if name, err := os.Hostname(); err == nil {
			allowed[strings.ToLower(name)] = true
		}
	} else {
		allowed[strings.ToLower(strings.Trim(host, "[]"))] = true
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := r.Host
		if h, _, err := net.SplitHostPort(name); err == nil {
			name = h
		}
		name = strings.ToLower(strings.TrimSuffix(strings.Trim(name, "[]"), "."))
		if !allowed[name] && !(anyIP && net.ParseIP(name) != nil) {
			http.Error(w, fmt.Sprintf("this server answers only its own names, not %q", r.Host), http.StatusMisdirectedRequest)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// Limits of one search request.
const (
	// MaxQueryURL is the longest query string a search takes.
	MaxQueryURL = 4096
	// MaxTerms is the most words a search text may hold, after
	// repeated ones are dropped.
	MaxTerms = 32
)

// checkSearch bounds a search: the URL's query, and the words of its text
// (repeats dropped, which changes no result).
func checkSearch(r *http.Request, q *index.Query) error {
	if len(r.URL.RawQuery) > MaxQueryURL {
		return fmt.Errorf("the query is %d bytes long; at most %d are taken", len(r.URL.RawQuery), MaxQueryURL)
	}
	seen := map[string]bool{}
	var kept []string
	n := 0
	for _, f := range strings.Fields(q.Text) {
		if seen[f] {
			continue
		}
		seen[f] = true
		kept = append(kept, f)
		words.Each(strings.TrimSuffix(f, "*"), func(string) { n++ })
		if strings.HasPrefix(f, "id:") {
			n++
		}
	}
	if n > MaxTerms {
		return fmt.Errorf("the search has %d words; at most %d are taken", n, MaxTerms)
	}
	q.Text = strings.Join(kept, " ")
	q.Ctx = r.Context()
	return qualityBounds(r.URL.Query(), q)
}

// qualityBounds reads the quality thresholds of a search: min.KEY and
// max.KEY, numbers, empty ones ignored.
func qualityBounds(v url.Values, q *index.Query) error {
	for name, vals := range v {
		kind, key, ok := strings.Cut(name, ".")
		if !ok || kind != "min" && kind != "max" || len(vals) == 0 || strings.TrimSpace(vals[0]) == "" {
			continue
		}
		f, err := strconv.ParseFloat(strings.TrimSpace(vals[0]), 64)
		if err != nil || math.IsNaN(f) {
			return fmt.Errorf("%s: %q is not a number", name, vals[0])
		}
		m := &q.Min
		if kind == "max" {
			m = &q.Max
		}
		if *m == nil {
			*m = map[string]float64{}
		}
		(*m)[key] = f
	}
	return nil
}

// DefaultMaxRawBytes is the largest input file the raw view reads.
const DefaultMaxRawBytes = 4 << 30

// inputSet is what the raw view may read for one corpus: the inputs its
// manifest lists, resolved as resolve does.
type inputSet map[string]bool

func corpusInputs(corpus string) inputSet {
	set := inputSet{}
	m, mp := sink.CorpusManifest(corpus)
	if m == nil {
		return set
	}
	dir := filepath.Dir(mp)
	for _, in := range m.Inputs {
		if in.Path == "" || in.Path == "-" {
			continue
		}
		set.add(in.Path)
		if !filepath.IsAbs(in.Path) {
			set.add(filepath.Join(dir, in.Path))
		}
	}
	return set
}

func (s inputSet) add(p string) {
	if a, err := filepath.Abs(p); err == nil {
		s[a] = true
	}
}

var errNotInput = errors.New("not an input of this corpus")

// check says whether the raw view may read path: one of the corpus's
// inputs, a regular file, not larger than max.
func (s inputSet) check(path string, max int64) error {
	a, err := filepath.Abs(path)
	if err != nil || !s[a] {
		if len(s) == 0 {
			return fmt.Errorf("%s: %w (the corpus has no manifest listing its inputs)", path, errNotInput)
		}
		return fmt.Errorf("%s: %w (its manifest does not list it)", path, errNotInput)
	}
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	if !st.Mode().IsRegular() {
		return fmt.Errorf("%s: not a regular file", path)
	}
	if st.Size() > max {
		return fmt.Errorf("%s: %d bytes, more than the %d the raw view reads", path, st.Size(), max)
	}
	return nil
}

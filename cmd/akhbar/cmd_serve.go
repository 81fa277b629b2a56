package main

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"

	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/web/index"
	"github.com/akhbar/akhbar/web/serve"
)

func init() { register(newServeCommand) }

type serveOptions struct {
	Addr     string
	IndexDir string
	Reindex  bool
	Quiet    bool
}

func newServeCommand() *cobra.Command {
	var opts serveOptions
	cmd := &cobra.Command{
		Use:   "serve [flags] CORPUS...",
		Short: "Browse, search and audit a corpus in the browser",
		Long: `serve indexes one or more corpora and serves an audit UI: search records by
words, site, language, section, page type, flag, duplicate cluster and date,
and open one to see the raw input beside the clean record, every removed line
or block highlighted with its role and reason.

The index is built on first use into CORPUS.idx/ beside each corpus (or, if
that folder cannot be written, under the user's cache directory) and rebuilt
when the corpus changes. The server listens at once and shows the indexing
progress until the index is ready. The raw input is re-read from each record's
source.path; a relative path is tried from the working directory, then from
the corpus's folder.

The UI has no authentication: keep --addr on a loopback address unless the
network is trusted. It answers only requests addressed to its own names
(localhost, 127.0.0.1, [::1], the --addr host), shows the raw input only of
files the corpus's manifest lists as its inputs, and caps searches.

Exit status: 0 after an interrupt, 1 when a corpus could not be indexed or
the address not bound, 2 on a usage error.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runServe(cmd.Context(), opts, args, cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Addr, "addr", "127.0.0.1:8080", "address to listen on")
	f.StringVar(&opts.IndexDir, "index-dir", "", "keep the index here (one corpus only; default CORPUS.idx)")
	f.BoolVar(&opts.Reindex, "reindex", false, "rebuild the index even if it is current")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress messages")
	return cmd
}

// openIndexes opens (building where needed) the index of every corpus;
// progress, if set, hears of each record indexed in fifties of thousands.
func openIndexes(ctx context.Context, opts serveOptions, args []string, stderr io.Writer, progress func(corpus string, n int64)) ([]*index.Index, error) {
	if opts.IndexDir != "" && len(args) > 1 {
		return nil, usagef("--index-dir takes one corpus, got %d", len(args))
	}
	var out []*index.Index
	for _, path := range args {
		if mp := sink.ManifestFor(path); mp != "" && mp != path {
			// A folder "akhbar clean" wrote: its manifest names its
			// shards, and the index goes beside the manifest.
			path = mp
		}
		o := index.Options{Dir: opts.IndexDir, Rebuild: opts.Reindex}
		o.Progress = func(n int64) {
			if progress != nil {
				progress(path, n)
			}
			if !opts.Quiet {
				fmt.Fprintf(stderr, "serve: %d records indexed\r", n)
			}
		}
		if !opts.Quiet {
			o.Building = func(dir, why string) { fmt.Fprintf(stderr, "serve: indexing %s into %s (%s)\n", path, dir, why) }
		}
		start := time.Now()
		ix, err := index.Open(ctx, path, o)
		if err != nil {
			for _, x := range out {
				x.Close()
			}
			return nil, err
		}
		if !opts.Quiet {
			fmt.Fprintf(stderr, "serve: %s: %d records, index %.1f MB, opened in %v\n", path, ix.Len(), float64(ix.Size())/1e6, time.Since(start).Round(time.Millisecond))
		}
		out = append(out, ix)
	}
	return out, nil
}

// building answers every request while the indexes are built: a page that
// says how far indexing got and reloads itself (a meta refresh, since the
// pages allow no inline script).
type building struct {
	mu     sync.Mutex
	corpus string
	n      int64
}

func (b *building) progress(corpus string, n int64) {
	b.mu.Lock()
	b.corpus, b.n = corpus, n
	b.mu.Unlock()
}

var buildingPage = template.Must(template.New("b").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="2">
<title>Indexing · akhbar</title></head>
<body style="font-family: system-ui, sans-serif; margin: 3em">
<h1>Indexing the corpus</h1>
<p>{{if .Corpus}}<code>{{.Corpus}}</code>: {{.N}} records so far.{{else}}Starting.{{end}}
This page reloads itself and opens the search when the index is ready.</p>
</body></html>`))

func (b *building) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b.mu.Lock()
	data := struct {
		Corpus string
		N      int64
	}{b.corpus, b.n}
	b.mu.Unlock()
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Retry-After", "2")
	w.WriteHeader(http.StatusServiceUnavailable)
	buildingPage.Execute(w, data)
}

// swap hands requests to whatever handler is current.
type swap struct{ h atomic.Pointer[http.Handler] }

func (s *swap) set(h http.Handler)                               { s.h.Store(&h) }
func (s *swap) ServeHTTP(w http.ResponseWriter, r *http.Request) { (*s.h.Load()).ServeHTTP(w, r) }

// runServe listens at once, so that a first serve of a large corpus shows
// indexing progress in the browser, then serves the audit UI once every
// index is open.
func runServe(ctx context.Context, opts serveOptions, args []string, stderr io.Writer) error {
	if opts.IndexDir != "" && len(args) > 1 {
		return usagef("--index-dir takes one corpus, got %d", len(args))
	}
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return err
	}
	var (
		h     swap
		state building
	)
	h.set(&state)
	hs := &http.Server{Handler: serve.HostGuard(ln.Addr().String(), &h), ReadHeaderTimeout: 10 * time.Second, MaxHeaderBytes: 64 << 10}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	defer func() {
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		hs.Shutdown(shut)
	}()
	fmt.Fprintf(stderr, "serve: http://%s/\n", ln.Addr())

	ixs, err := openIndexes(ctx, opts, args, stderr, state.progress)
	if err != nil {
		return err
	}
	defer func() {
		for _, ix := range ixs {
			ix.Close()
		}
	}()
	srv, err := serve.New(ixs, serve.Options{})
	if err != nil {
		return err
	}
	h.set(srv)
	if !opts.Quiet {
		fmt.Fprintf(stderr, "serve: ready\n")
	}
	select {
	case err := <-errc:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return err
	case <-ctx.Done():
		return nil
	}
}

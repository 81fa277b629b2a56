package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"

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
when the corpus changes. The raw input is re-read from each record's
source.path; a relative path is tried from the working directory, then from
the corpus's folder.

The UI has no authentication: keep --addr on a loopback address unless the
network is trusted.

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

// openIndexes opens (building where needed) the index of every corpus.
func openIndexes(ctx context.Context, opts serveOptions, args []string, stderr io.Writer) ([]*index.Index, error) {
	if opts.IndexDir != "" && len(args) > 1 {
		return nil, usagef("--index-dir takes one corpus, got %d", len(args))
	}
	var out []*index.Index
	for _, path := range args {
		o := index.Options{Dir: opts.IndexDir, Rebuild: opts.Reindex}
		if !opts.Quiet {
			o.Building = func(dir, why string) { fmt.Fprintf(stderr, "serve: indexing %s into %s (%s)\n", path, dir, why) }
			o.Progress = func(n int64) { fmt.Fprintf(stderr, "serve: %d records indexed\r", n) }
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

func runServe(ctx context.Context, opts serveOptions, args []string, stderr io.Writer) error {
	ixs, err := openIndexes(ctx, opts, args, stderr)
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
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return err
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stderr, "serve: http://%s/\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := hs.Shutdown(shut); err != nil && !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}
}

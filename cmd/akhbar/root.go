package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/akhbar/akhbar/job"
)

// version is set at build time with -ldflags "-X main.version=..."; when
// it is not, the build's own record says it (job.Version: the module
// version, or the commit with "+dirty").
var version = ""

func init() {
	if version == "" {
		version = job.Version()
	}
}

// Exit codes, in one place. A usage error is the user's to fix; a run error
// means some input could not be processed at all (items that fail on their
// own become rejects and do not change the exit code).
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
	exitSignal  = 130
)

// usageError marks errors that come from how akhbar was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// commands are added by each cmd_*.go file from its init function, so a new
// command is one new file.
var commands []func() *cobra.Command

func register(c func() *cobra.Command) { commands = append(commands, c) }

func newRootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "akhbar",
		Short: "Turn raw scraped news pages into a clean, deduplicated news corpus",
		Long: `akhbar reads raw news pages (plain-text dumps, HTML, WARC/WET, JSONL; gzip,
zstd, bzip2, xz or LZ4 compressed or not) and writes one clean record per article, with
its metadata, language, quality signals, duplicate cluster and an audit of
every span it removed and why.

Exit status: 0 on success, 1 when a run failed, 2 on a usage error,
130 when interrupted.`,
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE:          noCommand,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	for _, c := range commands {
		root.AddCommand(c())
	}
	return root
}

func run(args []string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	root := newRootCommand()
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, context.Canceled) || ctx.Err() != nil:
		fmt.Fprintln(os.Stderr, "akhbar: interrupted")
		return exitSignal
	case errors.As(err, new(inputError)):
		fmt.Fprintf(os.Stderr, "akhbar: %v\n", err)
		return exitUsage
	case isUnknownCommand(err):
		fmt.Fprintf(os.Stderr, "akhbar: %v", strings.TrimRight(err.Error(), "\n")+"\n")
		return exitUsage
	case errors.As(err, new(usageError)):
		fmt.Fprintf(os.Stderr, "akhbar: %v\nRun 'akhbar help' for usage.\n", err)
		return exitUsage
	default:
		fmt.Fprintf(os.Stderr, "akhbar: %v\n", err)
		return exitFailure
	}
}

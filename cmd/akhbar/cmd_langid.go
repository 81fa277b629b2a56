package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/akhbar/akhbar/lang"
)

func init() { register(newLangidCommand) }

type langidOptions struct {
	maxLineBytes int64
}

func newLangidCommand() *cobra.Command {
	var opts langidOptions
	cmd := &cobra.Command{
		Use:   "langid [FILE...]",
		Short: "Label the language of each input line",
		Long: `langid reads lines from the files given, or from standard input when there
are none, and writes one line per input line, in the same order:

    label<TAB>score

label is ISO 639-3 + "_" + ISO 15924 as FLORES-200 spells it (hin_Deva,
npi_Deva, mni_Beng, urd_Arab, eng_Latn, zho_Hans, ...), "und_<Script>" for a
script the model has no language for and "und" for a line without letters.
Romanised Hindi-Urdu is flagged as hin_Latn. score is the model's probability
for the label times the share of the line's letters in its script.

Lines of any length are read; only the first --max-line-bytes of a line are
used to identify it. Output is flushed whenever the input pauses, so langid
can sit at the end of a pipe.

Exit status: 0 on success, 1 when an input could not be read, 2 on a usage
error.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runLangid(cmd.Context(), opts, args, cmd.InOrStdin(), cmd.OutOrStdout())
		},
	}
	cmd.Flags().Var(newSizeValue(&opts.maxLineBytes, 1<<20), "max-line-bytes", "bytes of each line used to identify it (or 64KiB, 1MiB)")
	return cmd
}

func runLangid(ctx context.Context, opts langidOptions, args []string, stdin io.Reader, stdout io.Writer) error {
	if opts.maxLineBytes <= 0 {
		return usagef("--max-line-bytes must be positive, not %d", opts.maxLineBytes)
	}
	w := bufio.NewWriterSize(stdout, 64<<10)
	if len(args) == 0 {
		if err := langidStream(ctx, opts, stdin, w); err != nil {
			return fmt.Errorf("stdin: %w", err)
		}
		return w.Flush()
	}
	for _, name := range args {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		err = langidStream(ctx, opts, f, w)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return w.Flush()
}

// langidStream labels the lines of r. A line longer than the reader's buffer
// arrives in pieces (bufio.ErrBufferFull); the pieces past maxLineBytes are
// read and dropped, so memory stays bounded whatever the line length.
func langidStream(ctx context.Context, opts langidOptions, r io.Reader, w *bufio.Writer) error {
	br := bufio.NewReaderSize(r, 64<<10)
	line := make([]byte, 0, 4096)
	var out []byte
	for n := 0; ; n++ {
		if n%1024 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		line = line[:0]
		var err error
		for {
			var piece []byte
			piece, err = br.ReadSlice('\n')
			if room := int(opts.maxLineBytes) - len(line); room > 0 {
				line = append(line, piece[:min(room, len(piece))]...)
			}
			if !errors.Is(err, bufio.ErrBufferFull) {
				break
			}
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return err
		}
		if len(line) == 0 && errors.Is(err, io.EOF) {
			return nil
		}
		res := lang.Identify(string(trimEOL(line)))
		out = append(out[:0], res.Label...)
		out = append(out, '\t')
		out = strconv.AppendFloat(out, res.Score, 'f', 4, 64)
		out = append(out, '\n')
		if _, werr := w.Write(out); werr != nil {
			return werr
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if br.Buffered() == 0 {
			if werr := w.Flush(); werr != nil {
				return werr
			}
		}
	}
}

func trimEOL(b []byte) []byte {
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
	}
	if n := len(b); n > 0 && b[n-1] == '\r' {
		b = b[:n-1]
	}
	return b
}

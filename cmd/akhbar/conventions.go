package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/akhbar/akhbar/config"
)

// inputError is an error in what akhbar was given to work on (a missing
// input, a pipeline file that does not validate, an output that holds
// another run): exit status 2 like a usage error, but without the pointer
// to "akhbar help", which would not help.
type inputError struct{ err error }

func (e inputError) Error() string { return e.err.Error() }
func (e inputError) Unwrap() error { return e.err }

func inputf(format string, args ...any) error { return inputError{fmt.Errorf(format, args...)} }

// isUnknownCommand tells cobra's error for a command that does not exist,
// which carries its own "Did you mean this?".
func isUnknownCommand(err error) bool {
	return strings.HasPrefix(err.Error(), "unknown command ")
}

// noCommand is the root command's action: called with no command at all,
// it shows the help on stderr and is a usage error (exit 2), as the help
// promises; an unknown command never reaches it (cobra answers that with a
// did-you-mean).
func noCommand(cmd *cobra.Command, args []string) error {
	cmd.SetOut(cmd.ErrOrStderr())
	_ = cmd.Help()
	return usagef("no command given")
}

// sizeValue is a flag holding a byte count that accepts units (32MiB, 1GB,
// 512k) as config.ParseSize reads them. A bare number is bytes, or units of
// bareUnit when it is set (--memory counts MiB).
type sizeValue struct {
	p        *int64
	bareUnit int64
}

func newSizeValue(p *int64, def int64) *sizeValue {
	*p = def
	return &sizeValue{p: p, bareUnit: 1}
}

func (s *sizeValue) Set(v string) error {
	if n, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil && s.bareUnit > 1 {
		if n < 0 {
			return fmt.Errorf("%q is negative", v)
		}
		*s.p = int64(n)
		return nil
	}
	n, err := config.ParseSize(v)
	if err != nil {
		return fmt.Errorf("%v (a number of bytes or a size like 32MiB, 1GB)", err)
	}
	*s.p = int64(n) / s.bareUnit
	return nil
}

func (s *sizeValue) String() string {
	if s.p == nil {
		return ""
	}
	n := *s.p * s.bareUnit
	for _, u := range []struct {
		name string
		mult int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n >= u.mult && n%u.mult == 0 {
			return strconv.FormatInt(n/u.mult, 10) + u.name
		}
	}
	return strconv.FormatInt(n, 10)
}

func (s *sizeValue) Type() string { return "size" }

// checkWorkers refuses a negative -j (0 is one per CPU).
func checkWorkers(n int) error {
	if n < 0 {
		return usagef("-j/--jobs must be 0 (one per CPU) or more, not %d", n)
	}
	return nil
}

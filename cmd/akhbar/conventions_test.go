package main

import (
	"bytes"
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestExitCodes runs akhbar as a user would and checks the exit status
// and message the help promises: 2 for a usage error (with the pointer to
// "akhbar help" only when it helps), a did-you-mean for a misspelt command.
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	sample, _ := filepath.Abs("../../testdata/sample")
	tests := []struct {
		name     string
		args     []string
		code     int
		want     string
		wantHint bool
	}{
		{"no command", nil, 2, "no command given", true},
		{"misspelt command", []string{"claen", "x"}, 2, "Did you mean this?\n\tclean", false},
		{"negative jobs", []string{"clean", "-j", "-3", "-o", filepath.Join(dir, "a.jsonl"), sample}, 2, "-j/--jobs must be 0", true},
		{"size with unit", []string{"clean", "-q", "--max-item-size", "32MiB", "-o", filepath.Join(dir, "b.jsonl"), sample}, 0, "", false},
		{"decimal size", []string{"clean", "-q", "--max-item-size", "1GB", "-o", filepath.Join(dir, "c.jsonl"), sample}, 0, "", false},
		{"bad size", []string{"clean", "--max-item-size", "lots", "-o", filepath.Join(dir, "d.jsonl"), sample}, 2, `bad size "lots"`, true},
		{"missing input", []string{"clean", "-o", filepath.Join(dir, "e.jsonl"), filepath.Join(dir, "none.txt")}, 2, "none.txt", false},
		{"unknown schema", []string{"clean", "--schema", "dolmaa", "-o", filepath.Join(dir, "f.jsonl"), sample}, 2, "unknown schema", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := akhbarCmd(tt.args...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			code := 0
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			msg := stderr.String()
			if code != tt.code || !strings.Contains(msg, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, msg, tt.code, tt.want)
			}
			if hint := strings.Contains(msg, "Run 'akhbar help'"); code != 0 && hint != tt.wantHint {
				t.Errorf("help pointer %v, want %v: %q", hint, tt.wantHint, msg)
			}
		})
	}
}

func TestSizeValue(t *testing.T) {
	tests := []struct {
		in       string
		bareUnit int64
		want     int64
		ok       bool
	}{
		{"32MiB", 1, 32 << 20, true}, {"1GB", 1, 1e9, true}, {"4096", 1, 4096, true}, {"-1", 1, 0, false}, {"x", 1, 0, false},
		{"256", 1 << 20, 256, true}, {"2GiB", 1 << 20, 2048, true}, {"-5", 1 << 20, 0, false},
	}
	for _, tt := range tests {
		var n int64
		v := &sizeValue{p: &n, bareUnit: tt.bareUnit}
		err := v.Set(tt.in)
		if (err == nil) != tt.ok || (tt.ok && n != tt.want) {
			t.Errorf("Set(%q) bare %d: %d, %v; want %d ok=%v", tt.in, tt.bareUnit, n, err, tt.want, tt.ok)
		}
	}
}

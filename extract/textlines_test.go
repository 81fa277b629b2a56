package extract

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// TestTextTooManyLines: a dump of very many short lines is rejected before
// a block is made for each (each costs the steps far more than its bytes);
// dumps with a few short lines, or many long ones, are read.
func TestTextTooManyLines(t *testing.T) {
	long := strings.Repeat("word ", 16) // 80 bytes
	tests := []struct {
		name   string
		body   string
		reject bool
	}{
		{"a million one-letter lines", strings.Repeat("x\n", 1_000_000), true},
		{"just over the allowance, short lines", strings.Repeat("short line\n", linesAllowance+1), true},
		{"short lines within the allowance", strings.Repeat("short line\n", linesAllowance), false},
		{"blank lines do not count", strings.Repeat("x\n\n   \n\r\n", linesAllowance/2), false},
		{"many long lines", strings.Repeat(long+"\n", 2*linesAllowance), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := pipeline.NewDoc(pipeline.Item{ID: "dump", Body: []byte(tt.body), Source: pipeline.Source{Format: "text"}})
			err := Text(d)
			var re *pipeline.RejectError
			got := errors.As(err, &re) && re.Reason == "too-many-lines"
			if got != tt.reject {
				t.Fatalf("Text: %v (%d blocks); want too-many-lines %v", err, len(d.Blocks), tt.reject)
			}
			if got && !strings.Contains(err.Error(), "dump") {
				t.Errorf("reject %q does not name the item", err)
			}
		})
	}
}

// TestCheckLinesMatchesCount: checkLines, which counts lines only past a
// bound, rejects exactly what the count of lines with text says to.
func TestCheckLinesMatchesCount(t *testing.T) {
	long := strings.Repeat("word ", 16)
	for _, body := range []string{
		"", "x", "\n", strings.Repeat("x\n", linesAllowance), strings.Repeat("x\n", linesAllowance+1),
		strings.Repeat("x\r\n", linesAllowance+1), strings.Repeat("x\r", linesAllowance+1),
		strings.Repeat("x\n\n   \n\r\n", linesAllowance), strings.Repeat(long+"\n", 2*linesAllowance),
		strings.Repeat(strings.Repeat("y", minBytesPerLine-2)+"\n", 3*linesAllowance),
		strings.Repeat(strings.Repeat("y", minBytesPerLine-1)+"\n", 3*linesAllowance),
		strings.Repeat(strings.Repeat("y", minBytesPerLine)+"\n", 3*linesAllowance),
		strings.Repeat("a\n \n", linesAllowance/2+1) + strings.Repeat("b\n", linesAllowance/2),
	} {
		n := countLines([]byte(body))
		want := n > linesAllowance && n > len(body)/minBytesPerLine
		if got := checkLines("id", []byte(body)) != nil; got != want {
			t.Errorf("checkLines of %d bytes, %d lines with text: reject %v, want %v", len(body), n, got, want)
		}
	}
}

func FuzzCheckLines(f *testing.F) {
	f.Add([]byte("x\n\ny\r\n"), 20001)
	f.Fuzz(func(t *testing.T, unit []byte, times int) {
		if times < 0 || times > 50_000 || len(unit)*times > 4<<20 {
			return
		}
		body := bytes.Repeat(unit, times)
		n := countLines(body)
		want := n > linesAllowance && n > len(body)/minBytesPerLine
		if got := checkLines("id", body) != nil; got != want {
			t.Fatalf("checkLines of %q x %d: reject %v, want %v", unit, times, got, want)
		}
	})
}

// BenchmarkCheckLines runs checkLines and the plain count (what it did
// for every dump before its bound) over the kit's text dumps; skipped
// without the kit.
func BenchmarkCheckLines(b *testing.B) {
	bodies, size := kitDumps(b)
	b.Run("bound", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, body := range bodies {
				_ = checkLines("id", body)
			}
		}
	})
	b.Run("count", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, body := range bodies {
				_ = countLines(body)
			}
		}
	})
}

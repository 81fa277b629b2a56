package extract

import (
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

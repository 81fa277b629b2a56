//go:build unix

package job

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/akhbar/akhbar/source"
)

// A FIFO in an input folder is refused by the reader; stamping the run's
// identity must not open it either (an open waits for a writer forever).
func TestStampInputFIFO(t *testing.T) {
	p := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skip(err)
	}
	done := make(chan inputStamp, 1)
	go func() { done <- stampInput(source.Input{Path: p, Size: -1}) }()
	select {
	case st := <-done:
		if st.Ends != "" {
			t.Errorf("a FIFO stamped with content %q", st.Ends)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("stampInput blocked on a FIFO")
	}
}

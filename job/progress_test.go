package job

import (
	"bytes"
	"strings"
	"sync"
	"testing"

	"github.com/akhbar/akhbar/source"
)

type lockedBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// TestProgressBytes: bytes count as they are read, within a file; the
// end of an input adds only what was not reported; a writer that is not
// a terminal gets status lines, the last one at the end.
func TestProgressBytes(t *testing.T) {
	var out lockedBuf
	ins := []source.Input{{Path: "a", Size: 1000}, {Path: "b", Size: 3000}}
	p := newProgress(&out, ins)
	p.add(400)
	if p.done != 400 {
		t.Fatalf("after 400 bytes of a: %d", p.done)
	}
	p.add(700) // compressed input can report more than its size: no matter
	p.inputDone(ins[0])
	p.inputDone(ins[1]) // skipped whole (in a complete shard)
	if p.done != 1100+3000 {
		t.Errorf("done %d, want %d", p.done, 4100)
	}
	p.finish()
	msg := out.b.String()
	if !strings.HasSuffix(strings.TrimSpace(msg), ", done") || !strings.Contains(msg, "of 0.0 MB read (100%)") {
		t.Errorf("status %q", msg)
	}
	p.finish() // twice is harmless
}

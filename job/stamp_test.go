package job

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/cespare/xxhash/v2"

	"github.com/akhbar/akhbar/source"
)

// stampEndsRef is the stamp's content hash as first written: the first
// 64 KiB read with a full buffer, then the last 64 KiB.
func stampEndsRef(path string) string {
	f, _ := os.Open(path)
	defer f.Close()
	fi, _ := f.Stat()
	h := xxhash.New()
	buf := make([]byte, stampBytes)
	n, _ := io.ReadFull(f, buf)
	h.Write(buf[:n])
	if fi.Size() > stampBytes {
		n, _ := f.ReadAt(buf, max(stampBytes, fi.Size()-stampBytes))
		h.Write(buf[:n])
	}
	return fmt.Sprintf("%016x", h.Sum64())
}

// TestStampInputEnds checks that the stamp hashes the same bytes as
// before it read only as much as the file holds, so that a run stamped by
// an older build is still recognised.
func TestStampInputEnds(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{0, 1, 100, stampBytes - 1, stampBytes, stampBytes + 1, 2*stampBytes + 7, 5 * stampBytes} {
		path := filepath.Join(dir, fmt.Sprintf("f%d", size))
		b := bytes.Repeat([]byte("akhbar text dump line\n"), size/22+1)[:size]
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		st := stampInput(source.Input{Path: path, Size: int64(size)})
		if want := stampEndsRef(path); st.Ends != want || st.Size != int64(size) {
			t.Errorf("size %d: stamp %s of %d bytes, want %s", size, st.Ends, st.Size, want)
		}
	}
}

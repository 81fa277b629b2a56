package source

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"testing/iotest"
)

// readAllSized reads what io.ReadAll reads, whatever the hint, and keeps
// what came before an error.
func TestReadAllSized(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789"), 1000)
	boom := errors.New("boom")
	tests := []struct {
		name string
		r    func() io.Reader
		hint int64
		want []byte
		err  error
	}{
		{"no hint", func() io.Reader { return bytes.NewReader(data) }, 0, data, nil},
		{"exact", func() io.Reader { return bytes.NewReader(data) }, int64(len(data)), data, nil},
		{"too small", func() io.Reader { return bytes.NewReader(data) }, 7, data, nil},
		{"too large", func() io.Reader { return bytes.NewReader(data) }, 1 << 20, data, nil},
		{"one byte at a time", func() io.Reader { return iotest.OneByteReader(bytes.NewReader(data)) }, 100, data, nil},
		{"empty", func() io.Reader { return bytes.NewReader(nil) }, 10, []byte{}, nil},
		{"error after data", func() io.Reader { return io.MultiReader(bytes.NewReader(data[:50]), iotest.ErrReader(boom)) }, 10, data[:50], boom},
		{"error with data", func() io.Reader { return iotest.DataErrReader(bytes.NewReader(data[:30])) }, 30, data[:30], nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readAllSized(tt.r(), tt.hint)
			if !bytes.Equal(got, tt.want) || !errors.Is(err, tt.err) {
				t.Errorf("got %d bytes, %v; want %d bytes, %v", len(got), err, len(tt.want), tt.err)
			}
		})
	}
}

func FuzzReadAllSized(f *testing.F) {
	f.Add([]byte("hello"), int64(3))
	f.Add([]byte{}, int64(0))
	f.Add(bytes.Repeat([]byte{'x'}, 4097), int64(4096))
	f.Fuzz(func(t *testing.T, data []byte, hint int64) {
		if hint > 1<<20 {
			hint %= 1 << 20
		}
		got, err := readAllSized(iotest.HalfReader(bytes.NewReader(data)), hint)
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("read %q, %v; want %q", got, err, data)
		}
	})
}

// gzipSizeHint reads a gzip file's own account of its size, and gives 0
// where that account cannot be read or cannot be true.
func TestGzipSizeHint(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) (string, int64) {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p, int64(len(b))
	}
	gz := func(data []byte) []byte {
		var buf bytes.Buffer
		w := gzip.NewWriter(&buf)
		w.Write(data)
		w.Close()
		return buf.Bytes()
	}
	page := bytes.Repeat([]byte("<p>akhbar</p>\n"), 5000)
	one := gz(page)
	bogus := append([]byte(nil), one...)
	binary.LittleEndian.PutUint32(bogus[len(bogus)-4:], 0xFFFFFFF0)
	tests := []struct {
		name string
		data []byte
		want int64
	}{
		{"one member", one, int64(len(page))},
		{"two members: the last one's size", append(gz([]byte("first member")), one...), int64(len(page))},
		{"empty page", gz(nil), 0},
		{"too short to be gzip", []byte{0x1f, 0x8b, 8}, 0},
		{"a claim deflate cannot make", bogus, 0},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, n := write(fmt.Sprintf("p%d.gz", i), tt.data)
			if got := gzipSizeHint(p, n); got != tt.want {
				t.Errorf("hint %d, want %d", got, tt.want)
			}
		})
	}
	if got := gzipSizeHint(filepath.Join(dir, "missing.gz"), 100); got != 0 {
		t.Errorf("missing file: hint %d", got)
	}
}

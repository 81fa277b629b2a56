package source

import (
	"bytes"
	"errors"
	"io"
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

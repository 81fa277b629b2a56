package source

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/cespare/xxhash/v2"

	"github.com/akhbar/akhbar/pipeline"
)

// TestReadDigest checks Options.Digest: the hash and length of the input
// as stored (compressed bytes for a compressed file, every record of a
// container), given only when the input was read to its end.
func TestReadDigest(t *testing.T) {
	jsonl := []byte("{\"url\":\"https://a.example/1\",\"text\":\"one\"}\n{\"url\":\"https://a.example/2\",\"text\":\"two\"}\n")
	tests := []struct {
		name   string
		file   []byte
		o      Options
		emit   error
		called bool
	}{
		{name: "dump.txt", file: dump, called: true},
		{name: "dump.txt.gz", file: gzipBytes(t, dump), called: true},
		{name: "dump.txt.zst", file: zstdBytes(t, dump), called: true},
		{name: "pages.jsonl", file: jsonl, called: true},
		// A small page over the limit may still have been read to its
		// end by the buffers (and then its digest is right); a large one
		// is not read to its end, and has none.
		{name: "over.txt", file: bytes.Repeat(dump, 4), o: Options{MaxItemBytes: int64(len(dump))}, called: true},
		{name: "big.txt", file: bytes.Repeat(dump, 8000), o: Options{MaxItemBytes: int64(len(dump))}, called: false},
		{name: "stopped.jsonl", file: jsonl, emit: errors.New("stop"), called: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.name)
			if err := os.WriteFile(path, tt.file, 0o644); err != nil {
				t.Fatal(err)
			}
			called := false
			o := tt.o
			o.Digest = func(sum uint64, size int64) {
				called = true
				if sum != xxhash.Sum64(tt.file) || size != int64(len(tt.file)) {
					t.Errorf("digest %016x of %d bytes, want %016x of %d", sum, size, xxhash.Sum64(tt.file), len(tt.file))
				}
			}
			err := Read(context.Background(), Input{Path: path, Size: int64(len(tt.file))}, o, func(pipeline.Item) error { return tt.emit })
			if !errors.Is(err, tt.emit) {
				t.Fatalf("Read = %v, want %v", err, tt.emit)
			}
			if called != tt.called {
				t.Errorf("digest given: %v, want %v", called, tt.called)
			}
		})
	}
}

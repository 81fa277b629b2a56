package index

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// FuzzDamagedIndex loads an index one of whose files was replaced by
// arbitrary bytes and searches it: damage must be an error, never a
// panic or an endless allocation.
func FuzzDamagedIndex(f *testing.F) {
	files := []string{"rows.bin", "terms.dir", "terms.bin", "postings.bin", "dicts.json", "frames.bin", "store.zst"}
	f.Add(uint8(0), []byte("AKHBARIX\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00"))
	f.Add(uint8(1), []byte("\x05abcde\xff\xff\xff\xff\x0f"))
	f.Add(uint8(2), []byte("\x03abc\x02\x00\x10"))
	f.Add(uint8(5), []byte("\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, which uint8, b []byte) {
		path := copyCorpus(t, "c.jsonl.zst")
		ix, err := Open(context.Background(), path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		dir := ix.Dir()
		ix.Close()
		name := files[int(which)%len(files)]
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
		m, err := readManifest(dir)
		if err != nil {
			t.Fatal(err)
		}
		ix2, err := load(path, dir, m)
		if err != nil {
			return
		}
		defer ix2.Close()
		for _, q := range []Query{{}, {Text: "monsoon"}, {Text: "ச*"}, {Text: "id:eng-1"}, {Site: "Dinamani", Sort: "-date"}} {
			res, err := ix2.Search(q)
			if err != nil {
				continue
			}
			for _, r := range res.Rows {
				ix2.Record(r)
			}
		}
	})
}

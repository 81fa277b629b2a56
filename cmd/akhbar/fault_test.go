package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/akhbar/akhbar/internal/xio"
	"github.com/akhbar/akhbar/job"
	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
)

// fault is one damaged or hostile input and what may become of it: "record"
// or "reject:<reason>" (several when more than one is right, e.g. a page
// that may be salvaged or refused).
type fault struct {
	name string
	data func(r *rand.Rand) []byte
	want []string
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// The default sizes keep the test quick under the race detector;
// AKHBAR_FAULTS_FULL=1 (scripts/fault-test.sh) uses the default limit
// (32 MiB) and a 50 MB single tag, which is then too large.
var (
	faultMaxItem = 1 << 20
	tagBytes     = 300 << 10
	// big scales the pathological inputs: 1 in the default tests, 10 at
	// full size.
	big = 1
)

var faults = []fault{
	{"empty.txt", func(*rand.Rand) []byte { return nil }, []string{"reject:empty"}},
	{"blank.txt", func(*rand.Rand) []byte { return []byte("\n\n   \n") }, []string{"record", "reject:empty"}},
	{"binary.txt", func(r *rand.Rand) []byte {
		b := make([]byte, 10000)
		for i := range b {
			b[i] = byte(r.IntN(256))
		}
		b[10] = 0
		return b
	}, []string{"reject:binary"}},
	{"huge.txt", func(r *rand.Rand) []byte {
		p := page(r, "huge")
		return bytes.Repeat([]byte(p), faultMaxItem/len(p)+2)
	}, []string{"reject:too-large"}},
	{"invalid-utf8.txt", func(r *rand.Rand) []byte {
		return []byte(strings.ReplaceAll(page(r, "bad"), "e", "\xff\xfe"))
	}, []string{"record"}},
	{"truncated.txt.gz", func(r *rand.Rand) []byte { b := gz([]byte(page(r, "trunc"))); return b[:len(b)*2/3] }, []string{"record+truncated", "reject:decompress"}},
	// A gzip header over garbage: the garbage may inflate to some bytes
	// before the stream breaks, which are kept and flagged like any
	// truncated input.
	{"bad-gzip.txt.gz", func(*rand.Rand) []byte { return append([]byte{0x1f, 0x8b, 8, 0}, bytes.Repeat([]byte{0xAA}, 200)...) }, []string{"reject:decompress", "record+truncated"}},
	{"one-long-line.txt", func(r *rand.Rand) []byte {
		return bytes.Repeat([]byte("word "), faultMaxItem/6*big/10)
	}, []string{"record", "reject:timeout"}},
	{"regex-bomb.txt", func(*rand.Rand) []byte {
		// Runs of one letter and of separators, the inputs that make
		// backtracking matchers blow up.
		return []byte(strings.Repeat("a", 20000*big) + "!\n" + strings.Repeat("- ", 10000*big) + "\n" + strings.Repeat("Published : ", 2000*big))
	}, []string{"record", "reject:timeout"}},
	{"many-lines.txt", func(*rand.Rand) []byte { return bytes.Repeat([]byte("x\n"), 20000*big) }, []string{"record", "reject:too-many-lines", "reject:timeout"}},
	{"nested.html", func(*rand.Rand) []byte {
		return []byte("<html><body>" + strings.Repeat("<div>", 5000*big) + "deep" + strings.Repeat("</div>", 5000*big) + "</body></html>")
	}, []string{"record", "reject:unsupported", "reject:html", "reject:html-bomb", "reject:timeout"}},
	{"one-tag.html", func(*rand.Rand) []byte {
		return []byte("<html><body><p title=\"" + strings.Repeat("x", tagBytes) + "\">text</p></body></html>")
	}, []string{"record", "reject:unsupported", "reject:html", "reject:timeout", "reject:too-large"}},
	{"nul-in-text.txt", func(r *rand.Rand) []byte { return []byte(page(r, "nul") + "\x00\x00") }, []string{"reject:binary", "record"}},
}

// TestFaults mixes damaged and hostile inputs among good ones and checks
// that every good item is a record, every bad one a reject with an
// expected reason (or a salvaged record where that is right), and that
// the counts add up: nothing is lost, nothing stops the run.
func TestFaults(t *testing.T) {
	if os.Getenv("AKHBAR_FAULTS_FULL") != "" {
		faultMaxItem, tagBytes, big = job.DefaultMaxItemBytes, 50<<20, 10
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if keep := os.Getenv("AKHBAR_FAULTS_DIR"); keep != "" {
		// scripts/fault-test.sh runs the binary on the inputs again.
		in = keep
		os.RemoveAll(in)
	}
	os.MkdirAll(in, 0o755)
	r := rand.New(rand.NewPCG(3, 4))
	want := map[string][]string{}
	for i := range 30 {
		id := fmt.Sprintf("good-%02d", i)
		os.WriteFile(filepath.Join(in, id+".txt"), []byte(page(r, "good")), 0o644)
		want[id] = []string{"record"}
	}
	for i, f := range faults {
		// Faults sort among the good files.
		name := fmt.Sprintf("good-%02d-%s", i*2, f.name)
		if err := os.WriteFile(filepath.Join(in, name), f.data(r), 0o644); err != nil {
			t.Fatal(err)
		}
		want[strings.SplitN(name, ".", 2)[0]] = f.want
	}
	// A JSONL container with broken lines, an over-long line, a line
	// without text and good lines.
	var jl bytes.Buffer
	for i := range 40 {
		id := fmt.Sprintf("line-%02d", i)
		switch i % 10 {
		case 3:
			jl.WriteString(`{"id": "` + id + `", "text": "unterminated` + "\n")
			want["jsonl:"+fmt.Sprint(i+1)] = []string{"reject:json"}
		case 5:
			jl.WriteString(`{"id": "` + id + `", "title": "no body"}` + "\n")
			want[id] = []string{"reject:no-content"}
		case 7:
			b, _ := json.Marshal(map[string]string{"id": id, "text": strings.Repeat("long ", faultMaxItem/4)})
			jl.Write(append(b, '\n'))
			want["jsonl:"+fmt.Sprint(i+1)] = []string{"reject:too-large"}
		default:
			b, _ := json.Marshal(map[string]string{"id": id, "text": page(r, "jsonl")})
			jl.Write(append(b, '\n'))
			want[id] = []string{"record"}
		}
	}
	jl.WriteString("\x00\x01 not json at all\n")
	want["jsonl:41"] = []string{"reject:json"}
	os.WriteFile(filepath.Join(in, "jsonl.jsonl.gz"), gz(jl.Bytes()), 0o644)

	out := filepath.Join(dir, "out") + "/"
	var stderr bytes.Buffer
	opts := cleanOptions{Format: "auto", Output: out, Quality: "none", Quiet: true, MaxItemBytes: int64(faultMaxItem),
		ItemTimeout: 20 * time.Second, ShardRecords: 7}
	if err := runClean(context.Background(), opts, []string{in}, &stderr); err != nil {
		t.Fatalf("clean: %v\n%s", err, stderr.String())
	}
	got := map[string]string{}
	if err := sink.ReadRecords(out, func(rec pipeline.Record) error {
		got[rec.ID] = "record"
		if slices.Contains(rec.Flags, "truncated-input") {
			got[rec.ID] = "record+truncated"
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	m, err := sink.ReadManifest(filepath.Join(out, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range m.Shards {
		if s.Rejects == "" {
			continue
		}
		readJSONLines(t, filepath.Join(out, s.Rejects), func(line []byte) {
			var rej pipeline.Reject
			if err := json.Unmarshal(line, &rej); err != nil {
				t.Fatal(err)
			}
			if rej.Error == "" || !strings.Contains(rej.Error, filepath.Base(rej.Source.Path)) && !strings.Contains(rej.Error, rej.ID) {
				t.Errorf("reject %s: error %q names neither the item nor its file", rej.ID, rej.Error)
			}
			got[rej.ID] = "reject:" + rej.Reason
		})
	}
	for id, w := range want {
		g, ok := got[id]
		if !ok {
			t.Errorf("%s: neither a record nor a reject (want %v)", id, w)
			continue
		}
		found := false
		for _, x := range w {
			found = found || x == g
		}
		if !found {
			t.Errorf("%s: %s, want one of %v", id, g, w)
		}
	}
	for id, g := range got {
		if _, ok := want[id]; !ok {
			t.Errorf("unexpected %s: %s", id, g)
		}
	}
	st := m.Stats
	if st.Read != st.Written+st.Rejected || st.Read != int64(len(want)) {
		t.Errorf("counts: %s; want %d items", st.Summary(), len(want))
	}
	t.Log(st.Summary())
}

func readJSONLines(t *testing.T, path string, fn func([]byte)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := readAllDecompressed(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range bytes.Split(b, []byte("\n")) {
		if len(bytes.TrimSpace(line)) > 0 {
			fn(line)
		}
	}
}

func readAllDecompressed(f *os.File) ([]byte, error) {
	r, _, closeFn, err := xio.Decompress(f)
	if err != nil {
		return nil, err
	}
	defer closeFn()
	return io.ReadAll(r)
}

package source

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"

	"github.com/akhbar/akhbar/pipeline"
	utf16pkg "unicode/utf16"
)

// readItems reads one input and collects its items.
func readItems(t testing.TB, path string, o Options) []pipeline.Item {
	t.Helper()
	var items []pipeline.Item
	if err := Read(context.Background(), Input{Path: path}, o, func(it pipeline.Item) error {
		items = append(items, it)
		return nil
	}); err != nil {
		t.Fatalf("Read(%s): %v", path, err)
	}
	return items
}

func gzipBytes(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func zstdBytes(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, _ := zstd.NewWriter(&buf)
	w.Write(b)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func reason(it pipeline.Item) string {
	var re *pipeline.RejectError
	if errors.As(it.Err, &re) {
		return re.Reason
	}
	if it.Err != nil {
		return "error"
	}
	return ""
}

// dump is a small text dump of the shape Read sees most.
var dump = []byte("Home / News\n\nMarkets fall as rates rise\n\nStocks fell on Monday after the central bank raised rates again. Traders said more falls were likely.\n")

// longText is text long enough that a truncated compressed copy still
// holds some of it, and short enough to fit in one read buffer.
var longText = []byte(strings.Repeat("नई दिल्ली: विदेश मंत्री एस जयशंकर ने बुधवार को अस्ताना में बातचीत की.\n", 30))

func TestRead(t *testing.T) {
	gzLong := gzipBytes(t, longText)
	gzBig := gzipBytes(t, bytes.Repeat(longText, 200)) // several read buffers
	gzHeaderOnly := gzLong[:12]
	zstLong := zstdBytes(t, longText)
	// zstd decodes whole blocks of up to 128 KiB: only a long input that
	// does not compress well has a complete block before a cut.
	noisy := noisyText(600 << 10)
	zstBig := zstdBytes(t, noisy)
	bz2, err := os.ReadFile("testdata/long.txt.bz2") // bzip2 -c of longText
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		reason    string // "" for an item to process
		format    string
		body      []byte // nil: not checked
		truncated bool
		prefixOf  []byte // a truncated body must be a prefix of this
		errHas    string
	}
	tests := []struct {
		name, file string
		data       []byte
		opt        Options
		want       want
	}{
		{"text", "a.txt", dump, Options{}, want{format: "text", body: dump}},
		{"text gz", "a.txt.gz", gzipBytes(t, dump), Options{}, want{format: "text", body: dump}},
		{"text zst", "a.txt.zst", zstdBytes(t, dump), Options{}, want{format: "text", body: dump}},
		{"compressed without extension", "a", gzipBytes(t, dump), Options{}, want{format: "text", body: dump}},
		{"html", "a.txt", []byte("<!doctype html><html><body><p>x</p></body></html>"), Options{}, want{format: "html"}},
		{"format forced", "a.html", []byte("<html>x</html>"), Options{Format: Text}, want{format: "text"}},
		{"empty", "e.txt", nil, Options{}, want{reason: "empty", errHas: "e.txt"}},
		{"empty gz", "e.txt.gz", gzipBytes(t, nil), Options{}, want{reason: "empty"}},
		{"binary", "b.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), Options{}, want{reason: "binary", errHas: "b.txt"}},
		{"binary gz", "b.txt.gz", gzipBytes(t, []byte("\x00\x01\x02\x03\x04 binary")), Options{}, want{reason: "binary"}},
		{"invalid utf-8 passes to the extractor", "l.txt", []byte("caf\xe9 \xff\xfe text"), Options{}, want{format: "text", body: []byte("caf\xe9 \xff\xfe text")}},
		{"too large", "big.txt", bytes.Repeat([]byte("x"), 2000), Options{MaxItemBytes: 1000}, want{reason: "too-large", errHas: "1000 byte limit"}},
		{"at the limit", "lim.txt", bytes.Repeat([]byte("x"), 1000), Options{MaxItemBytes: 1000}, want{format: "text"}},
		{"too large one line gz", "big.txt.gz", gzipBytes(t, bytes.Repeat([]byte("y"), 5000)), Options{MaxItemBytes: 1000}, want{reason: "too-large"}},
		{"truncated gz keeps what was read", "t.txt.gz", gzBig[:len(gzBig)/2], Options{}, want{format: "text", truncated: true, prefixOf: bytes.Repeat(longText, 200)}},
		{"truncated small gz keeps what was read", "ts.txt.gz", gzLong[:len(gzLong)*2/3], Options{}, want{format: "text", truncated: true, prefixOf: longText}},
		{"truncated zst keeps what was read", "t.txt.zst", zstBig[:len(zstBig)*3/4], Options{}, want{format: "text", truncated: true, prefixOf: noisy}},
		{"truncated small zst has nothing usable", "ts.txt.zst", zstLong[:len(zstLong)*2/3], Options{}, want{reason: "decompress"}},
		{"bz2", "l.txt.bz2", bz2, Options{}, want{format: "text", body: longText}},
		{"bz2 without its end marker keeps its block", "t.txt.bz2", bz2[:len(bz2)-10], Options{}, want{format: "text", truncated: true, prefixOf: longText}},
		{"bz2 cut inside its only block has nothing usable", "c.txt.bz2", bz2[:len(bz2)-40], Options{}, want{reason: "decompress"}},
		{"gz cut after its header has nothing usable", "h.txt.gz", gzHeaderOnly, Options{}, want{reason: "decompress", errHas: "h.txt.gz"}},
		{"gz header cut", "c.txt.gz", gzLong[:6], Options{}, want{reason: "decompress"}},
		{"corrupt gz", "x.txt.gz", append([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3}, bytes.Repeat([]byte{0xff}, 100)...), Options{}, want{reason: "decompress"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.file)
			if err := os.WriteFile(path, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			items := readItems(t, path, tt.opt)
			if len(items) != 1 {
				t.Fatalf("%d items, want 1", len(items))
			}
			it := items[0]
			if it.ID != IDFromPath(tt.file) || it.Source.Path != path {
				t.Errorf("item names %q %q, want %q %q", it.ID, it.Source.Path, IDFromPath(tt.file), path)
			}
			if got := reason(it); got != tt.want.reason {
				t.Fatalf("reason %q (%v), want %q", got, it.Err, tt.want.reason)
			}
			if tt.want.reason != "" {
				if it.Body != nil {
					t.Errorf("a reject carries %d bytes of body", len(it.Body))
				}
				if !strings.Contains(it.Err.Error(), tt.want.errHas) {
					t.Errorf("error %q does not say %q", it.Err, tt.want.errHas)
				}
				return
			}
			if it.Source.Format != tt.want.format {
				t.Errorf("format %q, want %q", it.Source.Format, tt.want.format)
			}
			if tt.want.body != nil && !bytes.Equal(it.Body, tt.want.body) {
				t.Errorf("body %.60q, want %.60q", it.Body, tt.want.body)
			}
			if got := it.Meta["truncated"] != ""; got != tt.want.truncated {
				t.Errorf("truncated = %v (%q), want %v", got, it.Meta["truncated"], tt.want.truncated)
			}
			if tt.want.truncated {
				if len(it.Body) == 0 {
					t.Fatal("a truncated item with an empty body")
				}
				if !bytes.HasPrefix(tt.want.prefixOf, it.Body) {
					t.Errorf("the truncated body is not a prefix of the input (a half rune at its end?): ...%q", it.Body[max(0, len(it.Body)-20):])
				}
			}
		})
	}
}

// noisyText is n bytes of words that compress poorly, in lines.
func noisyText(n int) []byte {
	words := strings.Fields("नई दिल्ली विदेश मंत्री एस जयशंकर ಬಾಗಲಕೋಟೆ ಜಿಲ್ಲೆಯಲ್ಲಿ the minister said on Monday that 12 of 2024")
	var b bytes.Buffer
	x := uint32(2463534242)
	for i := 0; b.Len() < n; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b.WriteString(words[x%uint32(len(words))])
		b.WriteByte(" 0123456789abcdefghij"[x>>8%21])
		if x%13 == 0 {
			b.WriteByte('\n')
		} else {
			b.WriteByte(' ')
		}
	}
	return b.Bytes()
}

func TestReadMissing(t *testing.T) {
	items := readItems(t, filepath.Join(t.TempDir(), "gone.txt"), Options{})
	if len(items) != 1 || reason(items[0]) != "open" || items[0].ID != "gone" {
		t.Fatalf("items %+v, want one open reject", items)
	}
}

// TestReadEmitError checks that Read stops when emit fails and says so.
func TestReadEmitError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(path, dump, 0o644)
	stop := errors.New("stop")
	if err := Read(context.Background(), Input{Path: path}, Options{}, func(pipeline.Item) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("Read = %v, want the emit error", err)
	}
}

func TestTrimPartialRune(t *testing.T) {
	deva := "नमस्ते" // three-byte runes
	tests := []struct{ in, want string }{
		{"", ""},
		{"abc", "abc"},
		{deva, deva},
		{deva + "\xe0", deva},
		{deva + "\xe0\xa4", deva},
		{"a\xf0\x9f\x98", "a"}, // a four-byte rune cut after three
		{"a\xf0\x9f\x98\x80", "a\xf0\x9f\x98\x80"},
		{"caf\xe9", "caf"}, // a Latin-1 byte at the end looks like a cut rune: one letter of a damaged page lost
	}
	for _, tt := range tests {
		if got := string(trimPartialRune([]byte(tt.in))); got != tt.want {
			t.Errorf("trimPartialRune(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// utf16 encodes s as UTF-16 with a byte order mark.
func utf16(s string, bigEndian bool) []byte {
	out := []byte{0xff, 0xfe}
	if bigEndian {
		out = []byte{0xfe, 0xff}
	}
	for _, u := range utf16pkg.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// Text saved as UTF-16 with a byte order mark (Windows "Unicode" text,
// PowerShell's redirects) is read as UTF-8, in whatever format it holds,
// and each item says what it was transcoded from.
func TestReadUTF16(t *testing.T) {
	page := "<!doctype html><html><body><p>नई दिल्ली</p></body></html>"
	lines := `{"id":"a","text":"नई दिल्ली"}` + "\r\n" + `{"id":"b","text":"Markets fall"}` + "\r\n"
	for _, tc := range []struct {
		name, file string
		data       []byte
		format     string
		bodies     []string
		charset    string
	}{
		{"text le", "a.txt", utf16(string(dump), false), "text", []string{string(dump)}, "utf-16le (bom)"},
		{"text be", "a.txt", utf16(string(longText), true), "text", []string{string(longText)}, "utf-16be (bom)"},
		{"text le gz", "a.txt.gz", gzipBytes(t, utf16(string(dump), false)), "text", []string{string(dump)}, "utf-16le (bom)"},
		{"html", "a.html", utf16(page, false), "html", []string{page}, "utf-16le (bom)"},
		{"jsonl", "a.jsonl", utf16(lines, false), "jsonl+text", []string{"नई दिल्ली", "Markets fall"}, "utf-16le (bom)"},
		{"an odd byte at the end", "o.txt", append(utf16("Markets", false), 'x'), "text", []string{"Markets\uFFFD"}, "utf-16le (bom)"},
		{"no byte order mark stays as it is", "n.txt", dump, "text", []string{string(dump)}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tc.file)
			if err := os.WriteFile(path, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
			items := readItems(t, path, Options{})
			checkPages(t, items, tc.format, tc.bodies)
			for i, it := range items {
				if it.Meta["charset"] != tc.charset {
					t.Errorf("item %d: charset %q, want %q", i, it.Meta["charset"], tc.charset)
				}
			}
		})
	}
}

// A file compressed twice or three times is read through every layer;
// a fourth layer, or an inner layer that only looks compressed, is a
// "decompress" reject naming the file, not "binary".
func TestReadCompressedTwice(t *testing.T) {
	page := []byte("<!doctype html><html><body><p>Markets fall as rates rise</p></body></html>")
	lines := []byte(`{"id":"a","text":"नई दिल्ली"}` + "\n" + `{"id":"b","text":"Markets fall"}` + "\n")
	gz := func(b []byte, n int) []byte {
		for range n {
			b = gzipBytes(t, b)
		}
		return b
	}
	for _, tc := range []struct {
		name, file string
		data       []byte
		format     string
		bodies     []string
		reason     string
	}{
		{"gzip twice", "a.txt.gz", gz(dump, 2), "text", []string{string(dump)}, ""},
		{"zstd over gzip", "a.html.zst", zstdBytes(t, gz(page, 1)), "html", []string{string(page)}, ""},
		{"gzip three times", "a.jsonl.gz", gz(lines, 3), "jsonl+text", []string{"नई दिल्ली", "Markets fall"}, ""},
		{"gzip four times", "a.txt.gz", gz(dump, 4), "", nil, "decompress"},
		{"an inner gzip header and junk", "a.txt.gz", gz(append([]byte{0x1f, 0x8b, 0xff, 0xff}, dump...), 1), "", nil, "decompress"},
		{"once stays as it is", "a.txt.gz", gz(longText, 1), "text", []string{string(longText)}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			items := readItemsFrom(t, tc.file, tc.data, 0)
			if tc.reason != "" {
				if len(items) != 1 || reason(items[0]) != tc.reason {
					t.Fatalf("got %d items (first %v), want one %q reject", len(items), items[0].Err, tc.reason)
				}
				if !strings.Contains(items[0].Err.Error(), items[0].Source.Path) {
					t.Errorf("error %q does not name the file", items[0].Err)
				}
				return
			}
			checkPages(t, items, tc.format, tc.bodies)
		})
	}
}

// checkPages fails unless items are pages of the given format and bodies.
func checkPages(t *testing.T, items []pipeline.Item, format string, bodies []string) {
	t.Helper()
	if len(items) != len(bodies) {
		t.Fatalf("%d items, want %d", len(items), len(bodies))
	}
	for i, it := range items {
		if it.Err != nil {
			t.Fatalf("item %d: %v", i, it.Err)
		}
		if it.Source.Format != format {
			t.Errorf("item %d: format %q, want %q", i, it.Source.Format, format)
		}
		if string(it.Body) != bodies[i] {
			t.Errorf("item %d: body %.60q, want %.60q", i, it.Body, bodies[i])
		}
	}
}

package xio

import (
	"bytes"
	"io"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

func gz(t testing.TB, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	io.WriteString(w, s)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func zst(t testing.TB, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	w, err := zstd.NewWriter(&b)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w, s)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func read(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name string
		head []byte
		want Compression
	}{
		{"empty", nil, None},
		{"one byte", []byte{0x1f}, None},
		{"gzip", []byte{0x1f, 0x8b}, Gzip},
		{"gzip with more", []byte{0x1f, 0x8b, 8, 0, 0}, Gzip},
		{"zstd", []byte{0x28, 0xb5, 0x2f, 0xfd, 0x04}, Zstd},
		{"zstd short", []byte{0x28, 0xb5, 0x2f}, None},
		{"bzip2", []byte("BZh91AY&SY"), Bzip2},
		{"bzip2 level 1", []byte("BZh1"), Bzip2},
		{"BZh without level is text", []byte("BZh is a word"), None},
		{"BZh0 is not bzip2", []byte("BZh0"), None},
		{"xz", []byte{0xfd, '7', 'z', 'X', 'Z', 0, 0, 4}, Xz},
		{"xz short", []byte{0xfd, '7', 'z', 'X', 'Z'}, None},
		{"lz4 frame", []byte{0x04, 0x22, 0x4d, 0x18, 0x64}, LZ4},
		{"text", []byte("hello"), None},
		{"html", []byte("<!doctype html>"), None},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sniff(tt.head); got != tt.want {
				t.Errorf("Sniff(%q) = %q, want %q", tt.head, got, tt.want)
			}
		})
	}
}

func TestDecompress(t *testing.T) {
	bz, err := os.ReadFile("testdata/hello.txt.bz2")
	if err != nil {
		t.Fatal(err)
	}
	const text = "line one\nसमाचार दूसरी पंक्ति\n"
	big := strings.Repeat("0123456789abcdef\n", 20000) // more than one bufio buffer
	tests := []struct {
		name string
		in   []byte
		comp Compression
		want string
	}{
		{"plain", []byte(text), None, text},
		{"empty", nil, None, ""},
		{"three bytes", []byte("abc"), None, "abc"},
		{"gzip", gz(t, text), Gzip, text},
		{"gzip members read as one stream", append(append(gz(t, "first\n"), gz(t, "second\n")...), gz(t, "third\n")...), Gzip, "first\nsecond\nthird\n"},
		{"gzip large", gz(t, big), Gzip, big},
		{"zstd", zst(t, text), Zstd, text},
		{"zstd frames read as one stream", append(zst(t, "a\n"), zst(t, "b\n")...), Zstd, "a\nb\n"},
		{"zstd large", zst(t, big), Zstd, big},
		{"bzip2", bz, Bzip2, "hello bzip2\nसमाचार\n"},
		{"xz", read(t, "testdata/hello.txt.xz"), Xz, "hello xz\nसमाचार\n"},
		{"lz4", read(t, "testdata/hello.txt.lz4"), LZ4, "hello lz4\nसमाचार\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, c, closeFn, err := Decompress(bytes.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			defer closeFn()
			if c != tt.comp {
				t.Errorf("compression %q, want %q", c, tt.comp)
			}
			got, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("read %d bytes %.40q, want %d bytes %.40q", len(got), got, len(tt.want), tt.want)
			}
		})
	}
}

// TestDecompressDamaged checks that a broken stream reports an error,
// never a silent short read, and that whatever came before the damage is
// handed over.
func TestDecompressDamaged(t *testing.T) {
	text := strings.Repeat("सुरक्षित और शीघ्र वापसी के लिए दबाव डाला. ", 2000)
	g, z := gz(t, text), zst(t, text)
	bz, _ := os.ReadFile("testdata/hello.txt.bz2")
	prefixes := []string{text, "hello bzip2\nसमाचार\n"}
	tests := []struct {
		name string
		in   []byte
		// openErr: the header is broken, Decompress itself fails.
		openErr bool
	}{
		{"gzip header cut", g[:5], true},
		{"gzip cut in the middle", g[:len(g)/2], false},
		{"gzip without its trailer", g[:len(g)-4], false},
		{"gzip with garbage after", append(append([]byte{}, g...), "garbage"...), false},
		{"zstd cut in the middle", z[:len(z)/2], false},
		{"bzip2 cut", bz[:len(bz)-6], false},
	}
	// xz and LZ4 files of several blocks, cut: what the blocks before the
	// cut hold is handed over, then an error.
	for _, name := range []string{"testdata/long.txt.xz", "testdata/long.txt.lz4"} {
		whole := read(t, name)
		r, _, closeFn, err := Decompress(bytes.NewReader(whole))
		if err != nil {
			t.Fatal(err)
		}
		all, err := io.ReadAll(r)
		closeFn()
		if err != nil || len(all) == 0 {
			t.Fatalf("%s: %d bytes, %v", name, len(all), err)
		}
		tests = append(tests, struct {
			name    string
			in      []byte
			openErr bool
		}{name + " cut", whole[:len(whole)*3/4], false})
		prefixes = append(prefixes, string(all))
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, _, closeFn, err := Decompress(bytes.NewReader(tt.in))
			if tt.openErr {
				if err == nil {
					closeFn()
					t.Fatal("Decompress accepted a broken header")
				}
				return
			}
			if err != nil {
				t.Fatalf("Decompress: %v", err)
			}
			defer closeFn()
			got, err := io.ReadAll(r)
			if err == nil {
				t.Fatalf("read %d bytes of a damaged stream without an error", len(got))
			}
			if !slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(p, string(got)) }) {
				t.Errorf("the %d bytes read before the damage are not a prefix of the input", len(got))
			}
		})
	}
}

// TestDecompressReaderError checks that an error reading the first bytes
// is reported, not taken for an empty input.
func TestDecompressReaderError(t *testing.T) {
	_, _, _, err := Decompress(errReader{})
	if err == nil {
		t.Fatal("Decompress hides the error of its reader")
	}
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, os.ErrPermission }

// TestDecompressXzDictLimit: an xz stream that declares a dictionary past
// maxXzDict is refused when it is read, before the dictionary is
// allocated (a few bytes must not cost gigabytes).
func TestDecompressXzDictLimit(t *testing.T) {
	r, c, closeFn, err := Decompress(bytes.NewReader(read(t, "testdata/bigdict.txt.xz")))
	if err == nil {
		defer closeFn()
		_, err = io.ReadAll(r)
	}
	if c != Xz || err == nil || !strings.Contains(err.Error(), "xz") {
		t.Fatalf("compression %q, error %v; want an xz error", c, err)
	}
}

func TestBOM(t *testing.T) {
	for _, tc := range []struct {
		head []byte
		name string
	}{
		{[]byte("\xef\xbb\xbf<p>"), "utf-8"},
		{[]byte("\xfe\xff\x00<"), "utf-16be"},
		{[]byte("\xff\xfe<\x00"), "utf-16le"},
		{[]byte("\xff"), ""},
		{[]byte("<p>"), ""},
		{nil, ""},
	} {
		if enc, name := BOM(tc.head); name != tc.name || (enc == nil) != (tc.name == "") {
			t.Errorf("BOM(%q) = %v %q, want %q", tc.head, enc, name, tc.name)
		}
	}
}

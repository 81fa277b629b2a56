package source

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/akhbar/akhbar/pipeline"
)

type archived struct {
	name string
	body []byte
	kind byte // tar.TypeReg unless set
}

func tarOf(t testing.TB, files ...archived) []byte {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, f := range files {
		h := &tar.Header{Name: f.name, Mode: 0o644, Size: int64(len(f.body)), Typeflag: tar.TypeReg, ModTime: time.Unix(0, 0)}
		switch f.kind {
		case tar.TypeDir:
			h.Typeflag, h.Size, h.Mode = tar.TypeDir, 0, 0o755
		case tar.TypeSymlink:
			h.Typeflag, h.Size, h.Linkname = tar.TypeSymlink, 0, string(f.body)
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if h.Typeflag == tar.TypeReg {
			tw.Write(f.body)
		}
	}
	tw.Close()
	return buf.Bytes()
}

func zipOf(t testing.TB, files ...archived) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		w, err := zw.Create(f.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(f.body)
	}
	zw.Close()
	return buf.Bytes()
}

// archiveMembers are a site mirror's: two pages, a dump gzipped, a JSONL
// of two lines, a hidden file, a macOS resource fork, a folder and a link.
func archiveMembers(t testing.TB) []archived {
	html := func(i int) []byte {
		return []byte(fmt.Sprintf("<html><head><title>Story %d</title></head><body><article><p>The council met on Monday about the river, page %d.</p></article></body></html>", i, i))
	}
	return []archived{
		{name: "site/", kind: tar.TypeDir},
		{name: "site/news/one.html", body: html(1)},
		{name: "site/news/two.htm", body: html(2)},
		{name: "site/dump.txt.gz", body: gz("Headline of the dump\n\nThe river rose two metres overnight, officials said.\n")},
		{name: "site/feed.jsonl", body: []byte(`{"id":"a","text":"First line's text."}` + "\n" + `{"id":"b","text":"Second line's text."}` + "\n")},
		{name: "site/.hidden.html", body: html(3)},
		{name: "__MACOSX/site/._one.html", body: []byte("\x00\x05\x16\x07 resource fork")},
		{name: "site/latest.html", body: []byte("news/one.html"), kind: tar.TypeSymlink},
	}
}

func readArchive(t *testing.T, path string, data []byte, o Options) (items []pipeline.Item, rejects []string) {
	t.Helper()
	err := ReadFrom(context.Background(), bytes.NewReader(data), Input{Path: path, Size: int64(len(data))}, o, func(it pipeline.Item) error {
		if it.Err != nil {
			rejects = append(rejects, it.Err.Error())
		} else if it.Skip == "" {
			items = append(items, it)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return items, rejects
}

// TestReadArchives: every regular member of a tar (plain or gzipped) or a
// zip is read as a file of its own, named archive!/member, with its own
// compression and format; hidden members, folders and links are not.
func TestReadArchives(t *testing.T) {
	var zipMembers []archived
	for _, m := range archiveMembers(t) {
		if m.kind == 0 {
			zipMembers = append(zipMembers, m)
		}
	}
	want := []string{
		"one html site.tgz!/site/news/one.html",
		"two html site.tgz!/site/news/two.htm",
		"dump text site.tgz!/site/dump.txt.gz",
		"a jsonl+text site.tgz!/site/feed.jsonl",
		"b jsonl+text site.tgz!/site/feed.jsonl",
	}
	for _, tt := range []struct {
		name, path string
		data       []byte
	}{
		{"tar", "site.tgz", tarOf(t, archiveMembers(t)...)},
		{"tar.gz", "site.tgz", gz(string(tarOf(t, archiveMembers(t)...)))},
		{"zip", "site.tgz", zipOf(t, zipMembers...)},
		{"zip from a stream", "-", zipOf(t, zipMembers...)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			items, rejects := readArchive(t, tt.path, tt.data, Options{})
			var got []string
			for _, it := range items {
				got = append(got, it.ID+" "+it.Source.Format+" "+it.Source.Path)
			}
			w := want
			if tt.path == "-" {
				w = nil
				for _, s := range want {
					w = append(w, strings.ReplaceAll(s, "site.tgz", "-"))
				}
			}
			if strings.Join(got, "\n") != strings.Join(w, "\n") || len(rejects) != 0 {
				t.Errorf("items:\n%s\nrejects %q; want:\n%s", strings.Join(got, "\n"), rejects, strings.Join(w, "\n"))
			}
		})
	}
}

// TestReadArchivesDamaged: a tar cut inside a member keeps what was read
// of it (flagged truncated) and the members before it; a damaged header is
// one reject; archives nested too deep are a reject naming the member.
func TestReadArchivesDamaged(t *testing.T) {
	members := archiveMembers(t)
	whole := tarOf(t, members...)
	cut := whole[:bytes.Index(whole, []byte("The council met on Monday about the river, page 2"))+20]
	items, rejects := readArchive(t, "cut.tar", cut, Options{})
	if len(items) != 2 || items[1].Meta["truncated"] == "" || len(rejects) != 0 {
		t.Errorf("cut inside the second page: %d items (second truncated: %q), rejects %q", len(items), items[len(items)-1].Meta["truncated"], rejects)
	}
	bad := bytes.Clone(whole)
	i := bytes.Index(bad, []byte("site/news/two.htm"))
	copy(bad[i+148:], "garbage!") // the header's checksum field
	items, rejects = readArchive(t, "bad.tar", bad, Options{})
	if len(items) != 1 || len(rejects) != 1 || !strings.Contains(rejects[0], "bad.tar") {
		t.Errorf("damaged second header: %d items, rejects %q; want the first page and one reject naming the archive", len(items), rejects)
	}
	// A member far over the item limit in a compressed tar: skipping it
	// means inflating it all, so reading stops after its reject.
	bomb := gz(string(tarOf(t, archived{name: "zeros.txt", body: make([]byte, 1<<20)}, archived{name: "after.html", body: []byte("<p>after</p>")})))
	items, rejects = readArchive(t, "bomb.tar.gz", bomb, Options{MaxItemBytes: 1 << 10})
	if len(items) != 0 || len(rejects) != 2 || !strings.Contains(rejects[0], "zeros.txt") || !strings.Contains(rejects[1], "the rest of the archive is not read") {
		t.Errorf("bomb member: %d items, rejects %q; want the member's too-large and the archive's", len(items), rejects)
	}
	nested := tarOf(t, archived{name: "page.html", body: []byte("<p>deep</p>")})
	for range maxArchiveDepth {
		nested = tarOf(t, archived{name: "inner.tar", body: nested})
	}
	items, rejects = readArchive(t, "outer.tar", nested, Options{})
	if len(items) != 0 || len(rejects) != 1 || !strings.Contains(rejects[0], "nested") || !strings.Contains(rejects[0], "outer.tar!/inner.tar!/") {
		t.Errorf("archives nested %d deep: %d items, rejects %q", maxArchiveDepth+1, len(items), rejects)
	}
}

// FuzzReadArchives: whatever a tar or zip holds, reading ends, never
// panics, and every item is a page, a skip or a reject.
func FuzzReadArchives(f *testing.F) {
	f.Add(tarOf(f, archiveMembers(f)...))
	f.Add(zipOf(f, archived{name: "a.html", body: []byte("<p>x</p>")}, archived{name: "b.txt", body: []byte("text")}))
	f.Fuzz(func(t *testing.T, data []byte) {
		timer := time.AfterFunc(10*time.Second, func() { panic(fmt.Sprintf("read did not end on %q", data)) })
		defer timer.Stop()
		err := ReadFrom(context.Background(), bytes.NewReader(data), Input{Path: "fuzz.tar"}, Options{MaxItemBytes: 1 << 20}, func(it pipeline.Item) error {
			if it.Err == nil && it.Skip == "" && it.Body == nil && len(data) > 0 && it.Source.Format != "text" && it.Source.Format != "html" {
				t.Fatalf("item with neither body, skip nor error: %+v", it)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}

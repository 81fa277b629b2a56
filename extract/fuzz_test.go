package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/meta"
	"github.com/akhbar/akhbar/pipeline"
)

// addDumpSeeds adds the real dumps of the repository's testdata as seeds.
func addDumpSeeds(f *testing.F) {
	for _, glob := range []string{"../testdata/dumps/*.txt", "../testdata/seed/*.txt", "testdata/html-to-text.txt"} {
		files, _ := filepath.Glob(glob)
		for _, p := range files {
			b, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
}

// FuzzText runs the per-document pipeline on text dumps (extract, clean,
// meta, assemble) and checks that it holds together on any input: no
// panic, blocks and spans inside the input's lines and in order, and the
// text made of the body blocks alone.
func FuzzText(f *testing.F) {
	addDumpSeeds(f)
	for _, s := range []string{
		w3mDump(), lynxDump(), html2textDump(), elinksDump(), "", "\n", "\r", "\r\n\r\n", "a\rb\r\nc\nd",
		"# h\n\n---\n\n[img]\n\n* li\n\n1. one",
		"[a](b\n\nc) [d](", "\xef\xbb\xbf\xff\xfe", "a\u2028b\u0085c",
		"body { margin: 0; }\n.a { color: red; }\n.b { x: y; }\n.c { z: w; }",
		strings.Repeat("Also read: x\n\n", 10), strings.Repeat("same paragraph repeated over and over again here.\n\n", 5),
		"[https://a/] [https://b/] [http://c/]\n[/x].\n\n[/y]\nword [https://d/]", "a\n[https://a/b]\n[http://c/d] [e.html],\nb",
		"[1]Home [2]World. Then [3]a story. [4]\n[5]x [6]\t[7]",
		"****** A headline wrapped\nover lines ******\ntext\n***** open\n\n*** x\ny ****\n**** a\n**** b ****",
		"Log_In Sign_Up Home_Page:_Top Top_(Stories) _x_ a__b मुख्य_समाचार",
		"[1]a [2]b [3]c\nReferences\n\n   Visible links\n   1. title of a link\n\thttps://a/\n   2. https://b/\n   Hidden links:\n   3. file:///c",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		d := pipeline.NewDoc(pipeline.Item{ID: "fuzz", Source: pipeline.Source{Format: "text"}, Body: body})
		if err := Text(d); err != nil {
			return
		}
		clean.Classify(d)
		meta.Extract(d, meta.Options{})
		d.Assemble()
		checkDoc(t, d, len(splitLines(string(body))))
	})
}

func checkDoc(t *testing.T, d *pipeline.Doc, lines int) {
	t.Helper()
	prev := 0
	var text []string
	for i, b := range d.Blocks {
		if b.Start < 1 || b.End > lines || b.Start > b.End {
			t.Fatalf("block %d spans lines %d-%d of %d", i, b.Start, b.End, lines)
		}
		if b.Start <= prev {
			t.Fatalf("block %d starts at line %d, not after the block before (ends %d)", i, b.Start, prev)
		}
		prev = b.End
		if b.LinkShare < 0 || b.LinkShare > 1 {
			t.Fatalf("block %d LinkShare %v, want a share", i, b.LinkShare)
		}
		if b.Role == pipeline.RoleUnknown {
			t.Fatalf("block %d has no role", i)
		}
		if b.Role == pipeline.RoleRepeated && (b.Ref < 0 || b.Ref >= len(d.Blocks) || b.Ref == i) {
			t.Fatalf("block %d repeats block %d of %d", i, b.Ref, len(d.Blocks))
		}
		if b.Role == pipeline.RoleBody {
			text = append(text, b.Text)
		}
	}
	if got := strings.Join(text, "\n\n"); d.Record.Text != got {
		t.Fatalf("Text is not the body blocks:\n%q\nwant\n%q", d.Record.Text, got)
	}
	prev = 0
	for i, s := range d.Record.Spans {
		if s.Start < 1 || s.End > lines || s.Start > s.End || s.Start <= prev {
			t.Fatalf("span %d %d-%d after %d, of %d lines", i, s.Start, s.End, prev, lines)
		}
		prev = s.End
		if s.Role == pipeline.RoleRepeated && (s.Ref == nil || *s.Ref < 1 || *s.Ref > lines) {
			t.Fatalf("span %d repeats line %v of %d", i, s.Ref, lines)
		}
	}
	if len(d.Blocks) > 0 && len(d.Record.Spans) == 0 {
		t.Fatal("blocks without spans")
	}
	if d.Record.PageType == "" {
		t.Fatal("no page type")
	}
}

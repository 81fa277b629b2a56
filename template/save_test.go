package template

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// TestSaveLoad: loaded templates mark the same lines as the learnt ones,
// and saving is deterministic.
func TestSaveLoad(t *testing.T) {
	l := NewLearner(Options{})
	var docs []*pipeline.Doc
	for i := range 12 {
		d := &pipeline.Doc{Record: pipeline.Record{URL: fmt.Sprintf("https://s%d.example/%d", i%2, i)}}
		for _, line := range []string{"Home | World | Sports", "Story about " + []string{"rain", "courts", "trains", "films", "farms", "schools", "rivers", "markets", "roads", "ports", "mines", "banks"}[i] + " and nothing else", "Follow us on social media"} {
			d.Blocks = append(d.Blocks, pipeline.Block{Text: line})
		}
		l.Observe(d)
		docs = append(docs, d)
	}
	tpl := l.Finish()
	var a, b bytes.Buffer
	if err := tpl.Save(&a); err != nil {
		t.Fatal(err)
	}
	tpl.Save(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two saves differ")
	}
	back, err := Load(bytes.NewReader(a.Bytes()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if back.Stats() != tpl.Stats() {
		t.Errorf("stats %+v, want %+v", back.Stats(), tpl.Stats())
	}
	for _, d := range docs {
		x, y := *d, *d
		x.Blocks = append([]pipeline.Block(nil), d.Blocks...)
		y.Blocks = append([]pipeline.Block(nil), d.Blocks...)
		if n, m := tpl.Apply(&x), back.Apply(&y); n != m || n != 2 {
			t.Errorf("%s: learnt templates mark %d lines, loaded %d, want 2", d.Record.URL, n, m)
		}
	}
	for _, bad := range [][]byte{nil, []byte("{}\n"), a.Bytes()[:len(a.Bytes())-3]} {
		if _, err := Load(bytes.NewReader(bad), Options{}); err == nil {
			t.Errorf("Load(%q...) accepted", bad[:min(len(bad), 20)])
		}
	}
}

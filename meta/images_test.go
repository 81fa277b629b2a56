package meta

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// scanImage is the list scan images.add replaced: the reference it must
// agree with.
func scanImage(list []pipeline.Image, line string, img pipeline.Image) []pipeline.Image {
	for i, x := range list {
		if x.Caption == img.Caption {
			return list
		}
		if img.Credit != "" && x.Credit == "" && x.Caption == strings.TrimSpace(line) {
			list[i].Caption, list[i].Credit = img.Caption, img.Credit
			return list
		}
	}
	return append(list, img)
}

// TestImagesMatchScan: on random lists and captions drawn from a few
// words (so that captions, whole lines and credits collide often), the
// indexed list ends as the scan's does.
func TestImagesMatchScan(t *testing.T) {
	words := []string{"a", "b", "a (PTI)", "b (PTI)", " a (PTI) ", ""}
	credits := []string{"", "", "PTI"}
	r := rand.New(rand.NewPCG(1, 2))
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	for n := 0; n < 2000; n++ {
		var start []pipeline.Image
		for k := r.IntN(4); k > 0; k-- {
			start = append(start, pipeline.Image{Caption: pick(words), Credit: pick(credits)})
		}
		want := append([]pipeline.Image(nil), start...)
		m := newImages(append([]pipeline.Image(nil), start...))
		var steps []string
		for k := r.IntN(8); k > 0; k-- {
			line, img := pick(words), pipeline.Image{Caption: pick(words), Credit: pick(credits)}
			steps = append(steps, line+"|"+img.Caption+"|"+img.Credit)
			want = scanImage(want, line, img)
			m.add(line, img)
		}
		if !reflect.DeepEqual(m.list, want) {
			t.Fatalf("start %q, adds %q: got %q, want %q", start, steps, m.list, want)
		}
	}
}

package lang

import (
	"runtime"
	"strings"
	"testing"
)

// The model is read in place from the binary's data, so loading it must not
// copy it onto the heap. Run alone (go test -run ModelHeap -v) to see the
// figure; in a full run other tests may have loaded it already.
func TestModelHeap(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	Identify("भारत दक्षिण एशिया में स्थित एक देश है।")
	Document([]string{"भारत दक्षिण एशिया में स्थित एक देश है।", "English too."})
	runtime.GC()
	runtime.ReadMemStats(&after)
	grew := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("heap grew by %d bytes after loading a %d-byte model", grew, len(modelBytes))
	if grew > 4<<20 {
		t.Errorf("heap grew by %d bytes: the model is being copied", grew)
	}
}

// A run of letters with no space is read for its first kilobyte only
// (textfeat.MaxWordBytes): an 8 MB one must give the labels of that
// kilobyte, and cost what a kilobyte does, not the 5 n-grams a letter
// (hashed, looked up, kept for the second stage) that made a 30 MB run
// take 10 CPU-seconds and 2 GB.
func TestLongWordBounded(t *testing.T) {
	for _, tc := range []struct{ name, unit string }{
		{"latin", "a"}, {"devanagari", "क"}, {"mixed marks", "कि"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			long := strings.Repeat(tc.unit, (8<<20)/len(tc.unit)) + " end."
			cut := strings.Repeat(tc.unit, 4096/len(tc.unit))
			Identify(cut) // load the model outside the measure
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			got := Identify(long)
			runtime.ReadMemStats(&after)
			if want := Identify(cut + " end."); got.Label != want.Label {
				t.Errorf("Identify(8 MB run) = %v, its first 4 KB %v", got, want)
			}
			if grew := after.TotalAlloc - before.TotalAlloc; grew > 4<<20 {
				t.Errorf("Identify of an 8 MB run allocated %d bytes", grew)
			}
			d, _, _ := Document([]string{long, cut + " end."})
			dw, _, _ := Document([]string{cut, cut + " end."})
			if d.Label != dw.Label {
				t.Errorf("Document(8 MB run) = %v, with its first 4 KB %v", d, dw)
			}
		})
	}
}

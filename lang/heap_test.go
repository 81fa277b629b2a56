package lang

import (
	"runtime"
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

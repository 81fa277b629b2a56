package timezone

import (
	"fmt"
	"testing"
)

// TestPopTzOffsetCached checks the kept answers (akhbar patch) against
// upstream's search, on first and repeated calls and after the store is
// emptied for being full.
func TestPopTzOffsetCached(t *testing.T) {
	cases := []string{
		"",
		"12 March 2024",
		"12 March 2024 10:00 UTC",
		"2024-03-12T10:00:00 GMT+02:00",
		"March 12, 2024 3:15 pm EST",
		"Tue, 12 Mar 2024 08:00:00 +0100",
		"vor 3 Stunden MEZ",
		"12.03.2024 10:00 cest",
		"no zone at all",
		"UTC",
		"  PST",
	}
	for round := 0; round < 2; round++ {
		for _, s := range cases {
			gotStr, gotData := PopTzOffset(s)
			wantStr, wantData := popTzOffset(s)
			if gotStr != wantStr || gotData != wantData {
				t.Errorf("round %d PopTzOffset(%q) = %q, %+v; upstream %q, %+v", round, s, gotStr, gotData, wantStr, wantData)
			}
		}
	}
	// A full store is emptied before the next string is kept.
	popMu.Lock()
	for i := len(popCache); i < popCacheSize; i++ {
		popCache[fmt.Sprintf("filler %d", i)] = popResult{}
	}
	popMu.Unlock()
	PopTzOffset("1 March 2024 CET")
	if len(popCache) != 1 {
		t.Errorf("a full store holds %d strings after one more, want 1", len(popCache))
	}
	for _, s := range cases {
		gotStr, gotData := PopTzOffset(s)
		wantStr, wantData := popTzOffset(s)
		if gotStr != wantStr || gotData != wantData {
			t.Errorf("after refill PopTzOffset(%q) = %q; upstream %q", s, gotStr, wantStr)
		}
	}
}

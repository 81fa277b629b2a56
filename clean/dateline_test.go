package clean

import (
	"testing"
	"time"
)

// TestDateLineReadsAtPinnedNow: whether a line is a date line depends on
// the reference time only through the latest plausible year (its year +
// 1), and that reference is the run's pinned --now, not the clock, so a
// resumed run or a test reads the same lines whatever the day.
func TestDateLineReadsAtPinnedNow(t *testing.T) {
	for _, c := range []struct {
		text string
		now  time.Time
		want bool
	}{
		{"Published: July 3, 2031 10:30 AM IST", time.Date(2031, 7, 3, 0, 0, 0, 0, time.UTC), true},
		{"Published: July 3, 2031 10:30 AM IST", time.Date(2024, 7, 3, 0, 0, 0, 0, time.UTC), false},
		{"Published: July 3, 2024 10:30 AM IST", time.Date(2024, 7, 3, 0, 0, 0, 0, time.UTC), true},
		{"अपडेटेड: 3 जुलाई 2040, 10:30 AM IST", time.Date(2039, 12, 31, 0, 0, 0, 0, time.UTC), true},
		{"अपडेटेड: 3 जुलाई 2040, 10:30 AM IST", time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC), false},
	} {
		var sc blockScan
		if got := dateLine(c.text, scanBlock(c.text, &sc), c.now); got != c.want {
			t.Errorf("dateLine(%q) at %s = %v, want %v", c.text, c.now.Format(time.DateOnly), got, c.want)
		}
	}
}

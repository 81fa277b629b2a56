package meta

import (
	"testing"
	"time"

	"github.com/akhbar/akhbar/pipeline"
)

// TestDatelineAgency: the agency a wire dateline credits, the author of a
// story with no byline.
func TestDatelineAgency(t *testing.T) {
	for _, tt := range []struct{ s, want string }{
		{"Mumbai, Jul 3 (PTI) The state government on Wednesday said …", "PTI"},
		{"लखनऊ, 03 जुलाई (वार्ता) प्रदेश सरकार ने बुधवार को कहा …", "वार्ता"},
		{"Mumbai: The state government said (PTI reported) …", ""},
		{"The minister (PTI) said …", ""},
		{"Mumbai, Jul 3 (Maharashtra) The state government …", ""},
	} {
		if got := datelineAgency(tt.s); got != tt.want {
			t.Errorf("datelineAgency(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestURLMonthDay: an address dated with the month's name.
func TestURLMonthDay(t *testing.T) {
	now := time.Date(2024, 7, 3, 12, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		u    string
		want pipeline.Time
	}{
		{"https://www.example.in/news/2024/jul/03/story-1381.html", "2024-07-03"},
		{"https://www.example.com/world/2019/July/4/story", "2019-07-04"},
		{"https://www.example.in/news/2024/jul/31/story", ""},   // after now
		{"https://www.example.in/news/2024/07/03/story", ""},    // numeric: the extractor's
		{"https://www.example.in/junk/2024/jun/31/story", ""},   // no such day
		{"https://www.example.in/news/2024/julia/03/story", ""}, // no month
	} {
		if got := urlMonthDay(tt.u, now); got != tt.want {
			t.Errorf("urlMonthDay(%q) = %q, want %q", tt.u, got, tt.want)
		}
	}
}

package meta

import (
	"testing"
	"time"
)

func TestPlaceAfterDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Published - July 03, 2024 10:30 am IST - CHENNAI", "CHENNAI"},
		{"வெளியிடப்பட்டது - ஜூலை 03, 2024 10:30 am IST - மதுரை", "மதுரை"},
		{"Updated: 3 July 2024, 10:30 IST – New Delhi", "New Delhi"},
		{"Published - July 03, 2024 - CHENNAI", ""},                       // no clock time
		{"Published - July 03, 2024 10:30 am IST", ""},                    // nothing after
		{"July 03, 2024 10:30 am IST - By Rahul Verma", ""},               // a byline
		{"July 03, 2024 10:30 am IST - Read the full story here now", ""}, // more than three words
		{"July 03, 2024 10:30 am IST - 4 min read", ""},
		{"July 03, 2024 10:30 am IST | CHENNAI", ""}, // a bar, not a dash
	} {
		if got := placeAfterDate(c.in, testNow); got != c.want {
			t.Errorf("placeAfterDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestBylineBeforeDate(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Published by: Rahul Verma Updated Wed, 03 Jul 2024 10:30 AM IST", []string{"Rahul Verma"}},
		{"Published by: अमित मिश्रा Updated Wed, 03 Jul 2024 10:30 AM IST", []string{"अमित मिश्रा"}},
		{"Published: Wed, 03 Jul 2024 10:30 AM IST", nil}, // a date label, no byline
		{"Published by: Rahul Verma", nil},                // no date on the line
		{"By Rahul Verma Edited By: Priya Nair Last Updated: Wed, 03 Jul 2024 10:30 AM (IST)", []string{"Rahul Verma"}},
		{"Von Moritz Bachmann publiziert am 25. September 2018", nil},              // no colon and no label before the date
		{"By Rahul Verma Updated Wed 03 Jul 2024", []string{"Rahul Verma"}},        // no colon anywhere
		{"Published by： Rahul Verma Updated 03 Jul 2024", []string{"Rahul Verma"}}, // a full-width colon
	} {
		got := bylineBeforeDate(c.in, testNow)
		if len(got) != len(c.want) || len(got) > 0 && got[0] != c.want[0] {
			t.Errorf("bylineBeforeDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPlaceBeforeDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"नई दिल्ली, 03 जुलाई 2024, (अपडेटेड 03 जुलाई 2024, 11:45 AM IST)", "नई दिल्ली"},
		{"لکھنؤ، 03 جولائی 2024، (اپ ڈیٹ 03 جولائی 2024، 11:45 AM IST)", "لکھنؤ"},
		{"New Delhi,UPDATED: Jul 3, 2024 10:30 IST", "New Delhi"},
		{"لکھنؤ،اپ ڈیٹ: Jul 3, 2024 10:30 IST", "لکھنؤ"},
		{"लखनऊ | अपडेटेड: जुलाई 03, 2024 10:30 IST", "लखनऊ"},
		{"Rahul Verma | 3 July 2024", ""}, // a bar before a bare date
		{"Updated, July 3, 2024", ""},     // a label
		{"Wednesday, July 3, 2024", ""},   // a weekday
		{"लखनऊ 3 घंटे पहले", "लखनऊ"},
		{"Updated 3 hours ago", ""},
		{"PTI 3 hours ago", ""},
		{"Opening Bell 11.18.19", ""},         // no comma before an absolute date
		{"By Rahul Verma, July 3, 2024", ""},  // a byline
		{"03 July 2024, 10:30 IST", ""},       // nothing before the date
		{"The city of New Delhi, July 3", ""}, // more than three words
	} {
		if got := placeBeforeDate(c.in, testNow); got != c.want {
			t.Errorf("placeBeforeDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// testNow pins the reference time of the date lines the tests read, so
// that no test follows the clock.
var testNow = time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)

// TestHeaderDatesReadAtPinnedNow: the header's date-line readers bound a
// date's year by the run's pinned --now (its year + 1), not the clock.
func TestHeaderDatesReadAtPinnedNow(t *testing.T) {
	line := "Published - July 03, 2031 10:30 am IST - CHENNAI"
	for _, c := range []struct {
		now  time.Time
		want string
	}{
		{time.Date(2031, 7, 3, 0, 0, 0, 0, time.UTC), "CHENNAI"},
		{time.Date(2024, 7, 3, 0, 0, 0, 0, time.UTC), ""},
	} {
		if got := placeAfterDate(line, c.now); got != c.want {
			t.Errorf("placeAfterDate at %s = %q, want %q", c.now.Format(time.DateOnly), got, c.want)
		}
	}
}

// BenchmarkBylineBeforeDate reads date lines as clean marks them, most
// with no colon (no time of day, no label), some with one.
func BenchmarkBylineBeforeDate(b *testing.B) {
	lines := []string{
		"July 03, 2024", "03 जुलाई 2024", "ಜುಲೈ 03, 2024", "Wed, 03 Jul 2024", "3 hours ago",
		"प्रकाशित 03 जुलाई 2024", "Updated - July 03, 2024 10:30 am IST",
		"Published by: Rahul Verma Updated Wed, 03 Jul 2024 10:30 AM IST", "Last Updated: 03 Jul 2024, 10:30 IST",
	}
	for b.Loop() {
		for _, l := range lines {
			bylineBeforeDate(l, testNow)
		}
	}
}

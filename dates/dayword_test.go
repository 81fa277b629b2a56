package dates

import (
	"strings"
	"testing"
	"time"
)

// TestFindDayWord checks the relative words without a number that Find
// reads where a date is expected (after a published or updated label, or
// as the whole line with a clock time) and leaves alone in running text.
// ref is 2024-07-10T12:00Z unless the case pins another.
func TestFindDayWord(t *testing.T) {
	lateRef := time.Date(2024, 7, 10, 20, 0, 0, 0, time.UTC) // 2024-07-11 01:30 in India
	tests := []struct {
		in   string
		ref  time.Time
		want []string // String() and the matched text
	}{
		// The whole line: the word and a clock time, a part of the day
		// before or after it, a zone after it.
		{in: "Yesterday, 10:30 PM IST", want: []string{"2024-07-09T22:30:00+05:30=Yesterday, 10:30 PM IST"}},
		{in: "कल, 10:30 PM IST", want: []string{"2024-07-09T22:30:00+05:30=कल, 10:30 PM IST"}},
		{in: "कल शाम 5:10", want: []string{"2024-07-09T17:10:00=कल शाम 5:10"}},
		{in: "Today 12:01 AM", want: []string{"2024-07-10T00:01:00=Today 12:01 AM"}},
		{in: "গতকাল, 10:30 PM IST", want: []string{"2024-07-09T22:30:00+05:30=গতকাল, 10:30 PM IST"}},
		{in: "گزشتہ کل، 10:30 PM IST", want: []string{"2024-07-09T22:30:00+05:30=گزشتہ کل، 10:30 PM IST"}},
		{in: "ꯉꯔꯥꯪ, 10:30 PM IST", want: []string{"2024-07-09T22:30:00+05:30=ꯉꯔꯥꯪ, 10:30 PM IST"}},
		// With a stated zone the day is counted in that zone: at 20:00
		// UTC it is already the 11th in India, so yesterday is the 10th.
		{in: "Yesterday, 10:30 PM IST", ref: lateRef, want: []string{"2024-07-10T22:30:00+05:30=Yesterday, 10:30 PM IST"}},
		// Without one, the zone is unknown, as an absolute date's would
		// be, and the day is counted in Ref's location.
		{in: "Yesterday, 10:30 PM", ref: lateRef, want: []string{"2024-07-09T22:30:00=Yesterday, 10:30 PM"}},
		// After a published or updated label, with or without a clock.
		{in: "Updated: yesterday 10:30", want: []string{"2024-07-09T10:30:00=yesterday 10:30"}},
		{in: "Updated: yesterday | 3 comments", want: []string{"2024-07-09=yesterday"}},
		{in: "Updated yesterday 10:30", want: []string{"2024-07-09T10:30:00=yesterday 10:30"}},
		// Hindi कल is yesterday and tomorrow; under a label, and as a
		// dated line, only the past is possible.
		{in: "प्रकाशित: कल, 10:30 PM IST", want: []string{"2024-07-09T22:30:00+05:30=कल, 10:30 PM IST"}},
		// A word that only means the future is no publication time.
		{in: "Tomorrow, 10:30 AM", want: nil},
		{in: "Updated: tomorrow 10:30", want: nil},
		// A week or a month names no day.
		{in: "Updated: last week | 3 comments", want: nil},
		// Running text: the word is not read, a number-less line is not
		// looked at.
		{in: "He left yesterday at 10:30 with 5 others.", want: nil},
		{in: "कल 10 बजे बैठक होगी", want: nil},
		{in: "Yesterday", want: nil},
		{in: "Yesterday 5", want: nil},
	}
	for _, tt := range tests {
		o := Options{Ref: ref}
		if !tt.ref.IsZero() {
			o.Ref = tt.ref
		}
		var got []string
		for _, r := range Find(tt.in, o) {
			if !r.Relative {
				t.Errorf("Find(%q): %s not marked relative", tt.in, r)
			}
			got = append(got, r.String()+"="+tt.in[r.Start:r.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Find(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestLabelDayWordPast checks that a label names a relative day word's
// date, and that the word that reads both ways is taken as the past.
func TestLabelDayWordPast(t *testing.T) {
	tests := []struct {
		in   string
		kind Kind
		want string
	}{
		{"प्रकाशित: कल, 10:30 PM IST", Published, "2024-07-09T22:30:00+05:30"},
		{"Updated: yesterday 10:30", Updated, "2024-07-09T10:30:00"},
		{"Published: today, 9:05 AM", Published, "2024-07-10T09:05:00"},
	}
	for _, tt := range tests {
		k, r, ok := Label(tt.in, Options{Ref: ref})
		if !ok || k != tt.kind || r.String() != tt.want {
			t.Errorf("Label(%q) = %v %s %v, want %v %s", tt.in, k, r, ok, tt.kind, tt.want)
		}
	}
	// The table holds both readings of कल; the past one is kept apart.
	p := newParser("कल", &opts{Options: Options{Lang: "hi"}})
	defer p.release()
	m, _, ok := p.word(0)
	if !ok || m.past == nil || m.past.dir >= 0 || m.past.unit != uDay || m.past.n != 1 {
		t.Fatalf("कल: past reading %+v", m.past)
	}
}

// TestParseDayWordClock checks the clock Parse reads after a relative day
// word: a part of the day before the clock, and a zone after it.
func TestParseDayWordClock(t *testing.T) {
	tests := map[string]string{
		"कल शाम 5:10":             "2024-07-09T17:10:00",
		"Yesterday, 10:30 PM IST": "2024-07-09T22:30:00+05:30",
		"yesterday 10:30 AM":      "2024-07-09T10:30:00",
		"yesterday":               "2024-07-09",
	}
	for in, want := range tests {
		r, ok := Parse(in, Options{Ref: ref})
		if got := r.String(); ok && got != want || !ok && want != "" {
			t.Errorf("Parse(%q) = %q %v, want %q", in, got, ok, want)
		}
	}
}

// TestRelativeZone checks that a relative day, with or without a clock,
// follows the zone decision of an absolute date without a zone: counted
// and read in DefaultZone (assumed), in a stated zone, or left in an
// unknown zone; and that an offset from Ref stays an exact instant,
// written in Ref's location. The reference is near midnight, 20:00 UTC on
// 10 July: already 01:30 on the 11th in India.
func TestRelativeZone(t *testing.T) {
	late := time.Date(2024, 7, 10, 20, 0, 0, 0, time.UTC)
	ist := time.FixedZone("IST", 19800)
	npt := time.FixedZone("NPT", 20700)
	tests := []struct {
		in      string
		zone    *time.Location
		want    string
		assumed bool
	}{
		{"Yesterday 2:45PM", ist, "2024-07-10T14:45:00+05:30", true},
		{"Yesterday 2:45PM", nil, "2024-07-09T14:45:00", false},
		{"कल शाम 5:10", ist, "2024-07-10T17:10:00+05:30", true},
		{"Today 12:01 AM", ist, "2024-07-11T00:01:00+05:30", true},
		{"Today 12:01 AM", npt, "2024-07-11T00:01:00+05:45", true},
		{"yesterday", ist, "2024-07-10", true},
		{"yesterday", nil, "2024-07-09", false},
		{"3 दिन पहले", ist, "2024-07-08", true},
		{"3 दिन पहले", nil, "2024-07-07", false},
		// A zone on the line wins over DefaultZone.
		{"Yesterday, 10:30 PM GMT", ist, "2024-07-09T22:30:00Z", false},
		{"Yesterday, 10:30 PM IST", nil, "2024-07-10T22:30:00+05:30", false},
		// An hours offset is an instant: the same in any zone, written as
		// Ref is, never assumed.
		{"2 hours ago", ist, "2024-07-10T18:00:00Z", false},
		{"2 hours ago", nil, "2024-07-10T18:00:00Z", false},
		{"10 मिनट पहले", ist, "2024-07-10T19:50:00Z", false},
		// A clock after an hours offset is a wall clock again.
		{"25 ਘੰਟੇ ਪਹਿਲਾਂ 10:08 ਬਾਦੁ", ist, "2024-07-10T22:08:00+05:30", true},
	}
	for _, tt := range tests {
		r, ok := Parse(tt.in, Options{Ref: late, DefaultZone: tt.zone})
		if !ok || r.String() != tt.want || r.ZoneAssumed != tt.assumed || !r.Relative {
			t.Errorf("Parse(%q, zone %v) = %q assumed %v relative %v (%v), want %q assumed %v",
				tt.in, tt.zone, r, r.ZoneAssumed, r.Relative, ok, tt.want, tt.assumed)
		}
	}
}

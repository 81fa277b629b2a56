package pipeline

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestStats(t *testing.T) {
	var a Stats
	a.Read, a.Written, a.BytesIn = 5, 3, 100
	a.Reject("binary")
	a.Reject("empty")
	a.Skip("request")

	var b Stats
	b.Read, b.Written, b.Duplicates, b.BytesIn = 4, 2, 1, 50
	b.Reject("binary")
	b.Skip("warcinfo")
	b.Skip("request")

	var total Stats
	total.Add(a)
	total.Add(b)
	total.Add(Stats{}) // adding nothing changes nothing
	want := Stats{Read: 9, Written: 5, Rejected: 3, Duplicates: 1, BytesIn: 150,
		Reasons: map[string]int64{"binary": 2, "empty": 1}, Skipped: map[string]int64{"request": 2, "warcinfo": 1}}
	if !reflect.DeepEqual(total, want) {
		t.Errorf("Add = %+v\nwant %+v", total, want)
	}
	// Add must not alias the maps of what it adds.
	a.Reject("binary")
	if total.Reasons["binary"] != 2 {
		t.Errorf("Add shares the reasons map of its argument")
	}
}

func TestSummary(t *testing.T) {
	tests := []struct {
		name string
		s    Stats
		want string
	}{
		{"zero", Stats{}, "read 0 = written 0 + rejected 0"},
		{"all written", Stats{Read: 2, Written: 2}, "read 2 = written 2 + rejected 0"},
		{"reasons sorted", Stats{Read: 6, Written: 2, Rejected: 4, Reasons: map[string]int64{"too-large": 1, "binary": 2, "empty": 1}},
			"read 6 = written 2 + rejected 4 [binary 2, empty 1, too-large 1]"},
		{"duplicates and skips", Stats{Read: 5, Written: 3, Rejected: 0, Duplicates: 2, Skipped: map[string]int64{"warcinfo": 1, "request": 4}},
			"read 5 = written 3 + rejected 0 (+ dropped as duplicates 2); skipped container records: request 4, warcinfo 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.s.Summary(); got != tt.want {
				t.Errorf("Summary = %q\nwant      %q", got, tt.want)
			}
		})
	}
}

func TestTimeJSON(t *testing.T) {
	type rec struct {
		Published Time `json:"published"`
		Updated   Time `json:"updated,omitempty"`
	}
	tests := []struct {
		in   rec
		json string
	}{
		{rec{}, `{"published":null}`},
		{rec{Published: "2024-07-03T19:43:00+05:30", Updated: "2024-07-04"}, `{"published":"2024-07-03T19:43:00+05:30","updated":"2024-07-04"}`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != tt.json {
			t.Errorf("Marshal(%+v) = %s, want %s", tt.in, b, tt.json)
		}
		var back rec
		if err := json.Unmarshal(b, &back); err != nil || back != tt.in {
			t.Errorf("Unmarshal(%s) = %+v, %v; want %+v", b, back, err, tt.in)
		}
	}
	var tm Time = "x"
	if err := json.Unmarshal([]byte(`12`), &tm); err == nil {
		t.Errorf("a number unmarshals as a Time")
	}
}

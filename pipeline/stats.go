package pipeline

import (
	"fmt"
	"sort"
	"strings"
)

// Stats counts what a run did. Stats from shards or workers add up with Add.
type Stats struct {
	Read       int64            `json:"read"`
	Written    int64            `json:"written"`
	Rejected   int64            `json:"rejected"`
	Duplicates int64            `json:"duplicates"`
	Reasons    map[string]int64 `json:"reasons,omitempty"`
	Skipped    map[string]int64 `json:"skipped,omitempty"` // container records that are not pages (WARC requests, metadata)
	BytesIn    int64            `json:"bytes_in"`
}

// Reject counts one reject with its reason.
func (s *Stats) Reject(reason string) {
	s.Rejected++
	if s.Reasons == nil {
		s.Reasons = map[string]int64{}
	}
	s.Reasons[reason]++
}

// Skip counts one container record that is not a page.
func (s *Stats) Skip(kind string) {
	if s.Skipped == nil {
		s.Skipped = map[string]int64{}
	}
	s.Skipped[kind]++
}

// Add merges o into s.
func (s *Stats) Add(o Stats) {
	s.Read += o.Read
	s.Written += o.Written
	s.Rejected += o.Rejected
	s.Duplicates += o.Duplicates
	s.BytesIn += o.BytesIn
	for k, v := range o.Reasons {
		if s.Reasons == nil {
			s.Reasons = map[string]int64{}
		}
		s.Reasons[k] += v
	}
	for k, v := range o.Skipped {
		if s.Skipped == nil {
			s.Skipped = map[string]int64{}
		}
		s.Skipped[k] += v
	}
}

// Summary is the one line a run ends with.
func (s Stats) Summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "read %d = written %d + rejected %d", s.Read, s.Written, s.Rejected)
	if s.Duplicates > 0 {
		fmt.Fprintf(&b, " (+ dropped as duplicates %d)", s.Duplicates)
	}
	if len(s.Reasons) > 0 {
		b.WriteString(" [")
		b.WriteString(joinCounts(s.Reasons))
		b.WriteString("]")
	}
	if len(s.Skipped) > 0 {
		b.WriteString("; skipped container records: ")
		b.WriteString(joinCounts(s.Skipped))
	}
	return b.String()
}

func joinCounts(m map[string]int64) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}

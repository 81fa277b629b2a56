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
	// RejectedAt counts rejects by the step that made them (Reject.Step;
	// "" when not known).
	RejectedAt map[string]int64 `json:"rejected_at,omitempty"`
	// Langs, Hosts and PageTypes count the records the steps made by
	// language, registered domain (or site name when there is no URL)
	// and page type, before a record pass drops duplicates.
	Langs     map[string]int64 `json:"langs,omitempty"`
	Hosts     map[string]int64 `json:"hosts,omitempty"`
	PageTypes map[string]int64 `json:"page_types,omitempty"`
}

// Record counts one record by language, host and page type.
func (s *Stats) Record(r *Record) {
	inc(&s.Langs, cmpOr(r.Lang, "(none)"))
	inc(&s.Hosts, cmpOr(r.Host, r.Site, "(none)"))
	inc(&s.PageTypes, cmpOr(r.PageType, "(none)"))
}

// RejectStep counts one reject by the step that made it.
func (s *Stats) RejectStep(step string) { inc(&s.RejectedAt, cmpOr(step, "(unknown)")) }

func inc(m *map[string]int64, k string) {
	if *m == nil {
		*m = map[string]int64{}
	}
	(*m)[k]++
}

func cmpOr(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

func addCounts(dst *map[string]int64, src map[string]int64) {
	for k, v := range src {
		if *dst == nil {
			*dst = map[string]int64{}
		}
		(*dst)[k] += v
	}
}

// Top keeps the n largest counts of m (ties by name) and sums the rest
// under "(other)", so that a corpus of a million sites keeps a manifest
// of readable size.
func Top(m map[string]int64, n int) map[string]int64 {
	if len(m) <= n {
		return m
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	out := make(map[string]int64, n+1)
	for i, k := range keys {
		if i < n {
			out[k] = m[k]
		} else {
			out["(other)"] += m[k]
		}
	}
	return out
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
	addCounts(&s.RejectedAt, o.RejectedAt)
	addCounts(&s.Langs, o.Langs)
	addCounts(&s.Hosts, o.Hosts)
	addCounts(&s.PageTypes, o.PageTypes)
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

package dedup

import (
	"cmp"
	"fmt"
	"strings"
	"time"

	"github.com/cespare/xxhash/v2"

	"github.com/akhbar/akhbar/pipeline"
)

// Policy names the rule that picks the one document of a cluster to keep.
// Every policy ends in the same tie-breaks: the content hash, then the id,
// then the source path and offset, so the keeper never depends on the
// order the documents came in.
type Policy string

const (
	// Earliest keeps the earliest published document (documents with a
	// date before those without), then the longest body.
	Earliest Policy = "earliest"
	// Longest keeps the longest body, then the earliest published.
	Longest Policy = "longest"
)

func (p Policy) check() error {
	switch p {
	case Earliest, Longest:
		return nil
	}
	return fmt.Errorf("dedup: unknown keeper policy %q (earliest, longest)", p)
}

// Member is what the keeper policy looks at in one cluster member.
type Member struct {
	ID string
	// Published is the publication time in Unix nanoseconds; HasDate is
	// false when the record states none.
	Published int64
	HasDate   bool
	// Length is the body length in bytes.
	Length int64
	// Hash is the content hash (Fingerprint.Hash).
	Hash   uint64
	Path   string
	Offset int64
}

// MemberOf takes a record's keeper fields.
func MemberOf(rec *pipeline.Record, hash uint64) Member {
	m := Member{ID: rec.ID, Length: int64(len(rec.Text)), Hash: hash,
		Path: rec.Source.Path, Offset: rec.Source.Offset}
	if t, ok := parseTime(string(rec.Published)); ok {
		m.Published, m.HasDate = t.UnixNano(), true
	}
	return m
}

// parseTime reads the record's time forms: RFC 3339 or a bare day (taken
// as midnight UTC).
func parseTime(s string) (time.Time, bool) {
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// Compare orders two members by the policy: the keeper is the least.
func (p Policy) Compare(a, b *Member) int {
	date := func() int {
		switch {
		case a.HasDate != b.HasDate:
			if a.HasDate {
				return -1
			}
			return 1
		case a.HasDate:
			return cmp.Compare(a.Published, b.Published)
		}
		return 0
	}
	long := func() int { return cmp.Compare(b.Length, a.Length) }
	first, second := date, long
	if p == Longest {
		first, second = long, date
	}
	if c := first(); c != 0 {
		return c
	}
	if c := second(); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Hash, b.Hash); c != 0 {
		return c
	}
	if c := strings.Compare(a.ID, b.ID); c != 0 {
		return c
	}
	if c := strings.Compare(a.Path, b.Path); c != 0 {
		return c
	}
	return cmp.Compare(a.Offset, b.Offset)
}

// Keeper returns the index of the member the policy keeps (-1 for none).
// Members that compare equal are the same record read twice; the first is
// kept.
func Keeper(p Policy, members []Member) int {
	best := -1
	for i := range members {
		if best < 0 || p.Compare(&members[i], &members[best]) < 0 {
			best = i
		}
	}
	return best
}

// ClusterID names a cluster after its keeper, so that the name is the same
// whatever the input order and whichever runner computed it.
func ClusterID(keeper *Member) string {
	d := xxhash.New()
	d.WriteString(keeper.ID)
	d.WriteString("\x00")
	fmt.Fprintf(d, "%016x", keeper.Hash)
	return fmt.Sprintf("%016x", d.Sum64())
}

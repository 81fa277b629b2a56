package pipeline

import "encoding/json"

// Time is a timestamp as the record carries it: RFC 3339 with the page's
// offset, "YYYY-MM-DD" when only a day is known, or "" for unknown, which
// JSON shows as null.
type Time string

// MarshalJSON writes null for the unknown time.
func (t Time) MarshalJSON() ([]byte, error) {
	if t == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(t))
}

// UnmarshalJSON accepts a string or null.
func (t *Time) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*t = ""
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*t = Time(s)
	return nil
}

// IsZero reports whether the time is unknown (omitempty uses it).
func (t Time) IsZero() bool { return t == "" }

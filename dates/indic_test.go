package dates

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

const indicStrings = "../../shared/eval/dates/indic-strings.tsv"

// indicPath finds the shared evaluation table from the worktree or the
// main checkout; the test is skipped where the table is not present.
func indicPath(t *testing.T) string {
	for _, p := range []string{indicStrings, "/work/shared/eval/dates/indic-strings.tsv"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Skip("indic-strings.tsv not found")
	return ""
}

// TestIndicStrings checks every row of dateparser's Indic test strings:
// rows with a gold date must parse to it; relative rows must resolve
// against a fixed reference as their normalised English says; and rows
// that lack a day, month or year must not give a date.
func TestIndicStrings(t *testing.T) {
	f, err := os.Open(indicPath(t))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ref := time.Date(2024, 7, 10, 12, 0, 0, 0, time.UTC)
	o := Options{Ref: ref, MinYear: 1600}
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 4 {
			t.Fatalf("bad row %q", sc.Text())
		}
		s, lang, expected, date := c[0], c[1], c[2], c[3]
		n++
		t.Run(lang+"/"+s, func(t *testing.T) {
			r, ok := Parse(s, o)
			want, rel := expectRelative(expected, ref)
			switch {
			case date != "":
				if !ok || r.Time.Format(time.DateOnly) != date || r.Relative {
					t.Errorf("Parse(%q) = %v, %v; want %s", s, r, ok, date)
				}
			case rel:
				if !ok || !r.Relative || r.String() != want {
					t.Errorf("Parse(%q) = %v (relative %v), %v; want %s (%s)", s, r, r.Relative, ok, want, expected)
				}
			default:
				// No complete date in the string: nothing may be returned.
				if ok {
					t.Errorf("Parse(%q) = %v; want no date (%s)", s, r, expected)
				}
			}
		})
	}
	if n != 69 {
		t.Errorf("read %d rows, want 69", n)
	}
}

// expectRelative computes, independently of the parser, what dateparser's
// normalised relative English ("2 year ago", "in 1 week", "5 year",
// "1 day ago 11:58 am") means at ref, formatted as Result.String does.
func expectRelative(e string, ref time.Time) (string, bool) {
	f := strings.Fields(e)
	dir := -1
	if len(f) > 0 && f[0] == "in" {
		dir, f = 1, f[1:]
	}
	if len(f) < 2 {
		return "", false
	}
	n, err := strconv.Atoi(f[0])
	if err != nil {
		return "", false
	}
	unit := strings.TrimSuffix(f[1], "s")
	f = f[2:]
	if len(f) > 0 && f[0] == "ago" {
		f = f[1:]
	} else if len(f) > 0 && f[0] == "in" {
		dir, f = 1, f[1:]
	}
	n *= dir
	t := ref
	hasTime := false
	switch unit {
	case "second":
		t, hasTime = t.Add(time.Duration(n)*time.Second), true
	case "minute":
		t, hasTime = t.Add(time.Duration(n)*time.Minute), true
	case "hour":
		t, hasTime = t.Add(time.Duration(n)*time.Hour), true
	case "day":
		t = t.AddDate(0, 0, n)
	case "week":
		t = t.AddDate(0, 0, 7*n)
	case "month":
		t = t.AddDate(0, n, 0)
	case "year":
		t = t.AddDate(n, 0, 0)
	default:
		return "", false
	}
	if len(f) > 0 { // a clock: "11:58 am"
		hm := strings.Split(f[0], ":")
		h, _ := strconv.Atoi(hm[0])
		m, _ := strconv.Atoi(hm[1])
		if len(f) > 1 && f[1] == "pm" && h < 12 {
			h += 12
		}
		// A wall clock with no zone stated, and no DefaultZone, is in
		// an unknown zone, as an absolute date's would be.
		return time.Date(t.Year(), t.Month(), t.Day(), h, m, 0, 0, t.Location()).Format("2006-01-02T15:04:05"), true
	}
	if !hasTime {
		return t.Format(time.DateOnly), true
	}
	return t.Format(time.RFC3339), true
}

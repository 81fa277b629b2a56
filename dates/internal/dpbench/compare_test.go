package dpbench

import (
	"bufio"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/akhbar/akhbar/dates"
	dps "github.com/markusmobius/go-dateparser"
)

var ref = time.Date(2024, 7, 10, 12, 0, 0, 0, time.UTC)

var lines = []struct{ name, s string }{
	{"en-byline", "Published : Jul 3, 2024, 7:43 PM IST"},
	{"en-team", "Team Udayavani,  Mar 13, 2019, 10:14 AM IST"},
	{"en-plain", "Jul 3, 2024, 7:43 PM IST"},
	{"iso", "2024-07-03T19:43:00+05:30"},
	{"sql", "2019-03-13 10:14:00"},
	{"rfc1123", "Wed, 03 Jul 2024 14:13:00 GMT"},
	{"de", "3. Juli 2024"},
	{"hi", "सोमवार 13 जून 1998"},
	{"kn", "21 ಏಪ್ರಿಲ್ 2014 19:40"},
	{"hi-rel", "३ घंटे पहले"},
	{"ja", "2024年7月3日"},
	{"vi", "ngày 3 tháng 7 năm 2024"},
}

// TestCompare prints what each parser makes of the lines and of the
// Indic test strings; it checks nothing about go-dateparser, it reports.
func TestCompare(t *testing.T) {
	cfg := &dps.Configuration{CurrentTime: ref}
	o := dates.Options{Ref: ref, MinYear: 1600}
	for _, l := range lines {
		r, ok := dates.Parse(l.s, o)
		d, err := dps.Parse(cfg, l.s)
		dp := "error"
		if err == nil {
			dp = d.Time.Format(time.RFC3339)
		}
		t.Logf("%-10s akhbar %-26s (%v) dateparser %s", l.name, r, ok, dp)
	}
	f, err := os.Open("/work/shared/eval/dates/indic-strings.tsv")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var n, ours, theirs int
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 4 || c[3] == "" {
			continue
		}
		n++
		if r, ok := dates.Parse(c[0], o); ok && r.Time.Format(time.DateOnly) == c[3] {
			ours++
		}
		if d, err := dps.Parse(cfg, c[0]); err == nil && d.Time.Format(time.DateOnly) == c[3] {
			theirs++
		}
	}
	t.Logf("indic-strings dated rows: akhbar %d/%d, go-dateparser %d/%d", ours, n, theirs, n)
}

// cpuTime is the process's CPU time in ns: the machine is shared, so
// cpu-ns/op is reported beside the wall-clock ns/op.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

func BenchmarkCompare(b *testing.B) {
	cfg := &dps.Configuration{CurrentTime: ref}
	o := dates.Options{Ref: ref, MinYear: 1600}
	for _, l := range lines {
		b.Run("akhbar/"+l.name, func(b *testing.B) {
			start := cpuTime()
			for b.Loop() {
				dates.Parse(l.s, o)
			}
			b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
		})
		b.Run("dateparser/"+l.name, func(b *testing.B) {
			start := cpuTime()
			for b.Loop() {
				dps.Parse(cfg, l.s)
			}
			b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
		})
	}
}

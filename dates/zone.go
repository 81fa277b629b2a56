package dates

import (
	"sync"
	"time"
)

// zones maps the abbreviations news pages print to their offsets. Many
// abbreviations are ambiguous worldwide; akhbar reads South Asian news
// first, so IST is India (+05:30), not Ireland or Israel, and BDT is
// Bangladesh (+06:00), not Brunei. BST stays British Summer Time: it is
// what British pages print, and Bangladeshi pages print BDT or BST rarely.
// Abbreviations must be written in capitals ("ist" is German for "is").
var zones = map[string]int{
	"IST": 19800, "GMT": 0, "UTC": 0, "UT": 0, "Z": 0,
	"BST": 3600, "IRST": 12600, "WET": 0, "WEST": 3600, "CET": 3600, "CEST": 7200,
	"MEZ": 3600, "MESZ": 7200, "EET": 7200, "EEST": 10800, "MSK": 10800, "TRT": 10800,
	"EST": -18000, "EDT": -14400, "CST": -21600, "CDT": -18000, "MST": -25200, "MDT": -21600,
	"PST": -28800, "PDT": -25200, "AKST": -32400, "AKDT": -28800, "HST": -36000,
	"ET": -18000, "PT": -28800,
	"PKT": 18000, "NPT": 20700, "BDT": 21600, "SLST": 19800, "BTT": 21600, "MVT": 18000,
	"AFT": 16200, "MMT": 23400, "ICT": 25200, "WIB": 25200, "WITA": 28800, "WIT": 32400,
	"SGT": 28800, "MYT": 28800, "HKT": 28800, "PHT": 28800, "JST": 32400, "KST": 32400,
	"AWST": 28800, "ACST": 34200, "AEST": 36000, "AEDT": 39600, "NZST": 43200, "NZDT": 46800,
	"GST": 14400, "EAT": 10800, "CAT": 7200, "WAT": 3600, "SAST": 7200,
	"BRT": -10800, "ART": -10800,
}

// zoneAbbrev recognises a zone abbreviation; a lone "Z" only counts right
// after a clock time (ISO 8601).
func zoneAbbrev(w string, afterClock bool) (string, int, bool) {
	if len(w) > 5 {
		return "", 0, false
	}
	if w == "Z" || w == "z" {
		return "UTC", 0, afterClock
	}
	off, ok := zones[w]
	if !ok {
		switch w {
		case "gmt", "Gmt", "utc", "Utc":
			return "UTC", 0, true
		}
		return "", 0, false
	}
	if w == "GMT" || w == "UT" {
		w = "UTC"
	}
	return w, off, true
}

func (p *parser) zoneAt(i int) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return false
	}
	_, _, ok := zoneAbbrev(p.text(i), false)
	return ok
}

var locCache sync.Map // string(name)+offset → *time.Location

type locKey struct {
	name string
	off  int
}

// fixedZone returns a shared *time.Location for an offset, so that
// parsing many dates does not allocate one per result.
func fixedZone(name string, off int) *time.Location {
	k := locKey{name, off}
	if l, ok := locCache.Load(k); ok {
		return l.(*time.Location)
	}
	if name == "UTC" && off == 0 {
		return time.UTC
	}
	l, _ := locCache.LoadOrStore(k, time.FixedZone(name, off))
	return l.(*time.Location)
}

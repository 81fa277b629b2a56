package meta

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/dates"
	"github.com/akhbar/akhbar/pipeline"
)

// times sets Published and Updated from the date and byline blocks, in
// page order: labelled dates go where their label says; the first
// unlabelled date in the article's header is the publication time.
//
// A time with no zone is given the zone of the site's country (see
// pageZone) and the record is flagged "zone-assumed"; without a country
// only the day is kept, because RFC 3339 has no way to say "local time,
// zone unknown". The zone goes to the date parser, not onto its results,
// so that a relative day ("Yesterday 2:45PM", "कल शाम 5:10") is counted
// and its clock read in it like an absolute date: the day "yesterday"
// names depends on the zone. An offset ("2 hours ago") is an instant,
// written as Options.Now is and not flagged: it reads no wall clock.
//
// A day alone already in the record (the HTML extractor keeps only the
// day of a shown time when the page names no zone, as it reads the page
// before its language is known) gets the clock of the page's first
// published-labelled line when that line names the same day and the
// zone is known here.
//
// On a text dump the date model then weighs those rules' day against
// every date of the header's lines and none (chooseDate), unless the
// input stated the time.
func times(d *pipeline.Doc, o Options) {
	stated := d.Record.Published != ""
	had := slices.Contains(d.Record.Flags, "zone-assumed")
	// The page's zone, read once: it looks at every block's script.
	zone := sync.OnceValue(func() *time.Location {
		return pageZone(d.Record.URL, d.Blocks, d.Record.Lang, bodyScript(d.Blocks))
	})
	rulesTimes(d, o, zone)
	if !stated {
		chooseDate(d, o, zone, had)
	}
}

// rulesTimes is times without the date model: the hand-set order;
// zoneOf gives the page's zone (pageZone).
func rulesTimes(d *pipeline.Doc, o Options, zoneOf func() *time.Location) {
	r := &d.Record
	// A clock a corpus stated without a zone, read in the site's zone.
	for _, f := range []struct {
		key string
		t   *pipeline.Time
	}{{"published", &r.Published}, {"updated", &r.Updated}} {
		if !statedLocal(d, f.key, f.t) {
			continue
		}
		if pz := zoneOf(); pz != nil {
			local, _ := time.ParseInLocation("2006-01-02T15:04:05", d.Item.Meta[f.key+"_local"], pz)
			*f.t = pipeline.Time(local.Format(time.RFC3339))
			addFlag(r, "zone-assumed")
		}
	}
	dayOnly := len(r.Published) == len(time.DateOnly)
	// An instant a corpus stated in UTC (a Parquet TIMESTAMP, a "…Z"
	// field) that the page's own published line names too, in the page's
	// zone: the page's form, the same instant with the offset its readers
	// saw, as the zone a record gives is the page's wherever it states one.
	if s := pipeline.Time(d.Item.Meta["published"]); s != "" && r.Published == s && strings.HasSuffix(string(s), "Z") {
		if at, err := time.Parse(time.RFC3339, string(s)); err == nil {
			pub, _ := labelledLines(d.Blocks, dates.Options{Ref: o.Now, DefaultZone: zoneOf()})
			if pub != nil && pub.HasTime && pub.HasZone && pub.Time.Equal(at) {
				r.Published = stamp(*pub, r)
			}
		}
	}
	if r.Published != "" && r.Updated != "" && !dayOnly {
		return
	}
	zone := zoneOf()
	opt := dates.Options{Ref: o.Now, DefaultZone: zone}
	if dayOnly && zone != nil {
		pub, upd := labelledLines(d.Blocks, opt)
		if pub != nil && pub.HasTime && pub.HasZone && pub.Time.Format(time.DateOnly) == string(r.Published) {
			r.Published = stamp(*pub, r)
			// The page's first updated-labelled line, read the same way,
			// when the extractor kept no updated time: "published … |
			// updated …" on one line gave it the day of both.
			if upd != nil && r.Updated == "" && upd.HasTime && upd.HasZone {
				r.Updated = stamp(*upd, r)
			}
		}
	}
	if r.Published != "" && r.Updated != "" {
		return
	}
	var firstPlain *dates.Result
	for _, b := range d.Blocks {
		if b.Reason != clean.ReasonDate && b.Reason != clean.ReasonByline {
			continue
		}
		for _, l := range dates.Labels(b.Text, opt) {
			switch l.Kind {
			case dates.Published:
				if r.Published == "" {
					r.Published = stamp(l.Result, r)
				}
			case dates.Updated:
				if r.Updated == "" {
					r.Updated = stamp(l.Result, r)
				}
			}
		}
		if firstPlain == nil {
			if found := dates.Find(b.Text, opt); len(found) > 0 {
				firstPlain = &found[0]
			}
		}
	}
	if r.Published == "" && firstPlain != nil {
		r.Published = stamp(*firstPlain, r)
	}
	if r.Published == "" && !o.Now.IsZero() {
		for _, b := range d.Blocks {
			if b.Reason != clean.ReasonDate && b.Reason != clean.ReasonByline {
				continue
			}
			if age, ok := feedAge(b.Text); ok {
				r.Published = pipeline.Time(o.Now.Add(-age).Format(time.RFC3339))
				break
			}
		}
	}
	if r.Published == "" && !o.Now.IsZero() {
		headerAges(d.Blocks, opt, r)
	}
	if r.Published == "" {
		// Nothing on the page is dated: the address may be, with the
		// month's English name ("/2024/jul/03/"), a form the
		// extractor's numeric address dates do not read.
		r.Published = urlMonthDay(r.URL, o.Now)
	}
}

// urlMonth is an address's "/year/word/day/": with the month's English
// name or its first three letters in the middle ("/2024/jul/03/",
// "/2019/July/4-"), which urlMonthDay checks with package time's names.
var urlMonth = regexp.MustCompile(`(?i)/((?:19|20)\d\d)/([a-z]{3,9})/(\d{1,2})(?:[/_.-]|$)`)

// urlMonthDay is the day an address's path gives with the month's name
// (urlMonth), not after now when now is set, or "".
func urlMonthDay(u string, now time.Time) pipeline.Time {
	m := urlMonth.FindStringSubmatch(u)
	if m == nil {
		return ""
	}
	word := strings.ToLower(m[2])
	t, err := time.Parse("2006 Jan 2", m[1]+" "+strings.ToUpper(word[:1])+word[1:3]+" "+m[3])
	if err != nil || !strings.HasPrefix(strings.ToLower(t.Month().String()), word) || !now.IsZero() && t.After(now) {
		return ""
	}
	return pipeline.Time(t.Format(time.DateOnly))
}

// statedLocal reports whether the record's time t is the day of a clock
// its input stated without a zone (Item.Meta key+"_local", a JSONL line's
// "date": "2024-07-03 14:05:00"): the source keeps only the day, as RFC
// 3339 cannot say "local time"; times reads the clock in the site's zone
// (pageZone) when the page shows one, as it does a printed time's.
func statedLocal(d *pipeline.Doc, key string, t *pipeline.Time) bool {
	local := d.Item.Meta[key+"_local"]
	return len(*t) == len(time.DateOnly) && len(local) > len(time.DateOnly) && strings.HasPrefix(local, string(*t))
}

// headerAges sets Published (and Updated, if empty) from the ages printed
// in the article's header, the blocks before its first body block, when a
// page shows its time only as an age ("2 hours ago", "2 घंटे पहले"), or
// from the header's labelled dates with a clock and a zone when nothing
// else gave one (the published and updated labels of the page's language
// on a line of spans the block model did not type): a
// labelled age or date goes where its label says, else the first block that is
// nothing but an age in hours, minutes or seconds is the publication
// time. The HTML extractor leaves ages out (it reads no run's Now into a
// page's dates), and the block model does not type these lines as dates
// the way clean does a text dump's, so nothing else reads them. Links are
// other stories' lines (a ticker's "5 minutes ago"), and a bare day word
// ("today") is a menu's as often as a date.
func headerAges(blocks []pipeline.Block, opt dates.Options, r *pipeline.Record) {
	var plain pipeline.Time
	for _, b := range blocks {
		if b.Role == pipeline.RoleBody {
			break
		}
		if b.Link != "" {
			continue
		}
		ls := dates.Labels(b.Text, opt)
		for _, l := range ls {
			if !l.Relative && !(l.HasTime && l.HasZone) {
				// An absolute date counts when its label and its
				// clock say what it is ("updated-label 03 July 2024,
				// 16:45 IST"): a line the block model left untyped.
				continue
			}
			switch {
			case l.Kind == dates.Published && r.Published == "":
				r.Published = stamp(l.Result, r)
			case l.Kind == dates.Updated && r.Updated == "":
				r.Updated = stamp(l.Result, r)
			}
		}
		if len(ls) > 0 || plain != "" {
			continue
		}
		if found := dates.Find(b.Text, opt); len(found) == 1 && found[0].Relative && found[0].HasTime &&
			!strings.ContainsFunc(b.Text[:found[0].Start], unicode.IsLetter) && !strings.ContainsFunc(b.Text[found[0].End:], unicode.IsLetter) {
			plain = stamp(found[0], r)
		}
	}
	if r.Published == "" {
		r.Published = plain
	}
}

// labelledLines are the dates of the page's first published-labelled
// and first updated-labelled lines, in any block (nil where none), read
// in one pass that stops once both are found.
func labelledLines(blocks []pipeline.Block, opt dates.Options) (pub, upd *dates.Result) {
	for _, b := range blocks {
		for _, l := range dates.Labels(b.Text, opt) {
			switch {
			case l.Kind == dates.Published && pub == nil:
				pub = &l.Result
			case l.Kind == dates.Updated && upd == nil:
				upd = &l.Result
			}
		}
		if pub != nil && upd != nil {
			break
		}
	}
	return pub, upd
}

// feedAgeRe is a story's age as aggregators and social feeds print it
// between bullets or bars on the byline's line ("Story by A • 2h • 3 min
// read"): a count glued to a unit's letter, alone between separators.
var feedAgeRe = regexp.MustCompile(`(?:^|[•·|])\s*([0-9]{1,2})([mhd])\s*(?:[•·|]|$)`)

// feedAge is the age feedAgeRe reads in s (m minutes, h hours, d days).
func feedAge(s string) (time.Duration, bool) {
	m := feedAgeRe.FindStringSubmatch(s)
	if m == nil {
		return 0, false
	}
	n, _ := strconv.Atoi(m[1])
	unit := time.Minute
	switch m[2] {
	case "h":
		unit = time.Hour
	case "d":
		unit = 24 * time.Hour
	}
	return time.Duration(n) * unit, true
}

// stamp formats a parsed date for the record.
func stamp(res dates.Result, r *pipeline.Record) pipeline.Time {
	switch {
	case res.Time.IsZero():
		return ""
	case !res.HasTime:
		return pipeline.Time(res.Time.Format(time.DateOnly))
	case res.HasZone:
		if res.ZoneAssumed {
			addFlag(r, "zone-assumed")
		}
		return pipeline.Time(res.Time.Format(time.RFC3339))
	}
	return pipeline.Time(res.Time.Format(time.DateOnly))
}

func addFlag(r *pipeline.Record, f string) {
	for _, x := range r.Flags {
		if x == f {
			return
		}
	}
	r.Flags = append(r.Flags, f)
}

var (
	ist = time.FixedZone("IST", 5*3600+1800)
	npt = time.FixedZone("NPT", 5*3600+2700)
	pkt = time.FixedZone("PKT", 5*3600)
	bdt = time.FixedZone("BDT", 6*3600)
)

// tldZones are the zones of the South Asian countries that have one, by
// the country-code domain of the page's URL.
var tldZones = map[string]*time.Location{"in": ist, "np": npt, "pk": pkt, "bd": bdt, "lk": ist}

// pageZone is the zone of the site's country, in order of evidence: the
// URL's country domain (.in, .np, .pk, .bd); the page printing "IST"
// anywhere; then the language, where it is written in one country's zone
// (Nepali: Nepal Time; Kashmiri, Urdu and the Indian scripts: IST, since
// akhbar reads Indian news first). Sikkim's Nepali on a .in site is IST.
func pageZone(url string, blocks []pipeline.Block, lang string, script *unicode.RangeTable) *time.Location {
	if z := tldZone(url); z != nil {
		return z
	}
	for _, b := range blocks {
		if b.Role != pipeline.RoleBody && mentionsIST(b.Text) {
			return ist
		}
	}
	switch {
	case strings.HasPrefix(lang, "npi_") || strings.HasPrefix(lang, "nep_"):
		return npt
	case strings.HasPrefix(lang, "kas_") || strings.HasPrefix(lang, "urd_"):
		return ist
	}
	return scriptZone(script)
}

// tldZone reads the country domain of a URL's host.
func tldZone(url string) *time.Location {
	_, host, ok := strings.Cut(url, "://")
	if !ok {
		return nil
	}
	if i := strings.IndexAny(host, "/?#:"); i >= 0 {
		host = host[:i]
	}
	return tldZones[strings.ToLower(host[strings.LastIndexByte(host, '.')+1:])]
}

// mentionsIST reports the word IST, in capitals, in a metadata line.
func mentionsIST(s string) bool {
	for i := strings.Index(s, "IST"); i >= 0; {
		before := i == 0 || !isWordByte(s[i-1])
		after := i+3 >= len(s) || !isWordByte(s[i+3])
		if before && after {
			return true
		}
		j := strings.Index(s[i+3:], "IST")
		if j < 0 {
			break
		}
		i += 3 + j
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// scriptZone is the one time zone a script implies, when it does: the
// scripts of India's languages are written in IST. Devanagari is also
// Nepal's and Bengali Bangladesh's, but news in them without a stated zone
// is far more often Indian; the flag makes the assumption visible.
func scriptZone(t *unicode.RangeTable) *time.Location {
	switch t {
	case unicode.Devanagari, unicode.Bengali, unicode.Gurmukhi, unicode.Gujarati, unicode.Oriya, unicode.Tamil,
		unicode.Telugu, unicode.Kannada, unicode.Malayalam, unicode.Ol_Chiki, unicode.Meetei_Mayek:
		return ist
	}
	return nil
}

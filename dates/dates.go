package dates

import (
	"time"
)

// Options tunes parsing. The zero value is usable: day-first numeric
// dates, years from 1900 to next year, "now" as the reference and the
// zone left unknown when the text states none.
type Options struct {
	// Ref is "now" for relative dates and the upper bound of plausible
	// years (zero: time.Now()). An offset from it ("2 hours ago") is
	// written in its location; a relative day is counted in its location
	// only when neither the text nor DefaultZone gives a zone.
	Ref time.Time
	// DefaultZone is applied when the text states no zone, to relative
	// days and clocks ("yesterday 2:45 PM" is counted and read in it) as
	// to absolute dates; the result then has HasZone and ZoneAssumed set.
	// Nil leaves the zone unknown.
	DefaultZone *time.Location
	// MonthFirst reads ambiguous numeric dates such as 03/07/2024 as
	// month/day (US). The default is day/month, as in India and Europe.
	// Dates with dots (03.07.2024) are always day-first, and a date that
	// is impossible one way (13/07/2024) is read the other way.
	MonthFirst bool
	// Lang is an optional ISO 639-1/3 hint; it decides words that mean
	// different things in different languages ("mar": March or Tuesday).
	Lang string
	// RunTogether reads a text whose words may have run together: a
	// text dump of a page whose inline elements were printed with no
	// space between them ("Jane DoeMar 5, 2025", "October 17, 20236:01
	// PM"). A capital after a small letter then starts a word, five or
	// six digits after a month and a day are a year and an hour or a
	// count, and a name that is a month in another language before the
	// date's own month ("Maio on January 21, 2023") does not hide it.
	// Off, a text is read as it was before the option existed, which the
	// learned models of clean and the HTML path were trained on.
	RunTogether bool
	// MinYear and MaxYear bound plausible years (zero: 1900 and
	// Ref's year + 1). News archives rarely predate 1900, and a later
	// "date" in a byline is almost always something else.
	MinYear, MaxYear int
}

// Result is one date found in a string.
type Result struct {
	Time    time.Time // in the stated zone, DefaultZone, Ref's location ("2 hours ago") or UTC when unknown
	HasTime bool      // a clock time was present (or a relative date in hours, minutes, seconds)
	HasZone bool      // Time's zone is known: stated, or assumed (see ZoneAssumed)
	// ZoneAssumed means the zone came from Options.DefaultZone, not from
	// the text. An offset from Ref ("2 hours ago") names an exact instant,
	// written in Ref's location: HasZone without ZoneAssumed.
	ZoneAssumed bool
	Relative    bool // "2 days ago", "yesterday": computed from Options.Ref
	Start, End  int  // byte span of the date text in the input
}

// String formats the result for the record: RFC 3339 with the offset when
// a time and a zone are known, "2006-01-02T15:04:05" (no offset) for a time
// in an unknown zone, and "2006-01-02" for a date alone.
func (r Result) String() string {
	switch {
	case r.Time.IsZero():
		return ""
	case !r.HasTime:
		return r.Time.Format(time.DateOnly)
	case r.HasZone:
		return r.Time.Format(time.RFC3339)
	default:
		return r.Time.Format("2006-01-02T15:04:05")
	}
}

// Kind says what a labelled date is.
type Kind int

const (
	Unknown Kind = iota
	Published
	Updated
)

func (k Kind) String() string {
	switch k {
	case Published:
		return "published"
	case Updated:
		return "updated"
	}
	return "unknown"
}

// MaxParseLen bounds the input Parse looks at; longer strings are cut.
// A date string is short, and the bound keeps the cost of any input small.
const MaxParseLen = 512

// maxLine bounds one piece of text Find tokenizes at a time. Longer lines
// are cut into pieces at spaces, so the token buffers stay small.
const maxLine = 4096

type opts struct {
	Options
	ref      time.Time
	min, max int
}

func (o Options) norm() opts {
	n := opts{Options: o, ref: o.Ref}
	if n.ref.IsZero() {
		n.ref = time.Now()
	}
	n.min, n.max = o.MinYear, o.MaxYear
	if n.min == 0 {
		n.min = 1900
	}
	if n.max == 0 {
		n.max = n.ref.Year() + 1
	}
	return n
}

// Parse reads s as a date: a string that is mostly a date, with perhaps a
// label, a name or punctuation around it ("Published : Jul 3, 2024, 7:43
// PM IST", "Team Udayavani,  Mar 13, 2019, 10:14 AM IST", "2 दिन पहले",
// "গতকাল"). It returns the most complete date in s. Dates without a day,
// month and year (and not relative) are not returned.
func Parse(s string, o Options) (Result, bool) {
	s = truncate(s, MaxParseLen)
	n := o.norm()
	p := newParser(s, &n)
	defer p.release()
	var best Result
	bestScore := -1
	p.scan(&n, true, func(r Result, score int) {
		if score > bestScore {
			best, bestScore = r, score
		}
	})
	return best, bestScore >= 0
}

// Find returns the dates inside running text, such as a byline line or a
// paragraph, in order. Relative dates need a direction ("2 days ago", not
// "2 days"). A word without a number ("yesterday", "कल") is read only
// where a date is expected: right after a published or updated label
// ("Updated: yesterday 10:30"), or as the whole line with a clock time
// ("Yesterday, 10:30 PM IST", "कल शाम 5:10"); elsewhere in running text
// ("he left yesterday") it is no publication date. A text without a digit
// in any script is rejected at once, so Find is cheap to call on every
// line; a bare word under a label with no clock is left to Parse.
func Find(text string, o Options) []Result {
	if !hasDigit(text) {
		return nil
	}
	n := o.norm()
	var out []Result
	for off := 0; off < len(text); {
		piece := text[off:]
		if len(piece) > maxLine {
			piece = cutAtSpace(piece, maxLine)
		}
		if hasDigit(piece) {
			p := newParser(piece, &n)
			p.scan(&n, false, func(r Result, _ int) {
				r.Start += off
				r.End += off
				out = append(out, r)
			})
			p.release()
		}
		off += len(piece)
	}
	return out
}

// cutAtSpace cuts s to at most n bytes, at the last space if there is one
// in the second half, else at a rune boundary.
func cutAtSpace(s string, n int) string {
	s = truncate(s, n)
	for i := len(s) - 1; i > len(s)/2; i-- {
		if s[i] == ' ' || s[i] == '\n' {
			return s[:i+1]
		}
	}
	if s == "" {
		return " " // never loop forever
	}
	return s
}

// dateAt reads a date that starts at token start and takes in the
// number at token j.
func (p *parser) dateAt(start, j int, o *opts) (Result, int, int, bool) {
	c, end := p.collect(start, o.MonthFirst)
	if c.first < 0 || c.last < j {
		return Result{}, 0, end, false
	}
	r, score, ok := p.finish(&c, o)
	return r, score, end, ok
}

// scan finds the dates in the parser's tokens and reports each with a
// score (how complete it is). whole is Parse's mode: relative words and
// bare "5 years" are read too.
func (p *parser) scan(o *opts, whole bool, emit func(Result, int)) {
	toks := p.toks
	done := 0 // tokens before done belong to an earlier result
	for j := 0; j < len(toks); j++ {
		if j < done {
			continue
		}
		if toks[j].kind == tWord && !whole {
			if !p.dayWordPlace(j) {
				continue
			}
			if r, l, ok := p.dayWordAt(j, o); ok {
				emit(r, 1)
				done = l + 1
				j = l
			}
			continue
		}
		if toks[j].kind != tNum {
			continue
		}
		// Walk back over words that can start a date ("Wednesday, July").
		start := j
		var starts [8]int // every word a date may start at, nearest first
		ns := 0
		for k := j - 1; k >= done && k >= j-8; k-- {
			tk := toks[k]
			if tk.kind == tSpace || tk.kind == tPunct && isGlue(tk.r) {
				continue
			}
			if tk.kind != tWord {
				break
			}
			m, _, ok := p.word(k)
			if !ok || m.month == 0 && m.wday == 0 && m.period == 0 && !(m.mark != 0 && m.markBefore) && !m.filler {
				break
			}
			if !m.filler {
				start = k
				starts[ns] = k
				ns++
			}
		}
		r, score, end, ok := p.dateAt(start, j, o)
		for s := ns - 2; !ok && o.RunTogether && s >= 0; s-- {
			// The farthest word was not the date's (a name that is a
			// month in another language before "on January 21"): the
			// next one.
			r, score, end, ok = p.dateAt(starts[s], j, o)
		}
		if !ok && start < j {
			// The words before were not the date's ("Erschienen am:
			// 01.11.2023": German "am" is not a.m.): the number alone.
			r, score, end, ok = p.dateAt(j, j, o)
		}
		if ok {
			emit(r, score)
			done = end
			j = end - 1
			continue
		}
		if rel, f, l, ok := p.relAt(j, whole); ok && f >= done && (whole || rel.dir < 0 && recent(rel)) && (rel.dir != 0 || p.alone(f, l)) {
			r := p.relResult(rel, o)
			r.Start, r.End = toks[f].start, toks[l].end
			// "कल 11:58" / "25 hours ago 10:08 pm": a clock after it.
			if whole {
				if e := p.relClock(&r, rel, l+1, o); e >= 0 {
					l = e
				}
			}
			emit(r, 1)
			done = l + 1
			j = l
			continue
		}
	}
	if !whole {
		return
	}
	// Relative words: "yesterday", "গতকাল", "last week", "ಈ ನಿಮಿಷ".
	for j := 0; j < len(toks); j++ {
		if toks[j].kind != tWord {
			continue
		}
		m, w, ok := p.word(j)
		if !ok || m.rel == nil || !p.alone(j, j+w-1) {
			continue
		}
		r := p.relResult(*m.rel, o)
		r.Start, r.End = toks[j].start, toks[j+w-1].end
		if m.rel.unit >= uDay {
			p.relClock(&r, *m.rel, j+w, o)
		}
		emit(r, 0)
		j += w - 1
	}
}

// finish validates a candidate and turns it into a Result.
func (p *parser) finish(c *cand, o *opts) (Result, int, bool) {
	if c.y == 0 || c.mo == 0 || c.d == 0 {
		return Result{}, 0, false
	}
	if c.y < o.min || c.y > o.max || c.mo > 12 || c.d > daysIn(c.y, c.mo) {
		return Result{}, 0, false
	}
	h := c.h
	if c.hasTime {
		var ok bool
		if h, ok = applyPeriod(h, c.period); !ok {
			return Result{}, 0, false
		}
	}
	r := Result{HasTime: c.hasTime}
	loc := time.UTC
	switch {
	case c.hasZone:
		loc = fixedZone(c.zoneName, c.off)
		r.HasZone = true
	case o.DefaultZone != nil:
		loc = o.DefaultZone
		r.HasZone, r.ZoneAssumed = true, true
	}
	r.Time = time.Date(c.y, time.Month(c.mo), c.d, h, c.mi, c.sec, c.ns, loc)
	if h == 24 {
		return Result{}, 0, false
	}
	r.Start, r.End = p.toks[c.first].start, p.toks[c.last].end
	score := 10
	if c.hasTime {
		score += 2
	}
	if c.hasZone {
		score++
	}
	return r, score, true
}

func applyPeriod(h int, period int8) (int, bool) {
	switch period {
	case pAM, pMorning:
		if h > 12 {
			return h, period == pMorning
		}
		if h == 12 {
			return 0, true
		}
	case pPM, pEvening:
		if h > 12 {
			return h, true
		}
		if h < 12 {
			return h + 12, true
		}
	case pNoon:
		if h >= 1 && h <= 6 {
			return h + 12, true
		}
	case pNight:
		if h == 12 {
			return 0, true
		}
		if h >= 6 && h < 12 {
			return h + 12, true
		}
	}
	return h, h <= 23
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func (p *parser) relResult(rel relative, o *opts) Result {
	return relIn(rel, o.ref, o.DefaultZone)
}

// relIn is the date rel names, counted from ref.
//
// An offset of seconds, minutes or hours ("2 hours ago") names an
// instant, exact whatever the page's zone, and is written as ref is, in
// ref's location (--now's offset): it reads no wall clock of the page, so
// zone (a guess at the page's wall clocks) has nothing to apply to, and
// the zone is not flagged as assumed, because no reading of the text
// depends on it. The caller chooses how such instants are written.
//
// A day or more ("yesterday", "3 days ago") names a calendar day, which
// depends on the zone it is counted in: zone, as for an absolute date
// without a zone, else ref's location, the only clue there is; the result
// then carries the zone as an absolute date would (assumed, or unknown).
func relIn(rel relative, ref time.Time, zone *time.Location) Result {
	r := Result{Relative: true}
	if rel.unit < uDay {
		r.Time, r.HasTime, r.HasZone = relShift(rel, ref), true, true
		return r
	}
	y, m, d := relDay(rel, ref, zone)
	loc := time.UTC
	if zone != nil {
		loc = zone
		r.HasZone, r.ZoneAssumed = true, true
	}
	r.Time = time.Date(y, m, d, 0, 0, 0, 0, loc)
	return r
}

// relDay is the calendar day rel names, counted from ref in zone (ref's
// location when zone is nil): at 20:00 UTC it is already tomorrow in
// India, so "yesterday" there is today in UTC.
func relDay(rel relative, ref time.Time, zone *time.Location) (int, time.Month, int) {
	if zone != nil {
		ref = ref.In(zone)
	}
	return relShift(rel, ref).Date()
}

// relShift moves ref by rel: durations for clock units, calendar steps
// (in ref's location) for days and longer.
func relShift(rel relative, t time.Time) time.Time {
	n := -rel.n
	if rel.dir > 0 {
		n = rel.n
	}
	switch rel.unit {
	case uSecond:
		return t.Add(time.Duration(n) * time.Second)
	case uMinute:
		return t.Add(time.Duration(n) * time.Minute)
	case uHour:
		return t.Add(time.Duration(n) * time.Hour)
	case uDay:
		return t.AddDate(0, 0, n)
	case uWeek:
		return t.AddDate(0, 0, 7*n)
	case uMonth:
		return t.AddDate(0, n, 0)
	case uYear:
		return t.AddDate(n, 0, 0)
	case uDecade:
		return t.AddDate(10*n, 0, 0)
	}
	return t
}

// relClock sets the clock of a day-precision relative date from a time
// that follows it ("मैया 11:58 फुं", "कल शाम 5:10", "Yesterday, 10:30 PM
// IST": a part of the day before or after the clock, a zone after it).
// The day is counted in the zone the clock is read in, not in Ref's. It
// returns the clock's last token, or -1
// when no clock follows within a few tokens.
func (p *parser) relClock(r *Result, rel relative, from int, o *opts) int {
	if from >= len(p.toks) {
		return -1
	}
	c, _ := p.collect(from, false)
	if !c.hasTime || c.dateSet() || c.wday != 0 || c.first < 0 || c.first >= from+6 {
		return -1
	}
	h, ok := applyPeriod(c.h, c.period)
	if !ok {
		return -1
	}
	// The clock is a wall clock, like an absolute date's: the day is
	// counted, and the clock read, in the stated zone, else in
	// DefaultZone (assumed), else the zone stays unknown (the day is then
	// counted in Ref's location).
	zone, stated := o.DefaultZone, c.hasZone
	if stated {
		zone = fixedZone(c.zoneName, c.off)
	}
	y, mo, d := relDay(rel, o.ref, zone)
	loc := time.UTC
	if zone != nil {
		loc = zone
	}
	r.Time = time.Date(y, mo, d, h, c.mi, c.sec, 0, loc)
	r.HasTime, r.HasZone, r.ZoneAssumed = true, zone != nil, zone != nil && !stated
	r.End = p.toks[c.last].end
	return c.last
}

// dayWordAt reads, in running text, a relative word without a number
// ("yesterday", "কালি", "گزشتہ کل") at token j where a date is expected:
// right after a published or updated label, or as all the line says
// besides a clock time (and labels, fillers, a zone). Only words of a
// day or less are read: a week or a month names no day to publish on.
//
// A published or updated time is never in the future, so only a past (or
// present) reading counts: a word that means both yesterday and tomorrow
// (Hindi कल, Urdu کل) is read as yesterday there, and a word that only
// means the future ("tomorrow") is not read at all.
func (p *parser) dayWordAt(j int, o *opts) (Result, int, bool) {
	m, w, ok := p.word(j)
	if !ok || m.past == nil || m.past.unit > uDay {
		return Result{}, 0, false
	}
	l := j + w - 1
	labelled := p.labelBefore(j)
	if !labelled && !p.alone(j, l) {
		return Result{}, 0, false
	}
	r := p.relResult(*m.past, o)
	r.Start, r.End = p.toks[j].start, p.toks[l].end
	if m.past.unit == uDay {
		if e := p.relClock(&r, *m.past, l+1, o); e >= 0 {
			l = e
		}
	}
	if !labelled && !r.HasTime {
		// A lone "Today" or "Yesterday" is as often a menu tab as a date.
		return Result{}, 0, false
	}
	return r, l, true
}

// dayWordPlace is a cheap test, on the tokens alone, of where dayWordAt
// can succeed: a day word that is the whole line's date starts it (after
// labels, which end in punctuation or are followed by the word and a
// clock), and one under a label follows the label's punctuation or comes
// before a clock time. Looking up every word of a paragraph instead would
// double Find's cost on running text.
func (p *parser) dayWordPlace(j int) bool {
	k := p.prev(j)
	if k < 0 || p.toks[k].kind == tPunct && isGlue(p.toks[k].r) {
		return true
	}
	n := p.next(j)
	if n < len(p.toks) && p.toks[n].kind == tPunct && isGlue(p.toks[n].r) {
		n = p.next(n)
	}
	return n < len(p.toks) && p.toks[n].kind == tNum
}

// labelBefore reports a published or updated label ending right before
// token j, past spaces and punctuation ("Updated: ", "प्रकाशित -").
func (p *parser) labelBefore(j int) bool {
	k := p.prev(j)
	for n := 0; n < 3 && k >= 0 && p.toks[k].kind == tPunct && isGlue(p.toks[k].r); n++ {
		k = p.prev(k)
	}
	if k < 0 || p.toks[k].kind != tWord {
		return false
	}
	// A label of several words is matched from its first word.
	for s := k; s >= 0 && s >= k-6; s-- {
		if m, w, ok := p.word(s); ok && m.label != Unknown && s+w-1 == k {
			return true
		}
	}
	return false
}

// alone reports whether tokens first..last are all the string says,
// apart from labels, fillers, parts of the day, zones and a clock time:
// "5 वर्ष" and "yesterday" are dates only when nothing else is there
// ("He was 5 years old" is not one).
func (p *parser) alone(first, last int) bool {
	for j := 0; j < len(p.toks); j++ {
		if j >= first && j <= last {
			continue
		}
		switch p.toks[j].kind {
		case tNum:
			var c cand
			c.first, c.last = -1, -1
			k, ok := p.clock(j, &c)
			if !ok {
				return false
			}
			j = k - 1
		case tWord:
			if p.zoneAt(j) {
				continue
			}
			m, w, ok := p.word(j)
			if !ok || m.label == Unknown && !m.filler && m.period == 0 && !m.hourWord {
				return false
			}
			j += w - 1
		}
	}
	return true
}

// recent bounds the relative dates Find reports: a byline says "3 days
// ago" or "2 years ago"; "70 साल पहले" in running text is history.
func recent(r relative) bool {
	switch r.unit {
	case uDay:
		return r.n <= 62
	case uWeek:
		return r.n <= 9
	case uMonth:
		return r.n <= 24
	case uYear:
		return r.n <= 3
	case uDecade:
		return false
	}
	return true
}

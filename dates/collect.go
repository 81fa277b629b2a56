package dates

// cand is a date being assembled from the tokens of one span.
type cand struct {
	y, mo, d       int
	h, mi, sec, ns int
	hasTime        bool
	period         int8
	pendPeriod     int8
	pendMark       int8
	off            int // seconds east of UTC
	zoneName       string
	hasZone        bool
	zoneFromWord   bool // GMT/UTC word: a following "+5:30" refines it
	numericOffset  bool
	wday           int8
	first, last    int // token indices of the first and last component
	lastWasMonth   bool
	lastWasDate    bool // the last component was a whole date (ISO "T" may follow)
	lastWasTime    bool
	dateFromDigits bool
}

func (c *cand) dateSet() bool { return c.y != 0 || c.mo != 0 || c.d != 0 }

func (c *cand) mark(i, j int) {
	if c.first < 0 {
		c.first = i
	}
	c.last = j
}

// collect assembles a date starting at token i and stops at the first
// token that cannot be part of it. It returns the candidate and the index
// after its last component. The work is linear in the tokens it looks at
// and it looks at no more than its span plus a few glue tokens.
func (p *parser) collect(i int, monthFirst bool) (c cand, end int) {
	c.first, c.last = -1, -1
	glue := 0
	j := i
loop:
	for j < len(p.toks) {
		tk := p.toks[j]
		switch tk.kind {
		case tSpace:
			j++
			continue
		case tPunct:
			if (tk.r == '+' || tk.r == '-' || tk.r == '−') && c.hasTime && (!c.hasZone || c.zoneFromWord && !c.numericOffset) {
				if k, off, ok := p.offset(j, c.zoneFromWord); ok {
					c.off, c.hasZone, c.numericOffset = off, true, true
					if !c.zoneFromWord {
						c.zoneName = ""
					}
					c.mark(j, k-1)
					j, glue = k, 0
					c.lastWasTime = false
					continue
				}
			}
			if !isGlue(tk.r) {
				break loop
			}
			glue++
			if glue > 3 {
				break loop
			}
			j++
			continue
		case tNum:
			k := p.number(j, &c, monthFirst)
			if k <= j {
				break loop
			}
			j, glue = k, 0
			continue
		case tWord:
			k, ok := p.wordPart(j, &c)
			if !ok {
				break loop
			}
			if k < 0 { // glue word
				glue++
				if glue > 3 {
					break loop
				}
				j = -k
				continue
			}
			j, glue = k, 0
		}
	}
	if c.last < 0 {
		return c, i + 1
	}
	return c, c.last + 1
}

func isGlue(r rune) bool {
	switch r {
	case ',', '|', '/', '-', '–', '—', '(', ')', '[', ']', '.', '·', '•', ':', '@', '।', '॥', ';', '，', '、', '،', '"', '\'', '‘', '’', '“', '”', '«', '»':
		return true
	}
	return false
}

// number handles a number at token j; it returns the index after what it
// consumed, or j when the number does not fit the date being built.
func (p *parser) number(j int, c *cand, monthFirst bool) int {
	tk := p.toks[j]
	v, nd := tk.val, int(tk.nd)
	// A part of the day applies to the number right after it only.
	pp := c.pendPeriod
	c.pendPeriod = 0
	setPeriod := func() {
		if pp != 0 && c.period == 0 {
			c.period = pp
		}
	}
	// A prefix marker (Vietnamese "ngày 3 tháng 7 năm 2024") names the part.
	if c.pendMark != 0 {
		mk := c.pendMark
		c.pendMark = 0
		if p.setMarked(c, mk, v, nd) {
			c.mark(j, j)
			return j + 1
		}
		return j
	}
	// A number glued to a word before it is part of a name ("berg2012",
	// "COVID19"), except after a date-part marker or a part of the day
	// (年7月, 2024년7월3일, 오후7:43).
	if j > 0 && p.toks[j-1].kind == tWord && !p.toks[j-1].cjk && p.toks[j-1].end == tk.start && !p.asciiWord(j-1, "t") {
		if m, _, ok := p.word(j - 1); !ok || m.mark == 0 && m.period == 0 {
			return j
		}
	}
	// ISO 8601 basic format: 20200516T14:51:53Z.
	if nd == 8 && !c.dateSet() && p.asciiWord(j+1, "t") && p.isNum(j+2) && p.toks[j+1].start == tk.end {
		y, mo, d := v/10000, v/100%100, v%100
		if mo >= 1 && mo <= 12 && d >= 1 && d <= 31 {
			c.y, c.mo, c.d = y, mo, d
			c.dateFromDigits = true
			c.mark(j, j)
			c.lastWasMonth, c.lastWasDate, c.lastWasTime = false, true, false
			return j + 1
		}
	}
	// Clock times.
	if !c.hasTime {
		if k, ok := p.clock(j, c); ok {
			setPeriod()
			return k
		}
	}
	// Numeric dates: 2024-07-03, 03/07/2024, 3.7.2024, 22-जुलाई-2019.
	if !c.dateSet() && nd <= 4 {
		if k, ok := p.numericDate(j, c, monthFirst); ok {
			return k
		}
	}
	n1 := j + 1
	// A suffix marker: 2024年, 7월, 3日.
	if n1 < len(p.toks) {
		mj := n1
		if p.toks[mj].kind == tSpace {
			mj++
		}
		if m, w, ok := p.word(mj); ok && m.mark != 0 && !m.markBefore {
			if p.setMarked(c, m.mark, v, nd) {
				if m.mark == mkHour {
					setPeriod()
				}
				c.mark(j, mj+w-1)
				return mj + w
			}
			return j
		}
	}
	// Ordinals: 3rd, 3e, 3º, and "3." before a month name (German).
	if c.d == 0 && v >= 1 && v <= 31 && nd <= 2 {
		if p.asciiWord(n1, "st", "nd", "rd", "th", "er", "e", "eme", "ème", "o", "a", "º", "ª", "de") && p.toks[n1].start == tk.end {
			if nx := p.next(n1); p.monthAt(nx) || c.mo != 0 {
				c.d = v
				c.mark(j, n1)
				c.lastWasMonth = false
				return n1 + 1
			}
		}
		if p.isPunct(n1, ".") && p.monthAt(p.next(n1)) {
			c.d = v
			c.mark(j, n1)
			c.lastWasMonth = false
			return n1 + 1
		}
	}
	// A four-digit year.
	if nd == 4 && c.y == 0 && v >= 1000 && v <= 2999 {
		c.y = v
		c.mark(j, j)
		c.lastWasMonth, c.lastWasDate, c.lastWasTime = false, false, false
		return j + 1
	}
	// A year a text dump ran into what it printed next, with no space
	// between ("October 17, 20236:01 PM", "Mar 27, 20255 mins"): after a
	// month and a day, five or six digits whose first four are the year,
	// the rest an hour before ':' or a count before a word, not opening
	// with 0 (not a round number: "July 3, 20000 people").
	if p.runTogether && (nd == 5 || nd == 6) && c.y == 0 && c.mo != 0 && c.d != 0 && !c.dateFromDigits && !c.hasTime {
		div := 10
		if nd == 6 {
			div = 100
		}
		y, rest := v/div, v%div
		nx := p.next(j)
		if y >= 1000 && rest >= div/10 {
			if p.isPunct(j+1, ":") {
				if k, ok := p.clockAt(j, rest, nd-4, c); ok {
					c.y = y
					return k
				}
			} else if j+1 < len(p.toks) && p.toks[j+1].kind == tSpace && nx < len(p.toks) && p.toks[nx].kind == tWord {
				c.y = y
				c.mark(j, j)
				c.lastWasMonth, c.lastWasDate, c.lastWasTime = false, false, false
				return j + 1
			}
		}
	}
	// A day next to a month name: "July 3", "3 July", "17, Nov".
	if c.d == 0 && v >= 1 && v <= 31 && nd <= 2 {
		if c.lastWasMonth || p.monthAt(p.skipGlue(j)) {
			c.d = v
			c.mark(j, j)
			c.lastWasMonth = false
			return j + 1
		}
	}
	// A two-digit year after day and month (RFC 822: "03 Jul 24 14:13").
	if nd == 2 && c.y == 0 && c.mo != 0 && c.d != 0 && !c.hasTime && !c.dateFromDigits {
		if nx := p.next(j); nx >= len(p.toks) || p.isNum(nx) && p.isPunct(nx+1, ":") {
			c.y = expandYear(v)
			c.mark(j, j)
			return j + 1
		}
	}
	// An hour with a part of the day or an hour word: "7 pm", "शाम 7 बजे".
	if !c.hasTime && nd <= 2 && v <= 24 {
		nx := p.next(j)
		m, w, ok := p.word(nx)
		if ok && (m.period != 0 || m.hourWord) {
			if v > 12 && m.period != 0 && m.period != pNight {
				return j
			}
			c.h, c.mi, c.hasTime = v, 0, true
			setPeriod()
			if m.period != 0 && c.period == 0 {
				c.period = m.period
			}
			c.mark(j, nx+w-1)
			c.lastWasTime = true
			return nx + w
		}
	}
	return j
}

func expandYear(v int) int {
	if v < 70 {
		return 2000 + v
	}
	return 1900 + v
}

// setMarked assigns a number to the part a marker names.
func (p *parser) setMarked(c *cand, mk int8, v, nd int) bool {
	switch mk {
	case mkYear:
		if c.y != 0 || nd != 4 && nd != 2 {
			return false
		}
		if nd == 2 {
			v = expandYear(v)
		}
		c.y = v
	case mkMonth:
		if c.mo != 0 || v < 1 || v > 12 {
			return false
		}
		c.mo = v
	case mkDay:
		if c.d != 0 || v < 1 || v > 31 {
			return false
		}
		c.d = v
	case mkHour:
		if c.hasTime || v > 24 {
			return false
		}
		c.h, c.hasTime = v, true
		c.lastWasTime = true
	case mkMinute:
		if !c.hasTime || v > 59 {
			return false
		}
		c.mi = v
	case mkSecond:
		if !c.hasTime || v > 60 {
			return false
		}
		c.sec = v
	default:
		return false
	}
	return true
}

func (p *parser) monthAt(i int) bool {
	m, _, ok := p.word(i)
	return ok && m.month != 0
}

// clock reads a time of day at token j: 19:43, 7:43:05.123, 7.43 PM,
// 19h43, 0500 hrs.
func (p *parser) clock(j int, c *cand) (int, bool) {
	return p.clockAt(j, p.toks[j].val, int(p.toks[j].nd), c)
}

// clockAt is clock with the hour's value and digit count given: a number
// token's, or its last digits' (a year run into the hour).
func (p *parser) clockAt(j, v, nd int, c *cand) (int, bool) {
	tk := p.toks[j]
	t := p.toks
	h, mi, sec, ns := -1, 0, 0, 0
	k := j + 1
	switch {
	case nd <= 2 && p.isPunct(k, ":") && p.isNum(k+1) && t[k+1].nd == 2:
		h, mi = v, t[k+1].val
		k += 2
		if p.isPunct(k, ":") && p.isNum(k+1) && t[k+1].nd == 2 {
			sec = t[k+1].val
			k += 2
			if p.isPunct(k, ".,") && p.isNum(k+1) && t[k].end == t[k+1].start {
				ns = fraction(t[k+1])
				k += 2
			}
		}
	case nd <= 2 && p.isPunct(k, ".") && p.isNum(k+1) && t[k+1].nd == 2:
		// "7.43 PM", "19.43 Uhr": only with a part of the day, an hour
		// word or a zone after it, or it is a decimal or a date.
		nx := p.next(k + 1)
		m, _, ok := p.word(nx)
		if !(ok && (m.period != 0 || m.hourWord)) && !p.zoneAt(nx) {
			return j, false
		}
		h, mi = v, t[k+1].val
		k += 2
	case nd <= 2 && p.asciiWord(k, "h") && p.isNum(k+1) && t[k+1].nd == 2 && t[k].start == tk.end:
		h, mi = v, t[k+1].val
		k += 2
	case nd == 4:
		// Military time needs its unit after it: "0500 hrs", "1430 h".
		nx := p.next(j)
		if !p.asciiWord(nx, "hrs", "hr", "hours", "h", "uhr", "hs") {
			return j, false
		}
		h, mi = v/100, v%100
		k = nx + 1
	default:
		return j, false
	}
	if h > 24 || mi > 59 || sec > 60 || h == 24 && (mi != 0 || sec != 0) {
		return j, false
	}
	if sec == 60 {
		sec = 59
	}
	c.h, c.mi, c.sec, c.ns, c.hasTime = h, mi, sec, ns, true
	c.mark(j, k-1)
	c.lastWasMonth, c.lastWasDate, c.lastWasTime = false, false, true
	// Glued "12:51PM" and "Z" are read by wordPart on the next turn.
	return k, true
}

func fraction(t token) int {
	v, nd := t.val, int(t.nd)
	if nd > maxNumDigits {
		nd = maxNumDigits
	}
	for ; nd < 9; nd++ {
		v *= 10
	}
	return v
}

// numericDate reads a date written with digits and one separator,
// possibly with a month name in the middle.
func (p *parser) numericDate(j int, c *cand, monthFirst bool) (int, bool) {
	t := p.toks
	if j+4 >= len(t) || t[j+1].kind != tPunct {
		return j, false
	}
	sep := t[j+1].r
	if sep != '/' && sep != '-' && sep != '.' && sep != '‐' {
		return j, false
	}
	// Korean pages write "2024. 7. 3.": a space after each dot, year first.
	i2, i3, i4 := j+2, j+3, j+4
	if sep == '.' && t[j].nd == 4 && t[i2].kind == tSpace {
		i2, i3, i4 = j+3, j+4, j+5
		if i4 < len(t) && t[i4].kind == tSpace {
			i4++
		}
	}
	if !p.isPunct(i3, string(sep)) || !p.isNum(i4) || t[i2].kind != tNum && t[i2].kind != tWord {
		return j, false
	}
	a, b, cc := t[j], t[i2], t[i4]
	var y, mo, d int
	switch {
	case b.kind == tWord:
		m, w, ok := p.word(i2)
		if !ok || m.month == 0 || w != 1 || a.nd > 2 {
			return j, false
		}
		d, mo = a.val, int(m.month)
		switch cc.nd {
		case 4:
			y = cc.val
		case 2:
			y = expandYear(cc.val)
		default:
			return j, false
		}
	case b.kind != tNum:
		return j, false
	case a.nd == 4 && b.nd <= 2 && cc.nd <= 2:
		y, mo, d = a.val, b.val, cc.val
	case a.nd <= 2 && b.nd <= 2 && (cc.nd == 4 || cc.nd == 2):
		y = cc.val
		if cc.nd == 2 {
			y = expandYear(cc.val)
		}
		x, z := a.val, b.val
		switch {
		case x > 12 && z <= 12:
			d, mo = x, z
		case z > 12 && x <= 12:
			mo, d = x, z
		case monthFirst && sep != '.':
			mo, d = x, z
		default:
			d, mo = x, z
		}
	default:
		return j, false
	}
	// A fourth part (1.2.3.4, an IP address or a version) is no date.
	if p.isPunct(i4+1, string(sep)) && p.isNum(i4+2) {
		return j, false
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return j, false
	}
	c.y, c.mo, c.d = y, mo, d
	c.dateFromDigits = true
	c.mark(j, i4)
	c.lastWasMonth, c.lastWasDate, c.lastWasTime = false, true, false
	return i4 + 1, true
}

// offset reads "+0530", "+05:30", "-05", "+5:30" at the sign token j.
func (p *parser) offset(j int, afterGMT bool) (end, off int, ok bool) {
	t := p.toks
	if !p.isNum(j+1) || t[j].end != t[j+1].start {
		return 0, 0, false
	}
	n := t[j+1]
	hh, mm := 0, 0
	k := j + 2
	switch {
	case n.nd == 4:
		hh, mm = n.val/100, n.val%100
	case n.nd <= 2 && p.isPunct(k, ":") && p.isNum(k+1) && t[k+1].nd == 2:
		hh, mm = n.val, t[k+1].val
		k += 2
	case n.nd <= 2 && (afterGMT || t[j].r == '+'):
		hh = n.val
	default:
		return 0, 0, false
	}
	if hh > 14 || mm > 59 {
		return 0, 0, false
	}
	off = hh*3600 + mm*60
	if t[j].r != '+' {
		off = -off
	}
	return k, off, true
}

// wordPart handles a word at token j. It returns the index after the
// word and true when the word is a date part, the negated index after it
// when it is glue, and false when it ends the date.
func (p *parser) wordPart(j int, c *cand) (int, bool) {
	// Zones come first: "IST" must not be read as a word of any language.
	if p.toks[j].kind == tWord && !p.toks[j].cjk {
		if (c.hasTime || c.dateSet()) && !c.hasZone {
			if name, off, ok := zoneAbbrev(p.text(j), c.hasTime && j > 0 && p.toks[j].start == p.toks[j-1].end); ok {
				c.off, c.zoneName, c.hasZone = off, name, true
				c.zoneFromWord = name == "UTC" || name == "GMT" || name == "UT"
				c.mark(j, j)
				return j + 1, true
			}
		}
		// ISO's "T" between a date and a time.
		if c.lastWasDate && p.asciiWord(j, "t") && p.isNum(j+1) {
			return -(j + 1), true
		}
	}
	m, w, ok := p.word(j)
	if !ok {
		return 0, false
	}
	end := j + w
	switch {
	case m.month != 0 && c.mo == 0 && !(m.wday != 0 && p.monthAhead(end)):
		c.mo = int(m.month)
		c.mark(j, end-1)
		c.lastWasMonth, c.lastWasDate, c.lastWasTime = true, false, false
		return end, true
	case m.wday != 0 && c.wday == 0:
		c.wday = m.wday
		c.mark(j, end-1)
		return end, true
	case m.period != 0:
		if c.hasTime && c.period == 0 && c.lastWasTime {
			c.period = m.period
			c.mark(j, end-1)
			return end, true
		}
		if !c.hasTime && p.isNum(p.skipHourWord(end)) {
			c.pendPeriod = m.period
			return -end, true
		}
		if !c.hasTime && m.filler {
			return -end, true
		}
		if c.lastWasTime || c.hasTime && c.period == m.period {
			return -end, true
		}
		return 0, false
	case m.mark != 0 && m.markBefore && p.isNum(p.next(end-1)):
		if c.pendMark != 0 {
			return 0, false
		}
		c.pendMark = m.mark
		c.mark(j, end-1)
		return end, true
	case m.hourWord:
		if c.hasTime && c.lastWasTime {
			c.mark(j, end-1)
			return end, true
		}
		return -end, true
	case m.filler:
		return -end, true
	}
	return 0, false
}

// skipGlue returns the first token after i that is not a space, a comma
// or full stop, or a filler word ("3 de julio", "17, Nov"), looking at
// no more than three of them.
func (p *parser) skipGlue(i int) int {
	j := p.next(i)
	for n := 0; n < 3 && j < len(p.toks); n++ {
		if p.isPunct(j, ",.") {
			j = p.next(j)
			continue
		}
		if m, w, ok := p.word(j); ok && m.filler && m.month == 0 {
			j = p.next(j + w - 1)
			continue
		}
		break
	}
	return j
}

// skipHourWord returns the first non-space token from i on, after an
// hour word if there is one ("शाम को 7 बजे", "pukul 19.43").
func (p *parser) skipHourWord(i int) int {
	j := i
	if j < len(p.toks) && p.toks[j].kind == tSpace {
		j++
	}
	if m, w, ok := p.word(j); ok && (m.hourWord || m.filler) && m.period == 0 {
		j = p.next(j + w - 1)
	}
	return j
}

// monthAhead reports whether a month name follows within a few tokens:
// then a word that is both a month and a weekday ("mar": March, or
// French/Spanish Tuesday) is the weekday.
func (p *parser) monthAhead(i int) bool {
	for j, n := i, 0; j < len(p.toks) && n < 6; j++ {
		if p.toks[j].kind == tSpace {
			continue
		}
		n++
		if m, _, ok := p.word(j); ok && m.month != 0 {
			return true
		}
	}
	return false
}

package dates

// relAt reads a relative expression around the number at token j:
// "2 days ago", "vor 3 Tagen", "2 दिन पहले", "5 महिन्यापूर्वी", "වසර 2කට පෙර".
// bare allows a number and unit without a direction ("5 वर्ष"), read as
// the past; only Parse allows that, since in running text it is a length
// of time, not a date. It returns the relative, the token span and ok.
func (p *parser) relAt(j int, bare bool) (r relative, first, last int, ok bool) {
	n := p.toks[j].val
	if p.toks[j].nd > 6 {
		return r, 0, 0, false
	}
	// Collect up to four words after the number (the first may be glued
	// to it: "14කින්") and up to three before it.
	var after [4]int
	na := 0
	for k := j + 1; k < len(p.toks) && na < len(after); {
		if p.toks[k].kind == tSpace {
			if k+1 < len(p.toks) && p.toks[k+1].kind == tWord {
				k++
				continue
			}
			break
		}
		if p.toks[k].kind != tWord {
			break
		}
		after[na] = k
		na++
		k++
	}
	var before [3]int
	nb := 0
	for k := j - 1; k >= 0 && nb < len(before); {
		if p.toks[k].kind == tSpace {
			if k > 0 && p.toks[k-1].kind == tWord {
				k--
				continue
			}
			break
		}
		if p.toks[k].kind != tWord {
			break
		}
		before[nb] = k
		nb++
		k--
	}
	// Generic first: [dir] N unit [dir], each a word of the tables. It
	// wins when it finds a direction, because some templates are looser
	// (Tamil "N மணி" alone is "in N hours" to dateparser).
	g, gf, gl, gok := p.relGeneric(j, after[:na])
	if gok && g.dir != 0 {
		return g, gf, gl, true
	}
	// Templates from dateparser: the words after the number, longest first.
	if na > 0 && p.t.tmplFirst.find(p.wordKey(after[0])) >= 0 {
		for w := na; w >= 1; w-- {
			p.key2 = p.key2[:0]
			for x := 0; x < w; x++ {
				if x > 0 {
					p.key2 = append(p.key2, ' ')
				}
				p.key2 = appendKey(p.key2, p.text(after[x]))
			}
			var ts []template
			if k := p.t.templates.find(p.key2); k >= 0 {
				ts = p.t.tmplLists[k]
			}
			for _, t := range ts {
				if t.pre == "" {
					return relative{n: n, unit: t.unit, dir: t.dir}, j, after[w-1], true
				}
				if f, ok := p.matchBefore(before[:nb], t.pre); ok {
					return relative{n: n, unit: t.unit, dir: t.dir}, f, after[w-1], true
				}
			}
		}
	}
	if gok && bare {
		return g, gf, gl, true // dir 0: read as the past by relResult
	}
	return r, 0, 0, false
}

// relGeneric reads [dir] N unit [dir] around the number at token j.
func (p *parser) relGeneric(j int, after []int) (r relative, first, last int, ok bool) {
	if len(after) == 0 {
		return r, 0, 0, false
	}
	m, w, ok := p.word(after[0])
	if !ok || m.unit == 0 {
		return r, 0, 0, false
	}
	r = relative{n: p.toks[j].val, unit: m.unit}
	first, last = j, after[0]+w-1
	nx := p.next(last)
	if dm, dw, ok := p.word(nx); ok && dm.dir != 0 {
		r.dir = dm.dir
		return r, first, nx + dw - 1, true
	}
	if pv := p.prev(j); pv >= 0 {
		// Multi-word directions ("il y a") are matched from their first word.
		for s := pv; s >= 0 && s >= pv-6; s-- {
			if dm, dw, ok := p.word(s); ok && dm.dir != 0 && s+dw-1 == pv {
				r.dir = dm.dir
				return r, s, last, true
			}
		}
	}
	return r, first, last, true
}

// matchBefore checks that the words before the number (nearest first)
// spell pre, and returns the first token of the match.
func (p *parser) matchBefore(before []int, pre string) (int, bool) {
	for w := 1; w <= len(before); w++ {
		p.key = p.key[:0]
		for x := w - 1; x >= 0; x-- {
			if x < w-1 {
				p.key = append(p.key, ' ')
			}
			p.key = appendKey(p.key, p.text(before[x]))
		}
		if string(p.key) == pre {
			return before[w-1], true
		}
		if len(p.key) > len(pre) {
			break
		}
	}
	return 0, false
}

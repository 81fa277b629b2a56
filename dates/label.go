package dates

// Labeled is a date with the label that names it.
type Labeled struct {
	Kind Kind
	Result
}

// Label reads a line such as "Published : Jul 3, 2024, 7:43 PM IST",
// "Updated: 03 Jul 2024 19:43 IST", "प्रकाशित: ...", "अपडेटेड ..." or
// "Posted on July 3, 2024" and says which kind of date it gives. When a
// line has several labelled dates it returns the first; Labels returns all.
// A date with no label word before or after it gives false.
func Label(line string, o Options) (Kind, Result, bool) {
	ls := labels(line, o, true, false)
	if len(ls) == 0 {
		return Unknown, Result{}, false
	}
	return ls[0].Kind, ls[0].Result, true
}

// Labels returns every labelled date of a line ("Published: … | Updated: …").
func Labels(line string, o Options) []Labeled {
	return labels(line, o, false, false)
}

// Kinds returns every date of a line, as Find does for a line of up to
// 4,096 bytes, each with the label that names it as Labels reads it
// (Unknown where none does): the two in one reading of the line.
func Kinds(line string, o Options) []Labeled {
	return labels(line, o, false, true)
}

// labels reads the line's dates and their labels: only the first
// labelled one (first), every labelled one, or every one (all).
func labels(line string, o Options, first, all bool) []Labeled {
	if !hasDigit(line) {
		return nil
	}
	line = truncate(line, maxLine)
	n := o.norm()
	p := newParser(line, &n)
	defer p.release()
	var found []Result
	p.scan(&n, false, func(r Result, _ int) { found = append(found, r) })
	if len(found) == 0 {
		return nil
	}
	// Label words, by byte offset.
	type lab struct {
		kind       Kind
		start, end int
	}
	var labs []lab
	for j := 0; j < len(p.toks); j++ {
		if p.toks[j].kind != tWord {
			continue
		}
		m, w, ok := p.word(j)
		if ok && m.label != Unknown {
			labs = append(labs, lab{m.label, p.toks[j].start, p.toks[j+w-1].end})
			j += w - 1
		}
	}
	if len(labs) == 0 && !all {
		return nil
	}
	var out []Labeled
	used := make([]bool, len(labs))
	prevEnd := 0
	for i, r := range found {
		kind, at := Unknown, -1
		// The nearest label between the previous date and this one.
		for li, l := range labs {
			if !used[li] && l.start >= prevEnd && l.end <= r.Start {
				kind, at = l.kind, li
			}
		}
		// Else a label after the line's last date ("3 जुलाई 2024 को
		// प्रकाशित"); a label between two dates names the second.
		if at < 0 && i == len(found)-1 {
			next := len(line)
			if i+1 < len(found) {
				next = found[i+1].Start
			}
			for li, l := range labs {
				if !used[li] && l.start >= r.End && l.end <= next {
					kind, at = l.kind, li
					break
				}
			}
		}
		prevEnd = r.End
		if at < 0 {
			if all {
				out = append(out, Labeled{Unknown, r})
			}
			continue
		}
		used[at] = true
		out = append(out, Labeled{kind, r})
		if first {
			break
		}
	}
	return out
}

package clean

import "github.com/akhbar/akhbar/pipeline"

// A numbered run is a list the article itself counts through: a ranking
// ("1 Kyle Busch 5040 ...", "2 Martin Truex Jr. 5035 ..."), a top-N list
// ("1) Lego Star Wars ...", "2) Polistil ..."), a calendar ("1a etapa:
// 10 de março", "2a etapa: ..."). Its lines are short and would count
// against the body like menu lines do, but menus do not number their
// items one after another; a run of five or more consecutive numbers is
// content. (A numbered "most read" box is a run too; it sits apart from
// the article, behind a heading, and markRuns only lends each line a
// little weight, so it does not outweigh an article's paragraphs.)

// minRun is how many consecutive numbers make a numbered run.
const minRun = 5

// leadingNumber reads the number of one to three digits a line starts
// with (four are a year, not a count), followed by a separator or an
// ordinal suffix and a space: "1 ", "2) ", "3. ", "1a ", "4º ". It
// returns -1 when there is none.
func leadingNumber(s string) int {
	n, i := 0, 0
	for i < len(s) && i < 4 && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || i == 4 {
		return -1
	}
	rest := s[i:]
	for _, suf := range []string{")", ".", ":", "a", "o", "º", "ª", "°", "-", "–"} {
		if len(rest) > len(suf) && rest[:len(suf)] == suf {
			rest = rest[len(suf):]
			break
		}
	}
	if rest == "" || (rest[0] != ' ' && rest[0] != '\t') {
		return -1
	}
	return n
}

// markRuns finds the numbered runs: blocks whose leading numbers go up by
// one, with pictures, rules and copies between them allowed.
func (d *doc) markRuns() []bool {
	in := make([]bool, len(d.b))
	start, next, count := -1, -1, 0
	var members []int
	flush := func() {
		if count >= minRun {
			for _, k := range members {
				in[k] = true
			}
		}
		start, next, count, members = -1, -1, 0, members[:0]
	}
	for i := range d.b {
		b := d.b[i]
		if b.Tag == "img" || b.Tag == "hr" || b.Role == pipeline.RoleRepeated {
			continue
		}
		n := leadingNumber(b.Text)
		switch {
		case n >= 0 && start >= 0 && n == next:
			count++
		case n >= 0:
			flush()
			start, count = i, 1
		default:
			flush()
			continue
		}
		members = append(members, i)
		next = n + 1
	}
	flush()
	return in
}

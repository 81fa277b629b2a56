package meta

import (
	"regexp"
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// leftmost finds a regexp's leftmost match as FindStringSubmatchIndex
// does, but tries the regexp only where a match can start: at the bytes
// its program's first instructions accept, each time anchored there.
//
// It exists for the credit-label regexps: an alternation of a hundred
// labels under (?i) is too large for Go's backtracker, and Go's NFA adds a
// thread per label at every byte of the text when the search is not
// anchored, some microseconds a byte. Anchored at the few positions that
// can open a label (or a space before one), the same program fails within
// a byte or two at most of them.
//
// The result is the same because the leftmost match starts at the first
// position where the anchored program matches, and leftmost-first
// preference within one start is the same anchored or not. That holds
// only when nothing in the program looks at the text before the start:
// a program with any assertion but end of text ($), or one that may match
// the empty string or start on a byte inside a rune (a continuation
// byte), falls back to the plain regexp. FuzzSplitCredit checks it
// against the plain regexp.
type leftmost struct {
	re, anchored *regexp.Regexp
	first        [256]bool
	fast         bool
}

func newLeftmost(re *regexp.Regexp) *leftmost {
	l := &leftmost{re: re}
	parsed, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return l
	}
	prog, err := syntax.Compile(parsed.Simplify())
	if err != nil {
		return l
	}
	for i := range prog.Inst {
		if in := &prog.Inst[i]; in.Op == syntax.InstEmptyWidth && syntax.EmptyOp(in.Arg) != syntax.EmptyEndText {
			return l
		}
	}
	if !firstBytes(prog, &l.first) {
		return l
	}
	for b := 0x80; b < 0xC0; b++ {
		if l.first[b] {
			return l
		}
	}
	l.anchored = regexp.MustCompile(`^(?:` + re.String() + `)`)
	l.fast = true
	return l
}

// firstBytes marks the first bytes of every text the program's first
// consuming instructions accept; false when it can match without
// consuming a rune.
func firstBytes(prog *syntax.Prog, first *[256]bool) bool {
	seen := make([]bool, len(prog.Inst))
	stack := []uint32{uint32(prog.Start)}
	for len(stack) > 0 {
		pc := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[pc] {
			continue
		}
		seen[pc] = true
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			stack = append(stack, in.Out, in.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			stack = append(stack, in.Out)
		case syntax.InstMatch:
			return false
		case syntax.InstFail:
		default: // InstRune, InstRune1, InstRuneAny, InstRuneAnyNotNL
			markRunes(in, first)
		}
	}
	return true
}

// markRunes marks the first byte of every rune in accepts, and of every
// byte Go decodes as U+FFFD when it accepts that.
func markRunes(in *syntax.Inst, first *[256]bool) {
	var ranges []rune
	switch in.Op {
	case syntax.InstRune1:
		ranges = []rune{in.Rune[0], in.Rune[0]}
	case syntax.InstRune:
		if len(in.Rune) == 1 {
			r := in.Rune[0]
			ranges = []rune{r, r}
			if syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					ranges = append(ranges, f, f)
				}
			}
		} else {
			ranges = in.Rune
		}
	default:
		ranges = []rune{0, unicode.MaxRune}
	}
	var buf [utf8.UTFMax]byte
	firstOf := func(r rune) int {
		if 0xD800 <= r && r <= 0xDFFF {
			r = 0xD7FF // a surrogate has no encoding; its neighbours' first byte
		}
		utf8.EncodeRune(buf[:], r)
		return int(buf[0])
	}
	for i := 0; i+1 < len(ranges); i += 2 {
		lo, hi := ranges[i], ranges[i+1]
		for r := lo; r <= min(hi, utf8.RuneSelf-1); r++ {
			first[r] = true
		}
		// Beyond ASCII the first byte only grows with the rune, so every
		// first byte from lo's to hi's occurs in the range.
		if hi >= utf8.RuneSelf {
			for b := firstOf(max(lo, utf8.RuneSelf)); b <= firstOf(hi); b++ {
				first[b] = true
			}
		}
		if lo <= utf8.RuneError && utf8.RuneError <= hi {
			// An invalid byte reads as U+FFFD, one byte wide.
			for b := 0x80; b < 0x100; b++ {
				first[b] = true
			}
		}
	}
}

// FindStringSubmatchIndex is regexp's, on the same text.
func (l *leftmost) FindStringSubmatchIndex(s string) []int {
	if !l.fast {
		return l.re.FindStringSubmatchIndex(s)
	}
	for p := 0; p < len(s); p++ {
		if !l.first[s[p]] {
			continue
		}
		if m := l.anchored.FindStringSubmatchIndex(s[p:]); m != nil {
			for i := range m {
				if m[i] >= 0 {
					m[i] += p
				}
			}
			return m
		}
	}
	return nil
}

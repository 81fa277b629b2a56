package clean

import (
	"math"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/akhbar/akhbar/internal/runeclass"
)

// Table runs: pages whose content is a table or a list of records
// (standings, schedules, timetables, meal plans, price lists) print it as
// many short lines of one shape, "4  Denny Hamlin  5027  6  3", "3a
// etapa: 22 de abril – Velopark", or records of a few lines repeating
// ("Meal 2" / "Eat every 2–3 hours" / "Portion Fix Containers: …"). One
// such line alone looks like a menu item: short, no sentence end. What
// tells it apart is the run: many consecutive blocks, or blocks a few
// apart, with the same skeleton (how many figures, cells and colons, a
// figure or a word first, about the same length). Menus make runs too,
// but of bare words; the learned score sees the run's length, how much of
// it holds figures or cells, and how much of the dump it is, and decides.
// Only the block model reads these measures (dumpfeat.go); no rule does.

// rowShape is the skeleton of one block, for comparing it with others.
type rowShape struct {
	ok       bool // short enough to be a row
	firstNum bool // the first token holds a digit
	colon    bool
	numTok   int // tokens holding a digit
	bars     int // cell separators: "|", tabs
	letters  int
	label    string // the first token in lower case, when it is a word of two letters or more
}

// maxRowLetters: longer blocks are paragraphs, not rows.
const maxRowLetters = 300

func shapeOf(s string, letters int) rowShape {
	sh := rowShape{letters: letters}
	if letters == 0 || letters > maxRowLetters {
		return sh
	}
	sh.ok = true
	inTok, tokDigit, first, tokStart := false, false, true, 0
	end := func(at int) {
		if inTok {
			if tokDigit {
				sh.numTok++
			}
			if first {
				sh.firstNum = tokDigit
				first = false
				if w := strings.TrimRight(s[tokStart:at], ":,.;"); !tokDigit && utf8.RuneCountInString(w) >= 2 && at < len(s) {
					sh.label = strings.ToLower(w)
				}
			}
		}
		inTok, tokDigit = false, false
	}
	for i := 0; i < len(s); {
		at := i
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		i += w
		switch {
		case r == '|' || r == '\t':
			end(at)
			sh.bars++
		case r == ' ' || r == '\u00a0':
			end(at)
		default:
			if !inTok {
				tokStart = at
			}
			inTok = true
			if r == ':' {
				sh.colon = true
			} else if r < utf8.RuneSelf && r >= '0' && r <= '9' || r >= utf8.RuneSelf && runeclass.Of(r)&runeclass.Digit != 0 {
				tokDigit = true
			}
		}
	}
	end(len(s))
	return sh
}

// cells reports a row that holds figures, cells or a label with a colon:
// what a table row or a record line holds and a menu item seldom does.
func (a rowShape) cells() bool { return a.numTok > 0 || a.bars > 0 || a.colon }

// sameShape reports two rows with one skeleton.
func sameShape(a, b rowShape) bool {
	if !a.ok || !b.ok || a.firstNum != b.firstNum || a.colon != b.colon {
		return false
	}
	if min(a.numTok, 3) != min(b.numTok, 3) || min(a.bars, 3) != min(b.bars, 3) {
		return false
	}
	lo, hi := min(a.letters, b.letters), max(a.letters, b.letters)
	return hi <= 3*lo+6
}

// sameLabel reports two rows opening with the same word: the fields of
// records ("Meal 1", "Meal 2"; "Price: …", "Price: …").
func sameLabel(a, b rowShape) bool {
	return a.ok && b.ok && a.label != "" && a.label == b.label
}

// maxLag is the longest record, in blocks, a repeating run may have.
const maxLag = 4

// recurWindow is how many blocks either way recurrence looks.
const recurWindow = 10

// minTableRun is the least number of blocks a run spans.
const minTableRun = 4

// tableRuns fills, for each block, the run of same-shaped blocks it
// belongs to (0 when none): its length in blocks, the share of its
// blocks that hold cells, and its share of the dump's letters. For each
// lag k (1 … maxLag) a run is a stretch of blocks j whose block j+k has
// the same shape; a block takes the longest run that covers it.
func (d *doc) tableRuns() {
	n := len(d.b)
	d.runLen = make([]int, n)
	d.runCells = make([]float32, n)
	d.runShare = make([]float32, n)
	d.recur = make([]float32, n)
	d.cellsNear = make([]float32, n)
	if n < minTableRun {
		return
	}
	shapes := make([]rowShape, n)
	cellPrefix := make([]int, n+1)
	letterPrefix := make([]int, n+1)
	for i := range d.b {
		shapes[i] = shapeOf(d.b[i].Text, d.f[i].letters)
		if d.b[i].Tag == "img" || d.b[i].Tag == "hr" {
			shapes[i].ok = false
		}
		c := 0
		if shapes[i].ok && shapes[i].cells() {
			c = 1
		}
		cellPrefix[i+1] = cellPrefix[i] + c
		letterPrefix[i+1] = letterPrefix[i] + d.f[i].letters
	}
	total := max(letterPrefix[n], 1)
	prose := 0
	for i := range d.b {
		if d.f[i].prose() {
			prose += d.f[i].letters
		}
	}
	d.proseShare = float32(prose) / float32(total)
	// Recurrence: how many blocks near each one share its shape or its
	// label, and how many near it hold cells.
	for i := range d.b {
		lo, hi := max(i-recurWindow, 0), min(i+recurWindow, n-1)
		d.cellsNear[i] = float32(cellPrefix[hi+1]-cellPrefix[lo]) / float32(hi-lo+1)
		if !shapes[i].ok {
			continue
		}
		c := 0
		for j := lo; j <= hi; j++ {
			if j != i && (sameShape(shapes[i], shapes[j]) || sameLabel(shapes[i], shapes[j])) {
				c++
			}
		}
		d.recur[i] = float32(c) / float32(2*recurWindow)
	}
	for k := 1; k <= maxLag; k++ {
		j := 0
		for j+k < n {
			if !sameShape(shapes[j], shapes[j+k]) {
				j++
				continue
			}
			s := j
			for j+k < n && sameShape(shapes[j], shapes[j+k]) {
				j++
			}
			// blocks s … j-1 match the block k on: the run covers s … j-1+k.
			e := j - 1 + k
			length := e - s + 1
			if length < minTableRun || length < 2*k+1 {
				continue
			}
			cells := float32(cellPrefix[e+1]-cellPrefix[s]) / float32(length)
			share := float32(letterPrefix[e+1]-letterPrefix[s]) / float32(total)
			for i := s; i <= e; i++ {
				if length > d.runLen[i] {
					d.runLen[i], d.runCells[i], d.runShare[i] = length, cells, share
				}
			}
		}
	}
}

// tableFeatures are the block's table-run measures (see tableRuns).
func (d *doc) tableFeatures(i int, row []float32) []float32 {
	return append(row, float32(math.Log1p(float64(d.runLen[i]))), d.runCells[i], d.runShare[i], d.recur[i], d.cellsNear[i])
}

var (
	trMode    = envInt("AKHBAR_TR_MODE", 0)
	trRowP    = float64(envInt("AKHBAR_TR_P", 50)) / 100
	trMinRun  = envInt("AKHBAR_TR_RUN", 5)
	trCells   = float32(envInt("AKHBAR_TR_CELLS", 50)) / 100
	trRecur   = float32(envInt("AKHBAR_TR_RECUR", 30)) / 100
	trMinP    = float64(envInt("AKHBAR_TR_MINP", 0)) / 100
	trNoLi    = envInt("AKHBAR_TR_LI", 0)
	trProseMx = float32(envInt("AKHBAR_TR_PROSE", 100)) / 100
)

func envInt(k string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(k)); err == nil {
		return v
	}
	return def
}

func (d *doc) tableRow(i int) bool {
	if trMode == 0 || !d.free(i) || d.b[i].LinkShare >= 0.5 || trNoLi == 1 && d.b[i].Tag == "li" {
		return false
	}
	switch trMode {
	case 1:
		return d.runLen[i] >= trMinRun && d.runCells[i] >= trCells && d.proseShare <= trProseMx
	case 2:
		return d.recur[i] >= trRecur && d.cellsNear[i] >= trCells && d.proseShare <= trProseMx
	case 3:
		return (d.runLen[i] >= trMinRun && d.runCells[i] >= trCells || d.recur[i] >= trRecur && d.cellsNear[i] >= trCells) && d.proseShare <= trProseMx
	}
	return false
}

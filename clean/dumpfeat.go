package clean

import (
	"math"
	"strings"
	"sync"
	"unicode"

	"github.com/akhbar/akhbar/pipeline"
)

// The feature row of one block of a text dump, for the learned block
// score (dumpmodel.go). A row has three parts: what the block itself
// shows (length, sentence ends, marks, cue words, the roles the one-block
// rules gave it), what its neighbours show (the same few measures two
// blocks either way, and the running text in a window around it), and the
// dump's fingerprint (how its renderer lays text out: wrapped lines,
// bullets, link marks, Markdown). The fingerprint lets one model serve
// w3m, lynx, links, html2text and pandoc dumps alike without being told
// which made a file.
//
// The order of the features is part of the model file: append new ones
// at the end and retrain (clean/internal/traindump).

// nDumpFeatures is the length of a feature row.
const nDumpFeatures = 25 + 2*5 + 4 + 9 + 2

// own measures of a block.
func (d *doc) ownFeatures(i int, row []float32) []float32 {
	b, f := d.b[i], d.f[i]
	lg := log1pInt
	ratio := func(a, n int) float32 {
		if n == 0 {
			return 0
		}
		return float32(a) / float32(n)
	}
	tag := float32(0)
	switch {
	case b.Tag == "li":
		tag = 1
	case b.Tag == "h1" || b.Tag == "h2":
		tag = 2
	case strings.HasPrefix(b.Tag, "h") && b.Tag != "hr":
		tag = 3
	case b.Tag == "img":
		tag = 4
	case b.Tag == "hr":
		tag = 5
	}
	role := float32(0)
	switch b.Role {
	case pipeline.RoleBoilerplate:
		role = 1
	case pipeline.RoleMetadata:
		role = 2
	case pipeline.RoleRepeated:
		role = 3
	}
	reason := float32(0)
	switch b.Reason {
	case ReasonCaption, ReasonImageAlt:
		reason = 1
	case "furniture":
		reason = 2
	case "alt-text":
		reason = 3
	case ReasonTeaser:
		reason = 4
	case ReasonCopyright:
		reason = 5
	case "symbols":
		reason = 6
	}
	t := strings.TrimSpace(b.Text)
	last, _ := lastRune(t)
	colon := float32(0)
	if last == ':' {
		colon = 1
	}
	return append(row,
		lg(f.letters), lg(f.words), float32(f.sentences), b2f(f.terminal),
		ratio(f.upper, f.cased), ratio(f.titleCase, f.words), float32(f.separator), b2f(f.ellipsis),
		ratio(f.digits, f.letters), b.LinkShare, tag, role, reason, float32(d.cue[i].kind),
		b2f(d.date[i]), b2f(d.numbered[i]), b2f(f.prose()), colon,
		lg(b.End-b.Start+1), b2f(d.legal[i]), b2f(d.hasCredit(i)), b2f(isBreadcrumb(b.Text)),
		b2f(f.words <= 10 && d.commentsHead(i)), float32(d.dupes[i]),
		ratio(len(t)-f.letters-f.words, len(t)), // punctuation and symbols per character
	)
}

// neighbourFeatures: a few measures of the blocks two either way (absent
// neighbours are -1), where the block sits, and how much running text is
// near it compared with the densest stretch of the dump.
func (d *doc) neighbourFeatures(i int, row []float32) []float32 {
	n := len(d.b)
	for _, k := range []int{i - 2, i - 1, i + 1, i + 2} {
		if k < 0 || k >= n {
			row = append(row, -1, -1)
			continue
		}
		if k == i-1 || k == i+1 {
			row = append(row, log1pInt(d.f[k].letters), b2f(d.f[k].prose()))
		} else {
			row = append(row, b2f(d.f[k].prose()), d.b[k].LinkShare)
		}
	}
	row = append(row, float32(i)/float32(n), d.before[i]/max(d.total, 1))
	near := d.window[i]
	lnear := float32(0)
	if n := int(near); float32(n) == near {
		lnear = log1pInt(n) // letters: a whole number
	} else {
		lnear = float32(math.Log1p(float64(near)))
	}
	row = append(row, near/max(d.maxWindow, 1), lnear, log1pInt(abs(i-d.densest)), b2f(i < d.densest))
	return row
}

// fingerprint measures the dump as a whole: how its renderer lays out
// text. Every row of a dump carries the same values.
type fingerprint struct {
	lines, blocks, letters         float32 // log counts
	multiLine, li, heading, img    float32 // share of blocks
	linkShare, proseShare, longest float32
}

func (d *doc) fingerprint() fingerprint {
	var fp fingerprint
	var lines, multi, li, hd, img, prose, letters, longest int
	var link float64
	for i, b := range d.b {
		lines += b.End - b.Start + 1
		if b.End > b.Start {
			multi++
		}
		switch {
		case b.Tag == "li":
			li++
		case b.Tag == "img":
			img++
		case strings.HasPrefix(b.Tag, "h") && b.Tag != "hr":
			hd++
		}
		if d.f[i].prose() {
			prose++
		}
		letters += d.f[i].letters
		longest = max(longest, d.f[i].letters)
		link += float64(b.LinkShare)
	}
	n := float32(max(len(d.b), 1))
	fp.lines = float32(math.Log1p(float64(lines)))
	fp.blocks = float32(math.Log1p(float64(len(d.b))))
	fp.letters = float32(math.Log1p(float64(letters)))
	fp.multiLine, fp.li, fp.heading, fp.img = float32(multi)/n, float32(li)/n, float32(hd)/n, float32(img)/n
	fp.linkShare, fp.proseShare = float32(link)/n, float32(prose)/n
	fp.longest = float32(math.Log1p(float64(longest)))
	return fp
}

func (fp fingerprint) append(row []float32) []float32 {
	return append(row, fp.lines, fp.blocks, fp.letters, fp.multiLine, fp.li, fp.heading, fp.img, fp.linkShare, fp.proseShare)
}

// prepareContext fills what the neighbour features need: letters before
// each block, running text in a window of blocks around it, the densest
// window, and how many blocks share each short block's text.
func (d *doc) prepareContext() {
	n := len(d.b)
	d.before = make([]float32, n)
	d.window = make([]float32, n)
	d.dupes = make([]int, n)
	var run float32
	proseLetters := make([]float32, n+1) // prefix sums of prose letters
	for i := range d.b {
		d.before[i] = run
		run += float32(d.f[i].letters)
		p := float32(0)
		if d.f[i].prose() && d.b[i].Role == pipeline.RoleUnknown {
			p = float32(d.f[i].letters)
		}
		proseLetters[i+1] = proseLetters[i] + p
	}
	d.total = run
	const half = 5
	d.maxWindow, d.densest = 0, 0
	for i := range d.b {
		lo, hi := max(i-half, 0), min(i+half+1, n)
		d.window[i] = proseLetters[hi] - proseLetters[lo]
		if d.window[i] > d.maxWindow {
			d.maxWindow, d.densest = d.window[i], i
		}
	}
	count := make(map[string]int, len(d.b)) // sized: growing it rehashed the keys
	for i := range d.b {
		if d.key[i] != "" {
			count[d.key[i]]++
		}
	}
	for i := range d.b {
		if d.key[i] != "" {
			d.dupes[i] = count[d.key[i]] - 1
		}
	}
}

// rows returns the feature rows of every block; markSingles has run.
func (d *doc) rows() [][]float32 {
	var rb rowBuf
	d.rowsInto(&rb)
	return rb.out
}

// rowBuf holds the feature rows of a document: out[i] is block i's row,
// a slice of flat. applyModel takes one from rowBufs and gives it back,
// so that a worker does not allocate (and clear) the rows of every
// document anew: they were a tenth of clean's allocations.
type rowBuf struct {
	out  [][]float32
	flat []float32
}

var rowBufs = sync.Pool{New: func() any { return new(rowBuf) }}

// rowsInto is rows, into rb's arrays when they are large enough.
func (d *doc) rowsInto(rb *rowBuf) {
	d.prepareContext()
	fp := d.fingerprint()
	// The hand-set rules' view: each block's score and the body segment
	// they pick. The trees learn where to trust them.
	rs, re := d.region()
	if cap(rb.out) < len(d.b) {
		rb.out = make([][]float32, len(d.b))
	}
	out := rb.out[:len(d.b)]
	if cap(rb.flat) < len(d.b)*nDumpFeatures {
		rb.flat = make([]float32, 0, len(d.b)*nDumpFeatures)
	}
	flat := rb.flat[:0]
	for i := range d.b {
		start := len(flat)
		flat = d.ownFeatures(i, flat)
		flat = d.neighbourFeatures(i, flat)
		flat = fp.append(flat)
		rule := d.score(i)
		flat = append(flat, float32(math.Copysign(math.Log1p(math.Abs(rule)), rule)), b2f(rs >= 0 && i >= rs && i <= re))
		out[i] = flat[start:len(flat):len(flat)]
	}
	rb.out, rb.flat = out, flat
}

// log1pInt is float32(math.Log1p(float64(x))), from a table for the
// small counts a feature row takes several of per block (a twentieth of
// cleaning a w3m dump went to math.Log1p).
func log1pInt(x int) float32 {
	if t := log1pTable(); x >= 0 && x < len(t) {
		return t[x]
	}
	return float32(math.Log1p(float64(x)))
}

var log1pTable = sync.OnceValue(func() *[4096]float32 {
	var t [4096]float32
	for i := range t {
		t[i] = float32(math.Log1p(float64(i)))
	}
	return &t
})

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func b2f(b bool) float32 {
	if b {
		return 1
	}
	return 0
}

func lastRune(s string) (rune, bool) {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] < 0x80 || s[i] >= 0xC0 {
			r := []rune(s[i:])
			if len(r) > 0 && !unicode.IsSpace(r[0]) {
				return r[0], true
			}
			return 0, false
		}
	}
	return 0, false
}

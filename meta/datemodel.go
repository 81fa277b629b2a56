package meta

import (
	_ "embed"
	"math"
	"slices"
	"sort"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/dates"
	"github.com/akhbar/akhbar/internal/modelfile"
	"github.com/akhbar/akhbar/pipeline"
)

// DateModelFile is the learned publication-date picker of text dumps,
// embedded from meta/models and trained by clean/internal/traindump on
// the dump set's pages that have a date truth (WCXB's; an empty truth is
// "the page shows no publication date"), with the held-out block
// probabilities and headline pickers of a cross-validation run
// (scripts/check-dump-pickers.sh retrains it and compares the bytes).
//
// The rules of times take the first labelled or plain date of the lines
// clean typed as date or byline lines. In a dump of a page that is not an
// article (a shop, a service page, a list of posts) such a line is a
// post's, an offer's or a copyright's date, and the rules print it as the
// page's; on an article the typed line may be a related story's while the
// headline's date sits on a line the block model left untyped. Here every
// date of the header's lines is a candidate, with where it stands, its
// label and how it relates to the page's other dates, and the model
// chooses one or none. An empty file means no model: the rules decide.
const DateModelFile = "dump-date.gbdt"

//go:embed models/dump-date.gbdt
var embeddedDateModel []byte

// DateModel scores each publication-date candidate of a dump, as
// AuthorModel does its authors: the best one when it scores at least
// Min; where the rules chose a day, another replaces it only at
// Override, and none only when the rules' day scores under 1-Override.
type DateModel struct{ Picker }

const dateModelMagic = "akhbar-dump-date 1\n"

// MarshalBinary writes the model as Picker does.
func (m *DateModel) MarshalBinary() ([]byte, error) { return m.marshal(dateModelMagic) }

// ParseDateModel reads what MarshalBinary wrote.
func ParseDateModel(data []byte) (*DateModel, error) {
	m := &DateModel{}
	if err := m.parse(data, dateModelMagic, "date model", NDateFeatures); err != nil {
		return nil, err
	}
	return m, nil
}

var dateModel modelfile.Lazy[DateModel]

// DateModelError says why the date model could not be loaded, if it
// could not (an empty embedded file is not an error).
func DateModelError() error {
	_, err := dateModel.Get(DateModelFile, embeddedDateModel, ParseDateModel)
	return err
}

func defaultDateModel() *DateModel {
	m, _ := dateModel.Get(DateModelFile, embeddedDateModel, ParseDateModel)
	return m
}

// Choose returns the index of the candidate the model takes, or -1 for
// none.
func (m *DateModel) Choose(cands []DateCandidate) int {
	return m.chooseAmong(len(cands), func(k int) (row []float32, rules, judged bool) {
		return cands[k].Row, cands[k].Rules, !cands[k].Relative
	})
}

// DateCandidate is a publication day the date picker weighed, with the
// feature row the model reads; Rules marks the rules' day, Relative a
// day read from an age ("2 hours ago", "yesterday").
//
// The model chooses among days printed as dates only, and an age the
// rules read stands: the pages it learned from were saved long before
// the run's time, so an age never gave their day there, and the model
// would learn to drop every age a fresh page prints.
type DateCandidate struct {
	Day      string
	Row      []float32
	Rules    bool
	Relative bool

	res dates.Result // the first reading of the day
}

// DateCandidates runs Extract with no date model and returns every
// publication-date candidate it weighed. It exists for the trainer.
func DateCandidates(d *pipeline.Doc, o Options) []DateCandidate {
	var log []DateCandidate
	o.dateLog, o.noDateModel = &log, true
	Extract(d, o)
	return log
}

// chooseDate replaces the publication time the rules read from a text
// dump's lines with the date model's choice, when there is a model; times
// calls it only when the record had no time before (one the input stated
// beside the page, a corpus's field, stands).
func chooseDate(d *pipeline.Doc, o Options, zoneOf func() *time.Location, hadZoneFlag bool) {
	r := &d.Record
	if r.Source.Unit == "block" {
		// An HTML page's dates come from its markup, which the
		// model never saw.
		return
	}
	m := defaultDateModel()
	if o.noDateModel {
		m = nil
	}
	if m == nil && o.dateLog == nil {
		return
	}
	// The candidates are read as a dump's run-together words may need
	// (dates.Options.RunTogether); the rules' reading is clean's.
	opt := dates.Options{Ref: o.Now, DefaultZone: zoneOf(), RunTogether: true}
	cands := dateCands(d, o, opt)
	if o.dateLog != nil {
		*o.dateLog = cands
	}
	if m == nil {
		return
	}
	k := m.Choose(cands)
	if k >= 0 && cands[k].Rules {
		return
	}
	// The flag the rules' time set goes with it, unless the record had
	// it before or an updated time may have set it too.
	rulesAssumed := false
	for _, c := range cands {
		rulesAssumed = rulesAssumed || c.Rules && c.res.ZoneAssumed
	}
	if rulesAssumed && !hadZoneFlag && r.Updated == "" {
		r.Flags = slices.DeleteFunc(r.Flags, func(f string) bool { return f == "zone-assumed" })
	}
	r.Published = ""
	if k >= 0 {
		r.Published = stamp(cands[k].res, r)
	}
}

// NDateFeatures is the length of a date candidate's feature row.
const NDateFeatures = 30

// The date candidates are read from the blocks this far above the body's
// first block and after it, and from blocks no longer than dateLine
// letters: a long paragraph's dates are its story's, not the page's.
const (
	dateAbove = 150
	dateBelow = 30
	dateLine  = 300
)

// dateKinds name how a candidate was read.
const (
	dateRules = iota // the rules' time, from no line of the window
	datePlain
	datePublished
	dateUpdated
	dateFeedAge
)

// dateCand is a candidate while the readings are gathered.
type dateCand struct {
	res        dates.Result
	day        string
	block      int
	kind       int
	votes      int
	relative   bool
	outside    float32 // share of the block's letters outside the date
	onLine     int     // dates on the candidate's first line
	rulesStamp pipeline.Time
}

// dateCands reads every date of the window's lines, merges readings of
// one day and gives each day its features; the rules' time (the record's
// Published) is one of them.
func dateCands(d *pipeline.Doc, o Options, opt dates.Options) []DateCandidate {
	r := &d.Record
	blocks := d.Blocks
	body := bodyIndex(blocks)
	lo, hi := max(0, body-dateAbove), min(len(blocks), body+dateBelow)
	var cands []dateCand
	seen := map[string]int{}
	readings, bodyReadings := 0, 0
	add := func(res dates.Result, i, kind int, b *pipeline.Block, onLine int) {
		day := res.Time.Format(time.DateOnly)
		readings++
		if b.Role == pipeline.RoleBody {
			bodyReadings++
		}
		if k, ok := seen[day]; ok {
			c := &cands[k]
			c.votes++
			if kind == datePublished && c.kind != datePublished {
				c.kind = datePublished
			}
			c.relative = c.relative || res.Relative
			return
		}
		seen[day] = len(cands)
		cands = append(cands, dateCand{res: res, day: day, block: i, kind: kind, votes: 1,
			relative: res.Relative, outside: outsideShare(b.Text, res.Start, res.End), onLine: onLine})
	}
	for i := lo; i < hi; i++ {
		b := &blocks[i]
		if b.Role == pipeline.RoleBlank {
			continue
		}
		s := b.Text
		if len(s) > dateLine && utf8.RuneCountInString(s) > dateLine {
			if i != body {
				continue
			}
			// A dateline's day opens the body's first paragraph.
			s = cutRunes(s, dateLine)
		}
		if !hasDigit(s) {
			continue
		}
		found := dates.Kinds(s, opt)
		for _, f := range found {
			kind := datePlain
			switch f.Kind {
			case dates.Unknown:
			case dates.Updated:
				kind = dateUpdated
			default:
				kind = datePublished
			}
			add(f.Result, i, kind, b, len(found))
		}
	}
	if !o.Now.IsZero() {
		for i := lo; i < hi && i < body; i++ {
			if !hasDigit(blocks[i].Text) {
				continue
			}
			if age, ok := feedAge(blocks[i].Text); ok {
				at := o.Now.Add(-age)
				add(dates.Result{Time: at, HasTime: true, HasZone: true, Relative: true}, i, dateFeedAge, &blocks[i], 1)
			}
		}
	}
	rulesAt := -1
	if r.Published != "" {
		day := string(r.Published)[:min(len(r.Published), len(time.DateOnly))]
		k, ok := seen[day]
		if !ok {
			k = len(cands)
			cands = append(cands, dateCand{day: day, block: -1, kind: dateRules, votes: 1})
		}
		cands[k].rulesStamp = r.Published
		rulesAt = k
	}
	if len(cands) == 0 {
		return nil
	}
	title := -1
	if t := firstReason(blocks, clean.ReasonTitle); t != nil {
		title = indexOf(blocks, t)
	}
	// Days in order, newest first, for each candidate's rank.
	days := make([]string, len(cands))
	for k, c := range cands {
		days[k] = c.day
	}
	sort.Sort(sort.Reverse(sort.StringSlice(days)))
	newest, _ := time.Parse(time.DateOnly, days[0])
	oldest, _ := time.Parse(time.DateOnly, days[len(days)-1])
	nBody := 0
	for i := range blocks {
		if blocks[i].Role == pipeline.RoleBody {
			nBody++
		}
	}
	now := o.Now.Format(time.DateOnly)
	out := make([]DateCandidate, len(cands))
	all := make([]float32, len(cands)*NDateFeatures)
	for k, c := range cands {
		x := all[k*NDateFeatures : (k+1)*NDateFeatures : (k+1)*NDateFeatures]
		i := c.block
		day, _ := time.Parse(time.DateOnly, c.day)
		x[0] = float32(c.kind)
		x[1] = b2f(k == rulesAt)
		x[2] = float32(c.votes)
		if i >= 0 {
			x[3] = float32(i - body)
		} else {
			x[3] = -1000
		}
		if title >= 0 && i >= 0 {
			x[4] = float32(i - title)
			x[5] = 1
		}
		x[6] = reasonCode(blocks, i)
		if i >= 0 {
			x[7] = reasonCode(blocks, prevText(blocks, i))
			x[8] = reasonCode(blocks, nextText(blocks, i))
		} else {
			x[7], x[8] = -1, -1
		}
		x[9] = b2f(c.res.Relative)
		x[10] = b2f(c.res.HasTime)
		x[11] = b2f(c.res.HasZone && !c.res.ZoneAssumed)
		if i >= 0 {
			b := &blocks[i]
			x[12] = float32(utf8.RuneCountInString(b.Text))
			x[13] = c.outside
			x[19] = float32(c.onLine)
			x[20] = b.LinkShare
			if b.Link != "" {
				x[20] = 1
			}
			x[21] = b2f(b.Role == pipeline.RoleRepeated)
			x[22] = b2f(b.Role == pipeline.RoleBody)
			x[28] = float32(i) / float32(len(blocks))
		}
		x[14] = float32(len(cands))
		x[15] = float32(k)
		x[16] = float32(sort.Search(len(days), func(j int) bool { return days[j] <= c.day }))
		x[17] = float32(math.Log1p(newest.Sub(day).Hours() / 24))
		x[18] = float32(math.Log1p(day.Sub(oldest).Hours() / 24))
		x[23] = float32(bodyReadings)
		x[24] = float32(readings)
		x[25] = pageTypeCode(r.PageType)
		x[26] = float32(nBody)
		x[27] = b2f(!o.Now.IsZero() && c.day > now)
		x[29] = b2f(r.Published != "" && !c.res.Time.IsZero() && c.res.String() == string(c.rulesStamp))
		out[k] = DateCandidate{Day: c.day, Row: x, Rules: k == rulesAt, Relative: c.relative, res: c.res}
	}
	return out
}

// pageTypeCode numbers the record's page types the date features read.
func pageTypeCode(t string) float32 {
	switch t {
	case "article":
		return 1
	case "listing":
		return 2
	case "empty":
		return 3
	case "":
		return 0
	}
	return 4
}

// outsideShare is the share of s's letters that lie outside the span
// [start, end): 0 for a line that is nothing but its date.
func outsideShare(s string, start, end int) float32 {
	in, out := 0, 0
	for j, c := range s {
		if !unicode.IsLetter(c) {
			continue
		}
		if j >= start && j < end {
			in++
		} else {
			out++
		}
	}
	if in+out == 0 {
		return 0
	}
	return float32(out) / float32(in+out)
}

// hasDigit reports a digit of any script in s.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			return true
		}
		if c >= utf8.RuneSelf {
			r, w := utf8.DecodeRuneInString(s[i:])
			if unicode.IsDigit(r) {
				return true
			}
			i += w - 1
		}
	}
	return false
}

// cutRunes is s's first n runes.
func cutRunes(s string, n int) string {
	for j := range s {
		if n == 0 {
			return s[:j]
		}
		n--
	}
	return s
}

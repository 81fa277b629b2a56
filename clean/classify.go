package clean

import (
	"index/suffixarray"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/akhbar/akhbar/dates"
	"github.com/akhbar/akhbar/internal/phrases"
	"github.com/akhbar/akhbar/internal/runeclass"
	"github.com/akhbar/akhbar/lexicon"
	"github.com/akhbar/akhbar/pipeline"
)

// Reasons the classifier gives. Metadata reasons name the field package
// meta parses from the block.
const (
	ReasonBreadcrumb = "breadcrumb"
	ReasonTitle      = "title"
	ReasonSummary    = "summary"
	ReasonCaption    = "caption"
	ReasonImageAlt   = "image-alt"
	ReasonByline     = "byline"
	ReasonDate       = "date"
	ReasonCopyright  = "copyright"
	ReasonHeading    = "heading"
	ReasonAlsoRead   = "also-read"
	ReasonRelated    = "related-list"
	ReasonTeaser     = "teaser"
)

// doc is the classifier's view of a document: its blocks and what was
// measured of each.
type doc struct {
	b    []pipeline.Block
	f    []features
	cue  []cueMatch
	date []bool
	key  []string // cueKey of short blocks ("" for long ones), for comparing blocks
	low  []string // the text in lower case, for the phrase lists
	// hash and hashLetters are each block's contentKey, for markRepeats.
	hash        []uint64
	hashLetters []int
	// legal is legalText of each block, asked at every segment search.
	legal []bool
	// credit memoises hasCredit of each block (0: not asked yet, 1: no,
	// 2: yes): the rules and the feature row ask it of a block up to
	// five times.
	credit []uint8
	// agency memoises agencyAfterDash of each block where agencyDone.
	agency     []string
	agencyDone []bool
	// comments memoises commentsHead (0: not asked yet, 1: no, 2: yes).
	comments []uint8
	// phr holds which phrase lists each block's low has (blockPhrases).
	phr []uint32
	// numbered marks the lines of numbered runs (see markRuns).
	numbered []bool
	// parted is BlankLineParted of the page, asked by many rules.
	parted bool
	// For the learned block score (dumpfeat.go, dumpmodel.go): letters
	// before each block, running text in a window around it, copies of
	// its text, and the densest window.
	before, window   []float32
	dupes            []int
	total, maxWindow float32
	densest          int
	// prob is the model's probability that a block is body, and learned
	// what the block adds to the body segment; nil without a model.
	prob, learned []float64
	// titleModel picks the headline among the title's candidates (nil:
	// the hand-set score does); titleLog, when not nil, receives every
	// candidate with its feature row, for the trainer.
	titleModel *TitleModel
	titleLog   *[]TitleCandidate
}

func newDoc(blocks []pipeline.Block, now time.Time) *doc {
	d := &doc{b: blocks, f: make([]features, len(blocks)), cue: make([]cueMatch, len(blocks)), date: make([]bool, len(blocks)),
		key: make([]string, len(blocks)), low: make([]string, len(blocks)), legal: make([]bool, len(blocks)),
		credit: make([]uint8, len(blocks)), phr: make([]uint32, len(blocks)), numbered: make([]bool, len(blocks))}
	d.hash, d.hashLetters = make([]uint64, len(blocks)), make([]int, len(blocks))
	var sc blockScan
	for i := range blocks {
		d.f[i] = scanBlock(blocks[i].Text, &sc) // measure
		d.hash[i], d.hashLetters[i] = sc.key()  // contentKey
		d.low[i] = sc.low(blocks[i].Text)       // lower
		d.phr[i] = blockPhrases().Match(d.low[i])
		d.legal[i] = d.phr[i]&phLegal != 0 // legalText(d.low[i])
		// One cueKey per block, for comparing blocks and for matchCue.
		key := ""
		if d.f[i].letters <= 600 || len(blocks[i].Text) <= 2*maxCueLen() {
			key = sc.keyOfLower(d.low[i]) // cueKey(blocks[i].Text)
		}
		if d.f[i].letters <= 600 {
			d.key[i] = key
		}
		d.cue[i] = matchCueKey(blocks[i].Text, d.low[i], key)
		if d.cue[i].kind == cueNone && d.f[i].words <= 9 {
			if name, ok := roleByline(blocks[i].Text); ok {
				d.cue[i] = cueMatch{kind: cueByline, rest: name}
			} else if copyrightYear(blocks[i].Text) {
				d.cue[i] = cueMatch{kind: cueCopyright}
			}
		}
		d.date[i] = dateLine(blocks[i].Text, d.f[i], now)
	}
	d.parted = BlankLineParted(blocks)
	return d
}

func (d *doc) set(i int, role pipeline.Role, reason string) {
	d.b[i].Role = role
	d.b[i].Reason = reason
}

// hasCredit is hasCredit of block i's lower-cased text, memoised.
func (d *doc) hasCredit(i int) bool {
	if d.credit[i] == 0 {
		d.credit[i] = 1
		if parenCredit(d.low[i]) || d.phr[i]&phCredit != 0 { // hasCredit(d.low[i])
			d.credit[i] = 2
		}
	}
	return d.credit[i] == 2
}

// headerCredit is hasCredit for a block above the body, where a caption
// may also end in its source alone, in brackets or after a dash: "…
// (PTI)", "… (भाषा)", "… — PTI".
// Below the headline an agency in brackets closes a caption; at the end
// of a paragraph it closes a story, so the body's blocks are not asked.
func (d *doc) headerCredit(i int) bool {
	if d.hasCredit(i) || agencyParen(d.low[i]) {
		return true
	}
	// An agency that is also the site (its copyright line names it) ends
	// a headline: "… – Reuters".
	a := d.dashAgency(i)
	return a != "" && !d.copyrightNames(a)
}

// dashAgency is agencyAfterDash of block i's lower-cased text, memoised:
// the title and header searches ask it of a block several times, and
// each asking searches the block from its end for four dashes.
func (d *doc) dashAgency(i int) string {
	if d.agency == nil {
		d.agency = make([]string, len(d.b))
		d.agencyDone = make([]bool, len(d.b))
	}
	if !d.agencyDone[i] {
		d.agency[i], d.agencyDone[i] = agencyAfterDash(d.low[i]), true
	}
	return d.agency[i]
}

// copyrightNames reports a copyright line of the page that holds s
// (lower-cased).
func (d *doc) copyrightNames(s string) bool {
	for j := range d.b {
		if d.b[j].Reason == ReasonCopyright && strings.Contains(d.low[j], s) {
			return true
		}
	}
	return false
}

// agencyAfterDash is the agency's name that ends a caption after a long
// dash, a bar or a slash ("… — PTI", "… – भाषा", "… | IANS", "… / PTI"),
// or "". A hyphen is left alone: it more often parts a headline from its
// site.
func agencyAfterDash(low string) string {
	for _, dash := range []string{" — ", " – ", " | ", " / "} {
		// The caption before it is a phrase of its own: "Alex Wong |
		// Getty Images" is a photographer's credit line, not a caption.
		if i := strings.LastIndex(low, dash); i > 0 && len(strings.Fields(low[:i])) >= 3 {
			if a := strings.TrimSpace(low[i+len(dash):]); lexicon.Has(lexicon.Agency, a) {
				return a
			}
		}
	}
	return ""
}

// roleByline reads a byline whose label follows the name: "name, role"
// ("Rahul Verma, Special Correspondent", "सुनील कुमार, संवाददाता", "সুমন
// দাস, নিজস্ব সংবাদদাতা"), the role a job of the table's kind role. It
// returns the name.
func roleByline(text string) (string, bool) {
	k := max(strings.LastIndexByte(text, ','), lastArabicComma(text))
	if k <= 0 {
		return "", false
	}
	_, w := utf8.DecodeRuneInString(text[k:])
	name := strings.TrimSpace(text[:k])
	role := strings.TrimFunc(text[k+w:], func(r rune) bool { return runeclass.Is(r, runeclass.Space|runeclass.Punct) })
	if role == "" || !lexicon.Has(lexicon.Role, role) {
		return "", false
	}
	n := len(strings.Fields(name))
	if n == 0 || n > 5 || strings.ContainsFunc(name, func(r rune) bool { return runeclass.Is(r, runeclass.Digit) }) {
		return "", false
	}
	return name, true
}

// lastArabicComma is strings.LastIndex(s, "،") (U+060C, bytes D8 8C),
// found from its rarer second byte.
func lastArabicComma(s string) int {
	for {
		j := strings.LastIndexByte(s, 0x8c)
		if j < 1 {
			return -1
		}
		if s[j-1] == 0xd8 {
			return j - 1
		}
		s = s[:j]
	}
}

// agencyParen reports a block ending in an agency's name in brackets,
// after some text of its own.
func agencyParen(low string) bool {
	if !strings.HasSuffix(low, ")") {
		return false
	}
	i := strings.LastIndex(low, "(")
	if i <= 0 || strings.TrimSpace(low[:i]) == "" {
		return false
	}
	return lexicon.Has(lexicon.Agency, strings.TrimSpace(low[i+1:len(low)-1]))
}

// cueKeyOf is cueKey(d.b[i].Text), kept in d.key for short blocks.
func (d *doc) cueKeyOf(i int) string {
	if d.f[i].letters <= 600 {
		return d.key[i]
	}
	return cueKey(d.b[i].Text)
}

func (d *doc) free(i int) bool { return d.b[i].Role == pipeline.RoleUnknown }

// Classify gives every block of a document its role and reason and sets
// the record's page type.
//
// For text dumps it finds the article itself: the body is the run of
// blocks with the most running text in it (the maximum-sum segment of a
// per-block score, so short menu lines between paragraphs are bridged but
// a sidebar of teasers far from the article is not); the article's header
// (title, summary, captions, byline, date) sits just before it; related
// links, copyright and comments come after it. Copies of earlier blocks
// become repeated, pointing at the first copy.
//
// For HTML the extractor has already chosen the main content; only the
// blocks it kept as body are looked at again, for copies, "also read"
// links, alt-text leaks and stray furniture.
//
// Dates in the text are read with the clock as "now" (it bounds the years
// a date line may name); ClassifyAt pins it.
func Classify(pd *pipeline.Doc) { ClassifyAt(pd, time.Time{}) }

// ClassifyAt is Classify with a pinned reference time, as a run passes
// its --now, so that a resumed run or a test reads the same date lines
// whatever the clock says (zero: the clock).
func ClassifyAt(pd *pipeline.Doc, now time.Time) { classify(pd, defaultDumpModel(), now) }

func classify(pd *pipeline.Doc, m *DumpModel, now time.Time) {
	classifyOpts(pd, m, nil, now, defaultTitleModel(), nil)
}

// classifyProbs classifies with model m (nil: the hand-set scores), from
// the given block probabilities when not nil, and the embedded title
// model.
func classifyProbs(pd *pipeline.Doc, m *DumpModel, probs []float64, now time.Time) {
	classifyOpts(pd, m, probs, now, defaultTitleModel(), nil)
}

// classifyOpts is classifyProbs with title model tm (nil: the hand-set
// pick), and every title candidate appended to titleLog when it is not
// nil.
func classifyOpts(pd *pipeline.Doc, m *DumpModel, probs []float64, now time.Time, tm *TitleModel, titleLog *[]TitleCandidate) {
	if len(pd.Blocks) == 0 {
		pd.Record.PageType = "empty"
		return
	}
	if pd.Record.Source.Unit == "block" {
		refineBody(pd, now)
		return
	}
	d := newDoc(pd.Blocks, now)
	d.titleModel, d.titleLog = tm, titleLog
	if code := isCode(pd.Blocks); code {
		for i := range d.b {
			d.set(i, pipeline.RoleBoilerplate, "code")
		}
		pd.Record.PageType = "stylesheet"
		return
	}
	d.markSingles()
	if m != nil {
		d.applyModel(m, probs)
	}
	s, e := d.searchBody(m)
	if s >= 0 && d.freeLetters(s, e) < minBodyLetters {
		// A button or a lone label is not a body, whatever its score
		// (a learned one can be above zero): the page is typed as one
		// without a body.
		s = -1
	}
	if s < 0 {
		pd.Record.PageType = "empty"
		if _, headlines := d.listSignals(0, len(d.b)); headlines >= 6 {
			pd.Record.PageType = "listing"
		}
		for i := range d.b {
			if d.legal[i] {
				pd.Record.PageType = "legal"
			}
			if d.free(i) {
				d.set(i, pipeline.RoleBoilerplate, "no-body")
			}
		}
		return
	}
	var extra []int
	if m != nil {
		extra = d.extraSegments(s, e, m)
	}
	s = d.lead(d.pastSummary(d.afterHeader(d.bodyStart(d.overCard(s), e), e), e))
	for e > s && d.free(e) && d.openLabel(e) {
		// A label closing the segment with a colon announces what comes
		// under it ("For more details contact:", a name, a number), and
		// that is not the article's: the text never ends on a colon.
		e--
	}
	if e > s && d.free(e) && d.dashSignature(e) {
		// A column's signature ("— name") is its writer's, never its last
		// paragraph, whatever a block's score says: the footer reads it as
		// the byline.
		e--
	}
	e = d.endBeforeFooter(s, e)
	e = d.body(s, e)
	if e+2 < len(d.b) && (d.b[e+1].Reason == ReasonAlsoRead || d.free(e+1) && d.cue[e+1].kind == cueRelated && d.relatedLike(e+1)) &&
		d.free(e+2) && d.f[e+2].prose() &&
		(e+3 == len(d.b) || !d.free(e+3) || !d.f[e+3].prose()) {
		// An "also read" link sits inside the article's text: one
		// paragraph after it, the page's last before its footer, is the
		// article's last, though too short to pay for the link's cost.
		d.set(e+1, pipeline.RoleRelated, ReasonAlsoRead)
		e += 2
		d.set(e, pipeline.RoleBody, "")
	}
	if e+1 < len(d.b) && d.free(e+1) && closingCredit(d.b[e+1].Text) {
		// The wire's credit closing the text ("(With inputs from PTI)",
		// "(इनपुट: भाषा)") is the article's last line: it scores as
		// furniture alone, so the segment stops short of it.
		e++
		d.set(e, pipeline.RoleBody, "")
	}
	if d.closingSentence(e) {
		// The article's last paragraph, one short sentence right above
		// the rights line: too short to pay for its block's cost.
		e++
		d.set(e, pipeline.RoleBody, "")
	}
	if m != nil {
		for _, i := range extra {
			if d.free(i) {
				d.set(i, pipeline.RoleBody, "")
			}
		}
		d.dropWeak(0, len(d.b)-1, m)
	}
	d.header(s)
	d.footer(e + 1)
	pd.Record.PageType = d.pageType(s, e)
	if pd.Record.PageType == "listing" {
		d.listingTitle()
	}
}

// listingTitle gives a list of headlines its own heading as its title: a
// section front names itself under its trail ("Home / India" over
// "India"), and a line a little below the breadcrumb that repeats its last
// part is that heading, the page's title, not the first headline of the
// list the title picker took (a one-word heading is too short for a
// headline). A page with no such line keeps its title.
func (d *doc) listingTitle() {
	crumb := -1
	for i := range d.b {
		if d.b[i].Reason == ReasonBreadcrumb {
			crumb = i
			break
		}
	}
	if crumb < 0 {
		return
	}
	last := lastCrumb(d.b[crumb].Text)
	if last == "" {
		return
	}
	for i := crumb + 1; i < len(d.b) && i <= crumb+3; i++ {
		if d.b[i].Role == pipeline.RoleBody || cueKey(d.b[i].Text) != cueKey(last) {
			continue
		}
		for k := range d.b {
			if d.b[k].Reason == ReasonTitle {
				d.set(k, pipeline.RoleBoilerplate, ReasonTeaser)
			}
		}
		d.set(i, pipeline.RoleMetadata, ReasonTitle)
		return
	}
}

// lastCrumb is a breadcrumb's last part ("India" of "Home / India"), or ""
// when the text is no trail.
func lastCrumb(s string) string {
	s = TrailWithoutLabel(s)
	for _, sep := range TrailSeps {
		if parts := strings.Split(s, sep); len(parts) >= 2 {
			return strings.TrimSpace(parts[len(parts)-1])
		}
	}
	return ""
}

// markSingles gives the roles that do not depend on where the body is:
// furniture, copies and teasers.
func (d *doc) markSingles() {
	d.markPullQuotes()
	d.markFurniture()
	markRepeatsKeyed(d.b, d.hash, d.hashLetters, func(i int) bool { return d.b[i].Tag == "img" || d.b[i].Tag == "hr" }, minRepeatLetters)
	d.markTeasers()
	d.numbered = d.markRuns()
}

// markFurniture gives blocks their roles where one block alone tells:
// image placeholders, rules, alt-text leaks, cue phrases, caption pairs.
func (d *doc) markFurniture() {
	for i := range d.b {
		b, f := &d.b[i], d.f[i]
		switch {
		case b.Role == pipeline.RoleRepeated:
			// A pull quote (markPullQuotes) is a copy already.
		case b.Tag == "img" && f.letters < 400 && f.sentences <= 3 && (parenCredit(strings.TrimSuffix(d.low[i], "]")) || d.phr[i]&phCredit != 0):
			// A picture's text that ends in its credit ("[… (photo:
			// PTI)]") or holds a credit's label ("[… Photo: PTI]") is
			// its caption: pandoc prints a figure's caption as the
			// picture's text.
			d.set(i, pipeline.RoleMetadata, ReasonCaption)
		case b.Tag == "img":
			d.set(i, pipeline.RoleBoilerplate, "image")
		case b.Tag == "hr":
			d.set(i, pipeline.RoleBoilerplate, "rule")
		case f.letters == 0:
			d.set(i, pipeline.RoleBoilerplate, "symbols")
		case d.cue[i].kind == cueCopyright:
			d.set(i, pipeline.RoleMetadata, ReasonCopyright)
		case altLeak(b.Text, f):
			d.set(i, pipeline.RoleBoilerplate, "alt-text")
		case doubled(d.key[i]):
			// Text browsers print an image's alt and title one after the
			// other: a caption, never a paragraph.
			d.set(i, pipeline.RoleMetadata, ReasonCaption)
		case f.letters < 400 && (d.hasCredit(i) || DashAgency(d.low[i]) != "") && f.sentences <= 3:
			d.set(i, pipeline.RoleMetadata, ReasonCaption)
			if i > 0 && d.bareCredit(i) && d.free(i-1) && headline(d.b[i-1].Text, d.f[i-1]) && d.b[i-1].Tag != "li" {
				// "Photo: PTI" alone under a line of text: that line is
				// the caption it credits.
				d.set(i-1, pipeline.RoleMetadata, ReasonImageAlt)
			}
		case d.cue[i].kind == cueBoiler && f.words <= 8:
			d.set(i, pipeline.RoleBoilerplate, "furniture")
		case d.cue[i].kind == cueRelated && d.cue[i].rest == "" && f.words <= 4:
			d.set(i, pipeline.RoleBoilerplate, "furniture")
		case d.phr[i]&phBoiler != 0 && !f.prose(), d.phr[i]&phStrong != 0: // boilerPhrase, strongBoilerPhrase
			d.set(i, pipeline.RoleBoilerplate, "furniture")
		case hashtags(b.Text):
			d.set(i, pipeline.RoleBoilerplate, "furniture")
		case countLabel(b.Text), fontButtons(b.Text):
			d.set(i, pipeline.RoleBoilerplate, "furniture")
		}
	}
	d.markCaptionPairs()
	d.markGallery()
}

// markGallery finds a photo story's counters ("2 / 3", a line of its
// own, two positions at least of one gallery: a lone "1 / 13" is a
// slideshow widget's, its neighbours its buttons) and the caption each
// stands over: the
// counter is furniture, and the line right under it (no blank line
// between, on a page whose blocks blank lines part) a caption when it
// reads as one (a headline's length and shape, not a paragraph). A
// gallery prints them between the paragraphs, where the body would
// otherwise take them in.
func (d *doc) markGallery() {
	var counters []int
	// gallery size -> the positions its counters give: a gallery has two
	// at least ("1 / 13" and "Image 1 of 13" over one picture are one
	// slideshow widget's position, printed twice).
	seen := map[int]map[int]bool{}
	for i := range d.b {
		if n, m := galleryCounter(d.b[i].Text); m > 0 {
			counters = append(counters, i)
			if seen[m] == nil {
				seen[m] = map[int]bool{}
			}
			seen[m][n] = true
		}
	}
	for _, i := range counters {
		if _, m := galleryCounter(d.b[i].Text); len(seen[m]) < 2 {
			continue
		}
		if d.free(i) {
			d.set(i, pipeline.RoleBoilerplate, reasonCounter)
		}
		j := i + 1
		if j >= len(d.b) || !d.free(j) || d.b[j].Start != d.b[i].End+1 || d.cue[j].kind != cueNone ||
			d.f[j].letters >= 250 || !headline(d.b[j].Text, d.f[j]) {
			continue
		}
		if d.parted {
			d.set(j, pipeline.RoleMetadata, ReasonCaption)
		}
	}
}

// reasonCounter is a gallery's "2 / 3".
const reasonCounter = "gallery-counter"

// galleryCounter reads a line that is only "n / m" or "n/m", or the
// English "n of m" after a picture's credit word or alone ("Photo 2 of
// 3"), n and m figures in any script with 1 <= n <= m <= 200: a
// gallery's position. It gives 0, 0 for any other line.
func galleryCounter(s string) (n, m int) {
	a, b, ok := strings.Cut(strings.TrimSpace(s), "/")
	if !ok {
		// Up to four words, not strings.Fields: this runs on every line
		// and splitting a paragraph into all its words was a tenth of
		// the bytes the pipeline allocated on the webcorpus dumps.
		var buf [4]string
		w := buf[:0]
		for f := range strings.FieldsSeq(s) {
			if len(w) == len(buf) {
				return 0, 0 // a counter has at most four words
			}
			w = append(w, f)
		}
		if len(w) == 4 && lexicon.Has(lexicon.Credit, w[0]) {
			w = w[1:]
		}
		if len(w) != 3 || !strings.EqualFold(w[1], "of") {
			return 0, 0
		}
		a, b = w[0], w[2]
	}
	n, m = smallNumber(strings.TrimSpace(a)), smallNumber(strings.TrimSpace(b))
	if n < 1 || m < n || m > 200 {
		return 0, 0
	}
	return n, m
}

// smallNumber reads a run of decimal digits of one script (up to three),
// or gives -1.
func smallNumber(s string) int {
	if s == "" || len([]rune(s)) > 3 {
		return -1
	}
	n := 0
	for _, r := range s {
		if !unicode.Is(unicode.Nd, r) {
			return -1
		}
		z := r // Nd blocks are ten code points from zero to nine, a few back to back
		for unicode.Is(unicode.Nd, z-1) && r-z < 60 {
			z--
		}
		v := int(r-z) % 10
		n = 10*n + v
	}
	return n
}

// relatedPost reports a bare "Related" label below the body over a
// headline and that story's date, as related-posts plugins print each
// post (title, date, category): the date says the headline is a story's,
// not a menu's section under a "More".
func (d *doc) relatedPost(i int) bool {
	return i+2 < len(d.b) && d.date[i+2] && d.alsoReadPair(i)
}

// hashtags reports a line of hashtags and nothing else, two at least
// ("#Lucknow #देश"): the tags a site prints under an article, in any
// language, never a paragraph.
func hashtags(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "#") {
		return false
	}
	tags := strings.Fields(s)
	for _, t := range tags {
		if len(t) < 2 || t[0] != '#' || t[1] == '#' {
			return false
		}
	}
	return len(tags) >= 2
}

// countLabel reports a line of one to three words and a count in
// brackets, nothing else ("Comments (1)", "टिप्पणियाँ (12)", "Photos (8)"):
// a tab's or a section's label with the number of its items, in any
// language, never a paragraph.
func countLabel(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ")") {
		return false // most blocks: no search of a paragraph for its last '('
	}
	open := strings.LastIndexByte(s, '(')
	if open < 1 || smallNumber(s[open+1:len(s)-1]) < 0 {
		return false
	}
	words := strings.Fields(s[:open])
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != zwnj && r != zwj {
				return false
			}
		}
	}
	return true
}

// fontButtons reports a line of text-size buttons, two at least, after
// a label of a few words or none: "A- A A+", "Text Size: A- A+", "फ़ॉन्ट
// साइज़: A- A+". The buttons are Latin A's on sites of every language.
func fontButtons(s string) bool {
	// The line ends in a button: the last word alone rules out almost
	// every block, without splitting a paragraph into its words.
	t := strings.TrimRightFunc(s, runeclass.IsSpace)
	if !fontButton(t[strings.LastIndexFunc(t, runeclass.IsSpace)+1:]) {
		return false
	}
	if i := strings.LastIndexAny(s, ":："); i >= 0 {
		if len(strings.Fields(s[:i])) > 3 {
			return false
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		s = s[i+n:]
	}
	buttons := strings.Fields(s)
	for _, b := range buttons {
		if !fontButton(b) {
			return false
		}
	}
	return len(buttons) >= 2
}

func fontButton(w string) bool {
	switch w {
	case "A", "A-", "A+", "A−", "A–", "-A", "+A", "A++", "A--", "a-", "a+":
		return true
	}
	return false
}

// alsoReadPair reports a bare "also read" label at block i with the
// headline it links to on the next line ("यह भी पढ़ें:" then "ब्रिटेन
// …"). body asks it inside the body's segment only, and not of a label
// that is also page furniture ("Read more" under a teaser): a menu's
// "Watch" or "More" above a section name is no link to a story.
func (d *doc) alsoReadPair(i int) bool {
	if i+1 >= len(d.b) || d.cue[i].kind != cueRelated || d.cue[i].rest != "" || d.b[i].Reason != "furniture" {
		return false
	}
	j, f := i+1, d.f[i+1]
	return d.free(j) && d.cue[j].kind == cueNone && !d.date[j] && d.b[i].Tag != "li" && d.b[j].Tag != "li" &&
		f.letters < 250 && headline(d.b[j].Text, f) && !lexicon.Has(lexicon.Boiler, d.cueKeyOf(i))
}

// gluedHeadline reports a headline on the line right under block j-1's
// last: one more line of the list above it. On a page whose blocks blank
// lines part that is a headline's shape alone; on one that glues its
// paragraphs too (a table-laid page in a text browser, a dump without
// blank lines) it is a headline without a sentence mark anywhere, as a
// paragraph that lacks only its last full stop still has the others.
func (d *doc) gluedHeadline(j int) bool {
	f := d.f[j]
	return d.free(j) && d.b[j].Start == d.b[j-1].End+1 && d.cue[j].kind == cueNone && !d.date[j] && d.b[j].Tag != "li" &&
		f.letters < 250 && headline(d.b[j].Text, f) && (d.parted || f.sentences == 0)
}

// headline reports text that may be a story's headline: up to 30 words,
// a second sentence only in a short one ("X? Y"), and no full stop at
// the end (a question or exclamation mark may end it).
func headline(text string, f features) bool {
	return f.words >= 2 && f.words <= 30 && (f.sentences == 0 || f.sentences == 1 && f.words <= 20) &&
		(!f.terminal || strings.HasSuffix(strings.TrimSpace(text), "?") || strings.HasSuffix(strings.TrimSpace(text), "!"))
}

// markCaptionPairs finds an image's alt text followed by its caption: a
// block, then within two blocks one that repeats it with a credit glued on
// ("Trump asked voters…" then "Trump asked voters…Credit...Doug Mills").
func (d *doc) markCaptionPairs() {
	for i := range d.b {
		if d.f[i].letters < 12 || d.f[i].letters > 400 || d.b[i].Role == pipeline.RoleRepeated {
			continue
		}
		ki := d.key[i]
		for j := i + 1; j <= i+2 && j < len(d.b); j++ {
			kj := d.key[j]
			if len(kj) > len(ki) && strings.HasPrefix(kj, ki) && len(kj)-len(ki) < 120 {
				d.set(i, pipeline.RoleMetadata, ReasonImageAlt)
				d.set(j, pipeline.RoleMetadata, ReasonCaption)
				break
			}
		}
	}
}

// markPullQuotes marks a pull quote a copy: a line wholly inside
// quotation marks whose words are a sentence of another block, as
// pages set a sentence of the text large between its paragraphs. Left
// in, the sentence is in the body twice (and reads as an image's alt
// text over its caption when the paragraph it copies opens with it).
func (d *doc) markPullQuotes() {
	type pull struct {
		i int
		q string
	}
	var pulls []pull
	for i := range d.b {
		q := quotedLine(d.b[i].Text)
		if q == "" || d.f[i].letters < 20 || d.f[i].letters > 400 {
			continue
		}
		pulls = append(pulls, pull{i, q})
	}
	// A few quoted lines are looked for block by block. A page of many
	// (a dialogue, a collection of quotations) would make that the number
	// of lines times the page's length, minutes on a long page: its
	// blocks are indexed once instead.
	find := d.holderOf
	if len(pulls) > 8 {
		find = d.holderIndex()
	}
	for _, p := range pulls {
		if j := find(p.q, p.i); j >= 0 {
			setRepeated(&d.b[p.i], j)
		}
	}
}

// holderOf is the first block, in page order, other than block not,
// longer than q and holding it, or -1.
func (d *doc) holderOf(q string, not int) int {
	for j := range d.b {
		if j != not && len(d.b[j].Text) > len(q) && strings.Contains(d.b[j].Text, q) {
			return j
		}
	}
	return -1
}

// holderIndex is holderOf on an index of the page: a suffix array of the
// blocks' texts joined by NUL (a q holding a NUL is looked for block by
// block), with each q's two first holders kept, so that a line repeated
// many times costs one lookup.
func (d *doc) holderIndex() func(q string, not int) int {
	var buf []byte
	starts := make([]int, len(d.b))
	for j := range d.b {
		starts[j] = len(buf)
		buf = append(buf, d.b[j].Text...)
		buf = append(buf, 0)
	}
	sa := suffixarray.New(buf)
	first := map[string][2]int{}
	return func(q string, not int) int {
		if strings.IndexByte(q, 0) >= 0 {
			return d.holderOf(q, not)
		}
		two, ok := first[q]
		if !ok {
			two = [2]int{-1, -1}
			for _, off := range sa.Lookup([]byte(q), -1) {
				j := sort.SearchInts(starts, off+1) - 1
				if len(d.b[j].Text) <= len(q) || j == two[0] || j == two[1] {
					continue
				}
				switch {
				case two[0] < 0 || j < two[0]:
					two = [2]int{j, two[0]}
				case two[1] < 0 || j < two[1]:
					two[1] = j
				}
			}
			first[q] = two
		}
		if two[0] == not {
			return two[1]
		}
		return two[0]
	}
}

// quotedLine is the text of a line wholly inside one pair of quotation
// marks, without them, or "".
func quotedLine(s string) string {
	s = strings.TrimSpace(s)
	open, n := utf8.DecodeRuneInString(s)
	end, m := utf8.DecodeLastRuneInString(s)
	if n == 0 || len(s) <= n+m || !strings.ContainsRune("“\"«‘„", open) || !strings.ContainsRune("”\"»’“", end) {
		return ""
	}
	q := strings.TrimSpace(s[n : len(s)-m])
	if strings.ContainsAny(q, "“”\"«»") {
		return "" // two quotations, or a quote inside the line
	}
	return q
}

// markTeasers marks a block cut short with an ellipsis whose text starts
// another block: the teaser of a paragraph that is there in full.
// Candidates are found by their first bytes, so the pass stays linear.
func (d *doc) markTeasers() {
	const head = 24
	var byHead map[string][]int
	for i := range d.b {
		if !d.f[i].ellipsis || d.b[i].Role != pipeline.RoleUnknown {
			continue
		}
		t := strings.TrimRight(d.b[i].Text, ".… ")
		if len(t) < head {
			continue
		}
		if byHead == nil {
			byHead = make(map[string][]int, len(d.b))
			for j := range d.b {
				if len(d.b[j].Text) > head {
					byHead[d.b[j].Text[:head]] = append(byHead[d.b[j].Text[:head]], j)
				}
			}
		}
		for _, j := range byHead[t[:head]] {
			if j != i && len(d.b[j].Text) > len(t) && strings.HasPrefix(d.b[j].Text, t) {
				d.b[i].Role, d.b[i].Reason, d.b[i].Ref = pipeline.RoleRepeated, ReasonTeaser, j
				break
			}
		}
	}
}

// score is what one block adds to the body if the body takes it in: its
// running text, less a fixed cost per block so that short labels count
// against. Copies weigh nothing either way.
func (d *doc) score(i int) float64 {
	if d.learned != nil {
		return d.learned[i]
	}
	b, f := d.b[i], d.f[i]
	const cost = 40
	switch {
	case b.Role == pipeline.RoleRepeated:
		return 0
	case b.Tag == "img" || b.Tag == "hr" || b.Reason == ReasonCaption || b.Reason == ReasonImageAlt || b.Reason == reasonCounter:
		// Pictures, their gallery counters and rules sit between an
		// article's paragraphs as often as between menus: they cost
		// little either way.
		return -cost / 4
	case b.Role == pipeline.RoleBoilerplate:
		return -cost * 1.5
	case b.Role == pipeline.RoleMetadata:
		return -cost
	case d.date[i]:
		return -cost
	case b.LinkShare > 0.5, d.legal[i]:
		return -cost * 1.5
	case f.prose():
		return max(float64(f.letters)*(1-float64(b.LinkShare))-cost, d.runScore(i))
	case d.numbered[i]:
		return d.runScore(i)
	case b.Tag == "li" && f.words >= 4:
		return -cost / 3
	}
	return -cost
}

// runScore is what a line of a numbered run adds: a little, so that a
// ranking or a top-N list holds together with the paragraphs around it
// and a long one can be the body itself.
func (d *doc) runScore(i int) float64 {
	if d.numbered[i] {
		return 20
	}
	return math.Inf(-1)
}

// region finds the body: the segment of blocks with the largest total
// score (Kadane's algorithm). It returns -1 when nothing scores above
// zero. Comment threads can outweigh a short article, so where a comments
// marker follows running text, the article before it wins unless it is
// much the weaker.
func (d *doc) region() (start, end int) {
	s, e, score := d.bestSegment(0, len(d.b))
	c := d.commentsMarker()
	switch {
	case c < 0:
	case c > s && c <= e:
		// The thread continues the article's segment: cut it off.
		ps, pe, pscore := d.bestSegment(s, c)
		if ps < 0 {
			break
		}
		if d.prob != nil {
			// The dump model's terms are near zero on what it doubts,
			// so a segment may run from a teaser column over a
			// comment form's label ("Comment (required)") into the
			// article. What follows the marker is the thread only if
			// the model is no surer of it than of what precedes it: a
			// thread it weighs more but believes less is still cut.
			if qs, qe, qscore := d.bestSegment(c, e+1); qscore > pscore && d.meanProb(qs, qe) > d.meanProb(ps, pe) {
				return s, e
			}
		}
		return ps, pe
	case c <= s:
		// The thread outweighs the article before it.
		ps, pe, pscore := d.bestSegment(0, c)
		if ps >= 0 && pscore >= 150 && pscore*10 >= score && d.proseBlocks(ps, pe) >= 2 {
			return ps, pe
		}
	}
	return s, e
}

// searchBody is the body search of classify: region, on the model's terms
// when m is not nil, and the hand-set scores' region where the model's
// finds no body.
func (d *doc) searchBody(m *DumpModel) (start, end int) {
	s, e := d.region()
	if m != nil && (s < 0 || d.freeLetters(s, e) < minBodyLetters) {
		s, e = d.handSetRegion(s, e)
	}
	return s, e
}

// meanProb is the dump model's probability over blocks s..e, weighed by
// their words.
func (d *doc) meanProb(s, e int) float64 {
	var pw, w float64
	for i := s; i <= e; i++ {
		n := float64(d.f[i].words)
		pw += d.prob[i] * n
		w += n
	}
	if w == 0 {
		return 0
	}
	return pw / w
}

func (d *doc) proseBlocks(s, e int) int {
	n := 0
	for i := s; i <= e; i++ {
		if d.f[i].prose() && d.b[i].Role == pipeline.RoleUnknown {
			n++
		}
	}
	return n
}

// commentsMarker finds the first block that opens a comment section after
// some running text, or -1. With the dump model, a line it holds more
// likely body than not is no marker: comment words stand in a story's own
// headings, list items and stats ("… 40 likes, 12 comments"), and a
// marker there cut the story in two.
func (d *doc) commentsMarker() int {
	prose := 0
	for i := range d.b {
		if d.f[i].prose() && d.b[i].Role == pipeline.RoleUnknown {
			prose += d.f[i].letters
		}
		if prose >= 200 && d.f[i].words <= 10 && !d.f[i].terminal && !d.date[i] && d.commentsHead(i) &&
			(d.prob == nil || d.prob[i] < markerBodyProb) {
			return i
		}
	}
	return -1
}

// markerBodyProb is the dump model's probability at which a comments
// heading is read as the story's own line instead.
const markerBodyProb = 0.5

// commentsHeadKey reports a heading or button that opens comments:
// "Comments", "167 comments", "Top Rated Comments", "Leave a Reply".
// k is the block's cueKey.
// commentsHead is commentsHeadKey of block i's cueKey, memoised: the
// feature row and every look for the comments asks it of a short block.
func (d *doc) commentsHead(i int) bool {
	if d.comments == nil {
		d.comments = make([]uint8, len(d.b))
	}
	if d.comments[i] == 0 {
		d.comments[i] = 1
		if commentsHeadKey(d.cueKeyOf(i)) {
			d.comments[i] = 2
		}
	}
	return d.comments[i] == 2
}

func commentsHeadKey(k string) bool {
	if strings.Contains(k, "rss") || strings.Contains(k, "feed") {
		return false
	}
	if cueIndex()[k] == cueComments {
		return true
	}
	return commentWordSet().In(k) // strings.Contains(k, w) for w in commentWords()
}

// commentWordSet() is commentWords() for searching a key.
var commentWordSet = sync.OnceValue(func() *phrases.Set { return phrases.New(commentWords()) })

func (d *doc) bestSegment(from, to int) (start, end int, score float64) {
	best, bestS, bestE := 0.0, -1, -1
	sum, s := 0.0, from
	for i := from; i < to; i++ {
		v := d.score(i)
		if sum <= 0 {
			sum, s = v, i
		} else {
			sum += v
		}
		if sum > best {
			best, bestS, bestE = sum, s, i
		}
	}
	return bestS, bestE, best
}

// body gives the blocks of the region their roles and returns where the
// body really ends: at a comments heading, if one comes first.
func (d *doc) body(s, e int) int {
	related := false
	widget := d.widgets(s, e)
	for i := s; i <= e; i++ {
		if d.cue[i].kind == cueComments && !d.f[i].prose() && i > s {
			return i - 1
		}
		if i > s && i < e && d.alsoReadPair(i) {
			// The headline is the related link the label names, not a
			// sub-heading of the body; so are the headlines glued under
			// it, one a line with no blank line between, on a page that
			// blank lines part (its paragraphs and headings are apart).
			d.set(i+1, pipeline.RoleRelated, ReasonAlsoRead)
			for j := i + 2; j <= e && d.gluedHeadline(j); j++ {
				d.set(j, pipeline.RoleRelated, ReasonAlsoRead)
			}
		}
		if d.alsoReadList(i) {
			related = true
		}
		if !d.free(i) {
			continue
		}
		if widget[i-s] {
			d.set(i, pipeline.RoleBoilerplate, "furniture")
			continue
		}
		f := d.f[i]
		switch c := d.cue[i]; {
		case c.kind == cueRelated && d.relatedLike(i):
			d.set(i, pipeline.RoleRelated, ReasonAlsoRead)
			continue
		case c.kind == cueRelatedHead && !f.prose():
			d.set(i, pipeline.RoleRelated, ReasonRelated)
			related = true
			continue
		case c.kind == cueByline && d.bylineLike(i):
			d.set(i, pipeline.RoleMetadata, ReasonByline)
			continue
		case d.date[i] && i > s && d.b[i-1].Role == pipeline.RoleBody && postSignature.MatchString(d.b[i].Text):
			// The signature under a post embedded in the text ("— name
			// (@handle) July 3, 2024", as X's embed code writes it) is
			// the post's, which the text quotes: not the article's date.
			d.set(i, pipeline.RoleBody, "")
			continue
		case d.date[i]:
			d.set(i, pipeline.RoleMetadata, ReasonDate)
			continue
		case clockAlone.MatchString(d.b[i].Text), playerTime.MatchString(d.b[i].Text), labelAgency(d.b[i].Text),
			wireSlug(d.b[i].Text) && d.noProseAfter(i, e),
			i > s && deskInitials(d.b[i].Text) && wireSlug(d.b[i-1].Text) && d.noProseAfter(i, e):
			// A time alone on its line between paragraphs stamps the
			// entry under it (a live page's updates): no prose, and no
			// date of the article's. An embedded player prints its
			// position and length ("00:00 / 02:45") and its source's
			// credit ("Video: PTI") on lines of their own. A wire
			// story run verbatim keeps the desk's slug under its last
			// paragraph (wireSlug), the editors' initials on the line
			// under it when it is a dash and the agency ("--IANS" over
			// "rk/ps").
			d.set(i, pipeline.RoleBoilerplate, "furniture")
			continue
		}
		if related {
			if !f.prose() || d.b[i].Tag == "li" {
				d.set(i, pipeline.RoleRelated, ReasonRelated)
				continue
			}
			related = false
		}
		reason := ""
		if d.headingLike(i, e) {
			reason = ReasonHeading
		}
		d.set(i, pipeline.RoleBody, reason)
	}
	return e
}

// widgets marks the free blocks of s..e that stand in a widget's run: four
// lines or more with no blank line between them, on a page that blank
// lines part, all of them but one of one or two words or a table's row
// (barRow), no sentence end and no role yet (a date line or a picture's is no button), and none a
// paragraph: a widget's labels and buttons (a poll's question over
// "Yes", "No", "Vote"), which a text browser prints a line each, not the
// article's paragraphs or headings. Each run is read once: a page of
// glued lines is one run, and reading it again for each of its lines
// cost time in the square of its length.
func (d *doc) widgets(s, e int) []bool {
	w := make([]bool, e-s+1)
	if !d.parted {
		return w
	}
	for i := s; i <= e; {
		k, m := i, i
		for k > 0 && d.b[k].Start == d.b[k-1].End+1 {
			k--
		}
		for m+1 < len(d.b) && d.b[m+1].Start == d.b[m].End+1 {
			m++
		}
		if d.widgetRun(k, m) {
			for j := i; j <= min(m, e); j++ {
				w[j-s] = d.free(j)
			}
		}
		i = m + 1
	}
	return w
}

// widgetRun reports whether the glued run k..m is a widget's (widgets).
func (d *doc) widgetRun(k, m int) bool {
	if m-k+1 < 4 {
		return false
	}
	short := 0
	for j := k; j <= m; j++ {
		f := d.f[j]
		if d.free(j) && (f.words > 0 && f.words <= 2 || barRow(d.b[j].Text)) && !f.terminal && f.sentences == 0 {
			short++
		} else if f.letters >= 160 || f.sentences > 0 {
			// A paragraph among them: text with its furniture glued on.
			return false
		}
	}
	return short >= m-k
}

// barRow reports a table's row as a text browser prints it glued to the
// rows around it: three cells or more parted by bars, every cell a word or
// two or a number ("Party | Won | Leading", "NDA | 230 | 0"). Its cells are
// a widget's buttons as much as a poll's "Yes" and "No" are.
func barRow(s string) bool {
	cells := strings.Split(s, "|")
	if len(cells) < 3 {
		return false
	}
	for _, c := range cells {
		if n := len(strings.Fields(c)); n == 0 || n > 2 {
			return false
		}
	}
	return true
}

// openLabel reports a short line, no sentence in it, that ends in a colon:
// a label whose content is on the lines after it.
func (d *doc) openLabel(i int) bool {
	f := d.f[i]
	return f.words > 0 && f.words <= 8 && f.sentences == 0 && !f.prose() && strings.HasSuffix(strings.TrimSpace(d.b[i].Text), ":")
}

// headingLike reports a sub-heading inside the body: a short line without
// a sentence end, followed by running text.
func (d *doc) headingLike(i, e int) bool {
	f := d.f[i]
	if strings.HasPrefix(d.b[i].Tag, "h") {
		return true
	}
	if f.prose() || f.terminal || f.words == 0 || f.words > 15 || d.b[i].Tag == "li" || strings.HasSuffix(d.b[i].Text, ":") {
		return false
	}
	for j := i + 1; j <= e; j++ {
		if d.b[j].Role == pipeline.RoleBoilerplate {
			continue
		}
		return d.f[j].prose()
	}
	return false
}

// clockAlone is a time of day alone on a line, in any digits, with an
// optional am/pm and zone: "11:40 IST", "10.05 am".
var clockAlone = regexp.MustCompile(`^\s*\p{Nd}{1,2}[:.]\p{Nd}{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4})?\s*$`)

// ClockAlone reports a line that is a time of day alone ("11:40 IST",
// "10.05 am"): under a finished sentence, a live page's stamp over the
// entry below it; under a date line cut after its day, that line's end.
func ClockAlone(line string) bool { return clockAlone.MatchString(line) }

// postSignature is the line under an embedded X (Twitter) post: a dash,
// the account's name, its handle in brackets and the post's day, "— ANI
// (@ANI) July 3, 2024".
var postSignature = regexp.MustCompile(`^\s*[—–-]{1,2}\s*\S.{0,80}\(@\w{1,15}\)\s+\S.{0,30}\p{Nd}{4}\s*$`)

// playerTime is a media player's position over its length: "00:00 /
// 02:45", "0:00/1:02:10".
var playerTime = regexp.MustCompile(`^\s*(?:\p{Nd}{1,2}:)?\p{Nd}{1,2}:\p{Nd}{2}\s*/\s*(?:\p{Nd}{1,2}:)?\p{Nd}{1,2}:\p{Nd}{2}\s*$`)

// wireSlug reports a line a news agency's desk leaves under the story it
// sends, which sites running the wire copy verbatim print: the agency's
// name (the language table's agency words), after a dash or followed by
// one to three words that are the editors' initials or first names
// ("--IANS", "PTI RK PS", "भाषा नरेश नरेश"): letters only, no sentence
// mark or digit. The body asks it of lines with no prose after them.
func wireSlug(s string) bool {
	s = strings.TrimSpace(s)
	dash := false
	for _, p := range []string{"--", "—", "–"} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			s, dash = strings.TrimSpace(rest), true
			break
		}
	}
	// At most three words of the agency's name and three of initials:
	// a line of seven words or more is none (and a paragraph is not split).
	var buf [7]string
	words := buf[:0]
	for w := range strings.FieldsSeq(s) {
		if len(words) == len(buf) {
			return false
		}
		words = append(words, w)
	}
	for k := 1; k <= min(3, len(words)); k++ {
		if !lexicon.Has(lexicon.Agency, strings.Join(words[:k], " ")) {
			continue
		}
		rest := words[k:]
		if len(rest) > 3 || len(rest) == 0 && !dash {
			return false
		}
		for _, w := range rest {
			if strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }) >= 0 {
				return false
			}
		}
		return true
	}
	return false
}

// deskInitials reports a line of editors' initials joined by slashes, as
// a wire's desk signs a story ("rk/ps", "sa/ksk"): two or three groups of
// one to four letters, nothing else.
func deskInitials(s string) bool {
	groups := strings.Split(strings.TrimSpace(s), "/")
	if len(groups) < 2 || len(groups) > 3 {
		return false
	}
	for _, g := range groups {
		n := utf8.RuneCountInString(g)
		if n == 0 || n > 4 || strings.IndexFunc(g, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
	}
	return true
}

// noProseAfter reports that no block after i up to e holds a sentence
// that is still to be read (a rights line the footer took has its own).
func (d *doc) noProseAfter(i, e int) bool {
	for j := i + 1; j <= e && j < len(d.b); j++ {
		if d.free(j) && d.f[j].sentences > 0 {
			return false
		}
	}
	return true
}

// labelAgency reports a line that is one word, a colon and a news
// agency's name alone ("Video: PTI", "Source : IANS"): a credit, no text.
func labelAgency(s string) bool {
	label, rest, ok := strings.Cut(strings.TrimSpace(s), ":")
	label = strings.TrimRight(label, " \t")
	return ok && label != "" && !strings.ContainsAny(label, " \t") && lexicon.Has(lexicon.Agency, strings.TrimSpace(rest))
}

// relatedLike reports an "also read" block whose rest is one headline,
// not a paragraph that happens to start with "Related". A short headline
// may hold two sentences ("X? Y"). A rest holding a web address is no
// headline: "Read more at: https://…" is the line a site's copy script
// appends to copied text, the story's own address, not a link to another.
func (d *doc) relatedLike(i int) bool {
	rest := d.cue[i].rest
	rf := measure(rest)
	return rest != "" && rf.words <= 30 && (rf.sentences == 0 || headline(rest, rf)) && !hasAddress(rest)
}

// hasAddress reports a web address among s's words ("https://…", "www.…",
// or a host and a path with no scheme, "pic.twitter.com/…", as an embedded
// post's text ends in its picture's address).
func hasAddress(s string) bool {
	if strings.Contains(s, "://") || strings.HasPrefix(s, "www.") || strings.Contains(s, " www.") {
		return true
	}
	for rest := s; ; {
		i := strings.IndexByte(rest, '/')
		if i < 0 {
			return false
		}
		if hostBefore(rest[:i]) && i+1 < len(rest) && rest[i+1] != ' ' {
			return true
		}
		rest = rest[i+1:]
	}
}

// hostBefore reports whether s ends in a host name: labels of ASCII letters,
// digits and hyphens parted by dots, two at least, the last (the top-level
// domain) of two letters or more ("twitter.com", "t.co"; not "24", "U.S.",
// "3.5").
func hostBefore(s string) bool {
	start := len(s)
	for start > 0 {
		c := s[start-1]
		if c == '.' || c == '-' || c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z' {
			start--
			continue
		}
		break
	}
	host := s[start:]
	dot := strings.LastIndexByte(host, '.')
	if dot <= 0 || len(host)-dot-1 < 2 || host[0] == '.' || host[0] == '-' {
		return false
	}
	for _, c := range []byte(host[dot+1:]) {
		if c|0x20 < 'a' || c|0x20 > 'z' {
			return false
		}
	}
	return !strings.Contains(host, "..")
}

// bylineLike reports a "By …" block that names people rather than
// starting a sentence ("By the end of the year, …").
func (d *doc) bylineLike(i int) bool {
	rest := d.cue[i].rest
	rf := measure(rest)
	return rest != "" && rf.words <= 10 && !rf.terminal && rf.sentences == 0
}

// lead takes in the paragraphs that open an article above its first
// pictures: between the header's date or byline and the body, apart from
// the body only by pictures, their captions and gallery counters ("6"),
// which cost the segment more than two short paragraphs bring. Without
// a date or byline above them they are not taken: a teaser can sit
// there as well.
func (d *doc) lead(s int) int {
	start := s
	for i := s - 1; i >= 0; i-- {
		b, f := d.b[i], d.f[i]
		switch {
		case d.date[i] || d.cue[i].kind == cueDateLabel || d.cue[i].kind == cueByline && d.bylineLike(i):
			return start
		case b.Tag == "img" || b.Reason == ReasonCaption || b.Reason == ReasonImageAlt,
			d.free(i) && f.letters < 400 && d.headerCredit(i):
			// A picture, or a caption with its credit (afterHeader
			// leaves it to the header), is stepped over.
		case d.free(i) && f.prose():
			start = i
		case d.free(i) && len(b.Text) <= 5 && !strings.ContainsFunc(b.Text, unicode.IsLetter), b.Reason == reasonCounter:
		default:
			return s
		}
	}
	return s
}

// minBodyLetters is the least text a body holds (pageType calls a page
// with less "empty").
const minBodyLetters = 40

// freeLetters counts the letters of the blocks in [s, e] that no rule has
// given a role yet.
func (d *doc) freeLetters(s, e int) int {
	n := 0
	for i := s; i <= e; i++ {
		if d.free(i) {
			n += d.f[i].letters
		}
	}
	return n
}

// bodyStart is where the body opens inside the segment [s, e]: at its
// first block of running text or of a numbered run. The short lines above
// it (headline, kicker, section label) are the header's: a learned score
// may find a headline body-like because the article follows it. With the
// hand-set scores a segment always opens so.
func (d *doc) bodyStart(s, e int) int {
	for i := s; i <= e; i++ {
		if d.f[i].prose() || d.numbered[i] {
			return i
		}
	}
	return s
}

// pastSummary moves the body's start past a standfirst's points under
// their heading ("Highlights", "मुख्य बातें": lexicon.SummaryHead) when
// the body would open right under that heading: the lines glued under it
// (no blank line between) are the summary, which header then gives the
// record, and the heading is furniture. The body must go on below them,
// and the page have a headline above them. HTML blocks are all glued so,
// and keep their start (and their heading: there it heads the body's
// points as often). On a page whose blocks no blank lines part, lines
// next to each other are every paragraph, and the glue says nothing.
func (d *doc) pastSummary(s, e int) int {
	i := d.bodyStart(s, e)
	if !d.parted || i < 1 || i >= e {
		return s
	}
	// The points may start above the segment (the scores left the first
	// one out): p is the first, under the heading h.
	p := i
	for p > 1 && d.b[p].Tag == "li" && d.b[p-1].Tag == "li" && d.b[p].Start == d.b[p-1].End+1 && d.free(p-1) {
		p--
	}
	h := p - 1
	if !d.free(h) || !summaryHeads()[d.cueKeyOf(h)] {
		return s
	}
	glued := d.b[p].Start == d.b[h].End+1
	j := i + 1
	for j < e && d.b[j].Start == d.b[j-1].End+1 {
		j++
	}
	if j >= e || !glued && (j-p < 2 || !allTagged(d.b[p:j], "li")) {
		// Text browsers print a blank line under a heading: a
		// bulleted list of two points or more under it is the
		// standfirst's all the same.
		return s
	}
	for k := j; k < len(d.b); k++ {
		if d.b[k].Role != pipeline.RoleRepeated {
			continue
		}
		for q := p; q < j; q++ {
			// A point the body prints again is a pull quote: cut here,
			// its copy would go as a repeat and the body lose it.
			if d.cueKeyOf(q) == d.cueKeyOf(k) {
				return s
			}
		}
	}
	start := d.bodyStart(j, e)
	if t := d.title(start); t < 0 || t >= h && t < j {
		// A page without a headline would take the summary for one
		// (title leaves the points out, and finds none).
		return s
	}
	d.set(h, pipeline.RoleBoilerplate, "furniture")
	return start
}

var summaryHeads = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.Phrases(lexicon.SummaryHead) {
		m[cueKey(NFC(p))] = true
	}
	return m
})

// afterHeader moves the body's start past the article's header when the
// segment the scores chose begins inside it: a byline or a date line (a
// short line of its own, not a copy of one seen before) near
// the top of the segment with only a standfirst or two and pictures above
// it, and more running text below it than above. A long summary can pay
// for the byline and date lines that follow it (a learned score is sure
// of a well-written standfirst), but the header's structure, not the
// score, says where the article starts; header then makes the standfirst
// the record's summary.
func (d *doc) afterHeader(s, e int) int {
	const maxLook, maxProse = 8, 2
	last, prose, above, letters := -1, 0, 0, 0
	for i := s; i <= e && i < s+maxLook && prose <= maxProse; i++ {
		if i > s && (d.alsoReadPair(i) || d.cue[i].kind == cueRelated && d.relatedLike(i)) {
			// An "also read" link is the article's, inside its body: a
			// date under the linked headline (a related story's card)
			// is that story's, and the prose above is the article.
			break
		}
		switch {
		case d.free(i) && d.headerLine(i) && !d.entryStamp(i, e):
			last, above = i, letters
		case d.f[i].prose():
			prose++
			letters += d.f[i].letters
		}
	}
	if last < 0 {
		if s == 0 || !d.headerLine(s-1) {
			return s
		}
		// The segment starts right under the byline or date line: a
		// caption with its credit there is the header's all the same.
		last = s - 1
	}
	below := 0
	for i := last + 1; i <= e; i++ {
		if d.f[i].prose() && d.free(i) {
			below += d.f[i].letters
		}
	}
	if below <= above {
		return s
	}
	// A caption under the byline, its credit after a dash or in
	// brackets, is the header's too.
	start := last + 1
	for start < e && d.free(start) && d.f[start].letters < 400 && d.headerCredit(start) {
		start++
	}
	return start
}

// handSetRegion is the body's segment by the hand-set scores when the
// learned ones found none (s < 0) or too little, and that segment is
// running text: a model sees a block with its neighbours, and a page that
// is a lead paragraph alone (a crawl that kept only the story's first
// lines) has none, so its scores there are the least sure; the one-block
// rules still know a paragraph of sentences. Otherwise s, e unchanged.
func (d *doc) handSetRegion(s, e int) (int, int) {
	learned := d.learned
	d.learned = nil
	hs, he := d.region()
	d.learned = learned
	if hs < 0 || d.freeLetters(hs, he) < minBodyLetters || d.proseBlocks(hs, he) == 0 {
		return s, e
	}
	return hs, he
}

// overCard moves the body's start up over a related story's card (an
// "also read" link, its headline, that story's date) when the segment
// opens right under it and only sentences stand between the header's
// byline or date line and the card: a card sits inside an article's text,
// never in its header, so those sentences are the article's first
// paragraphs, however short (a score may not pay for them, and then the
// header would take them and the card's headline for its own).
func (d *doc) overCard(s int) int {
	k := -1
	for i := s - 1; i >= 0 && i >= s-3; i-- {
		if d.alsoReadPair(i) || d.free(i) && d.cue[i].kind == cueRelated && d.relatedLike(i) {
			k = i
			break
		}
	}
	if k < 0 {
		return s
	}
	for i := k + 1; i < s; i++ {
		if !(d.date[i] || i == k+1 && d.alsoReadPair(k)) {
			return s
		}
	}
	top := k
	for i := k - 1; i >= 0; i-- {
		if d.free(i) && d.headerLine(i) {
			if top == k {
				return s
			}
			return top
		}
		f := d.f[i]
		if !d.free(i) || !f.terminal || f.words < 4 || d.cue[i].kind != cueNone || d.date[i] || d.hasCredit(i) {
			return s
		}
		top = i
	}
	return s
}

// entryStamp reports a date line glued to the paragraph under it (no
// blank line between, on a page whose blocks blank lines part): the
// stamp of a live page's entry, inside the body. A header's date line
// sits over the caption or the first paragraph apart from them.
func (d *doc) entryStamp(i, e int) bool {
	return i+1 <= e && d.b[i+1].Start == d.b[i].End+1 && d.free(i+1) && d.f[i+1].words >= 8 && !d.headerLine(i+1) &&
		d.parted
}

// headerLine reports a byline or date line: a short line of its own
// with a date, a date label or a byline cue.
func (d *doc) headerLine(i int) bool {
	return !d.f[i].prose() && (d.date[i] || d.cue[i].kind == cueDateLabel || d.cue[i].kind == cueByline && d.bylineLike(i))
}

// header classifies the blocks before the body: breadcrumbs, then the
// title, then between title and body the summary, captions, byline and
// dates. Blocks that are none of these are page furniture.
func (d *doc) header(s int) {
	t := d.title(s)
	for i := 0; i < s; i++ {
		if !d.free(i) {
			continue
		}
		switch {
		case i == t:
			d.set(i, pipeline.RoleMetadata, ReasonTitle)
		case t >= 0 && (i == t-1 && d.wrappedHead(i, t) || i == t+1 && d.wrappedHead(t, i)):
			// The headline's other line: meta joins the two.
			d.set(i, pipeline.RoleMetadata, ReasonTitle)
		case d.cue[i].kind == cueByline && d.bylineLike(i):
			d.set(i, pipeline.RoleMetadata, ReasonByline)
		case d.date[i] || d.cue[i].kind == cueDateLabel:
			d.set(i, pipeline.RoleMetadata, ReasonDate)
		case t < 0 || i < t:
			if isBreadcrumb(d.b[i].Text) {
				d.set(i, pipeline.RoleMetadata, ReasonBreadcrumb)
			} else {
				d.set(i, pipeline.RoleBoilerplate, "navigation")
			}
		case d.headerCredit(i):
			d.set(i, pipeline.RoleMetadata, ReasonCaption)
			if i-1 > t && d.b[i-1].Role == pipeline.RoleUnknown && !d.f[i-1].prose() {
				d.set(i-1, pipeline.RoleMetadata, ReasonImageAlt)
			}
		case d.f[i].words >= 6 && d.f[i].letters >= 40 && !d.hasReason(ReasonSummary) && d.f[i].separator == 0:
			d.set(i, pipeline.RoleMetadata, ReasonSummary)
		default:
			d.set(i, pipeline.RoleBoilerplate, "header")
		}
	}
	// A caption's alt text may sit right before it and was passed over.
	for i := 1; i < s; i++ {
		if d.b[i].Reason == ReasonCaption && d.b[i-1].Role == pipeline.RoleBoilerplate && d.b[i-1].Reason == "header" {
			d.set(i-1, pipeline.RoleMetadata, ReasonImageAlt)
		}
	}
}

// wrappedHead reports lines a and b (b right under a, no blank line
// between) that are one headline a text browser wrapped at the screen's
// width, one of them picked as the title: on a page whose blocks blank
// lines part, with blank lines above a and below b, the first line as
// long as the second at least (a browser fills the first line; a cut
// near the middle makes them about even: 0.7 of it), the first with no
// sentence end, neither a label, date, trail or credit. A kicker glued
// above a headline is much shorter ("LIVE", the section's name).
func (d *doc) wrappedHead(a, b int) bool {
	fa, fb := d.f[a], d.f[b]
	return d.b[b].Start == d.b[a].End+1 && (a == 0 || d.b[a].Start > d.b[a-1].End+1) &&
		(b+1 == len(d.b) || d.b[b+1].Start > d.b[b].End+1) && d.parted &&
		10*fa.letters >= 7*fb.letters && fa.sentences == 0 && !fa.terminal && fb.sentences == 0 &&
		d.plainHeadLine(a) && d.plainHeadLine(b)
}

// plainHeadLine reports a header line that is no label, date, trail or
// credit, and has no separator: a line a headline may be made of.
func (d *doc) plainHeadLine(i int) bool {
	return d.cue[i].kind == cueNone && !d.date[i] && !isBreadcrumb(d.b[i].Text) && !d.headerCredit(i) && d.f[i].separator == 0
}

func (d *doc) hasReason(r string) bool {
	for _, b := range d.b {
		if b.Reason == r {
			return true
		}
	}
	return false
}

// title picks the headline among the blocks before the body: a heading
// or a line of a few words near the body, not a sentence, not a menu.
// It returns -1 when there is none. With a title model the hand-set score
// only finds and rates the candidates, and the model chooses among them
// (titlemodel.go).
func (d *doc) title(s int) int {
	best, bestScore := -1, 0.0
	learned := d.titleModel != nil || d.titleLog != nil
	var cands []titleCand
	lo := s - titleWindow
	if lo < 0 {
		lo = 0
	}
	firstFree := -1
	tails := d.titleTails(lo, s)
	for i := lo; i < s; i++ {
		if !d.free(i) && d.b[i].Reason != ReasonImageAlt {
			continue
		}
		if firstFree < 0 {
			firstFree = i
		}
		f := d.f[i]
		if f.words < 2 || f.letters < 8 || f.letters > 300 || d.date[i] || d.cue[i].kind != cueNone || d.headerCredit(i) ||
			d.altOverCaption(i, lo, s) || tails[cueKey(d.b[i].Text)] {
			continue
		}
		if f.words <= 4 && (d.copyrightNames(d.low[i]) || hasHandle(d.b[i].Text) || summaryHeads()[d.cueKeyOf(i)]) {
			// The site's name as its copyright line gives it (the
			// masthead), a short line with a social handle ("Follow
			// @desk"), or the heading of the story's points ("Story
			// Highlights"), which outscores a headline of three words.
			continue
		}
		if d.boxItem(i) || d.summaryPoint(i) || 2*f.digits > f.letters {
			// Digits outnumbering the letters make a score, a count or
			// a table's row ("AUS 240 (49.2 ov)"), never a headline.
			continue
		}
		if d.b[i].Reason == ReasonImageAlt && i+1 < len(d.b) && d.b[i+1].Reason == ReasonCaption {
			// A picture's alt text that its caption repeats with a
			// credit, wherever the body starts.
			continue
		}
		sc := 30 - 1.5*float64(s-i)
		switch d.b[i].Tag {
		case "h1":
			sc += 60
		case "h2":
			sc += 25
		case "li", "img":
			sc -= 30
		}
		if f.words >= 4 && f.words <= 30 {
			sc += 15
		}
		if f.sentences > 0 || f.terminal && f.words > 12 {
			sc -= 25
		} else if !headline(d.b[i].Text, f) {
			// A short sentence with its full stop is a standfirst more
			// often than a headline.
			sc -= 10
		}
		if f.allCaps() {
			sc -= 10
		}
		if f.separator > 0 && !d.siteTail(i, lo, s) {
			sc -= 15
		}
		if f.separator >= 2 && shortItems(d.b[i].Text) {
			// Three items or more of a few words each between bars
			// ("site | town | Page 3") are a bar's, not a headline's
			// parts: a headline is the long part of such a line.
			sc -= 25
		}
		if d.b[i].LinkShare > 0.5 {
			sc -= 10
		}
		if f.words <= 4 && i != firstFree && d.gluedToDate(i) {
			// On a page whose blocks blank lines part, a short line right
			// above a date line with none between them, below other
			// header lines, is more often a byline box's name (a text
			// browser prints the box as two lines) than a headline, which
			// is a block of its own; first at the top it is still the
			// headline.
			sc -= 15
		}
		if isBreadcrumb(d.b[i].Text) {
			// A trail outweighs the first-line bonus and a short
			// headline's missing word bonus: it is never the headline
			// while there is another line.
			sc -= 40
		}
		if i == firstFree && i == lo {
			sc += 10
		}
		if sc > bestScore {
			best, bestScore = i, sc
		}
		if learned {
			cands = append(cands, titleCand{i: i, hand: sc, menu: menuLine(d.b[i].Text, f)})
		}
	}
	if !learned {
		return best
	}
	keep := slices.DeleteFunc(slices.Clone(cands), func(c titleCand) bool { return c.menu })
	rows := d.titleRows(keep, s, best)
	logged := make([]TitleCandidate, 0, len(cands))
	k := 0
	for _, c := range cands {
		tc := TitleCandidate{Block: c.i, Text: d.b[c.i].Text, Rules: c.i == best, Menu: c.menu}
		if !c.menu {
			tc.Row = rows[k]
			k++
		}
		logged = append(logged, tc)
	}
	if d.titleLog != nil {
		*d.titleLog = append(*d.titleLog, logged...)
	}
	if d.titleModel != nil {
		if c := d.titleModel.Choose(logged); c >= 0 {
			return logged[c].Block
		}
	}
	return best
}

// summaryPoint reports a line of a standfirst's points: on a page whose
// blocks blank lines part, a line glued (no blank line between) under a
// summary heading ("Key Highlights", "मुख्य बातें": lexicon.SummaryHead),
// directly or under other such lines. Nearer the body than the headline
// when the points stand under the lead picture, the last point would
// otherwise outscore it.
func (d *doc) summaryPoint(i int) bool {
	if !d.parted {
		return false
	}
	for k := i; k > 0 && d.b[k].Start == d.b[k-1].End+1; k-- {
		if summaryHeads()[d.cueKeyOf(k-1)] {
			return true
		}
	}
	return false
}

// allTagged reports blocks that all have the tag.
func allTagged(bs []pipeline.Block, tag string) bool {
	for _, b := range bs {
		if b.Tag != tag {
			return false
		}
	}
	return true
}

// shortItems reports a line cut by bars (titleSeps) into three parts or
// more, none of more than three words.
func shortItems(s string) bool {
	parts := titleSeps.Split(s, -1)
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if len(strings.Fields(p)) > 3 {
			return false
		}
	}
	return true
}

// altOverCaption reports a line right above a caption with its credit
// in the header: the picture's alt text, as a text browser prints it
// over the caption, or a header line the picture follows (a summary, a
// reading time). Where blank lines part the page's blocks, the first
// line of the header under its trail, apart from the caption, is
// neither: it is the headline, with the lead picture under it.
func (d *doc) altOverCaption(i, lo, s int) bool {
	if i+1 >= s || !d.headerCredit(i+1) {
		return false
	}
	if d.b[i+1].Start == d.b[i].End+1 || !d.parted {
		return true
	}
	for k := lo; k < i; k++ {
		if d.free(k) && !isBreadcrumb(d.b[k].Text) {
			return true
		}
	}
	return false
}

// boxItem reports a line of a box of links: on a page whose blocks blank
// lines part, one of three lines or more glued under a furniture heading
// ("Top Stories", "Trending") with no blank line between. A kicker glued
// over a headline ("LIVE") has the headline alone under it, or its two
// halves when wrapped.
func (d *doc) boxItem(i int) bool {
	if !d.parted {
		return false
	}
	k := i
	for k > 0 && d.b[k].Start == d.b[k-1].End+1 {
		k--
	}
	if k == i || d.b[k].Role != pipeline.RoleBoilerplate || d.b[k].Reason != "furniture" {
		return false
	}
	n := 0
	for j := k + 1; j < len(d.b) && d.b[j].Start == d.b[j-1].End+1 && n < 3; j++ {
		n++
	}
	return n >= 3
}

// hasHandle reports a word that is a social handle: "@" and a letter.
func hasHandle(s string) bool {
	for _, w := range strings.Fields(s) {
		if rest, ok := strings.CutPrefix(w, "@"); ok {
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// gluedToDate reports a block whose next block is a date line that starts
// on the very next line of the dump, on a page whose blocks are mostly
// parted by blank lines (a crawler's dump with one paragraph a line and no
// blank line says nothing by it).
func (d *doc) gluedToDate(i int) bool {
	return i+1 < len(d.b) && d.date[i+1] && d.b[i+1].Start == d.b[i].End+1 && d.parted
}

// BlankLineParted reports a page of lines whose blocks are mostly parted
// by blank lines, as text browsers print paragraphs and headings: there,
// two blocks on lines next to each other belong together.
func BlankLineParted(blocks []pipeline.Block) bool {
	gaps := 0
	for i := 1; i < len(blocks); i++ {
		if blocks[i].Start > blocks[i-1].End+1 {
			gaps++
		}
	}
	return len(blocks) > 1 && 2*gaps >= len(blocks)-1
}

// siteTail reports a header line whose part after a separator is the
// site's name: a line of its own above the body (the masthead) or part of
// the copyright line. A headline carries that tail; a menu's separators
// part other words.
func (d *doc) siteTail(i, lo, s int) bool {
	parts := titleSeps.Split(d.b[i].Text, -1)
	for _, p := range parts[1:] {
		k := cueKey(p)
		if len([]rune(k)) < 3 {
			continue
		}
		for j := range d.b {
			if j != i && (j >= lo && j < s && d.key[j] == k || d.b[j].Reason == ReasonCopyright && strings.Contains(d.key[j], k)) {
				return true
			}
		}
	}
	return false
}

// copyrightYear reports a © beside a year anywhere on a short line: "Site ©
// 2024", "© 2019-24", "সংবাদ © ২০২৪" (the year in any script's digits). A
// © before a name alone ("© Getty Images") is a picture's credit as often.
func copyrightYear(s string) bool {
	for i := strings.Index(s, "©"); i >= 0; {
		if yearAt(strings.TrimLeft(s[i+len("©"):], " \t\n\f\r"), false) ||
			yearAt(strings.TrimRight(s[:i], " \t\n\f\r"), true) {
			return true
		}
		j := strings.Index(s[i+len("©"):], "©")
		if j < 0 {
			break
		}
		i += len("©") + j
	}
	return false
}

// yearAt reports a year from 1900 to 2099 in four digits (of any script) at
// the start of s (at its end if back), not part of a longer word or
// number.
func yearAt(s string, back bool) bool {
	decode, trim := utf8.DecodeRuneInString, func(t string, n int) string { return t[n:] }
	if back {
		decode, trim = utf8.DecodeLastRuneInString, func(t string, n int) string { return t[:len(t)-n] }
	}
	year := 0
	for k := 0; k < 4; k++ {
		r, n := decode(s)
		v := dates.DigitValue(r)
		if v < 0 {
			return false
		}
		if back {
			year += v * [4]int{1, 10, 100, 1000}[k]
		} else {
			year = year*10 + v
		}
		s = trim(s, n)
	}
	if year < 1900 || year > 2099 {
		return false
	}
	r, _ := decode(s)
	return s == "" || dates.DigitValue(r) < 0 && r != '_' && !(r < utf8.RuneSelf && unicode.IsLetter(r))
}

// titleSeps part a headline from its tails: " | ", " - ", " – ", " :: ".
var titleSeps = regexp.MustCompile(` (?:\||-|–|::) `)

// alsoReadList reports a bare "also read" label with a list of links
// under it ("ये भी पढ़ें" then "• …", "• …"): the label heads them as a
// related-news heading does. body asks it inside the article only; below
// it a menu's "More" over its links is no such label.
func (d *doc) alsoReadList(i int) bool {
	return i+1 < len(d.b) && d.cue[i].kind == cueRelated && d.cue[i].rest == "" && d.b[i].Reason == "furniture" &&
		d.b[i+1].Tag == "li" && d.free(i+1)
}

// bareCredit reports a block that is a credit and nothing else: a credit
// label and a source of a few words ("फोटो: वार्ता", "Photo: PTI").
func (d *doc) bareCredit(i int) bool {
	if d.f[i].words > 6 {
		return false
	}
	low := d.low[i]
	if DashAgency(low) != "" {
		return true
	}
	if strings.HasPrefix(low, "(") && strings.HasSuffix(low, ")") {
		low = low[1 : len(low)-1] // "(फोटो: वार्ता)"
	}
	for _, l := range creditLabels() {
		if strings.HasPrefix(low, l) {
			return true
		}
	}
	return false
}

// closingCredit reports a line that is a short text in round brackets
// ending with a news agency's name: "(With inputs from PTI)", "(PTI)".
func closingCredit(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "(") || !strings.HasSuffix(s, ")") {
		return false
	}
	words := strings.Fields(strings.Trim(s, "()"))
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for n := 1; n <= 3 && n <= len(words); n++ {
		if lexicon.Has(lexicon.Agency, strings.TrimLeft(strings.Join(words[len(words)-n:], " "), ":-–—")) {
			return true
		}
	}
	return false
}

// closingSentence reports whether the block after the body's last, e, is
// the article's last paragraph though it scores as furniture: one
// sentence closed by its mark, four words or more and no link, no cue,
// apart from a paragraph of running text above it by a blank line, and
// nothing but the rights line (or the page's end) under it, or the
// footer's menu items over the rights line. Languages that
// join their words (Dravidian, Sanskrit) say a sentence in fewer words
// than prose() asks for, and a footer's own lines are labels, links or
// menus, not sentences.
func (d *doc) closingSentence(e int) bool {
	i := e + 1
	if e < 0 || i >= len(d.b) || !d.parted || !d.free(i) || d.b[e].Role != pipeline.RoleBody || !d.f[e].prose() {
		return false
	}
	f := d.f[i]
	if !f.terminal || f.sentences > 0 || f.words < 4 || f.ellipsis || d.cue[i].kind != cueNone || d.date[i] ||
		d.b[i].LinkShare > 0 || d.b[i].Start == d.b[e].End+1 {
		return false
	}
	// The footer's menu may stand between it and the rights line, its
	// links as a text browser lists them ("* About Us", "* Contact Us"):
	// items of a few words, none a sentence.
	j := i + 1
	for j < len(d.b) && (d.free(j) || d.b[j].Reason == "furniture") && d.b[j].Tag == "li" && d.f[j].words <= 4 &&
		!d.f[j].terminal && !d.f[j].prose() {
		j++
	}
	return j == len(d.b) || d.b[j].Reason == ReasonCopyright
}

// endBeforeFooter returns the segment's end without the lines of no running
// text it closes on (the blocks after them, a rights line or a copy,
// are never body) when a block out of the article's text stands above
// them: a link out of it ("Read more: …"), a label or button the
// one-block rules call furniture (a comments count "Comments (1)"), or
// a copy of the body. What a page prints there is its footer's menu or
// its readers' names and comments, never the article, which would go
// on in paragraphs. A bare "also read" label is left to body, which
// reads the headlines under it as related links. Held out (README "Any
// renderer") it changed 154 of 3,972 dumps, within noise on all and
// above zero on the ScrapingHub news pages.
func (d *doc) endBeforeFooter(s, e int) int {
	last := e
	for last > s && !d.free(last) {
		last-- // a rights line, a copy: never body, whatever the segment
	}
	k := last
	for k > s && d.free(k) && !d.f[k].prose() {
		k--
	}
	if k < last && (d.free(k) && d.cue[k].kind == cueRelated && d.relatedLike(k) ||
		!d.free(k) && d.cue[k].kind != cueRelated && d.cue[k].kind != cueRelatedHead &&
			(d.b[k].Reason == "furniture" || d.b[k].Role == pipeline.RoleRepeated)) {
		return k
	}
	return e
}

// dashSignature reports a line that is a long dash and a name of one to
// four words (letters only, no sentence mark), no agency's, on a page
// with no byline yet: a column's signature under its last paragraph.
func (d *doc) dashSignature(i int) bool {
	t := strings.TrimSpace(d.b[i].Text)
	rest, ok := strings.CutPrefix(t, "—")
	if !ok {
		return false
	}
	words := strings.Fields(rest)
	if len(words) == 0 || len(words) > 4 || DashAgency(t) != "" || d.f[i].digits > 0 || d.f[i].terminal ||
		d.f[i].sentences > 0 || d.hasReason(ReasonByline) {
		return false
	}
	return !strings.ContainsAny(rest, ",;:()|")
}

// DashAgency is the agency's name of a line that is that name alone
// after a long dash ("— PTI", "– भाषा"), or "": a caption's credit on the
// line under it, as "… — PTI" is at its end. meta reads the credit with
// it too.
func DashAgency(s string) string {
	s = strings.TrimSpace(s)
	for _, dash := range []string{"—", "–"} {
		if rest, ok := strings.CutPrefix(s, dash); ok {
			if rest = strings.TrimSpace(rest); lexicon.Has(lexicon.Agency, rest) {
				return rest
			}
		}
	}
	return ""
}

// titleTails are the parts after a separator of the header's lines (" |
// ", " - ", " – ", " :: "), as cueKeys: the site's name that a headline
// carries at its end ("… | Site"). The name alone on a line of its own
// is the site's masthead, not the headline.
func (d *doc) titleTails(lo, s int) map[string]bool {
	var m map[string]bool
	for i := lo; i < s; i++ {
		t := d.b[i].Text
		if !d.free(i) || !strings.Contains(t, " ") {
			continue
		}
		for _, p := range titleSeps.Split(t, -1)[1:] {
			if m == nil {
				m = map[string]bool{}
			}
			m[cueKey(p)] = true
		}
	}
	return m
}

// footer classifies the blocks after the body.
func (d *doc) footer(from int) {
	related := false
	// A related list the body's segment ended inside goes on below it
	// while its lines are headlines (a long one without a sentence mark
	// reads as unpunctuated prose).
	carry := from > 0 && d.b[from-1].Reason == ReasonRelated
	for i := from; i < len(d.b); i++ {
		if d.cue[i].kind == cueRelatedHead {
			related = true
		}
		if d.relatedPost(i) {
			d.set(i+1, pipeline.RoleRelated, ReasonAlsoRead)
		}
		if !d.free(i) {
			continue
		}
		item := d.f[i].words >= 3 && !d.f[i].prose()
		carry = carry && d.f[i].words >= 3 && (item || headline(d.b[i].Text, d.f[i]))
		switch c := d.cue[i]; {
		case c.kind == cueRelated && d.relatedLike(i):
			d.set(i, pipeline.RoleRelated, ReasonAlsoRead)
		case c.kind == cueByline && d.bylineLike(i):
			d.set(i, pipeline.RoleMetadata, ReasonByline)
		case i == from && d.dashSignature(i):
			// A column signed under its text ("— name"), on a page
			// whose header names no writer.
			d.set(i, pipeline.RoleMetadata, ReasonByline)
		case d.date[i] || c.kind == cueDateLabel:
			d.set(i, pipeline.RoleMetadata, ReasonDate)
		case c.kind == cueRelatedHead || related && item || carry:
			d.set(i, pipeline.RoleRelated, ReasonRelated)
		default:
			d.set(i, pipeline.RoleBoilerplate, "navigation")
		}
	}
}

// doubled reports a block whose folded text (its cueKey) is the same
// string twice over.
func doubled(k string) bool {
	n := len(k)
	if n < 24 {
		return false
	}
	for _, mid := range []int{n / 2, (n + 1) / 2} {
		a, b := strings.TrimSpace(k[:mid]), strings.TrimSpace(k[mid:])
		if a == b {
			return true
		}
	}
	return false
}

// TrailSeps are the separators between a breadcrumb trail's parts, in the
// order they are tried.
var TrailSeps = []string{" / ", " > ", " » ", " › ", " → ", " >> "}

// isBreadcrumb reports a trail like "Home / News / World" or "ETV Bharat
// / international": two to five short parts between path separators, none
// of them a sentence, a label with a colon or a figure.
func isBreadcrumb(s string) bool {
	if !maybeTrailSep(s) {
		return false
	}
	s = TrailWithoutLabel(s)
	for _, sep := range TrailSeps {
		if !strings.Contains(s, sep) {
			continue // one part: no trail (and no slice to make)
		}
		parts := strings.Split(s, sep)
		if len(parts) < 2 || len(parts) > 5 {
			continue
		}
		ok := true
		for _, p := range parts {
			f := measure(p)
			if f.words == 0 || f.words > 4 || f.terminal || f.digits > 0 || strings.ContainsAny(p, ":|") {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// TrailWithoutLabel takes off the label a breadcrumb may open with
// ("You are here: Home › News"): a phrase of the table's kind home with
// the flag label, before a colon.
func TrailWithoutLabel(s string) string {
	// Only a colon in the first 60 bytes counts, so only they are
	// searched (a '：' that starts at 60 ends by 63); strings.IndexAny
	// decodes every rune of a non-ASCII block for a set with a non-ASCII
	// rune in it.
	i := strings.IndexAny(s[:min(len(s), 63)], ":：")
	if i <= 0 || i > 60 {
		return s
	}
	if !trailLabels()[lexicon.Fold(strings.TrimSpace(s[:i]))] {
		return s
	}
	_, w := utf8.DecodeRuneInString(s[i:])
	return strings.TrimSpace(s[i+w:])
}

var trailLabels = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.PhrasesWhere(func(e lexicon.Entry) bool { return e.Flag("label") }, lexicon.Home) {
		m[lexicon.Fold(p)] = true
	}
	return m
})

// maybeTrailSep reports whether s may hold one of isBreadcrumb's
// separators: all of them are a space and then '/', '>' or a byte that
// starts » (C2 BB), › or → (E2 ..). Most blocks have none, and one pass
// over their spaces rules out six searches.
func maybeTrailSep(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		j := strings.IndexByte(s[i:len(s)-1], ' ')
		if j < 0 {
			return false
		}
		i += j
		switch s[i+1] {
		case '/', '>', 0xC2, 0xE2:
			return true
		}
	}
	return false
}

// hasCredit reports a caption with a photo credit: "(@handle)",
// "(Photo: …)", "Photo: …", "Credit: …", "(ANI)", "फोटो: …". low is the
// block in lower case.
func hasCredit(low string) bool { return parenCredit(low) || creditLabelSet().In(low) }

// HasCredit reports a lower-cased caption that holds its credit: a label
// ("photo:", "फोटो:") or a source in brackets at its end.
func HasCredit(low string) bool { return hasCredit(low) }

// parenCredit is hasCredit's test of a credit in brackets at the end.
func parenCredit(low string) bool {
	if strings.HasSuffix(low, ")") {
		if i := strings.LastIndex(low, "("); i > 0 {
			in := low[i+1 : len(low)-1]
			if strings.HasPrefix(in, "@") || creditInParen(in) {
				return true
			}
		}
	}
	return false
}

// isCode reports a "page" that is a stylesheet or script: braces and
// semicolons everywhere, hardly any words.
func isCode(blocks []pipeline.Block) bool {
	var brace, semi, letters int
	for _, b := range blocks {
		// ASCII bytes are never part of a longer UTF-8 sequence: counting
		// bytes counts the runes.
		brace += strings.Count(b.Text, "{") + strings.Count(b.Text, "}")
		semi += strings.Count(b.Text, ";")
		letters += len(b.Text)
	}
	return brace >= 4 && semi >= 4 && (brace+semi)*40 >= letters
}

// Package meta fills an article's fields from the blocks package clean
// classified: site and section from the breadcrumb, the headline without
// its SEO tail and the keywords that tail carried, the summary without a
// foreign-script kicker, authors from the byline, published and updated
// times with their zone, the dateline that opens the body, image captions
// and credits, related links and the copyright line.
//
// Fields a page stated outright (HTML metadata, JSONL fields) are kept;
// meta only fills what is still empty. It does not decide which block is
// what; that is package clean's job.
package meta

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/lexicon"
	"github.com/akhbar/akhbar/pipeline"
)

// Options tune metadata extraction.
type Options struct {
	// Now is the reference for relative dates ("2 hours ago"); zero means
	// the time of the run.
	Now time.Time

	// authorLog, when set, receives the author candidates
	// (AuthorCandidates); noAuthorModel leaves the choice to the rules.
	authorLog     *[]AuthorCandidate
	noAuthorModel bool
	// dateLog and noDateModel do the same for the publication date
	// (DateCandidates).
	dateLog     *[]DateCandidate
	noDateModel bool
}

// Extract fills the record's fields from the document's classified blocks.
func Extract(d *pipeline.Doc, o Options) {
	r := &d.Record
	related := relatedAt(d)
	imgs := newImages(r.Images)
	caps := captionBlocks(d.Blocks)
	counters := slideCounters(d.Blocks, caps)
	nextCap := 0
	for i := range d.Blocks {
		b := &d.Blocks[i]
		switch b.Reason {
		case clean.ReasonBreadcrumb:
			if r.Site == "" && r.Section == "" {
				r.Site, r.Section = breadcrumb(b.Text)
			}
		case clean.ReasonCopyright:
			if r.Copyright == "" {
				r.Copyright = b.Text
			}
		case clean.ReasonCaption, ReasonGalleryCaption:
			cut := 0
			if nextCap < len(caps) && caps[nextCap] == i {
				if counters != nil {
					cut = counters[nextCap]
				}
				nextCap++
			}
			text := b.Text
			dump := d.Record.Source.Unit == "line"
			if b.Tag == "img" || dump && oneBracket(text) {
				// A picture's text in the renderer's brackets (pandoc
				// wraps a long one over lines, which are no picture
				// line then).
				text = strings.TrimSuffix(strings.TrimPrefix(text, "["), "]")
			}
			if dump {
				text = afterAlt(text)
			}
			caption, credit := captionOf(text, cut)
			if caption == "" && i > 0 && d.Blocks[i-1].Reason == clean.ReasonImageAlt {
				// A credit alone on its line names the picture whose
				// caption is the line above.
				caption = d.Blocks[i-1].Text
			}
			if caption != "" || credit != "" {
				imgs.add(b.Text, pipeline.Image{Caption: caption, Credit: credit})
			}
			if b.Reason == ReasonGalleryCaption {
				b.Text = keepStop(caption, b.Text[cut:])
			}
		case clean.ReasonAlsoRead:
			// The block is "also read: <title>", or the title alone on the
			// line after a bare "also read".
			t := clean.AlsoReadTitle(b.Text)
			if t == "" {
				t = b.Text
			}
			if t != "" {
				// On an HTML page the headline after the label is
				// the block's last link.
				u := b.Link
				if u == "" && t != b.Text {
					u = b.EndLink
				}
				related = append(related, placedLink{i, pipeline.Related{Title: relatedTitle(t), URL: resolveLink(r.URL, u)}})
			}
		case clean.ReasonRelated:
			if t := relatedTitle(b.Text); b.Role == pipeline.RoleRelated && !isRelatedHead(t) {
				related = append(related, placedLink{i, pipeline.Related{Title: t, URL: resolveLink(r.URL, b.Link)}})
			}
		}
	}
	r.Images = imgs.list
	// The links in the order the page prints them: an HTML page's
	// extractor listed the link lists it knew by their markup (an aside
	// after the text) before the "also read" lines found here (inside the
	// text).
	slices.SortStableFunc(related, func(a, b placedLink) int { return a.at - b.at })
	r.Related = nil
	for _, x := range related {
		r.Related = append(r.Related, x.link)
	}
	r.Related = dropSelfLinks(r.Related, r.Copyright)
	titleBlock := firstReason(d.Blocks, clean.ReasonTitle)
	if r.Title == "" && titleBlock != nil {
		site := r.Site
		if t := tailInCopyright(titleBlock.Text, r.Copyright); t != "" {
			site = t
		}
		r.Title, r.Keywords = splitTitle(clean.TrimPermalinkMark(titleText(d.Blocks)), site, bodyScript(d.Blocks))
	}
	if r.Summary == "" {
		if b := firstReason(d.Blocks, clean.ReasonSummary); b != nil {
			r.Summary = dropKicker(b.Text)
		}
	}
	if r.Dateline == "" {
		if b := firstBody(d.Blocks); b != nil {
			r.Dateline = dateline(b.Text)
		}
	}
	for i := 0; r.Dateline == "" && i < len(d.Blocks) && d.Blocks[i].Role != pipeline.RoleBody; i++ {
		// No dateline opens the body: the header's date line may end in it.
		if d.Blocks[i].Reason == clean.ReasonDate {
			r.Dateline = placeAfterDate(d.Blocks[i].Text, o.Now)
		}
	}
	if len(r.Authors) == 0 {
		r.Authors = chooseAuthors(d, o, rulesAuthors(d, o))
	}
	r.Authors = repairNames(r.Authors)
	r.Authors = dropAgencies(dropPlaces(r.Authors, r.Dateline, r.Section))
	for i := 0; r.Dateline == "" && i < len(d.Blocks) && d.Blocks[i].Role != pipeline.RoleBody; i++ {
		// "place, 03 July 2024, …" opening the header's date line, when
		// no author has that name.
		if d.Blocks[i].Reason == clean.ReasonDate {
			if p := placeBeforeDate(d.Blocks[i].Text, o.Now); p != "" && !slices.ContainsFunc(r.Authors, func(a string) bool {
				return strings.EqualFold(a, p)
			}) && p != r.Site && p != r.Section {
				r.Dateline = p
			}
		}
	}
	times(d, o)
	scriptFlags(d)
	if r.Title == "" && r.PageType == "article" {
		if b := firstBody(d.Blocks); b != nil {
			r.Title = titleFromBody(b.Text)
			r.Flags = append(r.Flags, "title-from-body")
		}
	}
}

// rulesAuthors is what the hand-set rules read as the authors from the
// classified blocks, in order of precedence: a labelled byline, a name
// before the date line's bar, a theme's meta line, a bare name glued to
// the date line, a label on the date line, a wire story's agency.
func rulesAuthors(d *pipeline.Doc, o Options) []string {
	r := &d.Record
	var a []string
	body := false
	for _, b := range d.Blocks {
		if b.Role == pipeline.RoleBody {
			body = true
		} else if body && len(a) > 0 {
			// The header named the writers: a byline under the text
			// is a box about one of them ("About the Author", the
			// name, "role, site") or another story's, no more names.
			break
		}
		switch b.Reason {
		case clean.ReasonByline:
			a = appendUnique(a, authors(b.Text)...)
		case clean.ReasonDate:
			// "3 July 2024, 10:43 IST | By A": a date line may end
			// in the byline.
			a = appendUnique(a, bylineAfterBar(b.Text)...)
		}
	}
	if len(a) == 0 {
		// No labelled byline: "A | Lucknow | Published: 3 July 2024"
		// gives the name before the date.
		for _, b := range d.Blocks {
			if b.Reason == clean.ReasonDate {
				if n := nameBeforeBar(b.Text, r.Site, r.Section, r.Dateline); n != "" {
					a = []string{n}
					break
				}
			}
		}
	}
	if len(a) == 0 {
		// A theme's meta line, the name before the date with no label
		// ("A   July 3, 2024   10:30 AM   No Comments"), or the name
		// and the desk it files for on a header line of its own ("A /
		// Site").
		for _, b := range d.Blocks {
			if b.Role == pipeline.RoleBody {
				break
			}
			n := ""
			switch {
			case b.Reason == clean.ReasonDate:
				n = nameBeforeDate(b.Text, o.Now, r.Site, r.Section, r.Dateline)
			case b.Role == pipeline.RoleBoilerplate && b.Reason == "header":
				n = nameBeforeDesk(b.Text, r.Site, r.Copyright, r.Section, r.Dateline)
			}
			if n != "" {
				a = []string{n}
				break
			}
		}
	}
	if len(a) == 0 && clean.BlankLineParted(d.Blocks) {
		// A name alone on the line right above or below the date line,
		// or right above a designation alone ("Special Correspondent")
		// or a reading time alone (a reader mode's "4–5 minutes"),
		// no blank line between them on a page whose blocks blank lines
		// part: a byline box whose picture and label a text dump lost.
		for i, b := range d.Blocks {
			if b.Role == pipeline.RoleBoilerplate && b.Reason == "header" && (gluedToDate(d.Blocks, i) || overRole(d.Blocks, i) ||
				overReadTime(d.Blocks, i)) {
				if n := bareName(b.Text, r.Site, r.Section, r.Dateline); n != "" && len(strings.Fields(n)) >= 2 {
					// Two words at least: a name, not a section
					// kicker ("Film") or a place.
					a = []string{n}
					break
				}
			}
		}
	}
	for i := 0; len(a) == 0 && i < len(d.Blocks) && d.Blocks[i].Role != pipeline.RoleBody; i++ {
		// "Published by: A Updated …": a label clean reads no byline
		// by (kept for HTML author fields) opens the date line.
		if d.Blocks[i].Reason == clean.ReasonDate {
			a = bylineBeforeDate(d.Blocks[i].Text, o.Now)
		}
	}
	if len(a) == 0 && r.Dateline != "" {
		// No byline at all: a wire story run as the agency sent it
		// names its writer in its dateline, "place, 3 July (agency)".
		if b := firstBody(d.Blocks); b != nil {
			if n := datelineAgency(b.Text); n != "" {
				a = []string{n}
			}
		}
	}
	return a
}

// gluedToDate reports a block on the line right next to a date line's.
func gluedToDate(blocks []pipeline.Block, i int) bool {
	return i+1 < len(blocks) && blocks[i+1].Reason == clean.ReasonDate && blocks[i+1].Start == blocks[i].End+1 ||
		i > 0 && blocks[i-1].Reason == clean.ReasonDate && blocks[i-1].End+1 == blocks[i].Start
}

// overRole reports a header block whose next block, on the very next
// line, is a job title and nothing else (lexicon.Role).
func overRole(blocks []pipeline.Block, i int) bool {
	return i+1 < len(blocks) && blocks[i+1].Start == blocks[i].End+1 && blocks[i+1].Role == pipeline.RoleBoilerplate &&
		lexicon.Has(lexicon.Role, strings.TrimSpace(blocks[i+1].Text))
}

// readTime is a reading time alone on its line, as a browser's reader
// mode ("4–5 minutes") or a blog theme ("5 min read") prints it under the
// writer's name. The browser's words are its own interface's, English here.
var readTime = regexp.MustCompile(`(?i)^\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s*(?:min|mins|minutes?)(?:\s+read)?$`)

// overReadTime reports a header block whose next block, on the very next
// line, is a reading time and nothing else.
func overReadTime(blocks []pipeline.Block, i int) bool {
	return i+1 < len(blocks) && blocks[i+1].Start == blocks[i].End+1 && readTime.MatchString(strings.TrimSpace(blocks[i+1].Text))
}

func firstReason(blocks []pipeline.Block, reason string) *pipeline.Block {
	for i := range blocks {
		if blocks[i].Reason == reason && blocks[i].Role != pipeline.RoleRepeated {
			return &blocks[i]
		}
	}
	return nil
}

func firstBody(blocks []pipeline.Block) *pipeline.Block {
	for i := range blocks {
		if blocks[i].Role == pipeline.RoleBody && blocks[i].Reason != clean.ReasonHeading {
			return &blocks[i]
		}
	}
	return nil
}

func appendUnique(list []string, items ...string) []string {
	for _, it := range items {
		dup := false
		for _, x := range list {
			if strings.EqualFold(x, it) {
				dup = true
				break
			}
		}
		if !dup && it != "" {
			list = append(list, it)
		}
	}
	return list
}

// images is the record's image list with the places of each caption, so
// that adding one is not a scan of all before it (a page may have a
// caption per line).
type images struct {
	list []pipeline.Image
	at   map[string][]int // caption -> its places in list, ascending
}

func newImages(list []pipeline.Image) *images {
	m := &images{list: list, at: make(map[string][]int, len(list))}
	for i, x := range list {
		m.at[x.Caption] = append(m.at[x.Caption], i)
	}
	return m
}

// add appends img, the caption and credit read from line, unless the list
// has its caption; an image whose caption is the whole line and has no
// credit (an HTML page's image took its <figcaption> whole, credit and
// all) takes img's split caption and credit instead of a second picture.
// Of the two, the one listed first decides.
func (m *images) add(line string, img pipeline.Image) {
	same, whole := -1, -1
	if at := m.at[img.Caption]; len(at) > 0 {
		same = at[0]
	}
	if img.Credit != "" {
		for _, j := range m.at[strings.TrimSpace(line)] {
			if m.list[j].Credit == "" {
				whole = j
				break
			}
		}
	}
	switch {
	case same >= 0 && (whole < 0 || same <= whole):
	case whole >= 0:
		old := m.list[whole].Caption
		m.at[old] = slices.DeleteFunc(m.at[old], func(j int) bool { return j == whole })
		at := m.at[img.Caption]
		k, _ := slices.BinarySearch(at, whole)
		m.at[img.Caption] = slices.Insert(at, k, whole)
		m.list[whole].Caption, m.list[whole].Credit = img.Caption, img.Credit
	default:
		m.at[img.Caption] = append(m.at[img.Caption], len(m.list))
		m.list = append(m.list, img)
	}
}

// resolveLink is ref made absolute against the page's address, as the
// HTML extractor gives the links it lists; ref as it is when either
// cannot be read as an address.
func resolveLink(page, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || page == "" {
		return ref
	}
	r, err := url.Parse(ref)
	if err != nil || r.IsAbs() {
		return ref
	}
	b, err := url.Parse(page)
	if err != nil || !b.IsAbs() {
		return ref
	}
	return b.ResolveReference(r).String()
}

// placedLink is a related link and the block it comes from.
type placedLink struct {
	at   int
	link pipeline.Related
}

// relatedAt places the related links the extractor already listed (an
// HTML page's link lists, each its block's text) at their blocks, the
// n-th link of a text at the n-th related block of that text; a link
// whose block is not found goes last. One pass over each: a page may list
// a link per block.
func relatedAt(d *pipeline.Doc) []placedLink {
	if len(d.Record.Related) == 0 {
		return nil
	}
	at := map[string][]int{}
	for i, b := range d.Blocks {
		if b.Role == pipeline.RoleRelated {
			at[b.Text] = append(at[b.Text], i)
		}
	}
	out := make([]placedLink, 0, len(d.Record.Related))
	for _, x := range d.Record.Related {
		i := len(d.Blocks)
		if q := at[x.Title]; len(q) > 0 {
			i, at[x.Title] = q[0], q[1:]
		}
		out = append(out, placedLink{i, x})
	}
	return out
}

// breadcrumb splits "Site / Section / Subsection". A first part that is
// only "Home" names no site.
func breadcrumb(s string) (site, section string) {
	s = clean.TrailWithoutLabel(s)
	for _, sep := range clean.TrailSeps {
		parts := strings.Split(s, sep)
		if len(parts) < 2 {
			continue
		}
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		if !lexicon.Has(lexicon.Home, parts[0]) {
			site = parts[0]
		}
		return site, parts[len(parts)-1]
	}
	return "", ""
}

// dominantScript names the Unicode script most letters of s belong to;
// of two scripts with as many letters, the one listed first in scripts.
// An Indic script's vowel signs count with its letters: a word of those
// scripts spells half its sounds with marks, so counting letters alone
// lets two English names outweigh a headline's Indic words.
func dominantScript(s string) *unicode.RangeTable {
	var counts scriptCounts
	counts.add(s)
	return counts.dominant()
}

// scriptCounts counts letters by script: 1 + the index in scripts, 0 for
// none of them.
type scriptCounts [len(scripts) + 1]int

func (counts *scriptCounts) add(s string) {
	table := scriptTable()
	for _, r := range s {
		if r < 0x10000 {
			counts[table[r]]++
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			continue
		}
		for i, t := range scripts {
			if unicode.Is(t, r) {
				counts[i+1]++
				break
			}
		}
	}
}

func (counts *scriptCounts) dominant() *unicode.RangeTable {
	var best *unicode.RangeTable
	n := 0
	for i, c := range counts[1:] {
		if c > n {
			best, n = scripts[i], c
		}
	}
	return best
}

// scriptTable maps each rune of the Basic Multilingual Plane to 1 + the
// index in scripts of the first script it is a letter of, or 0: one load
// per rune instead of a search of up to 28 range tables.
var scriptTable = sync.OnceValue(func() *[0x10000]uint8 {
	var t [0x10000]uint8
	for i := len(scripts) - 1; i >= 0; i-- {
		for _, rg := range scripts[i].R16 {
			for r := int(rg.Lo); r <= int(rg.Hi); r += int(rg.Stride) {
				if unicode.IsLetter(rune(r)) || unicode.IsMark(rune(r)) {
					t[r] = uint8(i + 1)
				}
			}
		}
		for _, rg := range scripts[i].R32 {
			for r := int(rg.Lo); r <= int(rg.Hi) && r < 0x10000; r += int(rg.Stride) {
				if unicode.IsLetter(rune(r)) || unicode.IsMark(rune(r)) {
					t[r] = uint8(i + 1)
				}
			}
		}
	}
	return &t
})

var scripts = [...]*unicode.RangeTable{
	unicode.Latin, unicode.Devanagari, unicode.Bengali, unicode.Gurmukhi, unicode.Gujarati, unicode.Oriya,
	unicode.Tamil, unicode.Telugu, unicode.Kannada, unicode.Malayalam, unicode.Sinhala, unicode.Arabic,
	unicode.Ol_Chiki, unicode.Meetei_Mayek, unicode.Cyrillic, unicode.Greek, unicode.Han, unicode.Hangul,
	unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Tibetan, unicode.Myanmar, unicode.Khmer,
	unicode.Hebrew, unicode.Georgian, unicode.Armenian, unicode.Ethiopic,
}

// bodyScript is the dominant script of the body: of its blocks up to
// the one that reaches 4,000 bytes (counted with a separator each).
func bodyScript(blocks []pipeline.Block) *unicode.RangeTable {
	var counts scriptCounts
	n := 0
	for _, bl := range blocks {
		if bl.Role == pipeline.RoleBody && n < 4000 {
			counts.add(bl.Text)
			n += len(bl.Text) + 1
		}
	}
	return counts.dominant()
}

// titleText is the text of the first title block, joined with the title
// blocks on the lines right under it: clean marks each line of a headline
// a text browser wrapped.
func titleText(blocks []pipeline.Block) string {
	for i, b := range blocks {
		if b.Reason != clean.ReasonTitle || b.Role == pipeline.RoleRepeated {
			continue
		}
		text := b.Text
		for j := i + 1; j < len(blocks) && blocks[j].Reason == clean.ReasonTitle && blocks[j].Role == b.Role &&
			blocks[j].Start == blocks[j-1].End+1; j++ {
			text += " " + blocks[j].Text
		}
		return text
	}
	return ""
}

// dropSelfLinks takes off the related links that name the page's own
// site as its rights line does ("© 2024 site"): a link that names the site
// promotes it ("Watch live: site 24x7", "Download the site app"), and
// another story's headline seldom names the outlet whole. A holder of
// fewer than two words is not looked for: a short name is a word of
// headlines too.
func dropSelfLinks(rel []pipeline.Related, copyright string) []pipeline.Related {
	if len(rel) == 0 {
		return rel // most pages: no holder to fold
	}
	h := copyrightHolder(copyright)
	if len(strings.Fields(h)) < 2 {
		return rel
	}
	fh := lexicon.Fold(h)
	return slices.DeleteFunc(rel, func(x pipeline.Related) bool { return strings.Contains(lexicon.Fold(x.Title), fh) })
}

// copyrightFolds is lexicon's copyright words, folded, in its order:
// folding all of them again for every page was a few percent of a run.
var copyrightFolds = sync.OnceValue(func() []string {
	var out []string
	for _, w := range lexicon.Phrases(lexicon.Copyright) {
		out = append(out, lexicon.Fold(w))
	}
	return out
})

// copyrightHolder is the rights line's holder: the line without its
// leading mark, word and years ("© 2024 site", "Copyright 2024 site"),
// or "" when more follows it than the holder (a "rights reserved" clause).
func copyrightHolder(c string) string {
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
	c = strings.TrimLeftFunc(c, notLetter)
	fc := lexicon.Fold(c)
	for _, fw := range copyrightFolds() {
		if fw != "" && strings.HasPrefix(fc, fw) && len(fw) <= len(c) {
			c = c[len(fw):]
			break
		}
	}
	c = strings.TrimSpace(strings.TrimLeftFunc(c, notLetter))
	if strings.ContainsAny(c, ".,|") {
		return ""
	}
	return c
}

// repairNames undoes what text renderers do to a byline's names: a
// picture's placeholder taken out (dropPlaceholders), a name printed
// twice in a row kept once (clean.UndoubleName) and a label run into its
// end cut off (cutGluedLabel). The names come back in a new slice when
// one changes: the list may be a candidate's, which the byline picker's
// log keeps.
func repairNames(names []string) []string {
	fix := func(a string) string { return cutGluedLabel(clean.UndoubleName(dropPlaceholders(a))) }
	for i, a := range names {
		if fix(a) != a {
			out := slices.Clone(names)
			for j := i; j < len(out); j++ {
				out[j] = fix(out[j])
			}
			return out
		}
	}
	return names
}

// gluedLabelKinds are the words a byline's line prints right after the
// name, which a text renderer runs into it when they are two inline
// elements: the date's label, a month or weekday, the writer's role.
var gluedLabelKinds = []lexicon.Kind{lexicon.Published, lexicon.Updated, lexicon.DateLabel, lexicon.Month, lexicon.Weekday, lexicon.Role}

// cutGluedLabel cuts from a name the label glued to its end with no
// space ("Jane DoePublished", "Jane DoeStaff Writer", "Jane DoeDecember"):
// at the first place where three lower-case letters meet an upper-case
// one and what follows opens with such a label. A joint inside a name
// comes after a short prefix ("McDonald", "LeMay": a month) and stays.
func cutGluedLabel(name string) string {
	for _, at := range clean.CaseJoints(name) {
		head, tail := strings.TrimSpace(name[:at]), name[at:]
		if lowerRun(head) < 3 {
			continue
		}
		for _, k := range gluedLabelKinds {
			if _, _, ok := lexicon.Prefix(k, tail); ok {
				return head
			}
		}
	}
	return name
}

// lowerRun is how many lower-case letters end s.
func lowerRun(s string) int {
	n := 0
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if !unicode.IsLower(r) {
			break
		}
		n++
		s = s[:len(s)-size]
	}
	return n
}

// dropPlaceholders takes out of a name the placeholders a text browser
// prints for the byline's pictures ("[svg]", "[avatar]", the picture's
// alt in brackets: "[svg]ByJane Doe", "Jane Doe [logo]") and then the
// byline label they left at its start, glued or not ("By", "Written
// by:"). A name holds no square brackets; one that is nothing else
// stays as it is.
func dropPlaceholders(name string) string {
	if !strings.Contains(name, "[") {
		return name
	}
	var b strings.Builder
	rest := name
	for {
		open := strings.IndexByte(rest, '[')
		if open < 0 {
			break
		}
		shut := strings.IndexByte(rest[open:], ']')
		if shut < 0 || shut > 60 {
			break
		}
		b.WriteString(rest[:open])
		b.WriteByte(' ')
		rest = rest[open+shut+1:]
	}
	b.WriteString(rest)
	out := strings.Join(strings.Fields(b.String()), " ")
	if _, after, ok := lexicon.Prefix(lexicon.Byline, out); ok {
		out = after
	} else if js := clean.CaseJoints(out); len(js) > 0 && lexicon.Has(lexicon.Byline, out[:js[0]]) {
		out = out[js[0]:]
	}
	if !strings.ContainsFunc(out, unicode.IsLetter) {
		return name
	}
	return out
}

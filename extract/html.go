package extract

import (
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/akhbar/akhbar/choose"
	"github.com/akhbar/akhbar/dates"
	"github.com/akhbar/akhbar/extract/candidate"
	"github.com/akhbar/akhbar/lexicon"
	"github.com/akhbar/akhbar/pipeline"
)

// HTMLOptions tune HTML extraction. The zero value is what "akhbar clean"
// uses.
type HTMLOptions struct {
	// NoFallback is kept for callers of the go-trafilatura path; the
	// learned block model has no fallback, so it changes nothing.
	NoFallback bool
	// FastDates skips htmldate's extensive search of the page text for a
	// date when the metadata states none.
	FastDates bool
	// Now is the run's reference time (akhbar clean --now, pinned by the
	// job so that a resumed run reads dates as the first did); zero means
	// the time of the call.
	Now time.Time
	// Candidates, when set, receives every title, author and date
	// candidate with its features and score ("akhbar explain", the
	// trainer of package choose).
	Candidates *candidate.Set
	// RulesOnly keeps the hand-written rules' pick for the title, the
	// authors and the date instead of the learned choice: what the
	// rules' own tests check, and the baseline the choice is measured
	// against.
	RulesOnly bool
}

// HTML extracts one HTML page: it decodes the page to UTF-8, parses it
// once, gives it a page type and finds the main content with the learned
// block model (htmlmodel.go), reads the page's own metadata (JSON-LD,
// OpenGraph, <meta>, <time>, bylines, the URL) into the record, and fills
// d.Blocks with every block of the page in document order, the main
// content as body and the rest with the role and reason it was left out
// for.
func HTML(d *pipeline.Doc) error { return HTMLWith(d, HTMLOptions{}) }

// HTMLWith is HTML with options.
func HTMLWith(d *pipeline.Doc, o HTMLOptions) error {
	dec := Decode(d.Item.Body, d.Item.Charset, true)
	noteDecoding(d, dec)
	d.Record.Source.Unit = "block"
	if err := checkHTMLBudget(d.Record.ID, dec.Text); err != nil {
		return err // before the parse: it cannot be stopped half way
	}
	doc, err := parsePage(dec.Text)
	if err != nil {
		return pipeline.Rejectf("html", "%s: %v", d.Record.ID, err)
	}
	pageURL := d.Item.URL
	m := readMeta(doc, pageURL)
	m.now = o.Now
	if m.now.IsZero() {
		m.now = time.Now()
	}
	m.raw = dec.Text
	if pageURL == "" && m.canonical != "" {
		pageURL = m.canonical
		d.Record.URL = m.canonical
	}
	ms, err := htmlModels()
	if err != nil {
		return pipeline.Rejectf("html", "%s: %v", d.Record.ID, err)
	}
	a := analyse(doc, dec.Text, pageURL)
	sc := ms.score(a)
	page := a.blocks
	d.Blocks = learnedBlocks(page, ChooseFor(sc.Type, sc.Blocks, a.words, ms.blocks.Threshold), sc.Blocks)
	origin := make([]int, len(page))
	for i := range origin {
		origin[i] = i
	}
	d.Record.PageType = sc.Type
	for k, p := range sc.TypeProbs {
		switch ms.pageType.Classes[k] {
		case "article":
			m.articleProb = p
		case "forum":
			m.forumProb = p
		}
	}
	m.visible = foldedText(d.Blocks)
	m.apply(d)
	if len(d.Record.Authors) == 0 {
		d.Record.Authors = visibleByline(d.Blocks, d.Record.Title, m.siteNames(), m.now)
		if len(d.Record.Authors) == 0 {
			d.Record.Authors = signOff(d.Blocks, page, origin, m.siteNames())
		}
		if len(d.Record.Authors) == 0 {
			d.Record.Authors = parenSignOff(d.Blocks, m.siteNames())
		}
		if len(d.Record.Authors) == 0 {
			d.Record.Authors = m.siteByline()
		}
		m.authorNames = d.Record.Authors
	}
	var how string
	header := m.headerDate(d.Blocks, page, origin, d.Record.Title)
	d.Record.Published, d.Record.Updated, how = m.chooseDates(doc, !o.FastDates, header)
	if header == "" && m.unshownStamp(d.Record.Published, d.Blocks) {
		m.noteDate("%s refused: a stamp the page never shows, on a page that is not an article", d.Record.Published)
		d.Record.Published, d.Record.Updated, how = "", "", ""
		d.Record.Flags = append(d.Record.Flags, "date-unshown")
	}
	m.header = header
	cs := o.Candidates
	if cs == nil {
		cs = new(candidate.Set)
	}
	m.candidates(cs, d, rulePicks{title: d.Record.Title, authors: d.Record.Authors, published: d.Record.Published})
	if o.RulesOnly {
		choose.ApplyRules(cs)
	} else {
		choose.Apply(cs)
	}
	if h := m.applyChoice(d, cs); h != "" {
		how = h
	}
	if how != "" {
		setMeta(d, "date_source", how)
	}
	if len(m.dateNotes) > 0 {
		setMeta(d, "date_readings", strings.Join(m.dateNotes, "; "))
	}
	assignRoles(d, page, m)
	if d.Record.PageType == "article" {
		// Links to other articles inside an article's body are "read
		// more"; on the other types, cards and links are the content.
		refineBody(d)
		markCommentThread(d.Blocks, page, origin)
	}
	markRelated(d, page, origin, m.now)
	if len(d.Blocks) == 0 {
		return pipeline.Rejectf("empty", "%s: no text in the page", d.Record.ID)
	}
	return nil
}

func isHeadingTag(t string) bool {
	return len(t) == 2 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6'
}

// refineBody takes out of an article's main content what the block model
// left in but a reader does not read as the article: the headline
// repeated at its top, the byline, picture captions (they go with the
// image), and links to other articles (a block that is one link, and a
// heading that introduces a run of them).
func refineBody(d *pipeline.Doc) {
	title := fold(d.Record.Title)
	seen := 0
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if b.Role != pipeline.RoleBody {
			continue
		}
		seen++
		switch {
		case seen <= 2 && title != "" && fold(b.Text) == title:
			b.Role, b.Reason = pipeline.RoleMetadata, "title"
		case b.Tag == "figcaption":
			// A picture's caption is the image's (images[].caption).
			b.Role, b.Reason = pipeline.RoleMetadata, "caption"
		case seen <= 4 && len(b.Text) < 80 && len(d.Record.Authors) > 0 && bylineLine.MatchString(b.Text) &&
			strings.Contains(strings.ToLower(b.Text), strings.ToLower(d.Record.Authors[0])):
			b.Role, b.Reason = pipeline.RoleMetadata, "byline"
		case b.Link != "" && !isHeadingTag(b.Tag) && internalLink(b.Link, d.Record.URL) &&
			len(strings.Fields(b.Text)) >= 3 && !strings.Contains(b.Text, "://"):
			b.Role, b.Reason = pipeline.RoleRelated, "link"
		}
	}
	markSummaryBox(d.Blocks)
	// A short block right before a run of two or more link blocks is
	// the run's heading ("Read more", "Mehr zum Thema").
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if b.Role != pipeline.RoleBody || len(b.Text) > 60 || b.Link != "" {
			continue
		}
		links := 0
		for j := i + 1; j < len(d.Blocks) && d.Blocks[j].Role == pipeline.RoleRelated && d.Blocks[j].Reason == "link"; j++ {
			links++
		}
		if links >= 2 {
			b.Role, b.Reason = pipeline.RoleRelated, "link-list-heading"
		}
	}
}

// markSummaryBox takes a standfirst's points out of an article's body
// when they open it: a block that is a summary heading ("Key
// Highlights", "मुख्य बातें": lexicon.SummaryHead) as the body's first
// block (or right before it, when the model left the heading out and the
// body opens with the items), list items right under it, and running
// text (a paragraph) after them. The points restate the story for a
// reader who skims it, above it; the heading is furniture and the items
// the record's summary. A heading further down heads the story's own
// points (a list inside the text), which stay, as does a box with
// nothing but items under it.
func markSummaryBox(blocks []pipeline.Block) {
	first := -1
	for i := range blocks {
		if blocks[i].Role == pipeline.RoleBody {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	isHead := func(b pipeline.Block) bool { return summaryHeads()[fold(strings.TrimRight(b.Text, ":： "))] }
	switch {
	case isHead(blocks[first]):
	case first > 0 && blocks[first].Tag == "li" && blocks[first-1].Role == pipeline.RoleBoilerplate && isHead(blocks[first-1]):
		first--
	default:
		return
	}
	j := first + 1
	for j < len(blocks) && (blocks[j].Role != pipeline.RoleBody || blocks[j].Tag == "li") {
		if blocks[j].Role == pipeline.RoleBody && blocks[j].Link != "" {
			// A list of links under the heading is a menu of the page's
			// parts or other stories, not points.
			return
		}
		j++
	}
	if j >= len(blocks) || blocks[j].Tag != "p" || !hasBodyItem(blocks[first+1:j]) {
		return
	}
	blocks[first].Role, blocks[first].Reason = pipeline.RoleBoilerplate, "furniture"
	for k := first + 1; k < j; k++ {
		if blocks[k].Role == pipeline.RoleBody {
			blocks[k].Role, blocks[k].Reason = pipeline.RoleMetadata, "summary"
		}
	}
}

// commentThread names the container of readers' comments, as the
// comment widgets and the sites' templates call it ("comments",
// "comment-list", "vk-comment", "disqus_thread"); "commentary" and
// "commentator" name an opinion piece and its writer, not a thread.
type commentThread struct{}

func (commentThread) MatchString(s string) bool {
	s = strings.ToLower(s)
	if strings.Contains(s, "disqus") {
		return true
	}
	for i := 0; ; {
		k := strings.Index(s[i:], "comment")
		if k < 0 {
			return false
		}
		i += k + len("comment")
		if rest := s[i:]; !strings.HasPrefix(rest, "ar") && !strings.HasPrefix(rest, "at") {
			return true
		}
	}
}

var commentThreadClass classMatcher = commentThread{}

// markCommentThread takes readers' comments out of an article's body
// when the block model kept them: the body's last blocks, each inside an
// element whose class or id names comments, after body blocks that are
// not. The readers' names, ages and words are not the article, and a
// thread is printed under it. A body that is all inside such an element
// (a page-wide class like "comments-open") is left as it is, as is a
// block of that kind with the article's text after it.
func markCommentThread(blocks []pipeline.Block, page []pageBlock, origin []int) {
	// The blocks of a thread share their containers: each is asked once,
	// so a long class on a container costs its length, not that times
	// the number of blocks under it.
	asked := map[*html.Node]bool{}
	inThread := func(n *html.Node) bool {
		for depth := 0; n != nil && depth < 6; n, depth = n.Parent, depth+1 {
			if n.Type != html.ElementNode {
				continue
			}
			is, ok := asked[n]
			if !ok {
				class, id := attr(n, "class"), attr(n, "id")
				is = (class != "" || id != "") && commentThreadClass.MatchString(class+" "+id)
				asked[n] = is
			}
			if is {
				return true
			}
		}
		return false
	}
	start, outside := -1, false
	for i := len(blocks) - 1; i >= 0; i-- {
		if blocks[i].Role != pipeline.RoleBody {
			continue
		}
		if origin[i] < 0 || !inThread(page[origin[i]].node) {
			outside = true
			break
		}
		start = i
	}
	if start < 0 || !outside {
		return
	}
	for i := start; i < len(blocks); i++ {
		if blocks[i].Role == pipeline.RoleBody {
			blocks[i].Role, blocks[i].Reason = pipeline.RoleBoilerplate, "comments"
		}
	}
}

// hasBodyItem reports whether a body list item is among blocks.
func hasBodyItem(blocks []pipeline.Block) bool {
	for _, b := range blocks {
		if b.Role == pipeline.RoleBody && b.Tag == "li" {
			return true
		}
	}
	return false
}

// summaryHeads are the summary headings of every language, folded.
var summaryHeads = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.Phrases(lexicon.SummaryHead) {
		m[fold(p)] = true
	}
	return m
})

// relatedClass names a container of links to other articles; a gallery
// page's list of other galleries is "more-galleries" or "more-photos" as an
// article's is "more-stories", and a column's list of the writer's other
// pieces "more-from-author".
var relatedClass = anyWord("related", "also", "morestories", "more-stories", "morenews", "more-news", "moregaller", "more-galler", "morephoto", "more-photo", "morefromauthor", "more-from-author", "recommend", "readmore", "read-more", "further", "weitere", "similar", "suggest")

// markRelated names the lists of links to other articles outside the
// main content that the page itself calls related (by the class or id of
// their container), and lists every related link in the record.
func markRelated(d *pipeline.Doc, page []pageBlock, origin []int, now time.Time) {
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if b.Role != pipeline.RoleBoilerplate || origin[i] < 0 {
			continue
		}
		// The container's class is asked last: matching it against
		// every ancestor of every boilerplate block was a sixth of the
		// HTML step's time.
		reason := ""
		p, link := page[origin[i]], b.Link
		switch {
		case b.Link != "" && internalLink(b.Link, d.Record.URL) && len(strings.Fields(b.Text)) >= 3:
			reason = "link"
		case b.Link == "" && p.leadLink != "" && internalLink(p.leadLink, d.Record.URL) &&
			len(strings.Fields(p.leadText)) >= 3 && stampOnly(p.leadTail, now):
			// A headline link and its date or age ("… <span>3 hours
			// ago</span>"), as lists of other stories print them.
			reason, link = "link", p.leadLink
		case isHeadingTag(b.Tag) && len(b.Text) < 60:
			reason = "link-list-heading"
		}
		if reason != "" && inClass(p.node, relatedClass, 8) {
			b.Role, b.Reason, b.Link = pipeline.RoleRelated, reason, link
		}
	}
	for i := range d.Blocks {
		if b := d.Blocks[i]; b.Role == pipeline.RoleRelated && b.Reason == "link" {
			u := absURL(d.Record.URL, b.Link)
			if u == "" {
				u = b.Link
			}
			title := b.Text
			if origin[i] >= 0 && page[origin[i]].leadLink == b.Link && page[origin[i]].leadText != "" {
				title = page[origin[i]].leadText // without its stamp
			}
			d.Record.Related = append(d.Record.Related, pipeline.Related{Title: title, URL: u})
		}
	}
}

// stampOnly reports whether s is a short date or age and little else
// ("3 hours ago", "कल", "July 3, 2024", "· 2 दिन पहले").
func stampOnly(s string, now time.Time) bool {
	s = strings.Trim(s, " \t|·•-–—,()[]")
	if s == "" || utf8.RuneCountInString(s) > 40 {
		return false
	}
	_, ok := dates.Parse(s, dates.Options{Ref: now})
	return ok
}

// inClass reports whether n or one of its depth nearest ancestors has a
// class or id that re matches.
func inClass(n *html.Node, re classMatcher, depth int) bool {
	for ; n != nil && depth > 0; n, depth = n.Parent, depth-1 {
		if n.Type == html.ElementNode {
			if class, id := attr(n, "class"), attr(n, "id"); (class != "" || id != "") && re.MatchString(class+" "+id) {
				return true
			}
		}
	}
	return false
}

// classMatcher says whether a class or id names a kind of container.
type classMatcher interface{ MatchString(string) bool }

// internalLink reports whether a link stays on the page's own site:
// relative, or to the same host (www. aside). Links to other sites from
// inside an article are sources and products, not "read more".
func internalLink(href, page string) bool {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil || strings.HasPrefix(href, "#") || u.Scheme == "javascript" || u.Scheme == "mailto" {
		return false
	}
	if u.Host == "" {
		return true
	}
	h := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	p := strings.TrimPrefix(hostOf(page), "www.")
	return p != "" && h == p
}

// bylineLine is a short line that says who wrote the article, in the
// words bylines start with.
var bylineLine = lazyGuarded(func() *guarded {
	return startGuard(regexp.MustCompile(`(?i)^`+bylineLabelWords()+`(?:\s*[:：]\s*|\s+)\S`), false, bylineLabelPhrases()...)
})

// labelledByline is a byline label with its colon: "Autor: X".
var labelledByline = lazyGuarded(func() *guarded {
	return startGuard(regexp.MustCompile(`(?i)^`+bylineLabelWords()+`\s*[:：]\s*`), false, bylineLabelPhrases()...)
})

var bylineLabel = lazyGuarded(func() *guarded {
	return startGuard(regexp.MustCompile(`(?i)^`+bylineLoneWords()+`\s*[:：]?$`), false, bylineLonePhrases()...)
})

// dashSep is the dash between a date and a name: "25.10.2022 - X".
var dashSep = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*[-–—]\s+`) })

// labelAfter is a name followed by its label: "Harald Bauer Autor".
var labelAfter = lazyCompile(func() string { return `^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s+` + roleWords() + `$` })

// datedByline is a byline set in a post's meta line, anywhere in it:
// "Posted by X on 3 May 2020", "yas! | By X | April 13, 2020",
// "Veröffentlicht am 8. Februar 2022 von X", "Geschrieben von X am ...".
var datedByline = lazyGuarded(func() *guarded {
	return containsGuard(regexp.MustCompile(`(?:^|[|·•,]\s*|(?i:\b(?:posted|written|geschrieben|gespeichert|veröffentlicht|published|erstellt|eingestellt|verfasst))\s+(?:[^|·•]{0,40}\s)?)(?i:by|von)\s*:?\s*(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}|[\p{L}\p{N}._-]{3,30})`), "by", "von")
})

// visibleByline looks for a byline line near the headline: from the
// title block to a few blocks into the body.
func visibleByline(blocks []pipeline.Block, title string, sites []string, now time.Time) []string {
	if names := headerByline(blocks, title, sites); len(names) > 0 {
		return names
	}
	return otherByline(blocks, sites, now)
}

// headerByline is a byline line near the headline: from the title block
// to a few blocks into the body.
func headerByline(blocks []pipeline.Block, title string, sites []string) []string {
	start := -1
	ft := fold(title)
	for i, b := range blocks {
		if ft != "" && fold(b.Text) == ft {
			start = i
			break
		}
	}
	headline := start
	if start < 0 {
		start = len(blocks)
		for i, b := range blocks {
			if b.Role == pipeline.RoleBody {
				start = i - 3
				break
			}
		}
	}
	if start < 0 {
		start = 0
	}
	seenBody := 0
	for i := start; i < len(blocks) && i < start+25; i++ {
		b := blocks[i]
		if i == headline {
			// The headline is not a byline, even when it starts "Von ...".
			continue
		}
		if b.Role == pipeline.RoleBody {
			seenBody++
			if seenBody > 3 {
				break
			}
		}
		if bylineLabel.MatchString(b.Text) && i+1 < len(blocks) && len(blocks[i+1].Text) <= 60 {
			// "Autor:" in one element, the name in the next.
			if names := cleanAuthors([]string{blocks[i+1].Text}, sites...); len(names) > 0 {
				return names
			}
		}
		// "---- by X", "— Von X": a rule or dash before the label.
		text := strings.TrimLeft(b.Text, "-–—=*•· ")
		if len(text) > 2 && strings.HasPrefix(text, "By") && unicode.IsUpper(rune(text[2])) {
			text = "By " + text[2:] // "ByJ.R. Stone": a label glued to a link
		}
		if len(text) > 80 || !bylineLine.MatchString(text) {
			continue
		}
		// "von der Fahrbahn abgekommen" is a sentence, not a byline: a
		// name after the label starts with a capital (or is one handle).
		rest := strings.TrimSpace(bylinePrefix.ReplaceAllString(text, ""))
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(r) && strings.Contains(rest, " ") {
			continue
		}
		if names := cleanAuthors([]string{text}, sites...); len(names) > 0 {
			return names
		}
	}
	return nil
}

// otherByline is a byline elsewhere: after the last paragraph, labelled
// anywhere, or in a post's meta line.
func otherByline(blocks []pipeline.Block, sites []string, now time.Time) []string {
	// The end of the body: "Text: X", "Von X" after the last paragraph.
	var body []int
	for i, b := range blocks {
		if b.Role == pipeline.RoleBody {
			body = append(body, i)
		}
	}
	for k := len(body) - 1; k >= 0 && k >= len(body)-4; k-- {
		b := blocks[body[k]]
		if len(b.Text) <= 80 && bylineLine.MatchString(b.Text) {
			rest := strings.TrimSpace(bylinePrefix.ReplaceAllString(b.Text, ""))
			if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLower(r) {
				if names := cleanAuthors([]string{b.Text}, sites...); len(names) > 0 {
					return names
				}
			}
		}
	}
	// Then a labelled byline anywhere on the page: "Autor: X", "Text: X"
	// alone in a short block (the colon makes it a label, not a sentence).
	for i, b := range blocks {
		if bylineLabel.MatchString(b.Text) && i+1 < len(blocks) && len(blocks[i+1].Text) <= 60 {
			// "Autor" in one element, the name in the next.
			if names := cleanAuthors([]string{blocks[i+1].Text}, sites...); len(names) > 0 {
				return names
			}
		}
		if len(b.Text) > 60 || !labelledByline.MatchString(b.Text) {
			continue
		}
		rest := strings.TrimSpace(labelledByline.ReplaceAllString(b.Text, ""))
		if n := len(strings.Fields(rest)); n == 0 || n > 4 {
			continue
		}
		if names := cleanAuthors([]string{rest}, sites...); len(names) > 0 {
			return names
		}
	}
	// Then a post's meta line anywhere: a short block with a date and
	// "by"/"von" a name, or a date followed by a name ("25.10.2022 - X"),
	// or a name labelled after it ("X Autor").
	for _, b := range blocks {
		if len(b.Text) > 100 {
			continue
		}
		if m := labelAfter.FindStringSubmatch(b.Text); m != nil {
			if names := cleanAuthors([]string{m[1]}, sites...); len(names) > 0 {
				return names
			}
		}
	}
	for _, b := range blocks {
		if len(b.Text) > 150 || b.Role == pipeline.RoleBody && len(b.Text) > 80 {
			continue
		}
		m := datedByline.FindStringSubmatch(b.Text)
		if m == nil || len(dates.Find(b.Text, dates.Options{Ref: now})) == 0 {
			continue
		}
		name := m[1]
		if ds := dates.Find(name, dates.Options{Ref: now}); len(ds) > 0 {
			name = name[:ds[0].Start] // "Pamela Anderson Aug 3"
		}
		if names := cleanAuthors([]string{name}, sites...); len(names) > 0 {
			return names
		}
	}
	for _, b := range blocks {
		if len(b.Text) > 100 {
			continue
		}
		ds := dates.Find(b.Text, dates.Options{Ref: now})
		if len(ds) == 0 || ds[0].Start > 2 {
			continue
		}
		after := b.Text[ds[0].End:]
		if !dashSep().MatchString(after) {
			continue
		}
		rest := strings.TrimSpace(dashSep().ReplaceAllString(after, ""))
		rest = strings.TrimSpace(strings.TrimPrefix(rest, "Redaktion:"))
		if i := strings.IndexAny(rest, "(|·•"); i > 0 {
			rest = strings.TrimSpace(rest[:i])
		}
		if n := len(strings.Fields(rest)); n < 2 || n > 4 || strings.Contains(rest, ":") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
			if names := cleanAuthors([]string{rest}, sites...); len(names) > 0 {
				return names
			}
		}
	}
	return nil
}

// personName is a person's name alone: two or three capitalised words,
// perhaps with an initial.
var personName = lazyCompile(func() string { return `^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$` })

// signOff is the author's name set alone, in bold or italics, as the
// article's last paragraph ("<p><b><i>Stefan Wasmer</i></b></p>"), as
// many regional papers sign their articles.
func signOff(blocks []pipeline.Block, page []pageBlock, origin []int, sites []string) []string {
	last, n := -1, 0
	for i, b := range blocks {
		if b.Role == pipeline.RoleBody {
			last = i
			n++
		}
	}
	if n < 4 || origin[last] < 0 || !personName.MatchString(blocks[last].Text) || !emphasised(page[origin[last]].node) {
		return nil
	}
	if names := cleanAuthors([]string{blocks[last].Text}, sites...); len(names) == 1 {
		return names
	}
	return nil
}

// parenName is a sign-off in parentheses at the end of an article's
// last paragraph: "... bleibt spannend. (Christian P. Stadtfeld) +++".
var parenName = lazyCompile(func() string {
	return `\((\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\)[\s+.*–-]*$`
})

// parenSignOff is the name a parenthesised sign-off gives.
func parenSignOff(blocks []pipeline.Block, sites []string) []string {
	last := -1
	for i, b := range blocks {
		if b.Role == pipeline.RoleBody {
			last = i
		}
	}
	if last < 0 {
		return nil
	}
	if m := parenName.FindStringSubmatch(blocks[last].Text); m != nil {
		return cleanAuthors([]string{m[1]}, sites...)
	}
	return nil
}

// emphasised reports whether all the text of n is inside <b>, <strong>,
// <i> or <em>.
func emphasised(n *html.Node) bool {
	seen := false
	var walk func(c *html.Node, in bool) bool
	walk = func(c *html.Node, in bool) bool {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				seen = true
				return in
			}
			return true
		case html.ElementNode:
			switch tagAtom(c) {
			case atom.B, atom.Strong, atom.I, atom.Em:
				in = true
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if !walk(k, in) {
				return false
			}
		}
		return true
	}
	return walk(n, false) && seen
}

var copyrightLine = lazyGuarded(func() *guarded {
	return startGuard(regexp.MustCompile(`(?i)^(?:\(c\)\s*\d{4}|`+copyrightWords()+`)`), false, append(copyrightPhrases(), "(c)")...)
})

// assignRoles names what the blocks outside the main content are when the
// metadata explains them: the title, the byline, the date line, captions.
func assignRoles(d *pipeline.Doc, page []pageBlock, m *pageMeta) {
	title := strings.ToLower(d.Record.Title)
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if b.Role == pipeline.RoleBody {
			continue
		}
		low := strings.ToLower(b.Text)
		switch {
		case title != "" && low == title:
			b.Role, b.Reason = pipeline.RoleMetadata, "title"
		case b.Tag == "figcaption":
			b.Role, b.Reason = pipeline.RoleMetadata, "caption"
		case m.isByline(b.Text):
			b.Role, b.Reason = pipeline.RoleMetadata, "byline"
		case copyrightLine.MatchString(b.Text) && len(b.Text) < 300:
			b.Role, b.Reason = pipeline.RoleMetadata, "copyright"
			if d.Record.Copyright == "" {
				d.Record.Copyright = b.Text
			}
		}
	}
}

// foldedText is the folded text of all blocks, to look names up in.
func foldedText(blocks []pipeline.Block) string {
	var all strings.Builder
	for _, b := range blocks {
		all.WriteString(fold(b.Text))
		all.WriteByte(' ')
	}
	return all.String()
}

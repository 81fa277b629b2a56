package clean

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/akhbar/akhbar/pipeline"
)

// page makes a document of a text dump whose lines are given: one block
// per non-blank line, numbered by line, as package extract makes them for
// a dump with a paragraph per line. Blank lines are "".
func page(lines ...string) *pipeline.Doc {
	d := pipeline.NewDoc(pipeline.Item{ID: "t"})
	d.Record.Source.Unit = "line"
	for i, l := range lines {
		if t := Line(l); t != "" {
			d.Blocks = append(d.Blocks, pipeline.Block{Start: i + 1, End: i + 1, Text: t})
		}
	}
	return d
}

// classified classifies a page and checks what must hold of any
// classification: every block has a role, copies point at an earlier
// block of the same text, and the page has a type.
func classified(t *testing.T, lines ...string) *pipeline.Doc {
	t.Helper()
	d := page(lines...)
	ClassifyAt(d, testNow)
	checkInvariants(t, d)
	return d
}

func checkInvariants(t *testing.T, d *pipeline.Doc) {
	t.Helper()
	if d.Record.PageType == "" {
		t.Errorf("no page type")
	}
	for i, b := range d.Blocks {
		if b.Role == pipeline.RoleUnknown {
			t.Errorf("block %d (line %d) %q has no role", i, b.Start, b.Text)
		}
		if b.Role == pipeline.RoleRepeated {
			if b.Ref < 0 || b.Ref >= len(d.Blocks) || b.Ref == i {
				t.Errorf("block %d (line %d): repeated with Ref %d", i, b.Start, b.Ref)
			} else if b.Reason == "copy" && b.Ref > i {
				t.Errorf("block %d (line %d): a copy of the later block %d", i, b.Start, b.Ref)
			}
		}
	}
}

// roleOf returns the block that holds line n.
func blockAt(t *testing.T, d *pipeline.Doc, line int) pipeline.Block {
	t.Helper()
	for _, b := range d.Blocks {
		if b.Start <= line && line <= b.End {
			return b
		}
	}
	t.Fatalf("no block holds line %d", line)
	return pipeline.Block{}
}

// lineOf returns the line number of the first block whose text starts
// with prefix, after line from.
func lineOf(t *testing.T, d *pipeline.Doc, prefix string, from int) int {
	t.Helper()
	for _, b := range d.Blocks {
		if b.Start > from && strings.HasPrefix(b.Text, prefix) {
			return b.Start
		}
	}
	t.Fatalf("no block starts with %q after line %d", prefix, from)
	return 0
}

func dump(d *pipeline.Doc) string {
	var b strings.Builder
	for i, bl := range d.Blocks {
		fmt.Fprintf(&b, "%3d L%-3d %-12s %-14s %.70s\n", i, bl.Start, bl.Role, bl.Reason, bl.Text)
	}
	return b.String()
}

var (
	enBody = []string{
		"The city council approved a new budget on Tuesday after a debate that lasted more than six hours, with members split over how much to spend on roads and schools.",
		"The mayor said the plan would add two hundred teachers over the next three years and repair the most damaged streets in the older districts of the city.",
		"Opposition members argued that the council had underestimated the cost of the school plan and warned that property taxes would have to rise next year.",
		"The budget now goes to the state government for review, which is expected to take about a month before the money can be released to the departments.",
	}
	hiBody = []string{
		"नई दिल्ली: केंद्र सरकार ने बुधवार को नई शिक्षा नीति के तहत स्कूलों के लिए नए दिशानिर्देश जारी किए. मंत्रालय ने कहा कि इन नियमों का पालन सभी राज्यों को अगले सत्र से करना होगा.",
		"शिक्षा मंत्री ने संवाददाताओं से बातचीत में कहा कि इन बदलावों से बच्चों पर पढ़ाई का बोझ कम होगा और शिक्षकों को बेहतर प्रशिक्षण मिलेगा. उन्होंने कहा कि राज्यों से सलाह ली गई है.",
		"विपक्षी दलों ने इन दिशानिर्देशों की आलोचना की और कहा कि राज्यों के अधिकारों की अनदेखी की गई है. कई राज्यों ने इस पर आपत्ति जताई है और केंद्र से बातचीत की मांग की है.",
	}
	knBody = []string{
		"ಬೆಂಗಳೂರು: ರಾಜ್ಯ ಸರ್ಕಾರ ಬುಧವಾರ ಹೊಸ ಶಿಕ್ಷಣ ನೀತಿಯ ಅಡಿಯಲ್ಲಿ ಶಾಲೆಗಳಿಗೆ ಹೊಸ ಮಾರ್ಗಸೂಚಿಗಳನ್ನು ಬಿಡುಗಡೆ ಮಾಡಿದೆ. ಎಲ್ಲಾ ಜಿಲ್ಲೆಗಳು ಮುಂದಿನ ಶೈಕ್ಷಣಿಕ ವರ್ಷದಿಂದ ಈ ನಿಯಮಗಳನ್ನು ಪಾಲಿಸಬೇಕು ಎಂದು ಸಚಿವಾಲಯ ತಿಳಿಸಿದೆ.",
		"ಈ ಬದಲಾವಣೆಗಳಿಂದ ಮಕ್ಕಳ ಮೇಲಿನ ಓದಿನ ಹೊರೆ ಕಡಿಮೆಯಾಗಲಿದೆ ಮತ್ತು ಶಿಕ್ಷಕರಿಗೆ ಉತ್ತಮ ತರಬೇತಿ ಸಿಗಲಿದೆ ಎಂದು ಶಿಕ್ಷಣ ಸಚಿವರು ಸುದ್ದಿಗಾರರಿಗೆ ತಿಳಿಸಿದರು. ಪೋಷಕರ ಅಭಿಪ್ರಾಯವನ್ನೂ ಪಡೆಯಲಾಗಿದೆ ಎಂದರು.",
		"ವಿರೋಧ ಪಕ್ಷಗಳು ಈ ಮಾರ್ಗಸೂಚಿಗಳನ್ನು ಟೀಕಿಸಿದ್ದು, ಜಿಲ್ಲಾ ಮಟ್ಟದ ಅಧಿಕಾರಿಗಳ ಜೊತೆ ಚರ್ಚಿಸದೆ ನಿರ್ಧಾರ ತೆಗೆದುಕೊಳ್ಳಲಾಗಿದೆ ಎಂದು ಆರೋಪಿಸಿವೆ. ಈ ಬಗ್ಗೆ ಸದನದಲ್ಲಿ ಚರ್ಚೆ ನಡೆಯುವ ಸಾಧ್ಯತೆ ಇದೆ.",
	}
)

// article lays out a page: header lines, the body paragraphs with a blank
// line after each, and footer lines.
func article(header []string, body []string, footer ...string) []string {
	var lines []string
	for _, h := range header {
		lines = append(lines, h, "")
	}
	for _, p := range body {
		lines = append(lines, p, "")
	}
	for _, f := range footer {
		lines = append(lines, f, "")
	}
	return lines
}

func TestClassifyDoubledBody(t *testing.T) {
	header := []string{"Home / City", "Council approves budget after long debate", "By Jane Doe", "Published: Jul 3, 2024, 7:43 PM IST"}
	body := append(append([]string{}, enBody...), enBody...)
	d := classified(t, article(header, body, "Copyright © 2024 City Paper. All rights reserved.")...)
	first := lineOf(t, d, enBody[0][:30], 0)
	second := lineOf(t, d, enBody[0][:30], first)
	for k, p := range enBody {
		orig := lineOf(t, d, p[:30], 0)
		if b := blockAt(t, d, orig); b.Role != pipeline.RoleBody {
			t.Errorf("first copy of paragraph %d is %s/%s, want body\n%s", k, b.Role, b.Reason, dump(d))
		}
		cp := lineOf(t, d, p[:30], orig)
		b := blockAt(t, d, cp)
		if b.Role != pipeline.RoleRepeated || d.Blocks[b.Ref].Start != orig {
			t.Errorf("second copy of paragraph %d (line %d) is %s ref block %d, want repeated of line %d", k, cp, b.Role, b.Ref, orig)
		}
	}
	d.Assemble()
	var reps []pipeline.Span
	for _, s := range d.Record.Spans {
		if s.Role == pipeline.RoleRepeated {
			reps = append(reps, s)
		}
	}
	if len(reps) != 1 || reps[0].Start != second || reps[0].Ref == nil || *reps[0].Ref != first {
		t.Errorf("repeated spans %+v, want one from line %d with ref %d", reps, second, first)
	}
	if strings.Count(d.Record.Text, enBody[0]) != 1 {
		t.Errorf("the body text keeps the doubled paragraph %d times", strings.Count(d.Record.Text, enBody[0]))
	}
	if d.Record.PageType != "article" {
		t.Errorf("page type %q", d.Record.PageType)
	}
}

func TestClassifyParagraphThrice(t *testing.T) {
	body := []string{enBody[0], enBody[1], enBody[1], enBody[2], enBody[1], enBody[3]}
	d := classified(t, article([]string{"Council approves budget after long debate"}, body)...)
	orig := lineOf(t, d, enBody[1][:30], 0)
	n := 0
	for _, b := range d.Blocks {
		if strings.HasPrefix(b.Text, enBody[1][:30]) && b.Start != orig {
			n++
			if b.Role != pipeline.RoleRepeated || d.Blocks[b.Ref].Start != orig {
				t.Errorf("copy at line %d is %s ref %d, want repeated of line %d", b.Start, b.Role, b.Ref, orig)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d copies found, want 2", n)
	}
}

func TestClassifyAlsoRead(t *testing.T) {
	tests := []struct {
		name, cue string
		body      []string
	}{
		{"english", "Also read: Council to vote on new parking rules next week", enBody},
		{"english upper", "ALSO READ | Council to vote on new parking rules next week", enBody},
		{"hindi", "यह भी पढ़ें- ब्रिटेन आम चुनाव : क्या लेबर पार्टी भारी पड़ रही ?", hiBody},
		{"hindi colon", "ये भी पढ़ें: राज्यों ने दिशानिर्देशों पर आपत्ति जताई", hiBody},
		{"kannada", "ಇದನ್ನೂ ಓದಿ: ಶಾಲೆಗಳಲ್ಲಿ ಹೊಸ ಪಠ್ಯಕ್ರಮ ಜಾರಿ", knBody},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := append([]string{}, tt.body[:2]...)
			body = append(body, tt.cue)
			body = append(body, tt.body[2:]...)
			d := classified(t, article([]string{"Headline of the story here"}, body)...)
			cue := lineOf(t, d, tt.cue[:6], 0)
			if b := blockAt(t, d, cue); b.Role != pipeline.RoleRelated {
				t.Errorf("%q is %s/%s, want related\n%s", tt.cue, b.Role, b.Reason, dump(d))
			}
			for _, p := range tt.body {
				if b := blockAt(t, d, lineOf(t, d, p[:20], 0)); b.Role != pipeline.RoleBody {
					t.Errorf("paragraph %.30q is %s/%s, want body", p, b.Role, b.Reason)
				}
			}
			if title := AlsoReadTitle(blockAt(t, d, cue).Text); title == "" || strings.Contains(title, tt.cue[:6]) {
				t.Errorf("AlsoReadTitle = %q", title)
			}
		})
	}
}

func TestClassifyAltText(t *testing.T) {
	header := []string{"Council approves budget after long debate", "author img", "By Jane Doe"}
	d := classified(t, article(header, enBody, "City Paper Logo", "Copyright © 2024 City Paper")...)
	for _, alt := range []string{"author img", "City Paper Logo"} {
		b := blockAt(t, d, lineOf(t, d, alt, 0))
		if b.Role != pipeline.RoleBoilerplate || b.Reason != "alt-text" {
			t.Errorf("%q is %s/%s, want boilerplate/alt-text", alt, b.Role, b.Reason)
		}
	}
}

func TestClassifyComments(t *testing.T) {
	comments := []string{
		"I have lived in this city for thirty years and I have never seen the roads in such a poor state, so I am glad someone is finally doing something about it.",
		"This budget is a disaster waiting to happen. Every year they promise teachers and every year the money goes somewhere else, and nobody is held responsible for it.",
		"Does anyone know whether the repairs will include the bridge on the east side? It has been closed to heavy traffic for two years now and the detour is long.",
		"The opposition is right about the taxes. My property tax has gone up three times in five years and the services have only become worse in my neighbourhood.",
	}
	for _, tt := range []struct {
		name string
		head string
		n    int // how many times the comments repeat: a thread longer than the article
	}{
		{"short thread", "Comments", 1},
		{"long thread", "23 Comments", 2},
		{"leave a reply", "Leave a Reply", 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var footer []string
			footer = append(footer, tt.head)
			for i := range tt.n {
				for j, c := range comments {
					footer = append(footer, fmt.Sprintf("user%d%d", i, j), fmt.Sprintf("%s (%d)", c, i))
				}
			}
			d := classified(t, article([]string{"Council approves budget after long debate", "By Jane Doe"}, enBody, footer...)...)
			for _, p := range enBody {
				if b := blockAt(t, d, lineOf(t, d, p[:30], 0)); b.Role != pipeline.RoleBody {
					t.Errorf("article paragraph %.30q is %s/%s, want body\n%s", p, b.Role, b.Reason, dump(d))
				}
			}
			head := lineOf(t, d, tt.head, 0)
			for _, b := range d.Blocks {
				if b.Start >= head && b.Role == pipeline.RoleBody {
					t.Errorf("line %d %.40q after the comments heading is body\n%s", b.Start, b.Text, dump(d))
					break
				}
			}
		})
	}
}

func TestClassifyStylesheet(t *testing.T) {
	d := classified(t,
		"body { margin: 0; padding: 0; font-family: Arial, sans-serif; }",
		".header { background: #fff; color: #333; }",
		".nav li { display: inline-block; margin-right: 10px; }",
		"@media (max-width: 600px) { .nav { display: none; } }",
		"a:hover { text-decoration: underline; }",
	)
	if d.Record.PageType != "stylesheet" {
		t.Errorf("page type %q, want stylesheet", d.Record.PageType)
	}
	for _, b := range d.Blocks {
		if b.Role == pipeline.RoleBody {
			t.Errorf("CSS line %q is body", b.Text)
		}
	}
}

func TestClassifyCookiePage(t *testing.T) {
	for _, lines := range [][]string{
		{"We use cookies to improve your experience on our website. By continuing to use this site you agree to our use of cookies as described in our Cookie Policy and Privacy Policy.", "", "Accept cookies", "", "Privacy Policy"},
		{"Cookie Policy", "", "This website uses cookies and similar technologies to analyse traffic and personalise content. You can change your cookie settings at any time in your browser. Some cookies are necessary for the site to work and cannot be switched off.", "", "Accept all", ""},
		{"हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं. इस साइट का उपयोग जारी रखकर आप हमारी कुकीज़ नीति और गोपनीयता नीति से सहमत होते हैं जो इस पृष्ठ पर दी गई है.", "", "स्वीकार करें"},
	} {
		d := classified(t, lines...)
		if d.Record.PageType != "legal" {
			t.Errorf("page type %q, want legal\n%s", d.Record.PageType, dump(d))
		}
	}
}

func TestClassifyListing(t *testing.T) {
	headlines := []string{
		"Council approves budget after long debate",
		"Mayor promises two hundred new teachers",
		"Opposition warns of higher property taxes",
		"State to review city spending plan",
		"Roads in older districts to be repaired first",
		"Bridge on the east side to stay closed",
		"Teachers union welcomes new hiring plan",
		"Residents divided over parking rules",
	}
	var lines []string
	lines = append(lines, "Home / City", "")
	for i, h := range headlines {
		lines = append(lines, h, fmt.Sprintf("Jul %d, 2024, %d:15 PM IST", i+1, i+1), "")
	}
	d := classified(t, lines...)
	if d.Record.PageType != "listing" {
		t.Errorf("page type %q, want listing\n%s", d.Record.PageType, dump(d))
	}
}

func TestClassifyEmpty(t *testing.T) {
	d := pipeline.NewDoc(pipeline.Item{})
	ClassifyAt(d, testNow)
	if d.Record.PageType != "empty" {
		t.Errorf("page type %q, want empty", d.Record.PageType)
	}
	d = classified(t, "Home", "Share", "Login")
	for _, b := range d.Blocks {
		if b.Role == pipeline.RoleBody {
			t.Errorf("menu line %q is body", b.Text)
		}
	}
}

// TestClassifyHTMLBlocks checks the refinement of blocks an HTML extractor
// already chose: copies, "also read" and furniture go, the rest stays.
func TestClassifyHTMLBlocks(t *testing.T) {
	d := pipeline.NewDoc(pipeline.Item{})
	d.Record.Source.Unit = "block"
	// A strong furniture phrase makes a block of full sentences furniture
	// too: the note under a republished agency story.
	texts := []string{enBody[0], "Also read: Council to vote on new parking rules", enBody[1], "Share", enBody[0], "author img",
		"(This story has not been edited by Example staff and is auto-generated from a syndicated feed.)"}
	for i, s := range texts {
		d.Blocks = append(d.Blocks, pipeline.Block{Start: i, End: i, Text: s, Role: pipeline.RoleBody})
	}
	d.Blocks = append(d.Blocks, pipeline.Block{Start: 7, End: 7, Text: "Menu", Role: pipeline.RoleBoilerplate, Reason: "extractor"})
	ClassifyAt(d, testNow)
	checkInvariants(t, d)
	want := []pipeline.Role{pipeline.RoleBody, pipeline.RoleRelated, pipeline.RoleBody, pipeline.RoleBoilerplate, pipeline.RoleRepeated, pipeline.RoleBoilerplate, pipeline.RoleBoilerplate, pipeline.RoleBoilerplate}
	for i, b := range d.Blocks {
		if b.Role != want[i] {
			t.Errorf("block %d %q: %s/%s, want %s", i, b.Text, b.Role, b.Reason, want[i])
		}
	}
	if d.Blocks[7].Reason != "extractor" {
		t.Errorf("a block the extractor removed was reclassified: %s", d.Blocks[6].Reason)
	}
	if d.Blocks[4].Ref != 0 {
		t.Errorf("copy refers to block %d, want 0", d.Blocks[4].Ref)
	}
}

func TestAfterHeader(t *testing.T) {
	const (
		para    = "The council voted on Tuesday to close the old bridge for repairs, and traffic will be sent through the town centre until spring."
		summary = "The old bridge closes for repairs until spring, the council decided after a long debate about the cost of the works."
	)
	tests := []struct {
		name  string
		lines []string
		want  int // the block the body starts at (the segment starts at 0)
	}{
		{"summary, byline and date above the article", []string{summary, "By Jane Smith", "Published: 3 July 2024", para, para, para}, 3},
		{"a picture between summary and byline", []string{summary, "Bridge at dusk (Photo: Reuters)", "By Jane Smith", para, para}, 3},
		{"byline after three paragraphs", []string{para, para, para, "By Jane Smith", para, para, para, para}, 0},
		{"more running text above than below", []string{summary, para, "By Jane Smith", para}, 0},
		{"no header line", []string{summary, para, para}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pd := page(tt.lines...)
			d := newDoc(pd.Blocks, testNow)
			d.markSingles()
			if got := d.afterHeader(0, len(d.b)-1); got != tt.want {
				t.Errorf("afterHeader = %d, want %d", got, tt.want)
			}
		})
	}
}

// TestRelatedCardInBody: a related story's card between the article's
// paragraphs (the "also read" label, the headline, that story's day) is
// no header of the article's, even when more text follows it than
// precedes it: the paragraphs above it stay the body's.
//
// The two short paragraphs above the card may score as furniture (the
// hand-set scores do): the page's structure, not their score, makes them
// the article's, so the test runs with both the embedded model and the
// hand-set scores.
func TestRelatedCardInBody(t *testing.T) {
	lines := []string{
		"Home › News", "",
		"Bridge to close for repairs", "",
		"By Jane Smith", "Published: 3 July 2024 10:30 IST", "",
		"Leeds: Rain fell on the town all night.", "",
		"The river rose by a metre before dawn.", "",
		"Also read", "Council approves new budget", "2 July 2024", "",
		"The council voted on Tuesday to close the old bridge for repairs, and traffic will be sent through the town centre until spring.", "",
		"Engineers found cracks in two of its arches last month, and the works are expected to cost more than the council had planned for.",
	}
	for _, c := range []struct {
		name  string
		model *DumpModel
	}{{"embedded model", defaultDumpModel()}, {"hand-set scores", nil}} {
		d := page(lines...)
		classify(d, c.model, testNow)
		checkInvariants(t, d)
		for i, want := range map[int]pipeline.Role{4: pipeline.RoleBody, 5: pipeline.RoleBody, 7: pipeline.RoleRelated, 9: pipeline.RoleBody} {
			if got := d.Blocks[i].Role; got != want {
				t.Errorf("%s: block %d %q: role %s/%s, want %s", c.name, i, d.Blocks[i].Text, got, d.Blocks[i].Reason, want)
			}
		}
	}
}

// TestCaptionUnderDateLine: a long caption whose credit follows a slash
// or a dash, right under the date line and above the first paragraph, is
// the header's, whether the body's segment starts at it or below it.
func TestCaptionUnderDateLine(t *testing.T) {
	const para = "The council voted on Tuesday to close the old bridge for repairs, and traffic will be sent through the town centre until spring."
	for _, caption := range []string{
		"Workers inspect the cracked pillars of the old bridge over the river before the council meeting on Tuesday / PTI",
		"Workers inspect the cracked pillars of the old bridge over the river before the council meeting on Tuesday — Reuters",
	} {
		d := classified(t, "Bridge to close for repairs until spring", "", "By Jane Smith", "", "Published: 3 July 2024 10:30 IST", "",
			caption, "", para, "", para, "", para)
		if b := blockAt(t, d, 7); b.Reason != ReasonCaption {
			t.Errorf("%q: %s/%s, want the caption", caption, b.Role, b.Reason)
		}
		if b := blockAt(t, d, 9); b.Role != pipeline.RoleBody {
			t.Errorf("first paragraph: %s/%s, want body", b.Role, b.Reason)
		}
	}
}

// TestCreditUnderCaption: an agency alone after a long dash on the line
// under a caption is its credit, and the line above is the caption.
func TestCreditUnderCaption(t *testing.T) {
	const para = "The council voted on Tuesday to close the old bridge for repairs, and traffic will be sent through the town centre until spring."
	d := classified(t, "Bridge road closes for the winter", "", "By Jane Smith", "Published: 3 July 2024 10:30 IST", "",
		"Workers inspect the old bridge", "— PTI", "", para, "", para, "", para)
	if b := blockAt(t, d, 7); b.Reason != ReasonCaption {
		t.Errorf("credit line: %s/%s, want caption", b.Role, b.Reason)
	}
	if b := blockAt(t, d, 6); b.Reason != ReasonImageAlt {
		t.Errorf("caption line: %s/%s, want image-alt", b.Role, b.Reason)
	}
}

// TestTitleNotHandle: a short line with a social handle is no headline.
func TestTitleNotHandle(t *testing.T) {
	const para = "The council voted on Tuesday to close the old bridge for repairs, and traffic will be sent through the town centre until spring."
	d := classified(t, "Home > Guwahati", "", "Bridge road closes", "", "By Anjali Rao", "", "Follow @citydesk", "",
		"Published: 3 July 2024 10:30 IST", "", para, "", para, "", para)
	if b := blockAt(t, d, 3); b.Reason != ReasonTitle {
		t.Errorf("headline: %s/%s, want the title", b.Role, b.Reason)
	}
}

// TestTitleOverGluedName: on a page whose blocks blank lines part, a
// short line glued to the date line under the headline is the byline
// box's name; first on the page, such a line is still the headline.
func TestTitleOverGluedName(t *testing.T) {
	const para = "The council voted on Tuesday to close the old bridge for repairs, and traffic will be sent through the town centre until spring."
	d := classified(t, "Home > Guwahati", "", "Bridge road closes", "", "Anjali Rao", "Published: 3 July 2024 10:30 IST", "",
		para, "", para, "", para)
	if b := blockAt(t, d, 3); b.Reason != ReasonTitle {
		t.Errorf("headline: %s/%s, want the title", b.Role, b.Reason)
	}
	if b := blockAt(t, d, 5); b.Reason == ReasonTitle {
		t.Errorf("the name glued to the date line is the title")
	}
	d = classified(t, "Bridge road closes", "Published: 3 July 2024 10:30 IST", "", para, "", para, "", para)
	if b := blockAt(t, d, 1); b.Reason != ReasonTitle {
		t.Errorf("first line glued to the date: %s/%s, want the title", b.Role, b.Reason)
	}
}

// creditLabelSet finds a label wherever the plain search over every
// label does.
func FuzzCreditLabelSet(f *testing.F) {
	for _, s := range []string{"photo: reuters", "a long paragraph - with dashes: and colons", "फोटो - एएनआई", "credit... doug mills", "ಚಿತ್ರ-ವಿಚಿತ್ರ", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, low string) {
		want := false
		for _, l := range creditLabels() {
			if strings.Contains(low, l) {
				want = true
			}
		}
		if got := creditLabelSet().In(low); got != want {
			t.Errorf("creditLabelSet().In(%q) = %v, want %v", low, got, want)
		}
	})
}

// TestSummaryUnderHighlights: the lines glued under a "Highlights" heading
// are the summary, not the body, when a headline stands above them and the
// body does not print them again; without a headline they stay the body's
// (the page would take them for one).
func TestSummaryUnderHighlights(t *testing.T) {
	const (
		para  = "The council voted on Tuesday to close the old bridge for repairs, and traffic will be sent through the town centre until spring."
		point = "The old bridge closes for repairs until spring, the council decided after a long debate about the works."
	)
	tests := []struct {
		name   string
		lines  []string
		line   int    // the point's line
		reason string // its reason, "" for the body
	}{
		{"headline above", []string{"Bridge road closes for the winter", "", "By Jane Smith | Published: 3 July 2024 10:30 IST", "",
			"Highlights", point, "", para, "", para, "", para}, 6, ReasonSummary},
		{"no headline", []string{"Published: 3 July 2024 10:30 IST", "Highlights", point, "", para, "", para, "", para}, 3, ""},
		{"a pull quote the body repeats", []string{"Bridge road closes for the winter", "", "Published: 3 July 2024 10:30 IST",
			"Highlights", point, "", para, "", point, "", para, "", para}, 5, ""},
		// A text browser prints a blank line under the heading: a
		// bulleted list of two points or more is the summary still, a
		// lone point or a paragraph under it stays the body's.
		{"bulleted points a blank line under", []string{"Bridge road closes for the winter", "", "By Jane Smith | Published: 3 July 2024 10:30 IST", "",
			"Key Highlights", "", "• " + point, "• Buses take the town road through the centre while the works last, the police said.", "",
			para, "", para, "", para}, 7, ReasonSummary},
		{"one bulleted point a blank line under", []string{"Bridge road closes for the winter", "", "By Jane Smith | Published: 3 July 2024 10:30 IST", "",
			"Key Highlights", "", "• " + point, "", para, "", para, "", para}, 7, ""},
		{"a paragraph a blank line under", []string{"Bridge road closes for the winter", "", "By Jane Smith | Published: 3 July 2024 10:30 IST", "",
			"Key Highlights", "", point, para, "", para, "", para}, 7, ""},
		// Where blank lines part no blocks (a wrapping renderer's dump),
		// the lines under the heading are every paragraph down to the
		// first blank line, not a summary.
		{"no blank lines part the page", []string{"Bridge road closes for the winter", "By Jane Smith | Published: 3 July 2024 10:30 IST",
			"Highlights", point, para, para + " Buses take the town road.", para + " Work ends in spring.", "",
			para + " The mayor spoke last.", para + " Shops stay open."}, 4, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := page(tt.lines...)
			for i, b := range d.Blocks {
				// A bullet marks a list item, as extract reads it.
				if text, ok := strings.CutPrefix(b.Text, "• "); ok {
					d.Blocks[i].Text, d.Blocks[i].Tag = text, "li"
				}
			}
			ClassifyAt(d, testNow)
			checkInvariants(t, d)
			b := blockAt(t, d, tt.line)
			if tt.reason != "" && b.Reason != tt.reason || tt.reason == "" && b.Role != pipeline.RoleBody {
				t.Errorf("point: %s/%s, want %q", b.Role, b.Reason, tt.reason)
			}
		})
	}
}

// TestTitleNotAPoint: the points glued under a summary heading that stands
// below the lead picture, right above the body, are not the headline,
// whatever the heading's language; a line of its own under them is
// no point.
func TestTitleNotAPoint(t *testing.T) {
	const para = "The council voted on Tuesday to close the old bridge for repairs, and traffic will be sent through the town centre until spring."
	for _, c := range []struct {
		name, head string
		points     []string
	}{
		{"English", "Key Highlights", []string{"Repairs start next week", "Buses take the town road", "Work ends in spring"}},
		{"Odia heading", "ମୁଖ୍ୟ ବିଷୟ", []string{"Repairs start next week", "Buses take the town road", "Work ends in spring"}},
		{"Kannada heading", "ಪ್ರಮುಖ ಅಂಶಗಳು", []string{"Repairs start next week, the council says"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			lines := []string{"Bridge road closes for the winter", "", "By Jane Smith", "Published: 3 July 2024 10:30 IST", "",
				"The old bridge over the river (Photo: PTI)", "", c.head}
			lines = append(append(lines, c.points...), "", para, "", para, "", para, "", para)
			d := classified(t, lines...)
			if b := blockAt(t, d, 1); b.Reason != ReasonTitle {
				t.Errorf("headline: %s/%s, want title", b.Role, b.Reason)
			}
			if b := blockAt(t, d, 8+len(c.points)); b.Reason == ReasonTitle {
				t.Errorf("last point %q taken as the title", b.Text)
			}
		})
	}
}

// TestHashtagLine: a line of hashtags is furniture, a sentence with one
// is not.
func TestHashtagLine(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"#Lucknow #देश", true},
		{"#canfilmfestival, #kangana, #filmnews", true},
		{"#MeToo", false},
		{"#MeToo is trending again in the city", false},
		{"# #", false},
		{"## Heading", false},
	} {
		if got := hashtags(c.in); got != c.want {
			t.Errorf("hashtags(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestRelatedPost: a related-posts plugin's "Related" over a headline and
// its date gives the headline as a related link; over a section name
// with no date it gives nothing.
func TestRelatedPost(t *testing.T) {
	const para = "The council voted on Tuesday to close the old bridge for repairs, and traffic will be sent through the town centre until spring."
	head := []string{"Bridge road closes for the winter", "", "By Jane Smith", "Published: 3 July 2024 10:30 IST", "", para, "", para, "", para, ""}
	d := classified(t, append(head, "Related", "", "Floods close the river road again", "July 1, 2024", "In \"City\"")...)
	if b := blockAt(t, d, 14); b.Reason != ReasonAlsoRead {
		t.Errorf("related post: %s/%s, want also-read", b.Role, b.Reason)
	}
	d = classified(t, append(head, "Related", "", "City news and more")...)
	if b := blockAt(t, d, 14); b.Role == pipeline.RoleRelated {
		t.Errorf("menu line: %s/%s, want no related link", b.Role, b.Reason)
	}
}

// testNow pins the reference time of the date lines the tests read, so
// that no test follows the clock.
var testNow = time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)

// TestClosingSentence: a last paragraph of one short sentence right above
// the rights line is the article's; a footer's label there is not.
func TestClosingSentence(t *testing.T) {
	header := []string{"ಮುಖಪುಟ › ರಾಜ್ಯ", "ಶಾಲೆಗಳಿಗೆ ಹೊಸ ಮಾರ್ಗಸೂಚಿ ಬಿಡುಗಡೆ", "ಲೇಖಕರು: ಸುರೇಶ್ ಗೌಡ", "ಪ್ರಕಟ: 03 ಜುಲೈ 2024 10:30 IST"}
	last := "ಫಲಿತಾಂಶವನ್ನು ಸಾರ್ವಜನಿಕ ವೆಬ್‌ಸೈಟ್‌ನಲ್ಲಿ ಪೋಸ್ಟ್ ಮಾಡಲಾಗುತ್ತದೆ."
	for _, c := range []struct {
		name   string
		footer []string
		want   pipeline.Role
	}{
		{"above the rights line", []string{last, "© 2024 ಪ್ರಜಾ ವಾರ್ತೆ"}, pipeline.RoleBody},
		{"the page's end", []string{last}, pipeline.RoleBody},
		{"a label, no sentence", []string{"ನಮ್ಮನ್ನು ಫಾಲೋ ಮಾಡಿ ಫೇಸ್‌ಬುಕ್ ಟ್ವಿಟರ್", "© 2024 ಪ್ರಜಾ ವಾರ್ತೆ"}, pipeline.RoleBoilerplate},
	} {
		d := classified(t, article(header, knBody, c.footer...)...)
		if b := blockAt(t, d, lineOf(t, d, strings.Fields(c.footer[0])[0], 0)); b.Role != c.want {
			t.Errorf("%s: %q is %s/%s, want %s\n%s", c.name, b.Text, b.Role, b.Reason, c.want, dump(d))
		}
	}
	// A text browser's footer menu ("* About Us", list items) between the
	// sentence and the rights line; items of a few words, no sentence.
	for _, c := range []struct {
		name  string
		items []string
		want  pipeline.Role
	}{
		{"over the footer's menu", []string{"About Us", "Contact Us", "Privacy Policy"}, pipeline.RoleBody},
	} {
		d := page(article(header, knBody, append(append([]string{last}, c.items...), "© 2024 ಪ್ರಜಾ ವಾರ್ತೆ")...)...)
		for i := range d.Blocks {
			if slices.Contains(c.items, d.Blocks[i].Text) {
				d.Blocks[i].Tag = "li"
			}
		}
		ClassifyAt(d, testNow)
		checkInvariants(t, d)
		if b := blockAt(t, d, lineOf(t, d, strings.Fields(last)[0], 0)); b.Role != c.want {
			t.Errorf("%s: %q is %s/%s, want %s\n%s", c.name, b.Text, b.Role, b.Reason, c.want, dump(d))
		}
	}
}

// TestHomeWordAlone: a home word alone on a line (the lexicon's home
// kind, in any language) is a menu's link, not the headline, in a
// crawler's text that puts every link on a line of its own.
func TestHomeWordAlone(t *testing.T) {
	for _, home := range []string{"मुखेल पान", "முகப்பு", "ಮುಖಪುಟ"} {
		d := classified(t, home, "गोंयांत जोरदार पावस", "लेखक: प्रकाश गांवकार", "03 जुलय 2024, 14:05",
			"मडगांव: गोंयांत आयज सकाळीं सावन जोरदार पावस पडलो. जिल्हाधिकाऱ्यान सगळ्या खात्यांक जागृत रावपाचो आदेश दिला.",
			"हवामान खात्यान फाल्यां लेगीत पावस पडटलो अशें सांगलां. फाटल्या चोवीस वरांनी शारांत शंबर मिलीमीटरां परस चड पावस पडला.")
		if b := blockAt(t, d, 1); b.Role != pipeline.RoleBoilerplate {
			t.Errorf("%q alone: %s/%s, want boilerplate", home, b.Role, b.Reason)
		}
	}
}

// TestListingTitle: a section front's heading, the breadcrumb's last part
// repeated under it, is its title, not the first headline of its list;
// another line there is not made the title.
func TestListingTitle(t *testing.T) {
	heads := []string{
		"Rolando Mendoza fired his M16 rifle at the tourists",
		"Luna was also paid tribute by fellow wrestlers",
		"The comet may have been a source of water on Earth",
		"He called the rumours political chatter and silliness",
		"Cabbage juice changes colour depending on the chemistry",
		"The top of the tower was a special sanctuary for the god",
		"In the warm climate of the Middle East the house was not so important",
		"Most of the life of the Hebrew family happened in the open air",
	}
	for _, tt := range []struct {
		name, heading, want string
	}{
		{"heading repeats the trail", "India", "India"},
		{"a heading other than the trail's", "Top Stories", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			lines := []string{"The Daily Chronicle", "", "Home / India", ""}
			if tt.heading != "" {
				lines = append(lines, tt.heading, "")
			}
			for i, h := range heads {
				lines = append(lines, h, fmt.Sprintf("03 July 2024, 0%d:15 IST", 9-i), "")
			}
			lines = append(lines, "Load More", "", "© 2024 The Daily Chronicle. All rights reserved")
			d := classified(t, lines...)
			if d.Record.PageType != "listing" {
				t.Fatalf("page type %q, want listing", d.Record.PageType)
			}
			var titles []string
			for _, b := range d.Blocks {
				if b.Reason == ReasonTitle {
					titles = append(titles, b.Text)
				}
			}
			if tt.want != "" && (len(titles) != 1 || titles[0] != tt.want) {
				t.Errorf("title blocks %q, want %q", titles, tt.want)
			}
			if tt.want == "" && slices.Contains(titles, tt.heading) {
				t.Errorf("title blocks %q: the heading is not the trail's", titles)
			}
		})
	}
}

func TestCopyrightYear(t *testing.T) {
	for s, want := range map[string]bool{
		"Site © 2024":    true,
		"© 2019-24 Site": true,
		"2024 © Site":    true,
		"সংবাদ © ২০২৪":   true, // Bengali digits
		"ਪੰਜਾਬ ਟਾਈਮਜ਼ ©੨੦੨੪": true, // Gurmukhi
		"قومی آواز © ۲۰۲۴":   true, // Extended Arabic-Indic
		"© Getty Images":     false,
		"© 20245":            false,
		"© 1850 Site":        false,
		"© 2024abc":          false,
		"x2024 © Site":       false,
		"© २०२४ सर्वाधिकार सुरक्षित": true,
		"Copyright 2024": false,
	} {
		if got := copyrightYear(s); got != want {
			t.Errorf("copyrightYear(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAlsoReadListGlued: in a dump that glues its paragraphs (no blank
// line anywhere, as a text browser prints a table-laid page), every
// headline under an "also read" label is a related link while it holds no
// sentence mark; the paragraph under the list, which has them, and one
// that lacks only its last full stop stay the body's.
func TestAlsoReadListGlued(t *testing.T) {
	d := page(
		"Bridge to close for repairs",
		"By Jane Smith",
		"Published: 3 July 2024 10:30 IST",
		"Leeds: The council voted on Tuesday to close the old bridge for repairs. Traffic will be sent through the town centre until spring.",
		"Engineers found cracks in two of its arches last month. The works are expected to cost more than the council had planned.",
		"Also read",
		"Council approves new budget for the coming year",
		"Floods close two schools in the valley after a night of rain",
		"Shops on the high street fear fewer visitors. The mayor said a bus will run every ten minutes while the bridge is shut",
		"Residents will be asked about the plans at a meeting next week. The council said it would publish the costs.",
	)
	classify(d, defaultDumpModel(), testNow)
	checkInvariants(t, d)
	for line, want := range map[int]pipeline.Role{4: pipeline.RoleBody, 7: pipeline.RoleRelated, 8: pipeline.RoleRelated, 9: pipeline.RoleBody, 10: pipeline.RoleBody} {
		if b := blockAt(t, d, line); b.Role != want {
			t.Errorf("line %d %q: %s/%s, want %s", line, b.Text, b.Role, b.Reason, want)
		}
	}
}

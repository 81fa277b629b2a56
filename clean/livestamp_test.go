package clean

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// A live page's entry stamps are times alone on a line; a line that only
// starts with a time, or holds a date, is something else.
func TestClockAlone(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"11:40 IST", true},
		{"10.05 am", true},
		{"9:05 PM", true},
		{"१०:५५ IST", true},
		{"᱑᱐:᱐᱕", true},
		{"11:40 IST: the minister arrived", false},
		{"03 July 2024 10:30 IST", false},
		{"2024", false},
		{"Score 3:1", false},
	}
	for _, tc := range tests {
		if got := clockAlone.MatchString(tc.in); got != tc.want {
			t.Errorf("clockAlone(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// "Read more at: <address>" names the story itself: no related link.
func TestHasAddress(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"at: https://www.example.in/news/story-1.html", true},
		{"www.example.in/news", true},
		{"see www.example.in", true},
		{"मोदी ने कहा: विकास जारी रहेगा", false},
		{"Why the monsoon is late: 5 things", false},
		{"Heavy rain lashes the city. pic.twitter.com/Xk29fLq7Vb", true},
		{"read it on t.co/abc today", true},
		{"open 24/7 and/or km/h", false},
		{"U.S./Canada border, a 3.5/10 score", false},
		{"a site's root example.com/ alone", false},
	}
	for _, tc := range tests {
		if got := hasAddress(tc.in); got != tc.want {
			t.Errorf("hasAddress(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// The wire's credit in brackets closes an article's text; a bracketed
// aside or a long bracketed sentence does not.
func TestClosingCredit(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"(With inputs from PTI)", true},
		{"(PTI)", true},
		{"(इनपुट: भाषा)", true},
		{"(With inputs from یو این آئی)", true},
		{"(Advertisement)", false},
		{"(The writer is a former diplomat who served with PTI)", false},
		{"With inputs from PTI", false},
	}
	for _, tc := range tests {
		if got := closingCredit(tc.in); got != tc.want {
			t.Errorf("closingCredit(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// A pull quote is a line wholly in quotation marks; a line that only
// opens with a quotation, or holds two, is not.
func TestQuotedLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"“The rains came early this year.”", "The rains came early this year."},
		{"\"बारिश इस साल जल्दी आई।\"", "बारिश इस साल जल्दी आई।"},
		{"«Texte»", "Texte"},
		{"“Yes,” he said, “it is.”", ""},
		{"“Quoted” and then more", ""},
		{"plain line", ""},
		{"“”", ""},
	}
	for _, tc := range tests {
		if got := quotedLine(tc.in); got != tc.want {
			t.Errorf("quotedLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// The heading of a story's points is never its headline, however short
// the headline is.
func TestSummaryHeadNotTitle(t *testing.T) {
	d := classified(t, "होम › हादर", "", "उदालगुरियाव मेला जागायबाय", "",
		"लिरगिरि: दिपांकर नार्जारी", "First published on: 03-07-2024 at 10:30 IST", "",
		"Story Highlights", "• बारहुंखायाव गोजोन जादों", "• गुवाहाटियाव गोदान दालाय", "",
		"उदालगुरि: गोबां फरायसाफोरा बे जथुम आरो बिसोरनि बिबुंथि खोनासंदों। सिगांनि नैजि घन्टाआव सहराव जौसे मिलिमिटार नख्रों बांसिन दैथा जादों।", "",
		"जथुमनि गेजेराव सासे अफिसारा मिथिंगा बुंदों। बेयाव गोबां सुबुं फैदों आरो बिसोरनि बिबुंथि खोनासंदों।", "",
		"© 2024 बर’ बातोरा")
	for _, b := range d.Blocks {
		if b.Reason == ReasonTitle && b.Text != "उदालगुरियाव मेला जागायबाय" {
			t.Errorf("title = %q\n%s", b.Text, dump(d))
		}
	}
}

// A line of three short items between bars is a bar; a headline with a
// site's tail, or a line of two items, is not.
func TestShortItems(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Punjab Times | Ludhiana | Page 3", true},
		{"ਪੰਜਾਬ ਟਾਈਮਜ਼ | ਲੁਧਿਆਣਾ | Page 3", true},
		{"Council approves the city budget after a long debate | Politics | City Paper", false},
		{"Budget passed | City Paper", false},
		{"Home", false},
	}
	for _, tc := range tests {
		if got := shortItems(tc.in); got != tc.want {
			t.Errorf("shortItems(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// A headline a text browser wrapped is both its lines, whichever was
// picked; a kicker glued above a headline is not part of it; a page with
// no headline keeps its header lines apart.
func TestWrappedHeadline(t *testing.T) {
	body := []string{"",
		"Mumbai: The council approved the budget on Tuesday after a debate that lasted six hours, the longest this year.", "",
		"The mayor said the money would go to schools, roads and the city's water supply over the next three years.", ""}
	titles := func(lines ...string) []string {
		var out []string
		for _, b := range classified(t, append(lines, body...)...).Blocks {
			if b.Reason == ReasonTitle {
				out = append(out, b.Text)
			}
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		lines []string
		want  []string
	}{
		{"wrapped", []string{"Home › India", "", "A bomb exploded outside the office", "of the governor general", "",
			"By Rahul Verma", "Published on: 03 July 2024 10:30 IST"},
			[]string{"A bomb exploded outside the office", "of the governor general"}},
		{"kicker", []string{"Home › India", "", "LIVE", "A bomb exploded outside the office of the governor general", "",
			"By Rahul Verma", "Published on: 03 July 2024 10:30 IST"},
			[]string{"A bomb exploded outside the office of the governor general"}},
		{"no headline", []string{"Kolkata"}, nil},
	} {
		if got := titles(tc.lines...); !slices.Equal(got, tc.want) {
			t.Errorf("%s: titles %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A live page's stamps glued to their entries are the body's, not the
// header's date lines: the short first entries stay in the body.
func TestEntryStampsInBody(t *testing.T) {
	d := classified(t, "Home › India", "", "Rains flood the old city", "",
		"By Rahul Verma", "Published on: 03 July 2024 09:15 IST", "",
		"Mumbai: Rains flooded the old city on Wednesday morning and shut its schools.", "",
		"Jul 03, 2024 11:40 IST", "The railway said two suburban lines would stay shut until the evening.", "",
		"Jul 03, 2024 10:55 IST", "The civic body opened six relief camps in schools across the eastern suburbs of the city.", "",
		"Jul 03, 2024 10:05 IST", "The weather office warned of more heavy rain over the next two days in the coastal districts, "+
			"and asked fishermen not to venture out to sea until Friday.", "",
		"© 2024 The Daily Chronicle")
	for _, b := range d.Blocks {
		if strings.HasPrefix(b.Text, "Mumbai:") && b.Role != pipeline.RoleBody {
			t.Errorf("first paragraph is %s/%s\n%s", b.Role, b.Reason, dump(d))
		}
	}
}

// The headline over the lead picture, apart from its caption by a blank
// line, is the title; a line glued to the caption is the picture's alt
// text.
func TestHeadlineOverCaption(t *testing.T) {
	body := []string{"By Rahul Verma", "Published on: 03 July 2024 10:30 IST", "",
		"Mumbai: The council approved the budget on Tuesday after a debate that lasted six hours, the longest this year.", "",
		"The mayor said the money would go to schools, roads and the city's water supply over the next three years.", ""}
	for _, tc := range []struct {
		name  string
		lines []string
		want  string
	}{
		{"apart", []string{"Home › India", "", "Council approves the city budget after a long debate", "",
			"The mayor at the meeting (Photo: IANS)", ""}, "Council approves the city budget after a long debate"},
		{"glued", []string{"Home › India", "", "Council approves the city budget after a long debate", "",
			"The mayor at the council meeting", "The mayor at the meeting on Tuesday (Photo: IANS)", ""},
			"Council approves the city budget after a long debate"},
	} {
		title := ""
		for _, b := range classified(t, append(tc.lines, body...)...).Blocks {
			if b.Reason == ReasonTitle {
				title = b.Text
			}
		}
		if title != tc.want {
			t.Errorf("%s: title %q, want %q", tc.name, title, tc.want)
		}
	}
}

// A player's position over its length and a one-word label over an
// agency's name are furniture lines; a sentence with a colon is not.
func TestPlayerLines(t *testing.T) {
	for _, c := range []struct {
		in           string
		player, cred bool
	}{
		{"00:00 / 02:45", true, false},
		{"0:00/1:02:10", true, false},
		{"१०:०० / १२:४५", true, false},
		{"Score 2:1 / 3:0 at half time", false, false},
		{"Video: PTI", false, true},
		{"Source: IANS", false, true},
		{"वीडियो: भाषा", false, true},
		{"Video : IANS", false, true}, // a space before the colon
		{"The minister said: PTI", false, false},
		{"Video: The minister speaks", false, false},
	} {
		if got := playerTime.MatchString(c.in); got != c.player {
			t.Errorf("playerTime(%q) = %v, want %v", c.in, got, c.player)
		}
		if got := labelAgency(c.in); got != c.cred {
			t.Errorf("labelAgency(%q) = %v, want %v", c.in, got, c.cred)
		}
	}
}

// A box of other stories' headlines glued under a furniture heading is
// no headline; a kicker glued over the headline leaves it one.
func TestBoxItemsNotTitle(t *testing.T) {
	body := []string{"", "By Rahul Verma", "Published on: 03 July 2024 10:30 IST", "",
		"Mumbai: The council approved the budget on Tuesday after a debate that lasted six hours, the longest this year.", "",
		"The mayor said the money would go to schools, roads and the city's water supply over the next three years.", ""}
	for _, tc := range []struct {
		name  string
		lines []string
		want  string
	}{
		{"box", []string{"Top Stories", "Television reports show white smoke coming from the plant",
			"The Iraq Study Group presented its report at 12.00 GMT today", "Water is spilling over the levee", "",
			"Home › India", "", "Budget passed"}, "Budget passed"},
		{"kicker", []string{"Home › India", "", "LIVE", "Council approves the city budget"}, "Council approves the city budget"},
	} {
		title := ""
		for _, b := range classified(t, append(tc.lines, body...)...).Blocks {
			if b.Reason == ReasonTitle {
				title = b.Text
			}
		}
		if title != tc.want {
			t.Errorf("%s: title %q, want %q", tc.name, title, tc.want)
		}
	}
}

// One paragraph after an "also read" link at the text's end, the last
// before the footer, is the article's last paragraph.
func TestParagraphAfterAlsoRead(t *testing.T) {
	page, err := os.ReadFile("../steps/testdata/scheduled90/eng_CP.txt")
	if err != nil {
		t.Fatal(err)
	}
	last := "It also had no authority to override tax laws and tariffs between states."
	d := classified(t, strings.Split(string(page), "\n")...)
	for _, b := range d.Blocks {
		if b.Text == last && b.Role != pipeline.RoleBody {
			t.Errorf("last paragraph is %s/%s\n%s", b.Role, b.Reason, dump(d))
		}
	}
}

// A column signed "— name" under its text, with no byline above, has
// its byline there; an agency after a dash or a dashed sentence is not.
// The signature is a byline whatever the scores make of it: the test runs
// with the embedded model and with the hand-set scores.
func TestDashSignature(t *testing.T) {
	head := []string{"Home › Opinion", "", "Council approves the city budget", "",
		"Published on: 03 July 2024 10:30 IST", "",
		"Mumbai: The council approved the budget on Tuesday after a debate that lasted six hours, the longest this year.", "",
		"The mayor said the money would go to schools, roads and the city's water supply over the next three years.", ""}
	for _, tc := range []struct {
		sig  string
		want bool
	}{
		{"— Rahul Verma", true},
		{"— अमित मिश्रा", true},
		{"— PTI", false},
		{"— The mayor spoke to reporters on Tuesday.", false},
	} {
		// The blocks: breadcrumb, title, date line, two paragraphs, the
		// signature, the rights line. "scored as text": the model's
		// probabilities put the signature in the body's segment.
		for _, c := range []struct {
			name  string
			model *DumpModel
			probs []float64
		}{
			{"embedded model", defaultDumpModel(), nil},
			{"hand-set scores", nil, nil},
			{"scored as text", defaultDumpModel(), []float64{0.01, 0.01, 0.01, 0.99, 0.99, 0.99, 0.01}},
		} {
			d := page(append(head, tc.sig, "", "© 2024 The Daily Chronicle")...)
			classifyProbs(d, c.model, c.probs, testNow)
			checkInvariants(t, d)
			got := false
			for _, b := range d.Blocks {
				if b.Text == tc.sig && b.Reason == ReasonByline {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("%s: %q byline = %v, want %v\n%s", c.name, tc.sig, got, tc.want, dump(d))
			}
		}
	}
}

// The line X's embed code writes under a post; a dated line or a column's
// signature is no post's.
func TestPostSignature(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"— ANI (@ANI) July 3, 2024", true},
		{"    — Digital Foundry (@digitalfoundry) November 18, 2019", true},
		{"— Press Trust of India (@PTI_News) July 3, 2024", true},
		{"— अमित मिश्रा", false},
		{"Published: July 3, 2024 10:30 IST", false},
		{"— ANI, July 3, 2024", false},
	}
	for _, tc := range tests {
		if got := postSignature.MatchString(tc.in); got != tc.want {
			t.Errorf("postSignature(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

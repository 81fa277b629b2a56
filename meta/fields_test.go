package meta

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/akhbar/akhbar/clean"
)

func TestSplitTitle(t *testing.T) {
	tests := []struct {
		name, in, site string
		body           *unicode.RangeTable
		title          string
		keywords       []string
	}{
		{"no separator", "Council approves budget after long debate", "", unicode.Latin, "Council approves budget after long debate", nil},
		{"seed: foreign-script SEO tail once",
			"अस्ताना में जयशंकर ने लावरोव से की मुलाकात - S Jaishankar Sergey Lavrov Meeting - S JAISHANKAR SERGEY LAVROV MEETING",
			"ETV Bharat", unicode.Devanagari,
			"अस्ताना में जयशंकर ने लावरोव से की मुलाकात", []string{"S Jaishankar Sergey Lavrov Meeting"}},
		{"site name dropped", "Council approves budget | City Paper", "City Paper", unicode.Latin, "Council approves budget", nil},
		{"site name in any case", "Council approves budget - CITY PAPER", "City Paper", unicode.Latin, "Council approves budget", nil},
		{"same-script tail is part of the title", "Budget row: council split - mayor defends plan", "", unicode.Latin, "Budget row: council split - mayor defends plan", nil},
		{"kannada title with english tail", "ಶಾಲೆಗಳಿಗೆ ಹೊಸ ಮಾರ್ಗಸೂಚಿ | Karnataka School Guidelines", "", unicode.Kannada,
			"ಶಾಲೆಗಳಿಗೆ ಹೊಸ ಮಾರ್ಗಸೂಚಿ", []string{"Karnataka School Guidelines"}},
		{"hindi title with hindi site", "नई शिक्षा नीति लागू – अमर उजाला", "अमर उजाला", unicode.Devanagari, "नई शिक्षा नीति लागू", nil},
		{"headline in another script than the body is left alone", "Budget News - बजट समाचार", "", unicode.Devanagari,
			"Budget News - बजट समाचार", nil},
		{"empty segments", "Title -  - Tail", "", unicode.Latin, "Title - Tail", nil},
		{"label in capitals before a bar", "EXCLUSIVE | Council approves budget", "", unicode.Latin, "Council approves budget", nil},
		{"label before an indic headline and its site", "VIDEO | नई शिक्षा नीति लागू | अमर उजाला", "अमर उजाला", unicode.Devanagari,
			"नई शिक्षा नीति लागू", nil},
		{"a headline in capitals before the site stays", "BUDGET PASSED | City Paper", "City Paper", unicode.Latin, "BUDGET PASSED", nil},
		{"a label before a dash stays", "EXCLUSIVE - Council approves budget", "", unicode.Latin, "EXCLUSIVE - Council approves budget", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title, kw := splitTitle(tt.in, tt.site, tt.body)
			if title != tt.title || !reflect.DeepEqual(kw, tt.keywords) {
				t.Errorf("splitTitle(%q) = %q, %q; want %q, %q", tt.in, title, kw, tt.title, tt.keywords)
			}
		})
	}
}

func TestDropKicker(t *testing.T) {
	tests := []struct{ in, want string }{
		{"S Jaishankar Sergey Lavrov Meeting in Astana: विदेश मंत्री एस जयशंकर अस्ताना में हैं.", "विदेश मंत्री एस जयशंकर अस्ताना में हैं."},
		{"Budget 2024: the council approved the plan.", "Budget 2024: the council approved the plan."},
		{"बजट: परिषद ने योजना को मंजूरी दी.", "बजट: परिषद ने योजना को मंजूरी दी."},
		{"Karnataka: ಶಾಲೆಗಳಿಗೆ ಹೊಸ ಮಾರ್ಗಸೂಚಿ", "ಶಾಲೆಗಳಿಗೆ ಹೊಸ ಮಾರ್ಗಸೂಚಿ"},
		{"no colon here", "no colon here"},
		{"Trailing colon: ", "Trailing colon: "},
		{"12:30 बजे", "12:30 बजे"},
	}
	for _, tt := range tests {
		if got := dropKicker(tt.in); got != tt.want {
			t.Errorf("dropKicker(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSplitCredit(t *testing.T) {
	tests := []struct{ in, caption, credit string }{
		{"एस जयशंकर - सर्गेई लावरोव (@DrSJaishankar)", "एस जयशंकर - सर्गेई लावरोव", "@DrSJaishankar"},
		{"The mayor at the council meeting (Photo: PTI)", "The mayor at the council meeting", "Photo: PTI"},
		{"Flood waters in the city (File photo)", "Flood waters in the city", "File photo"},
		{"Protesters outside parliament (Getty Images)", "Protesters outside parliament", "Getty Images"},
		{"The council chamber. Photo: Jane Doe", "The council chamber", "Jane Doe"},
		{"Trump asked voters to turn out.Credit...Doug Mills/The New York Times", "Trump asked voters to turn out", "Doug Mills/The New York Times"},
		{"मुख्यमंत्री सभा को संबोधित करते हुए. फोटो: ANI", "मुख्यमंत्री सभा को संबोधित करते हुए", "ANI"},
		{"ಸಭೆಯಲ್ಲಿ ಸಚಿವರು ಚಿತ್ರ: ಪ್ರಜಾವಾಣಿ", "ಸಭೆಯಲ್ಲಿ ಸಚಿವರು", "ಪ್ರಜಾವಾಣಿ"},
		{"Flood waters in the city [Photo: PTI]", "Flood waters in the city", "Photo: PTI"},
		{"मुख्यमंत्री सभा में [फोटो: वार्ता]", "मुख्यमंत्री सभा में", "फोटो: वार्ता"},
		{"The mayor with the governor [2019]", "The mayor with the governor [2019]", ""},
		{"The mayor (right) with the governor", "The mayor (right) with the governor", ""},
		{"The mayor with the governor (2019)", "The mayor with the governor (2019)", ""},
		{"Council meeting Council meeting", "Council meeting", ""},
		// A text browser's alt text over the caption, joined by wrapping.
		{"मुख्यमंत्री सभा में मुख्यमंत्री सभा में (फोटो: वार्ता)", "मुख्यमंत्री सभा में", "फोटो: वार्ता"},
		{"Flood waters in the city Flood waters in the city (Photo: PTI)", "Flood waters in the city", "Photo: PTI"},
		{"Night night (Photo: PTI)", "Night night", "Photo: PTI"},
		{"एस जयशंकर - सर्गेई लावरोवएस जयशंकर - सर्गेई लावरोव", "एस जयशंकर - सर्गेई लावरोव", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		c, cr := splitCredit(tt.in)
		if c != tt.caption || cr != tt.credit {
			t.Errorf("splitCredit(%q) = %q, %q; want %q, %q", tt.in, c, cr, tt.caption, tt.credit)
		}
	}
}

func TestAuthors(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"By ETV Bharat Hindi Team", []string{"ETV Bharat Hindi Team"}},
		{"By Jane Doe and John Smith", []string{"Jane Doe", "John Smith"}},
		{"BY JANE DOE, JOHN SMITH & ANA LIMA", []string{"JANE DOE", "JOHN SMITH", "ANA LIMA"}},
		{"Written by Jane Doe | Updated: Jul 3, 2024", []string{"Jane Doe"}},
		{"By Jane Doe @janedoe", []string{"Jane Doe"}},
		{"Catherine Shu / 2 days", []string{"Catherine Shu"}},
		{"By Jane Doe, Jane Doe", []string{"Jane Doe"}},
		{"— Jane Doe", []string{"Jane Doe"}},
		{"By JANE DOE |", []string{"JANE DOE"}},
		{"लेखक: राजेश कुमार", []string{"राजेश कुमार"}},
		{"रिपोर्ट: सुनील शर्मा और अनीता सिंह", []string{"सुनील शर्मा", "अनीता सिंह"}},
		{"संवाददाता - अमित पाठक", []string{"अमित पाठक"}},
		{"ವರದಿ: ರಮೇಶ್ ಕುಮಾರ್ ಮತ್ತು ಸುಮಾ ಎಸ್", []string{"ರಮೇಶ್ ಕುಮಾರ್", "ಸುಮಾ ಎಸ್"}},
		{"Von Anna Müller und Peter Schmidt", []string{"Anna Müller", "Peter Schmidt"}},
		// The bullet operator Malayalam sites part header items with.
		{"റിപ്പോർട്ട്: ജോസ് മാത്യു ∙ Published: July 03, 2024 10:30 AM IST", []string{"ജോസ് മാത്യു"}},
		{"By Jane Doe ∙ 3 min read", []string{"Jane Doe"}},
		// The place a reporter files from, in brackets after the name.
		{"रिपोर्ट: सुनील शर्मा (कानपुर)", []string{"सुनील शर्मा"}},
		{"By Jane Doe (New Delhi) and John Smith (Mumbai)", []string{"Jane Doe", "John Smith"}},
		// A date whose month or weekday comes before its figures ends
		// the names there, with the word that introduces it.
		{"By  Jane Doe  August 01, 2010   7 comments", []string{"Jane Doe"}},
		{"By Jane Doe Wednesday, 3 July 2024", []string{"Jane Doe"}},
		{"Posted by Jane Doe on Jul 11, 2014 in News | 0 comments", []string{"Jane Doe"}},
		{"By Jane Doe on", []string{"Jane Doe"}},
		{"लेखक: राजेश कुमार जुलाई 3, 2024", []string{"राजेश कुमार"}},
		// A month's name alone is no date: the name keeps it.
		{"By April Jones", []string{"April Jones"}},
	}
	for _, tt := range tests {
		if got := authors(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("authors(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDateline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"नई दिल्ली: विदेश मंत्री एस जयशंकर ने बुधवार को बातचीत की.", "नई दिल्ली"},
		{"नई दिल्ली। विदेश मंत्री ने बुधवार को बातचीत की.", "नई दिल्ली"},
		{"WASHINGTON (AP) — The Senate voted on Tuesday to pass the bill.", "WASHINGTON"},
		{"NEW DELHI: The government on Wednesday issued new rules.", "NEW DELHI"},
		{"Mumbai, Jul 3 (PTI): Shares rose on Wednesday.", "Mumbai"},
		{"LONDON, July 3 (Reuters) - Oil prices rose on Wednesday.", "LONDON"},
		{"ಬಾಗಲಕೋಟೆ: ಜಿಲ್ಲೆಯಲ್ಲಿ ಭಾರಿ ಮಳೆಯಾಗಿದೆ.", "ಬಾಗಲಕೋಟೆ"},
		// Malayalam's older chillus end in a zero-width joiner: a part of
		// the place's letters.
		{"കണ്ണൂര്\u200d: ജില്ലയില്\u200d കനത്ത മഴ തുടരുന്നു.", "കണ്ണൂര്\u200d"},
		{"ലേഖകന്\u200d, കൊച്ചി: നഗരത്തില്\u200d കനത്ത മഴ തുടരുന്നു.", "കൊച്ചി"},
		{"Rio de Janeiro — Thousands marched on Sunday.", "Rio de Janeiro"},
		{"New York -- The markets fell.", "New York"},
		{"Port of Spain: Rain fell.", "Port of Spain"},
		// The desk's credit before the place.
		{"Staff Reporter, Shillong: Rain fell.", "Shillong"},
		{"संवाददाता, पटना: बारिश हुई.", "पटना"},
		{"নিজস্ব সংবাদদাতা, কলকাতা: বৃষ্টি হয়েছে।", "কলকাতা"},
		{"Special Correspondent: the report.", ""},
		{"ಮಂಗಳೂರು :- ಭಾರಿ ಮಳೆಯಾಗಿದೆ.", "ಮಂಗಳೂರು"},
		{"Shillong:- Rain fell.", "Shillong"},
		// Ordinary sentences with a colon or dash are not datelines.
		{"Trump asked voters: do you feel better off than four years ago?", ""},
		{"The minister said: we will act.", ""},
		{"Here is what we know — and what we do not.", ""},
		{"He said - and then left.", ""},
		{"The council approved the budget on Tuesday.", ""},
		{"Asked about the budget, the mayor said: no comment.", ""},
		{"", ""},
		{"2024: a year of elections", ""},
		// A desk's credit is no place; a place after it is.
		{"ಸುದ್ದಿ ಡೆಸ್ಕ್: ಭಾರಿ ಮಳೆಯಾಗಿದೆ.", ""},
		{"वेब डेस्क: विदेश मंत्री ने बातचीत की.", ""},
		{"News Desk: The government issued new rules.", ""},
		{"वेब डेस्क, पटना: बारिश हुई.", "पटना"},
		{"पटना ब्यूरो: बारिश हुई.", ""},
		{"PTI, New Delhi: The government issued new rules.", "New Delhi"},
		{"आईएएनएस, नई दिल्ली: सरकार ने नियम जारी किए।", "नई दिल्ली"},
		{"IANS: The government issued new rules.", ""},
		// A date's label is no place.
		{"ದಿನಾಂಕ: 03.07.2024 ರಂದು ಸಭೆ ನಡೆಯಿತು", ""},
		{"दिनांक: 3 जुलाई 2024 को बैठक हुई।", ""},
		{"Updated: July 3, 2024 10:30 IST", ""},
	}
	for _, tt := range tests {
		if got := dateline(tt.in); got != tt.want {
			t.Errorf("dateline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBreadcrumb(t *testing.T) {
	tests := []struct{ in, site, section string }{
		{"ETV Bharat / international", "ETV Bharat", "international"},
		{"Home / News / World", "", "World"},
		{"होम > राज्य > उत्तर प्रदेश", "", "उत्तर प्रदेश"},
		{"ಮುಖಪುಟ » ರಾಜ್ಯ", "", "ರಾಜ್ಯ"},
		{"City Paper › Politics › Budget", "City Paper", "Budget"},
		{"no trail here", "", ""},
		{"You are here: Home › News › Guwahati", "", "Guwahati"},
		{"आप यहां हैं : होम › देश", "", "देश"},
	}
	for _, tt := range tests {
		site, section := breadcrumb(tt.in)
		if site != tt.site || section != tt.section {
			t.Errorf("breadcrumb(%q) = %q, %q; want %q, %q", tt.in, site, section, tt.site, tt.section)
		}
	}
}

func TestTitleFromBody(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The council approved a budget. It took six hours.", "The council approved a budget"},
		{"परिषद ने बजट को मंजूरी दी। इसमें छह घंटे लगे।", "परिषद ने बजट को मंजूरी दी"},
		{"The council approved a budget", "The council approved a budget"},
		{"Sales rose 3.5 percent at example.com. Costs fell.", "Sales rose 3.5 percent at example.com"},
		{"ಮಾಜಿ ಪ್ರಧಾನಿ ಹೆಚ್.ಡಿ.ದೇವೇಗೌಡ ಅವರು ಸುಳಿವು ನೀಡಿದ್ದಾರೆ. ಹಾಗಾದ್ರೆ", "ಮಾಜಿ ಪ್ರಧಾನಿ ಹೆಚ್.ಡಿ.ದೇವೇಗೌಡ ಅವರು ಸುಳಿವು ನೀಡಿದ್ದಾರೆ"},
		{"Is it over?\tYes.", "Is it over"},
		{"Is it over?| Yes. No.", "Is it over"},
		{"It is over!! Yes.", "It is over"},
		{"It is over.” Yes.", "It is over"},
		{"It is over..", "It is over"},
		{"one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen",
			"one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen …"},
	}
	for _, tt := range tests {
		if got := titleFromBody(tt.in); got != tt.want {
			t.Errorf("titleFromBody(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// splitCreditReference is splitCredit without the checks that skip the
// regexps: both regexps always run.
func splitCreditReference(s string) (caption, credit string) {
	caption, credit = splitCreditReferenceOnce(s)
	if credit != "" {
		caption = firstHalfIfDoubled(caption)
	}
	return caption, credit
}

func splitCreditReferenceOnce(s string) (caption, credit string) {
	s = firstHalfIfDoubled(s)
	if a := clean.DashAgency(s); a != "" {
		return "", a
	}
	if m := creditParen.FindStringSubmatchIndex(s); m != nil {
		in := s[m[2]:m[3]]
		if looksCredit(in) {
			return strings.TrimSpace(s[:m[0]]), strings.TrimSpace(in)
		}
	}
	if m := creditSquare.FindStringSubmatchIndex(s); m != nil {
		if in := s[m[2]:m[3]]; looksCredit(in) {
			return strings.TrimSpace(s[:m[0]]), strings.TrimSpace(in)
		}
	}
	if m := creditSuffix.FindStringSubmatchIndex(s); m != nil {
		return strings.TrimSpace(strings.TrimRight(s[:m[0]], creditTrim)), strings.TrimSpace(s[m[2]:m[3]])
	}
	return agencyAfterDash(s)
}

// creditPieces build the captions of TestSplitCreditMatchesReference:
// labels in several scripts, every punctuation the regexps look for, and
// the spaces \s does and does not cover.
var creditPieces = []string{"Photo", "photo", "PHOTO", "Credit", "credit", "फोटो", "ফটো", "ಚಿತ್ರ", "तस्वीर", "Image", "File",
	"PTI", "ANI", "Reuters", "Getty Images", "@handle", "A man walks", "नई दिल्ली", ":", "：", ".", "..", "-", "–", "—", "(", ")",
	"()", "[", "]", "[Photo: PTI]", " ", "  ", "\t", "\n", "\r", "\f", "\v", "\u00a0", "x", "1", "|", ",", "Photo: AP", "(Photo: ANI)", "(file photo)",
	"CREDIT", "Credits", "cReDiTs.", "Photo credit.", "creditſ", "\u212a", "İ", "ı", "cred", "it"}

func TestSplitCreditMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for range 30000 {
		var b strings.Builder
		for range rng.IntN(7) {
			b.WriteString(creditPieces[rng.IntN(len(creditPieces))])
			if rng.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		c, cr := splitCredit(s)
		wc, wcr := splitCreditReference(s)
		if c != wc || cr != wcr {
			t.Fatalf("splitCredit(%q) = %q, %q; reference %q, %q", s, c, cr, wc, wcr)
		}
	}
}

func FuzzSplitCredit(f *testing.F) {
	for _, p := range creditPieces {
		f.Add(p)
	}
	f.Add("A man walks (Photo: ANI) ")
	f.Add("Caption text Photo: Reuters")
	f.Fuzz(func(t *testing.T, s string) {
		c, cr := splitCredit(s)
		wc, wcr := splitCreditReference(s)
		if c != wc || cr != wcr {
			t.Fatalf("splitCredit(%q) = %q, %q; reference %q, %q", s, c, cr, wc, wcr)
		}
	})
}

// The stand-in title is the text's first words, whatever the text: never
// more than 16 of them, each a word of the text's first line.
func FuzzTitleFromBody(f *testing.F) {
	f.Add("The council approved a budget. It took six hours.")
	f.Add("ಮಾಜಿ ಪ್ರಧಾನಿ ಹೆಚ್.ಡಿ.ದೇವೇಗೌಡ ಅವರು. ಹಾಗಾದ್ರೆ")
	f.Add("Is it over?| Yes.")
	f.Add("\xff.\xfe!")
	f.Fuzz(func(t *testing.T, s string) {
		got := titleFromBody(s)
		line, _, _ := strings.Cut(s, "\n")
		words := strings.Fields(got)
		if len(words) > 17 || len(words) == 17 && words[16] != "…" {
			t.Fatalf("titleFromBody(%q) = %q: more than 16 words", s, got)
		}
		rest := line
		for k, w := range words {
			if k == 16 {
				break
			}
			i := strings.Index(rest, w)
			if i < 0 {
				t.Fatalf("titleFromBody(%q) = %q: %q is not the first line's next word", s, got, w)
			}
			rest = rest[i+len(w):]
		}
	})
}

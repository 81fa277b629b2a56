package meta

import (
	"reflect"
	"testing"
)

// TestTailInCopyright: the part of a headline after a separator that the
// copyright line names is the site's name.
func TestTailInCopyright(t *testing.T) {
	for _, c := range []struct{ title, copyright, want string }{
		{"बाढ़ से हालात बिगड़े :: दैनिक प्रहरी", "कॉपीराइट © 2024-25 दैनिक प्रहरी", "दैनिक प्रहरी"},
		{"Floods worsen | The Daily Chronicle | Latest News", "© Copyright The Daily Chronicle 2024.", "The Daily Chronicle"},
		{"Floods worsen - Assam", "© 2024 The Daily Chronicle", ""},
		{"Floods worsen", "© 2024 The Daily Chronicle", ""},
		{"Floods worsen | Daily", "", ""},
	} {
		if got := tailInCopyright(c.title, c.copyright); got != c.want {
			t.Errorf("tailInCopyright(%q, %q) = %q, want %q", c.title, c.copyright, got, c.want)
		}
	}
}

// TestDropPlaces: a byline's name that is the story's place goes; one
// name always stays.
func TestDropPlaces(t *testing.T) {
	for _, c := range []struct {
		in, want []string
		places   []string
	}{
		{[]string{"अमित मिश्रा", "लखनऊ"}, []string{"अमित मिश्रा"}, []string{"लखनऊ", ""}},
		{[]string{"Rahul Verma", "Priya Nair"}, []string{"Rahul Verma", "Priya Nair"}, []string{"Mumbai"}},
		{[]string{"Mumbai"}, []string{"Mumbai"}, []string{"Mumbai"}},
		{[]string{"अमित मिश्रा", "वार्ता"}, []string{"अमित मिश्रा", "वार्ता"}, []string{"लखनऊ"}},
		// Reporters paired with the places they file from: the story's
		// place after the first name marks every second part a place.
		{[]string{"अमित मिश्रा", "लखनऊ", "नेहा सिंह", "नई दिल्ली"}, []string{"अमित मिश्रा", "नेहा सिंह"}, []string{"लखनऊ"}},
		{[]string{"Rahul Verma", "Priya Nair", "Anil Rao", "Mumbai"}, []string{"Rahul Verma", "Priya Nair", "Anil Rao"},
			[]string{"Mumbai"}},
	} {
		if got := dropPlaces(c.in, c.places...); !reflect.DeepEqual(got, c.want) {
			t.Errorf("dropPlaces(%q, %q) = %q, want %q", c.in, c.places, got, c.want)
		}
	}
}

// TestDropAgencies: an agency named after a writer is the wire's credit,
// in any script; named alone or first it stays the byline.
func TestDropAgencies(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"Rahul Verma", "PTI"}, []string{"Rahul Verma"}},
		{[]string{"ಸುರೇಶ್ ಗೌಡ", "ಪಿಟಿಐ"}, []string{"ಸುರೇಶ್ ಗೌಡ"}},
		{[]string{"محمد عارف", "پی ٹی آئی"}, []string{"محمد عارف"}},
		{[]string{"Rahul Verma", "Priya Nair"}, []string{"Rahul Verma", "Priya Nair"}},
		{[]string{"PTI"}, []string{"PTI"}},
		{[]string{"PTI", "Rahul Verma"}, []string{"PTI", "Rahul Verma"}},
	} {
		if got := dropAgencies(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("dropAgencies(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestAuthorsRoleAndColonLabel: the job after a name and an HTML-only
// label with a colon are not names.
func TestAuthorsRoleAndColonLabel(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Rahul Verma, Special Correspondent", []string{"Rahul Verma"}},
		{"सुनील कुमार, संवाददाता", []string{"सुनील कुमार"}},
		{"द्वारा: अमित मिश्रा | लखनऊ", []string{"अमित मिश्रा"}},
		{"By Rahul Verma and Priya Nair", []string{"Rahul Verma", "Priya Nair"}},
		{"रिपोर्ट: अमित मिश्रा (वार्ता)", []string{"अमित मिश्रा"}},
		// The desk or place a reporter files from, in brackets, is no
		// part of the name, as the agency is not.
		{"By Rahul Verma (Mumbai Bureau)", []string{"Rahul Verma"}},
		// An agency after the last comma is the wire, as in brackets;
		// after a slash, or alone, it is kept (the kit's gold: "AFP/The
		// Local").
		{"By Anjali Rao, PTI", []string{"Anjali Rao"}},
		{"लेखक: सुनील कुमार، भाषा", []string{"सुनील कुमार"}},
		{"By AFP/The Local", []string{"AFP", "The Local"}},
		{"PTI, IANS", []string{"PTI", "IANS"}},
		{"By Rahul Verma in Mumbai and Priya Nair in New Delhi", []string{"Rahul Verma", "Priya Nair"}},
	} {
		if got := authors(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("authors(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSplitCreditForms: "Image Credit:", an agency after a long dash, an
// agency alone in brackets.
func TestSplitCreditForms(t *testing.T) {
	for _, c := range []struct{ in, caption, credit string }{
		{"They ran from the crash site - Image Credit: IANS", "They ran from the crash site", "IANS"},
		{"Flood waters rise in Guwahati — PTI", "Flood waters rise in Guwahati", "PTI"},
		{"मुख्यमंत्री ने दौरा किया (भाषा)", "मुख्यमंत्री ने दौरा किया", "भाषा"},
		{"காவிரியில் வெள்ளம் — புகைப்படம்: பிடிஐ", "காவிரியில் வெள்ளம்", "பிடிஐ"},
		{"Workers inspect the old bridge / PTI", "Workers inspect the old bridge", "PTI"},
		{"Noah Berger / AP", "Noah Berger / AP", ""},
		{"— PTI", "", "PTI"},
		{"– भाषा", "", "भाषा"},
		{"— and then the rain came", "— and then the rain came", ""},
	} {
		caption, credit := splitCredit(c.in)
		if caption != c.caption || credit != c.credit {
			t.Errorf("splitCredit(%q) = %q, %q; want %q, %q", c.in, caption, credit, c.caption, c.credit)
		}
	}
}

// TestIsRelatedHead: a related list's heading is known by its cue; a
// headline of five words or more is a link however short in letters.
func TestIsRelatedHead(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"संबंधित खबरें", true},
		{"Related News", true},
		{"अपघात झाला तिथून ते सर्व पळून आले", false},
		{"Live TV Videos Photos", true},
		{"Who will make the Rock Hall?", false},
		// Three or four words of a caseless script with no menu word
		// are a short headline; in a script with case, a footer's link.
		{"पणजेंत नवो रस्तो उगतो", false},
		{"होम देश वीडियो", true},
		{"Contact the newsroom", true},
		{"Sports Cricket Tennis", true},
	} {
		if got := isRelatedHead(c.in); got != c.want {
			t.Errorf("isRelatedHead(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestRelatedTitle: a numbered list's count is not part of the headline.
func TestRelatedTitle(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"1. Floods hit Dhubri again", "Floods hit Dhubri again"},
		{"2) ಮಳೆ ಮುಂದುವರಿಕೆ", "ಮಳೆ ಮುಂದುವರಿಕೆ"},
		{"৩. বন্যা পরিস্থিতি", "বন্যা পরিস্থিতি"},
		{"► ಮಳೆ ಮುಂದುವರಿಕೆ", "ಮಳೆ ಮುಂದುವರಿಕೆ"},
		{"» Floods hit Dhubri again", "Floods hit Dhubri again"},
		{"'Not now' says minister", "'Not now' says minister"},
		{"2024 in review", "2024 in review"},
		{"3.5 million voters", "3.5 million voters"},
	} {
		if got := relatedTitle(c.in); got != c.want {
			t.Errorf("relatedTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestNameBeforeBar: an unlabelled name opens a date line; a weekday, a
// label, the site, section or dateline does not count as one.
func TestNameBeforeBar(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Anjali Rao | Guwahati | Published: 5 March 2024, 09:10 IST", "Anjali Rao"},
		{"सुनील कुमार | पटना | प्रकाशित: 5 मार्च 2024", "सुनील कुमार"},
		{"Tuesday | 5 March 2024", ""},
		{"Updated | 5 March 2024", ""},
		{"Guwahati | 5 March 2024", ""},
		{"Published: 5 March 2024 | 09:10 IST", ""},
		{"Anjali Rao | Guwahati", ""},
		{"A Very Long Line Of Five Words | 5 March", ""},
	} {
		if got := nameBeforeBar(c.in, "Daily Site", "", "Guwahati"); got != c.want {
			t.Errorf("nameBeforeBar(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestBareName: a line that is a name and nothing else.
func TestBareName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Anjali Rao", "Anjali Rao"},
		{"ಮಹಮ್ಮದ್ ನೂಮಾನ್", "ಮಹಮ್ಮದ್ ನೂಮಾನ್"},
		{"Guwahati", ""},
		{"Daily Site", ""},
		{"updated two hours ago", ""},
		{"Anjali Rao: the interview", ""},
		{"Tuesday", ""},
	} {
		if got := bareName(c.in, "Daily Site", "", "Guwahati"); got != c.want {
			t.Errorf("bareName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestNameBeforeDate: a theme's meta line opens with the name, then a
// separator or, after the date, a comment count.
func TestNameBeforeDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Chris Davies - Nov 19, 2019, 8:15 pm CST", "Chris Davies"},
		{"Team Desk, Oct 23, 2018, 11:28 AM IST", "Team Desk"},
		{"ಸುರೇಶ್ ಗೌಡ   July 3, 2024   10:30 AM   No Comments", "ಸುರೇಶ್ ಗೌಡ"},
		{"Opening Bell 11.18.19", ""},
		{"Brent Co November 20, 2019 12:32", ""},
		{"— Jane Doe (@jane) February 20, 2019", ""},
		{"Guwahati, 3 July 2024", ""},
		{"Tuesday, 3 July 2024", ""},
		{"3 July 2024, 10:30 IST", ""},
	} {
		if got := nameBeforeDate(c.in, testNow, "Daily Site", "", "Guwahati"); got != c.want {
			t.Errorf("nameBeforeDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestNameBeforeDesk: "name / desk" or "name | job" where the desk is the
// site, a phrase of its copyright line or a desk's or job's word.
func TestNameBeforeDesk(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Anjali Rao / Daily Site", "Anjali Rao"},
		{"Anjali Rao / The Chronicle", "Anjali Rao"},
		{"ರಾಜೇಶ್ ರೈ / ವಿಜಯವಾಣಿ ಸುದ್ದಿಜಾಲ", "ರಾಜೇಶ್ ರೈ"},
		{"सुनील कुमार / डिजिटल डेस्क", "सुनील कुमार"},
		{"Anjali Rao / Web Desk", "Anjali Rao"},
		{"India / Politics", ""},
		{"Anjali Rao / Politics", ""},
		{"Home / Daily Site", ""},
		{"Anjali / Daily Site", ""},
		// A job after a bar, a word or a phrase of the table's.
		{"सुनील कुमार | संवाददाता", "सुनील कुमार"},
		{"محمد عارف | نامہ نگار", "محمد عارف"},
		{"Anjali Rao | Politics", ""},
		{"India | Politics", ""},
	} {
		if got := nameBeforeDesk(c.in, "Daily Site", "© 2024 The Chronicle. All rights reserved", "", "Guwahati"); got != c.want {
			t.Errorf("nameBeforeDesk(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

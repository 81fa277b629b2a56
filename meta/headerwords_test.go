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
	} {
		if got := dropPlaces(c.in, c.places...); !reflect.DeepEqual(got, c.want) {
			t.Errorf("dropPlaces(%q, %q) = %q, want %q", c.in, c.places, got, c.want)
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
		{"By Rahul Verma (Mumbai Bureau)", []string{"Rahul Verma (Mumbai Bureau)"}},
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
	} {
		if got := isRelatedHead(c.in); got != c.want {
			t.Errorf("isRelatedHead(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

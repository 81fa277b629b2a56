package clean

import (
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// TestRoleByline: "name, role" is a byline when the role is a job of the
// table; a place or a longer clause after the comma is not.
func TestRoleByline(t *testing.T) {
	for _, c := range []struct {
		in, name string
		ok       bool
	}{
		{"Rahul Verma, Special Correspondent", "Rahul Verma", true},
		{"सुनील कुमार, संवाददाता", "सुनील कुमार", true},
		{"সুমন দাস, নিজস্ব সংবাদদাতা", "সুমন দাস", true},
		{"محمد عارف، نامہ نگار", "محمد عارف", true},
		{"Rahul Verma, New Delhi", "", false},
		{"In 2019, Special Correspondent", "", false},
		{"The minister, who spoke to reporters on Tuesday and Wednesday, Special Correspondent", "", false},
		{"Special Correspondent", "", false},
	} {
		name, ok := roleByline(c.in)
		if ok != c.ok || name != c.name {
			t.Errorf("roleByline(%q) = %q, %v; want %q, %v", c.in, name, ok, c.name, c.ok)
		}
	}
}

// TestHeadline: a headline has no full stop at its end; a question or
// exclamation may end it, and a short one may hold two sentences.
func TestHeadline(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"यह भी पढ़ें ब्रिटेन आम चुनाव में लेबर पार्टी आगे", true},
		{"Will the monsoon arrive early this year?", true},
		{"Bengaluru to get three days of rain!", true},
		{"US stock futures were last trading slightly positive.", false},
		{"a free workshop now. Pick your topic below.", false},
		{"one", false},
	} {
		if got := headline(c.in, measure(c.in)); got != c.want {
			t.Errorf("headline(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestAgencyCaption: a caption may end in its agency after a long dash;
// a headline ending in the site's own name (named by the copyright line)
// is no caption, nor is a hyphen tail.
func TestAgencyCaption(t *testing.T) {
	doc := func(lines ...string) *doc {
		var bs []pipeline.Block
		for _, l := range lines {
			bs = append(bs, pipeline.Block{Text: l})
		}
		d := newDoc(bs, testNow)
		d.markFurniture()
		return d
	}
	d := doc("Flood waters rise in Guwahati — PTI", "Copyright © 2024 Daily News")
	if !d.headerCredit(0) {
		t.Error("caption '… — PTI' not taken for a credit")
	}
	d = doc("Markets fall on rate fears – Reuters", "© 2024 Reuters. All rights reserved.")
	if d.headerCredit(0) {
		t.Error("headline '… – Reuters' on Reuters' own page taken for a caption")
	}
	d = doc("Flood waters rise in Guwahati | IANS", "Copyright © 2024 Daily News")
	if !d.headerCredit(0) {
		t.Error("caption '… | IANS' not taken for a credit")
	}
	d = doc("Markets fall on rate fears | Reuters", "© 2024 Reuters. All rights reserved.")
	if d.headerCredit(0) {
		t.Error("headline '… | Reuters' on Reuters' own page taken for a caption")
	}
	d = doc("Alex Wong | Getty Images")
	if d.headerCredit(0) {
		t.Error("a photographer's credit line taken for a caption with its credit")
	}
	d = doc("Markets fall on rate fears - Reuters")
	if d.headerCredit(0) {
		t.Error("hyphen tail taken for a credit")
	}
	d = doc("मुख्यमंत्री ने बाढ़ प्रभावित इलाकों का दौरा किया (भाषा)")
	if !d.headerCredit(0) {
		t.Error("agency in brackets not taken for a credit")
	}
}

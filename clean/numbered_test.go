package clean

import (
	"fmt"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

func TestLeadingNumber(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"1 Kyle Busch 5040 5 1 17 27", 1},
		{"12) Roger Waters – The Wall (DVD)", 12},
		{"3. Step three", 3},
		{"10a etapa: 21 de outubro – Tarumã", 10},
		{"4º lugar", 4},
		{"2024 was a year", -1}, // four digits: a year, not a count
		{"12345 items", -1},
		{"1,000 people", -1},
		{"3rd place", -1},
		{"7", -1},
		{"Kyle Busch 1", -1},
		{"", -1},
	}
	for _, tc := range tests {
		if got := leadingNumber(tc.in); got != tc.want {
			t.Errorf("leadingNumber(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// A ranking under an article's header is its body, though every line is
// short; a menu of the same length beside it is not.
func TestClassifyNumberedRun(t *testing.T) {
	lines := []string{"Home", "News", "Sport", "Motor racing", "Contact", "",
		"Championship standings", "", "Monday, 22 January 2018 0:13", ""}
	for i := 1; i <= 12; i++ {
		lines = append(lines, fmt.Sprintf("%d Driver Number%c %d points %d wins", i, 'A'+i, 5000-100*i, 12-i))
	}
	lines = append(lines, "",
		"Read more: the editor's column on this season, with the teams' plans for next year and a look at the new rules.",
		"", "Privacy", "About us", "Jobs")
	d := classified(t, lines...)
	body := 0
	for _, b := range d.Blocks {
		if strings.Contains(b.Text, "Driver") && b.Role == pipeline.RoleBody {
			body++
		}
		if (b.Text == "Sport" || b.Text == "Privacy") && b.Role == pipeline.RoleBody {
			t.Errorf("menu line %q is body\n%s", b.Text, dump(d))
		}
	}
	if body != 12 {
		t.Errorf("%d of 12 ranking lines are body\n%s", body, dump(d))
	}
}

// Four numbered lines are not a run: a short "most read" box stays out.
func TestClassifyShortNumberedBox(t *testing.T) {
	article := strings.Repeat("The council approved the budget after a long debate on Monday, and the mayor promised new teachers. ", 3)
	d := classified(t, "Home", "", "Budget approved", "", article, "", article+" More.", "", "Most read",
		"1 Budget approved", "2 Mayor resigns", "3 Bridge closed", "4 Teachers strike", "", "Privacy")
	for _, b := range d.Blocks {
		if strings.HasPrefix(b.Text, "3 ") && b.Role == pipeline.RoleBody {
			t.Errorf("most-read line %q is body\n%s", b.Text, dump(d))
		}
	}
}

// The paragraphs between the header's date and the article's pictures
// open the article, however much the gallery between costs.
func TestClassifyLeadAbovePictures(t *testing.T) {
	para := func(s string) string {
		return s + " The officials said the patient was stable and that the risk of spread was low for now."
	}
	var lines []string
	lines = append(lines, "Home", "News", "", "Hunter falls ill after eating rabbit", "", "18 Nov 2019, 19:09", "",
		para("A HUNTER who ate a wild rabbit has fallen ill."), "", para("He is the third case this year."), "",
		"[hospital]", "6", "The hospital where the patients are treated. Credit: Agency", "[rabbit]", "6",
		"The rabbit was caught in the hills. Credit: Agency", "")
	for i := range 6 {
		lines = append(lines, para(fmt.Sprintf("Paragraph %d of the story goes on with the details of the case.", i+1)), "")
	}
	lines = append(lines, "Privacy", "Contact")
	d := page(lines...)
	for i, b := range d.Blocks {
		if strings.HasPrefix(b.Text, "[") { // as package extract marks "[alt]" lines
			d.Blocks[i].Tag = "img"
		}
	}
	ClassifyAt(d, testNow)
	checkInvariants(t, d)
	for _, b := range d.Blocks {
		if strings.HasPrefix(b.Text, "A HUNTER") || strings.HasPrefix(b.Text, "He is the third") {
			if b.Role != pipeline.RoleBody {
				t.Errorf("lead paragraph %q is %s/%s\n%s", b.Text, b.Role, b.Reason, dump(d))
			}
		}
	}
}

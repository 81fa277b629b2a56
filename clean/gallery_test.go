package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/lexicon"
)

func TestGalleryCounter(t *testing.T) {
	for _, c := range []struct {
		in   string
		n, m int
	}{
		{"2 / 3", 2, 3},
		{"1/5", 1, 5},
		{" ১ / ৩ ", 1, 3},
		{"꯲ / ꯳", 2, 3},
		{"12 / 13", 12, 13},
		{"4 / 3", 0, 0},
		{"0 / 3", 0, 0},
		{"1 / 300", 0, 0},
		{"1 / 2 / 3", 0, 0},
		{"24/7", 0, 0},
		{"a / b", 0, 0},
		{"1 of 3", 1, 3},
		{"Photo 2 of 3", 2, 3},
		{"Image 12 of 13", 12, 13},
		{"Page 1 of 3", 0, 0},
		{"one of 3", 0, 0},
		{"2 of 3 people", 0, 0},
	} {
		if n, m := galleryCounter(c.in); n != c.n || m != c.m {
			t.Errorf("galleryCounter(%q) = %d, %d, want %d, %d", c.in, n, m, c.n, c.m)
		}
	}
}

func TestCountLabel(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Comments (1)", true},
		{"टिप्पणियाँ (12)", true},
		{"رايا (1)", true},
		{"Show more comments (20)", true},
		{"प्रतिक्रिया (१)", true},
		{"Comments", false},
		{"(12)", false},
		{"He scored twice in the match (2)", false},
		{"Photos (x)", false},
		{"COVID-19 (12)", false},
	} {
		if got := countLabel(c.in); got != c.want {
			t.Errorf("countLabel(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestFontButtons(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Text Size: A- A+", true},
		{"A- A A+", true},
		{"फ़ॉन्ट साइज़： A- A+", true},
		{"A+", false},
		{"Grade: A A+", true},
		{"A B C", false},
		{"The students who got A+ and A grades: A A+", false},
	} {
		if got := fontButtons(c.in); got != c.want {
			t.Errorf("fontButtons(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// galleryCounterFields is galleryCounter as it was, splitting the whole line
// with strings.Fields: the reference the allocation-free version must match.
func galleryCounterFields(s string) (n, m int) {
	a, b, ok := strings.Cut(strings.TrimSpace(s), "/")
	if !ok {
		w := strings.Fields(s)
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

// galleryCounter must read every line as the strings.Fields version did:
// the lines of the repository's dumps and lines made to sit on the edges
// (four and five words, Unicode spaces, a credit word before a counter).
func TestGalleryCounterMatchesFields(t *testing.T) {
	lines := []string{
		"", " ", "Photo 2 of 3", "Photo 2 of 3 more", "Photo\t2\u00a0of\u00853", "2 of 3",
		"Image 12 of 13 ", " Photo  2  of  3", "photo 2 OF 3", "a b c d e", "Page 1 of 3",
		"x 1 of 2", "1 of 2 x", "Photo \xff 2 of 3", "Photo 2\u3000of 3", "२ of ३",
	}
	for _, g := range []string{"../testdata/dumps/*.txt", "../testdata/seed/*.txt"} {
		files, _ := filepath.Glob(g)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, strings.Split(string(b), "\n")...)
		}
	}
	if len(lines) < 400 {
		t.Fatalf("only %d lines: the repository's dumps are missing", len(lines))
	}
	for _, l := range lines {
		n, m := galleryCounter(l)
		wn, wm := galleryCounterFields(l)
		if n != wn || m != wm {
			t.Errorf("galleryCounter(%q) = %d, %d; the Fields version gives %d, %d", l, n, m, wn, wm)
		}
	}
}

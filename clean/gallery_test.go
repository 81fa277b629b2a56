package clean

import "testing"

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

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
		{"1 of 3", 0, 0},
	} {
		if n, m := galleryCounter(c.in); n != c.n || m != c.m {
			t.Errorf("galleryCounter(%q) = %d, %d, want %d, %d", c.in, n, m, c.n, c.m)
		}
	}
}

package meta

import (
	"reflect"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// TestDropSelfLinks: a related link naming the site its rights line names
// is the site's promotion; a one-word holder and a rights line with more
// than its holder are not looked for.
func TestDropSelfLinks(t *testing.T) {
	for _, c := range []struct {
		copyright string
		in, want  []string
	}{
		{"© 2024 The Daily Chronicle", []string{"One bomb exploded", "live: The Daily Chronicle 24x7"}, []string{"One bomb exploded"}},
		{"Copyright 2024 दैनिक प्रहरी", []string{"दैनिक प्रहरी ऐप डाउनलोड करें", "यह भी पढ़ें"}, []string{"यह भी पढ़ें"}},
		{"© 2024 தினச்செய்தி", []string{"live: தினச்செய்தி 24x7"}, []string{"live: தினச்செய்தி 24x7"}},
		{"© 2019 CBS Interactive Inc. All Rights Reserved.", []string{"CBS Interactive Inc. All Rights Reserved."},
			[]string{"CBS Interactive Inc. All Rights Reserved."}},
		{"", []string{"A headline"}, []string{"A headline"}},
	} {
		var rel []pipeline.Related
		for _, x := range c.in {
			rel = append(rel, pipeline.Related{Title: x})
		}
		var got []string
		for _, x := range dropSelfLinks(rel, c.copyright) {
			got = append(got, x.Title)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("dropSelfLinks(%q, %q) = %q, want %q", c.in, c.copyright, got, c.want)
		}
	}
}

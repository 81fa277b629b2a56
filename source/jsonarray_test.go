package source

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// TestReadJSONArray: a JSON array of page objects is read element by
// element as JSON lines are, whatever its layout; what is not a page is a
// reject naming the element, and an oversized element is skipped without
// losing the ones after it.
func TestReadJSONArray(t *testing.T) {
	page := `{"id": "a", "url": "https://x.example/a", "title": "T", "text": "Body, with \"quotes\", ] and } inside."}`
	for _, tc := range []struct {
		name, data string
		want       []string // per item: its id and, for a reject, its reason
	}{
		{"compact", `[` + page + `,{"id":"b","html":"<p>x</p>"}]`, []string{"a", "b"}},
		{"indented, with a byte order mark", "\ufeff[\n  " + page + ",\n  {\"id\": \"b\", \"text\": \"y\"}\n]\n", []string{"a", "b"}},
		{"not objects", `[` + page + `, 5, "s", [1], {"id": "e"}]`, []string{"a", "in:2 json", "in:3 json", "in:4 json", "e no-content"}},
		{"an element over the limit", `[` + page + `,{"id":"big","text":"` + strings.Repeat("x", 300) + `"},{"id":"c","text":"z"}]`, []string{"a", "in:2 too-large", "c"}},
		{"cut inside an element", `[` + page + `,{"id":"b","text":"y`, []string{"a", "in:2 truncated"}},
		{"cut after an element", `[` + page, []string{"a", "in:2 truncated"}},
		{"no comma", `[` + page + ` {"id":"b","text":"y"}]`, []string{"a", "in:2 json"}},
		{"empty", `[]`, []string{"in empty"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			err := ReadFrom(context.Background(), strings.NewReader(tc.data), Input{Path: "in.json"}, Options{MaxItemBytes: 256}, func(it pipeline.Item) error {
				s := it.ID
				if it.Err != nil {
					s += " " + reason(it)
					if !strings.Contains(it.Err.Error(), "in.json") {
						t.Errorf("reject %q does not name the file", it.Err)
					}
				} else if it.Source.Format != "json+text" && it.Source.Format != "json+html" {
					t.Errorf("%s: format %q", it.ID, it.Source.Format)
				}
				got = append(got, s)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("items %q, want %q", got, tc.want)
			}
		})
	}
}

// FuzzReadJSONArray: any bytes read as a JSON array end, never panic, and
// give items with bodies or rejects that name the file.
func FuzzReadJSONArray(f *testing.F) {
	for _, s := range []string{`[{"text":"a"},{"html":"<p>b</p>"}]`, `[{"t":"\"]}"}, 1, [2]]`, `[`, `[]`, "\ufeff[{\"text\":\"x\"}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		err := ReadFrom(context.Background(), bytes.NewReader(data), Input{Path: "f.json"}, Options{Format: JSONArray, MaxItemBytes: 1 << 10}, func(it pipeline.Item) error {
			n++
			if it.Err != nil && !strings.Contains(it.Err.Error(), "f.json") {
				t.Fatalf("reject %q does not name the file", it.Err)
			}
			if it.Err == nil && len(it.Body) == 0 {
				t.Fatal("a page without a body")
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			t.Fatal("no item: the input would be lost silently")
		}
	})
}

// TestDetectJSONArray: brackets a renderer draws are no JSON array.
func TestDetectJSONArray(t *testing.T) {
	for _, tc := range []struct {
		head string
		want Format
	}{
		{`[{"text": "a"}]`, JSONArray},
		{"[\n  {\n    \"id\": 1", JSONArray},
		{"[]\n", JSONArray},
		{"[                    ]\n  • Training\n", Text},
		{"[ ] Remember me\n[X] Subscribe\n", Text},
		{"[{ Editor's pick }] Headline\n", Text},
	} {
		if got := Detect([]byte(tc.head)); got != tc.want {
			t.Errorf("Detect(%.40q) = %s, want %s", tc.head, got, tc.want)
		}
	}
}

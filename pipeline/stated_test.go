package pipeline

import (
	"slices"
	"testing"
)

func TestHost(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://www.bbc.co.uk/news/x", "bbc.co.uk"},
		{"https://news.example.co.uk/local/budget", "example.co.uk"},
		{"http://Blog.Example.ORG./a", "example.org"},
		{"https://example.com:8080/a?b", "example.com"},
		{"http://127.0.0.1/x", "127.0.0.1"},
		{"http://localhost/x", "localhost"},
		{"https://foo.github.io/a", "foo.github.io"},
		{"not a url", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Host(tt.url); got != tt.want {
			t.Errorf("Host(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

// TestApplyStated checks that stated fields fill only what the page left
// empty.
func TestApplyStated(t *testing.T) {
	meta := map[string]string{"title": "Stated", "authors": "A\nB", "published": "2020-01-02", "summary": "S",
		"site": "Site", "metadata": `{"k":1}`}
	d := NewDoc(Item{ID: "x", URL: "https://a.example.com/p", Meta: meta})
	d.Record.Title = "From page"
	ApplyStated(d)
	r := d.Record
	if r.Title != "From page" || !slices.Equal(r.Authors, []string{"A", "B"}) || r.Published != "2020-01-02" ||
		r.Summary != "S" || r.Site != "Site" || string(r.Metadata) != `{"k":1}` || r.Host != "example.com" {
		t.Errorf("record %+v", r)
	}
}

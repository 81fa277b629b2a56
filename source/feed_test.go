package source

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// TestReadFeed reads RSS 2.0, Atom, RSS 1.0 and a Latin-1 feed: one item
// per entry with the fields the feed states, an entry without text a
// reject, and a feed cut short keeps the entries before the cut.
func TestReadFeed(t *testing.T) {
	type entry struct {
		id, url, title, authors, published, site, body, reason string
	}
	for _, tc := range []struct {
		file string
		want []entry
	}{
		{"news.rss", []entry{
			{"news-1001", "https://news.example.in/city/council-budget", "Council votes on budget", "Jane Doe", "2024-07-03T14:13:00+05:30", "Example City News", "<p>The city council voted", ""},
			{"news:2", "https://news.example.in/city/rain", "Rain floods old town", "John Roe", "2024-07-04T09:00:00Z", "Example City News", "<p>Heavy rain flooded", ""},
			{"news:3", "https://news.example.in/x", "", "", "", "", "", "no-content"},
		}},
		{"news.atom", []entry{
			{"tag:blog.example.org,2024:1", "https://blog.example.org/harvest", "Harvest is the largest in a decade", "Ann Smith", "2024-07-03T14:13:00+05:30", "Example Blog", `<div xmlns="http://www.w3.org/1999/xhtml"><p>The harvest`, ""},
		}},
		{"rdf.rdf", []entry{
			{"rdf:1", "https://old.example.de/a", "Regen in der Altstadt", "Max Muster", "2024-07-04", "Alte Zeitung", "Starker Regen hat am Donnerstag die Altstadt\u00a0überflutet.", ""},
		}},
		{"latin1.rss", []entry{
			{"latin1:1", "https://journal.example.fr/cafe", "Café fermé", "", "", "Le Journal", "Le café du port", ""},
		}},
		{"broken.rss", []entry{
			{"news-1001", "https://news.example.in/city/council-budget", "Council votes on budget", "Jane Doe", "2024-07-03T14:13:00+05:30", "Example City News", "<p>The city council", ""},
			{"broken", "", "", "", "", "", "", "feed"},
		}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join("testdata", "feeds", tc.file)
			items := readItems(t, path, Options{})
			if len(items) != len(tc.want) {
				t.Fatalf("%d items, want %d", len(items), len(tc.want))
			}
			for i, w := range tc.want {
				it := items[i]
				if w.reason != "" {
					if reason(it) != w.reason || it.ID != w.id || !strings.Contains(it.Err.Error(), path) {
						t.Errorf("item %d: %s %v, want a %q reject of %s naming the file", i, it.ID, it.Err, w.reason, w.id)
					}
					continue
				}
				if it.Err != nil {
					t.Fatalf("item %d: %v", i, it.Err)
				}
				got := entry{it.ID, it.URL, it.Meta["title"], it.Meta["authors"], it.Meta["published"], it.Meta["site"], string(it.Body), ""}
				if !strings.HasPrefix(got.body, w.body) {
					t.Errorf("item %d: body %.60q, want it to start %.60q", i, got.body, w.body)
				}
				got.body = w.body
				if got != w {
					t.Errorf("item %d:\n got %+v\nwant %+v", i, got, w)
				}
				if it.Source.Format != "feed+html" || it.Source.URL != w.url {
					t.Errorf("item %d: format %q source url %q", i, it.Source.Format, it.Source.URL)
				}
			}
		})
	}
}

func TestDetectFeed(t *testing.T) {
	for _, tc := range []struct {
		head string
		want Format
	}{
		{`<?xml version="1.0"?><rss version="2.0"><channel>`, Feed},
		{"<?xml version=\"1.0\"?>\n<!-- c -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", Feed},
		{`<rdf:RDF xmlns:rdf="x">`, Feed},
		{`<?xml version="1.0"?><!DOCTYPE html><html><body><p>x</p></body></html>`, HTML},
		// Other XML is no feed (it is read as markup, as before).
		{`<?xml version="1.0"?><rsstuff/>`, HTML},
		{`<?xml version="1.0"?><sitemap><url/></sitemap>`, HTML},
	} {
		if got := Detect([]byte(tc.head)); got != tc.want {
			t.Errorf("Detect(%.50q) = %s, want %s", tc.head, got, tc.want)
		}
	}
}

// FuzzReadFeed: any bytes read as a feed end, never panic, and give
// pages with bodies or rejects that name the file.
func FuzzReadFeed(f *testing.F) {
	files, _ := filepath.Glob("testdata/feeds/*")
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var items []pipeline.Item
		if err := ReadFrom(context.Background(), bytes.NewReader(data), Input{Path: "f.rss"}, Options{Format: Feed, MaxItemBytes: 1 << 16}, func(it pipeline.Item) error {
			items = append(items, it)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if len(items) == 0 {
			t.Fatal("no item: the input would be lost silently")
		}
		for _, it := range items {
			if it.Err != nil && !strings.Contains(it.Err.Error(), "f.rss") {
				t.Fatalf("reject %q does not name the file", it.Err)
			}
			if it.Err == nil && len(it.Body) == 0 {
				t.Fatal("a page without a body")
			}
		}
	})
}

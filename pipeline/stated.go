package pipeline

import (
	"encoding/json"
	"net/url"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// ApplyStated fills the record's empty fields from what the input stated
// outright (Item.Meta "title", "authors" one per line, "summary", "site",
// "published", "updated", "metadata": a JSONL line's own fields) and sets
// Host from the URL. It runs after extraction, so a page's own markup
// speaks first for HTML, and before the text steps guess a title or date
// from the body, which a stated value outranks.
func ApplyStated(d *Doc) error {
	r, m := &d.Record, d.Item.Meta
	if r.Title == "" {
		r.Title = m["title"]
	}
	if len(r.Authors) == 0 && m["authors"] != "" {
		r.Authors = strings.Split(m["authors"], "\n")
	}
	if r.Summary == "" {
		r.Summary = m["summary"]
	}
	if r.Site == "" {
		r.Site = m["site"]
	}
	if r.Published == "" {
		r.Published = Time(m["published"])
	}
	if r.Updated == "" {
		r.Updated = Time(m["updated"])
	}
	if s := m["metadata"]; s != "" && json.Valid([]byte(s)) {
		r.Metadata = json.RawMessage(s)
	}
	r.Host = Host(r.URL)
	return nil
}

// Host is the registered domain of a URL ("example.co.uk" for
// https://news.example.co.uk/a), the host itself when it has no public
// suffix (an IP address, localhost), or "" when the URL has no host.
func Host(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Hostname() == "" {
		return ""
	}
	h := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if d, err := publicsuffix.EffectiveTLDPlusOne(h); err == nil {
		return d
	}
	return h
}

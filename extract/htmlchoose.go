package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/akhbar/akhbar/pipeline"
)

// apply chooses, for every record field, the best of what the page
// states, in a fixed order of trust: JSON-LD describes the article as the
// publisher's CMS knows it; OpenGraph and article:* come next; then the
// other <meta> names; then what the visible page shows.
func (m *pageMeta) apply(d *pipeline.Doc) {
	r := &d.Record
	r.Site = m.chooseSite()
	m.site = r.Site
	r.Title = m.chooseTitle()
	m.headerByline = headerByline(d.Blocks, r.Title, m.siteNames())
	r.Authors = m.chooseAuthors()
	m.authorNames = r.Authors
	r.Section = m.chooseSection()
	r.Keywords = m.chooseKeywords()
	r.Summary = m.chooseSummary()
	r.Images = m.chooseImages()
	r.Copyright = firstOf(append(m.props["copyright"], m.props["dc.rights"]...))
	if m.lang != "" {
		setMeta(d, "html_lang", m.lang)
	}
}

// prop returns the first value of the first key that has one.
func (m *pageMeta) prop(keys ...string) string {
	for _, k := range keys {
		if v := firstOf(m.props[k]); v != "" {
			return v
		}
	}
	return ""
}

func (m *pageMeta) chooseSite() string {
	for _, o := range m.ld {
		if o.publisher != "" {
			return o.publisher
		}
	}
	return m.prop("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site")
}

// chooseTitle prefers the headline the page shows (its <h1>) when the
// page's own metadata confirms it, since metadata titles often carry the
// site name or an SEO variant; otherwise the first metadata headline, with
// the site name cut off.
func (m *pageMeta) chooseTitle() string {
	var metas []string
	for _, o := range m.ld {
		if isArticleType(o.types) && o.headline != "" {
			metas = append(metas, o.headline)
		}
	}
	metas = append(metas, m.itemprop["headline"]...)
	for _, k := range []string{"og:title", "twitter:title", "title", "dc.title", "parsely-title", "sailthru.title", "headline"} {
		metas = append(metas, m.props[k]...)
	}
	if m.title != "" {
		metas = append(metas, m.title)
	}
	// The visible headline, when the metadata confirms it: a heading the
	// metadata title contains (it then carries a site name or a kicker
	// besides), or that contains the metadata title.
	for _, hs := range [][]string{m.h1, m.h2} {
		for _, h := range hs {
			fh := fold(h)
			if len(fh) < 4 || m.isSiteName(h) {
				continue
			}
			for _, t := range metas {
				ft, st := fold(t), m.stripSite(t)
				switch {
				case fh == ft || (strings.Contains(ft, fh) && len(fh)*2 >= len(ft)):
					return h
				case len(fold(st)) >= 4 && strings.Contains(fh, fold(st)) && len(ft)*2 >= len(fh):
					// The heading carries a kicker or a date besides.
					return st
				}
			}
		}
	}
	// A page with one headline (one <h1> that is not the site's name)
	// shows its title there, even when the metadata words it otherwise
	// for search engines and social sites.
	var sole []string
	for _, h := range m.h1 {
		if len(fold(h)) >= 3 && !m.isSiteName(h) {
			sole = append(sole, h)
		}
	}
	if len(sole) == 1 && len(sole[0]) <= 300 {
		return sole[0]
	}
	for _, t := range metas {
		if t = m.stripSite(t); t != "" {
			return t
		}
	}
	if len(m.h1) > 0 {
		return m.h1[0]
	}
	return ""
}

func sameTitle(a, b string) bool {
	return a != "" && strings.EqualFold(fold(a), fold(b))
}

// fold drops what titles differ in between sources without being
// different titles: punctuation and case.
//
// It runs over every block's text several times per page, so ASCII takes
// a short way (the same answer: the ASCII letters and digits are the ones
// unicode.IsLetter and IsDigit take, lowered) into a buffer grown once.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				b.WriteByte(c)
			case 'A' <= c && c <= 'Z':
				b.WriteByte(c + 'a' - 'A')
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ", " / ", ": "}

// stripSite cuts a site name off a title: "Headline | Site" or
// "Site - Headline". The part cut must look like a name (it is the site
// name, or the shorter side).
func (m *pageMeta) stripSite(t string) string {
	for _, sep := range titleSeps {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		if m.isSiteName(tail) {
			return head
		}
		j := strings.Index(t, sep)
		head2, tail2 := strings.TrimSpace(t[:j]), strings.TrimSpace(t[j+len(sep):])
		if m.isSiteName(head2) {
			return tail2
		}
	}
	return t
}

func (m *pageMeta) isSiteName(s string) bool {
	if s == "" {
		return false
	}
	if m.site != "" && (sameTitle(s, m.site) || strings.Contains(fold(s), fold(m.site)) || strings.Contains(fold(m.site), fold(s))) {
		return true
	}
	// The host name: "example.com" or "Example".
	host := hostOf(m.pageURL)
	if host == "" {
		host = hostOf(m.canonical)
	}
	if host != "" {
		h := fold(strings.TrimPrefix(host, "www."))
		f := fold(s)
		if len(f) >= 3 && (strings.Contains(h, f) || strings.HasPrefix(f, strings.Split(strings.TrimPrefix(host, "www."), ".")[0])) {
			return true
		}
	}
	return false
}

func (m *pageMeta) chooseAuthors() []string {
	var sources [][]string
	for _, o := range m.ld {
		if len(o.authors) > 0 && isArticleType(o.types) {
			sources = append(sources, o.authors)
			break
		}
	}
	sources = append(sources, m.itemprop["author"])
	// A byline the reader sees under the headline comes before the
	// <meta> names, which often carry the site's or the CMS account's.
	sources = append(sources, m.headerByline)
	for _, k := range []string{"author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl", "citation_author", "twitter:creator"} {
		sources = append(sources, m.props[k])
	}
	for _, b := range m.bylines {
		sources = append(sources, []string{b})
	}
	// The first source that names someone the page shows wins: a name only
	// a <meta> tag carries is often the CMS account that uploaded the page.
	for _, src := range sources {
		if out := m.shown(cleanAuthors(src, m.siteNames()...)); len(out) > 0 {
			return out
		}
	}
	return nil
}

// siteByline is the name a byline element gives when it names the site
// itself: a blog named after its author, an organisation that signs its
// own pages. It is the last resort, after every source that names a
// person; metadata naming the site is only a CMS's default and is not
// taken.
func (m *pageMeta) siteByline() []string {
	for _, b := range m.bylines {
		if out := m.shown(cleanAuthors([]string{b})); len(out) > 0 {
			return out
		}
	}
	return nil
}

// shown keeps the names the page's text shows (all of them when the text
// is not known).
func (m *pageMeta) shown(names []string) []string {
	if m.visible == "" || len(names) == 0 {
		return names
	}
	var out []string
	for _, n := range names {
		if f := fold(n); f != "" && strings.Contains(m.visible, f) {
			out = append(out, n)
		}
	}
	return out
}

func (m *pageMeta) chooseSection() string {
	for _, o := range m.ld {
		if len(o.section) > 0 {
			return o.section[0]
		}
	}
	return m.prop("article:section", "section", "parsely-section", "category")
}

func (m *pageMeta) chooseKeywords() []string {
	for _, o := range m.ld {
		if len(o.keywords) > 0 {
			return dedupStrings(o.keywords)
		}
	}
	if tags := m.props["article:tag"]; len(tags) > 0 {
		return dedupStrings(tags)
	}
	if k := m.prop("keywords", "news_keywords"); k != "" {
		return dedupStrings(strings.Split(k, ","))
	}
	return nil
}

func (m *pageMeta) chooseSummary() string {
	for _, o := range m.ld {
		if o.description != "" && isArticleType(o.types) {
			return o.description
		}
	}
	return m.prop("og:description", "description", "twitter:description", "dc.description")
}

func (m *pageMeta) chooseImages() []pipeline.Image {
	var out []pipeline.Image
	seen := map[string]bool{}
	add := func(raw string) {
		u := absURL(m.pageURL, raw)
		if u == "" {
			u = absURL(m.canonical, raw)
		}
		if u != "" && !seen[u] {
			seen[u] = true
			out = append(out, pipeline.Image{URL: u})
		}
	}
	for _, o := range m.ld {
		if isArticleType(o.types) {
			for _, u := range o.images {
				add(u)
			}
		}
	}
	for _, u := range m.props["og:image"] {
		add(u)
	}
	for _, c := range m.captions {
		u := absURL(m.pageURL, c.src)
		if u == "" {
			u = absURL(m.canonical, c.src)
		}
		if u != "" && seen[u] {
			// The lead image again, now with its caption.
			for i := range out {
				if out[i].URL == u && out[i].Caption == "" {
					out[i].Caption = c.text
				}
			}
			continue
		}
		seen[u] = true
		out = append(out, pipeline.Image{Caption: c.text, URL: u})
	}
	return out
}

func dedupStrings(in []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range in {
		s = strings.TrimSpace(s)
		if s == "" || seen[strings.ToLower(s)] {
			continue
		}
		seen[strings.ToLower(s)] = true
		out = append(out, s)
	}
	return out
}

// isByline reports whether a block outside the main content is the byline
// of the chosen authors.
func (m *pageMeta) isByline(s string) bool {
	if len(m.authorNames) == 0 || len(s) > 200 {
		return false
	}
	low := strings.ToLower(s)
	for _, a := range m.authorNames {
		if a != "" && strings.Contains(low, strings.ToLower(a)) && len(s) < len(a)+40 {
			return true
		}
	}
	return false
}

func hostOf(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	} else {
		return ""
	}
	if i := strings.IndexAny(u, "/?#"); i >= 0 {
		u = u[:i]
	}
	return strings.ToLower(u)
}

// siteNames are the names the site goes by: its publisher name and the
// distinctive label of its host ("example" for www.example.co.uk).
func (m *pageMeta) siteNames() []string {
	names := []string{m.site}
	host := hostOf(m.canonical)
	if host == "" {
		host = hostOf(m.pageURL)
	}
	host = strings.TrimPrefix(host, "www.")
	if labels := strings.Split(host, "."); len(labels) >= 2 {
		// The longest label is the name ("co" and "uk" are not).
		best := ""
		for _, l := range labels[:len(labels)-1] {
			if len(l) > len(best) {
				best = l
			}
		}
		names = append(names, best)
	}
	return names
}

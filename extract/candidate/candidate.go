// Package candidate holds what HTML extraction found for a record's title,
// authors and publication date before any choice is made: every value a
// page offers for a field, with the features a learned choice (package
// choose) ranks it by, and the name of each feature so that "akhbar
// explain" and the trainer can print them.
//
// It is only the types and the feature names that extraction and the
// choice share; it reads no page and decides nothing.
package candidate

import (
	"fmt"
	"io"
	"strings"
)

// Field is a record field chosen from candidates.
type Field int

// The fields chosen from candidates.
const (
	Title Field = iota
	Author
	Date
	NFields
)

func (f Field) String() string {
	switch f {
	case Title:
		return "title"
	case Author:
		return "author"
	case Date:
		return "date"
	}
	return fmt.Sprintf("field(%d)", int(f))
}

// Candidate is one value a page offers for a field.
type Candidate struct {
	// Value is the field's value as the record would carry it: the
	// title, the authors joined by "; ", the date (RFC 3339 or a day).
	Value string
	// Names are the authors, for the author field.
	Names []string
	// Sources name where the page gives the value ("og:title", "h1",
	// "json-ld", "byline-element", "htmldate"...).
	Sources []string
	// Features are the candidate's features, in the order of Names(f).
	Features []float32
	// Stamp is a date candidate's most precise form (a time with its
	// zone where a source gives one); Value is its day.
	Stamp string
	// Score is the choice's score, filled when the choice runs.
	Score float64
}

// Set is every candidate of a page, by field, and the choice made.
type Set struct {
	Fields [NFields][]Candidate
	// Chosen is the index of the chosen candidate per field, -1 for none.
	Chosen [NFields]int
	// Threshold is the score below which the choice takes none, per field.
	Threshold [NFields]float64
	// Model names the model that scored the field ("" for the fallback
	// when no model is present: the rules' own pick).
	Model [NFields]string

	// at is the index of each value in Fields, for Add: a scan of the
	// field per candidate added is quadratic in a page that offers tens
	// of thousands of values. atN is how many of Fields it covers.
	at  [NFields]map[string]int
	atN [NFields]int
}

// Add appends a candidate to a field, or merges it with an equal value
// already there (its sources are added), and returns its index.
func (s *Set) Add(f Field, c Candidate) int {
	cs := s.Fields[f]
	i, ok := s.at[f][c.Value]
	if s.at[f] == nil || s.atN[f] != len(cs) || ok && (i >= len(cs) || cs[i].Value != c.Value) {
		// Fields was set or changed other than by Add: index it again.
		s.at[f] = make(map[string]int, len(cs))
		for k := range cs {
			if _, seen := s.at[f][cs[k].Value]; !seen {
				s.at[f][cs[k].Value] = k
			}
		}
		s.atN[f] = len(cs)
		i, ok = s.at[f][c.Value]
	}
	if ok {
		cs[i].Sources = appendNew(cs[i].Sources, c.Sources...)
		return i
	}
	s.Fields[f] = append(cs, c)
	s.at[f][c.Value] = len(cs)
	s.atN[f] = len(cs) + 1
	return len(cs)
}

func appendNew(to []string, more ...string) []string {
	for _, m := range more {
		seen := false
		for _, t := range to {
			seen = seen || t == m
		}
		if !seen {
			to = append(to, m)
		}
	}
	return to
}

// Has reports whether a candidate has a source.
func (c *Candidate) Has(src string) bool {
	for _, s := range c.Sources {
		if s == src {
			return true
		}
	}
	return false
}

// HasPrefix reports whether a candidate has a source starting with p.
func (c *Candidate) HasPrefix(p string) bool {
	for _, s := range c.Sources {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// Write prints a field's candidates, their sources, features and scores,
// the chosen one marked, for "akhbar explain".
func (s *Set) Write(w io.Writer) {
	for f := Field(0); f < NFields; f++ {
		model := s.Model[f]
		if model == "" {
			model = "none: the rules' pick"
		}
		fmt.Fprintf(w, "-- %s: %d candidates, model %s, none below %.3f\n", f, len(s.Fields[f]), model, s.Threshold[f])
		names := Names(f)
		for i, c := range s.Fields[f] {
			mark := " "
			if s.Chosen[f] == i {
				mark = "*"
			}
			fmt.Fprintf(w, "%s %.3f %.80q from %s\n", mark, c.Score, c.Value, strings.Join(c.Sources, ","))
			var nz []string
			for k, v := range c.Features {
				if v != 0 && k < len(names) {
					nz = append(nz, fmt.Sprintf("%s=%g", names[k], v))
				}
			}
			fmt.Fprintf(w, "      %s\n", strings.Join(nz, " "))
		}
	}
}

// Names are the names of a field's features, in vector order: the
// base features extraction measures, then the relative ones Finish adds.
func Names(f Field) []string {
	if f < 0 || f >= NFields {
		return nil
	}
	return allNames[f]
}

// base are the features extraction measures, per field.
func base(f Field) []string {
	switch f {
	case Title:
		return TitleFeatures
	case Author:
		return AuthorFeatures
	case Date:
		return DateFeatures
	}
	return nil
}

// relative are the base features a candidate is also compared by with
// the page's other candidates: a pointwise model sees one candidate at a
// time, and "the most agreed-on title of this page" is a property of the
// page's set, not of the candidate.
var relative = [NFields][]string{
	Title:  {"n-sources", "n-agree", "n-contain", "runes", "words", "shown", "shown-rank", "shown-pos", "upper", "ratio-title", "has-separator"},
	Author: {"n-sources", "n-overlap", "shown", "names", "runes", "shown-pos", "upper-initials", "words-per-name"},
	Date:   {"n-sources", "shown", "in-url", "has-time", "after-earliest", "before-latest"},
}

var allNames = func() (out [NFields][]string) {
	for f := Field(0); f < NFields; f++ {
		out[f] = append([]string(nil), base(f)...)
		for _, n := range relative[f] {
			out[f] = append(out[f], "max-diff:"+n, "min-diff:"+n)
		}
	}
	return out
}()

// Finish adds to every candidate's base features the relative ones: how
// far each compared feature stands from the page's highest and lowest
// value. It may be run again on candidates it has finished.
func (s *Set) Finish() {
	for f := Field(0); f < NFields; f++ {
		Finish(f, s.Fields[f])
	}
}

// Finish is Set.Finish for one field's candidates.
func Finish(f Field, cs []Candidate) {
	nb := len(base(f))
	idx := make([]int, len(relative[f]))
	for k, n := range relative[f] {
		idx[k] = Index(f, n)
	}
	for i := range cs {
		if len(cs[i].Features) > nb {
			cs[i].Features = cs[i].Features[:nb]
		}
	}
	for k, j := range idx {
		hi, lo := float32(-1e30), float32(1e30)
		for _, c := range cs {
			if len(c.Features) > j {
				hi, lo = max(hi, c.Features[j]), min(lo, c.Features[j])
			}
		}
		for i := range cs {
			if len(cs[i].Features) != nb+2*k {
				continue
			}
			x := cs[i].Features[j]
			cs[i].Features = append(cs[i].Features, x-hi, x-lo)
		}
	}
}

// Index is the position of a feature name in a field's vector; it panics
// on an unknown name, which is a programming error.
func Index(f Field, name string) int {
	for i, n := range Names(f) {
		if n == name {
			return i
		}
	}
	panic("candidate: no feature " + name + " for " + f.String())
}

// TitleFeatures are the title candidates' features.
var TitleFeatures = []string{
	"rule",                           // the rules' own pick
	"src:ld-article", "src:ld-other", // JSON-LD headline of an article, or another object's name
	"src:microdata", "src:og", "src:twitter", "src:meta", // <meta>: og:title, twitter:title, the others
	"src:title", "src:h1", "src:h2", "derived", // <title>, headings, a part of another candidate
	"n-sources", "n-agree", "n-contain", // sources giving it exactly, folded, or containing it
	"runes", "words", "has-separator", "is-site", "has-site",
	"shown", "shown-pos", "shown-rank", "shown-body", // a block shows it: where, which heading, in the body
	"ratio-title", "upper", "digits", "n-h1", "h1-index", "ellipsis", "all-caps",
	"is-title", "prefix-of-title", "suffix-of-title", "n-candidates",
	"page:body-blocks", "page:body-chars", "page:og-article", "page:url-depth", "page:url-date",
	// Word overlap (Jaccard) of the first <h1> with the <title> without
	// its site name, and of the candidate with each: where the two differ
	// the truths take one, the other or a part of one, and a pointwise
	// ranker sees neither the page's pair nor where a part stands in it.
	"page:h1-title-overlap", "overlap-h1", "overlap-bare-title",
}

// AuthorFeatures are the author candidates' features.
var AuthorFeatures = []string{
	"rule",
	"src:ld-article", "src:ld-other", "src:microdata", "src:header-byline", "src:meta-author",
	"src:meta-other", "src:byline-element", "src:other-byline", "src:sign-off", "src:site-byline",
	"src:rel-author",
	"n-sources", "n-overlap", "shown", "names", "words-per-name", "runes", "is-site", "has-site",
	"digits", "lower-word", "upper-initials", "shown-pos", "shown-body", "shown-len",
	"headline-found", "article-kind", "not-article", "n-candidates", "has-label-before",
	"page:body-blocks", "page:body-chars", "page:og-article", "page:url-depth", "page:url-date",
	"src:post-author", "page:post-authors", // a forum post's author; how many elements mark one
	// The name is the host's (janedoe.example): a personal site's
	// author, where a site name that is not its host is more often an
	// organisation signing its pages.
	"is-host",
}

// DateFeatures are the date candidates' features.
var DateFeatures = []string{
	"rule",
	"src:ld-published", "src:ld-created", "src:ld-modified", "src:meta-published", "src:meta-date",
	"src:meta-modified", "src:microdata-published", "src:microdata-modified", "src:time-pubdate",
	"src:time", "src:time-updated", "src:htmldate", "src:htmldate-refused", "src:header", "src:url",
	"src:header-text", "src:label-published", "src:label-updated", "src:utc-day",
	"n-sources", "earliest", "latest", "after-earliest", "before-latest", "future",
	"shown", "in-url", "has-time", "has-zone", "not-article", "n-candidates", "first-of-month",
	"n-days", "htmldate-from-url", "htmldate-from-text", "htmldate-src-len", "ld-article",
	"page:body-blocks", "page:body-chars", "page:og-article", "page:url-depth", "page:url-date",
	"page:type-article", // the page type classifier's probability of an article
	// The forum probability, and the <time> elements: a thread is dated by
	// its first post's.
	"page:type-forum", "page:times", "time-index", "time-earliest",
}

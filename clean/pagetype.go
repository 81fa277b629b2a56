package clean

import (
	"strings"

	"github.com/akhbar/akhbar/pipeline"
)

// pageType tells an article from pages that only look like text: lists
// of headlines, consent and legal pages, social-network shells, error
// pages. Those keep their blocks and roles but are not called articles.
func (d *doc) pageType(s, e int) string {
	var body, prose, dates, teasers, short, legal, social int
	for i := s; i <= e; i++ {
		switch {
		case d.date[i]:
			dates++
		case d.b[i].Reason == ReasonTeaser || d.f[i].ellipsis:
			teasers++
		}
		if d.b[i].Role != pipeline.RoleBody {
			continue
		}
		body += d.f[i].letters
		if d.f[i].prose() {
			prose++
		} else {
			short++
		}
		if legalText(d.low[i]) {
			legal += d.f[i].letters
		}
		if socialText(d.low[i]) {
			social++
		}
	}
	datesBefore, headlinesBefore := d.listSignals(0, s)
	_, headlines := d.listSignals(0, len(d.b))
	switch {
	case body < minBodyLetters && headlines >= 6:
		return "listing"
	case body < minBodyLetters:
		return "empty"
	case legal*2 >= body:
		return "legal"
	case social >= 2 && social*3 >= prose+short && body < 3000:
		return "social"
	case errorPage(d.low[s:e+1]) && body < 600:
		return "error"
	case dates >= 3 && dates*3 >= prose:
		return "listing"
	case teasers >= 3 && teasers*2 >= prose:
		return "listing"
	case prose == 0 && short >= 5:
		return "listing"
	case prose <= 2 && (datesBefore >= 3 || headlinesBefore >= 6) && body < 1500:
		// A few teaser paragraphs in the middle of a list of headlines
		// (an article's own "related" list comes after its body).
		return "listing"
	}
	return "article"
}

// listSignals counts, over blocks [from, to), the date lines and the
// headline-like lines (a few words, no sentence end, no cue) that make up
// lists of articles.
func (d *doc) listSignals(from, to int) (dates, headlines int) {
	for i := from; i < to; i++ {
		f := d.f[i]
		switch {
		case d.date[i]:
			dates++
		case !f.prose() && f.words >= 4 && f.words <= 25 && d.cue[i].kind == cueNone && d.b[i].Role != pipeline.RoleBoilerplate:
			headlines++
		}
	}
	return dates, headlines
}

var legalWords = []string{"cookie", "privacy policy", "terms of use", "terms and conditions", "gdpr", "कुकीज", "कुकीज़",
	"गोपनीयता नीति", "ಕುಕೀ", "ಗೌಪ್ಯತಾ ನೀತಿ"}

// legalText reports consent and policy text; low is in lower case.
func legalText(low string) bool {
	for _, w := range legalWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// socialWords are the furniture of social-network pages saved by a crawler
// instead of an article: Twitter and Facebook shells, help pages.
var socialWords = []string{"tweet", "retweet", "followers", "timeline", "facebook", "twitter", "log in to", "sign up for",
	"create new account", "see more of", "fundraiser", "profile pic", "your friends", "news feed", "instagram"}

// socialText reports social-network furniture; low is in lower case.
func socialText(low string) bool {
	for _, w := range socialWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

var errorWords = []string{"404", "page not found", "not found", "no longer available", "पेज नहीं मिला",
	"पृष्ठ नहीं मिला", "ಪುಟ ಕಂಡುಬಂದಿಲ್ಲ"}

// errorPage reports an error page; lows are blocks in lower case.
func errorPage(lows []string) bool {
	for _, low := range lows {
		for _, w := range errorWords {
			if strings.Contains(low, w) && len(low) < 200 {
				return true
			}
		}
	}
	return false
}

package clean

import (
	"github.com/akhbar/akhbar/internal/phrases"
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
		if d.legal[i] {
			legal += d.f[i].letters
		}
		if d.phr[i]&phSocial != 0 { // socialText(d.low[i])
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
func legalText(low string) bool { return legalSet.In(low) }

var legalSet = phrases.New(legalWords)

// socialWords are the furniture of social-network pages saved by a crawler
// instead of an article: Twitter and Facebook shells, help pages.
var socialWords = []string{"tweet", "retweet", "followers", "timeline", "facebook", "twitter", "log in to", "sign up for",
	"create new account", "see more of", "fundraiser", "profile pic", "your friends", "news feed", "instagram"}

// socialText reports social-network furniture; low is in lower case.
func socialText(low string) bool { return socialSet.In(low) }

var socialSet = phrases.New(socialWords)

var errorWords = []string{"404", "page not found", "not found", "no longer available", "पेज नहीं मिला",
	"पृष्ठ नहीं मिला", "ಪುಟ ಕಂಡುಬಂದಿಲ್ಲ"}

// errorPage reports an error page; lows are blocks in lower case.
func errorPage(lows []string) bool {
	for _, low := range lows {
		if len(low) < 200 && errorSet.In(low) {
			return true
		}
	}
	return false
}

var errorSet = phrases.New(errorWords)

package extract

import "github.com/akhbar/akhbar/lexicon"

// The word lists of author cleaning come from package lexicon, the one
// table of language words; these helpers turn them into the regular
// expressions the HTML rules match with.

// cutWords are cut from the start of an author field: every byline
// label, the HTML-only ones included, and the photo-credit words.
func cutWords() string { return lexicon.Alternation(cutPhrases()) }

func cutPhrases() []string { return lexicon.Phrases(lexicon.Byline, lexicon.Credit) }

// bylineLabelWords are the labels that make a line a byline: all but the
// words that are only cut from an author field ("interview").
func bylineLabelWords() string { return lexicon.Alternation(bylineLabelPhrases()) }

func bylineLabelPhrases() []string {
	return lexicon.PhrasesWhere(func(e lexicon.Entry) bool { return !e.Flag("cut") }, lexicon.Byline)
}

// bylineLoneWords are the labels that, alone on a line, label the name
// on the next one: not the cut-only words, not plurals ("Autoren" heads
// menus as well), not the HTML-only prepositions ("di", "door", "av" are
// weekday and menu abbreviations as often).
func bylineLoneWords() string { return lexicon.Alternation(bylineLonePhrases()) }

func bylineLonePhrases() []string {
	return lexicon.PhrasesWhere(func(e lexicon.Entry) bool {
		return !e.Flag("cut") && !e.Flag("plural") && !(e.Flag("prep") && e.Flag("html"))
	}, lexicon.Byline)
}

// bylinePreps are the prepositions "by" of the table's languages.
func bylinePreps() string {
	return lexicon.Alternation(lexicon.PhrasesWhere(func(e lexicon.Entry) bool { return e.Flag("prep") }, lexicon.Byline))
}

// creditWords label a picture's source: "Foto", "Photo", "फोटो".
func creditWords() string { return lexicon.Alternation(creditPhrases()) }

func creditPhrases() []string { return lexicon.Phrases(lexicon.Credit) }

// roleWords are jobs printed after a name: "Autor", "Author". Those
// flagged comma follow a name only after a comma in dumps ("name,
// Special Correspondent"); at the end of an HTML author field they are
// part of a desk's name ("HT Correspondent") and are not taken off.
func roleWords() string {
	return lexicon.Alternation(lexicon.PhrasesWhere(func(e lexicon.Entry) bool { return !e.Flag("comma") }, lexicon.Role))
}

// orgWords name a desk or role, not a person, as a whole author field.
func orgWords() string { return lexicon.Alternation(lexicon.Phrases(lexicon.Org)) }

// orgPartWords do so anywhere in it ("Redaktion", "editorial").
func orgPartWords() string { return lexicon.Alternation(lexicon.Phrases(lexicon.OrgPart)) }

// andWords join names: Latin ones between spaces as whole words, the
// others too ("और", "ও", "۽").
func andWords() string { return lexicon.Alternation(lexicon.Phrases(lexicon.And)) }

// copyrightWords open a copyright line; "(c)" needs its year and is left
// to the caller.
func copyrightWords() string { return lexicon.Alternation(copyrightPhrases()) }

func copyrightPhrases() []string {
	return lexicon.PhrasesWhere(func(e lexicon.Entry) bool { return e.Phrase != "(c)" }, lexicon.Copyright)
}

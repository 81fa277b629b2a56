// Package lexicon is akhbar's one table of language words: the labels,
// cues and names that news pages print around an article, per language.
// Byline labels ("By", "लेखक:", "লিখেছেন"), photo-credit words, published
// and updated labels, parts of the day, words that name an organisation
// rather than a person, "also read" cues, copyright phrases, month and
// weekday names, relative-time words and templates ("2 घंटे पहले"),
// sentence-final marks, the names of the English letters as each script
// spells them (initials: "डब्ल्यू."), and the share, comment and consent
// furniture of text dumps.
//
// The words are data: one file per language under data/ (data/hin.tsv,
// data/kas_Arab.tsv, …), embedded in the binary and read once, on first
// use. Adding a language is adding a file; SOURCES.md says where the words
// of each file come from (CLDR for calendar words, the pages of each
// language's news sites for labels).
//
// Packages clean (text-dump cues), meta (bylines, credits), extract (HTML
// author cleaning) and dates (calendar and label words beside the
// go-dateparser tables) read their words from here; a test fails when one
// of them declares its own list of such words again. Package dates
// compiles its tables in (dates/tables_gen.go): after a change to date
// words, `go generate ./dates` writes them again.
//
// A phrase is also entered in the other spellings readers and older
// systems type (spellings: Devanagari and Gurmukhi without nuktas,
// candrabindu and anusvara for each other, Urdu and Kashmiri on an Arabic
// keyboard, Malayalam's older chillus, no zero-width non-joiner): a file
// lists the spelling its sites print, and need not list those.
//
// It is not a parser: it says which phrases exist and what they mean, and
// answers look-ups (Has, Prefix, Phrases); deciding what a block or a date
// is stays with the packages that read it.
//
// # File format
//
// UTF-8, one entry a line: kind, a tab, the phrase, and for some kinds a
// tab and a value. Lines starting with '#' are comments; "! code hi" gives
// the short language code package dates uses as its hint. Phrases are
// stored as written; look-ups fold them (see Fold).
//
// # Why hand-written
//
// No Go library carries news-page labels for India's languages; CLDR (via
// golang.org/x/text or the cldr-json packages) carries calendar words but
// not bylines or "also read" cues, and its data is copied into the files
// here, with the version, rather than loaded at run time.
package lexicon

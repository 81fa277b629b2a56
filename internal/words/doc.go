// Package words splits text into word tokens and hashes them, the one
// tokeniser behind near-duplicate detection (package dedup) and site
// template learning (package template), so that both see the same words.
//
// A token is a maximal run of Unicode letters, marks, numbers, connector
// punctuation and ZWJ/ZWNJ, after NFC and lower-casing: the UTS #18 \w
// class plus combining marks, as the evaluation scorer counts words (a
// token that lower-casing left a letter and mark NFC composes is
// normalised again).
// Python's and Go's regexp \w leave the marks out and would cut Hindi or
// Kannada words at every vowel sign, which is why this is written by hand.
// Scripts written without spaces (Han, Hiragana, Katakana, Thai, Lao,
// Khmer, Myanmar) have no word boundaries to find without a dictionary:
// there every letter, with the marks that follow it, is a token of its
// own, so that shingles of tokens become character n-grams.
//
// Tokens are never materialised as strings: callers get a 64-bit hash per
// token (xxhash64 of the lower-cased UTF-8), which is all that counting
// and MinHash need.
//
// It is not a linguistic word segmenter and does not strip punctuation
// for display.
package words

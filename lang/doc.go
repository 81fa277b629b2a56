// Package lang identifies the language and script of text: the 22 scheduled
// languages of India first (Hindi, Marathi, Nepali, Sanskrit, Maithili, Konkani,
// Bodo, Dogri and Kashmiri in Devanagari; Bengali, Assamese and Manipuri in
// Bengali script; Urdu, Sindhi and Kashmiri in Arabic script; Manipuri in
// Meetei Mayek; Santali in Ol Chiki; and the languages with a script of their
// own), and about a hundred other languages of the world.
//
// Labels are ISO 639-3 + "_" + ISO 15924 as FLORES-200 spells them
// ("hin_Deva", "mni_Mtei", "zho_Hans"). Identification first finds the
// script most letters are in, then decides between the languages written in
// that script with a character n-gram model (n = 1..5 within words) trained
// from text that ships in Debian and npm packages. For close languages of
// one script (Maithili, Sanskrit, Kashmiri against Hindi; Kashmiri against
// Urdu) a second stage, a small logistic model over the same n-grams and the
// first stage's scores trained on FLORES dev prose (lang/internal/stage2),
// decides again. See docs/lang.md for the sources, their licences, how to
// retrain, and measured accuracy.
//
// The package is hand-written rather than built on lingua-go or whatlanggo
// because neither covers Maithili, Nepali, Sanskrit, Konkani, Bodo, Dogri,
// Kashmiri, Assamese, Manipuri, Sindhi or Santali, and lingua-go embeds all
// of its 135 MB of models in any binary that imports it.
//
// It is not a dialect identifier (Awadhi, Bhojpuri, Magahi and Chhattisgarhi
// have little or no training text here and mostly come out as Hindi), not a
// transliterator, and it does not model romanised Indian languages: romanised
// Hindi-Urdu is only flagged as "hin_Latn" by a list of marker words.
package lang

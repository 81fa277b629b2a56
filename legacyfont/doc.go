// Package legacyfont turns Hindi typed in a legacy (pre-Unicode) font's
// encoding back into Unicode Devanagari, and says whether a text is in
// such an encoding.
//
// Before Unicode fonts were common, Hindi pages were typed in fonts such
// as Kruti Dev 010 that draw Devanagari glyphs in the slots of Latin
// letters: the bytes say "esjk uke" where the reader sees "मेरा नाम".
// Language ID reads such text as some Latin-script language. Converting it
// is more than a character table: the font writes the short-i sign (ि,
// key "f") before the consonant cluster it follows in speech, and the reph
// (र् above a syllable, key "Z") after the syllable it tops; half forms
// and conjuncts have glyphs of their own. KrutiDev applies the replacement
// table in order, then moves those signs to their Unicode places, then
// normalises to NFC.
//
// The table is data from a published converter, the npm package
// @anthro-ai/krutidev-unicode 0.1.0 (ISC licence; a port of LTRC IIIT
// Hyderabad's kru2uni), copied into data/krutidev.tsv by
// scripts/legacyfont/gen.sh; see SOURCES.md. The code is written here
// because no maintained Go library converts any legacy Hindi font; it
// departs from the reference where the reference is wrong on real text
// (SOURCES.md lists each change, and the FLORES test measures both).
//
// It is not a general transliterator and knows only Kruti Dev 010 (and
// the fonts that share its keyboard map, such as DevLys 010). Chanakya and
// Shusha are not converted: Walkman-Chanakya's table exists only inside one
// small converter whose output we could not check on our own text, and
// Shusha's in none we could cite. Text in another font, or English words
// set in a Latin font inside a Kruti Dev page, come out as Devanagari
// garbage: convert only what Detect says is legacy-font text.
package legacyfont

// Package legacyfont turns Hindi typed in a legacy (pre-Unicode) font's
// encoding back into Unicode Devanagari, and says whether a text is in
// such an encoding (Detect, Font.Looks).
//
// Before Unicode fonts were common, Hindi pages were typed in fonts that
// draw Devanagari glyphs in the slots of Latin characters: in Kruti Dev 010
// the bytes say "esjk uke" where the reader sees "मेरा नाम"; in
// Walkman-Chanakya (Dainik Jagran's font) they are Windows-1252 signs,
// "ÚUæÁSÍæÙ" for राजस्थान. Language ID reads such text as some
// Latin-script language. Converting it is more than a character table: the
// fonts write the short-i sign (ि) before the consonant cluster it follows
// in speech, and the reph (र् above a syllable) after the syllable it tops;
// half forms and conjuncts have glyphs of their own. KrutiDev and Chanakya
// apply the font's replacement table in order, then move those signs to
// their Unicode places, then normalise to NFC.
//
// The tables are data from published converters: the npm packages
// @anthro-ai/krutidev-unicode 0.1.0 (ISC; a port of LTRC IIIT Hyderabad's
// kru2uni) for Kruti Dev and npm-hindi-converter 0.1.2 (MIT) for
// Walkman-Chanakya, copied into data/ by scripts/legacyfont/gen.sh; see
// SOURCES.md. The code is written here because no maintained Go library
// converts any legacy Hindi font; it departs from the references where
// they are wrong on real text (SOURCES.md lists each change, and the FLORES
// tests measure both).
//
// It is not a general transliterator. It knows Kruti Dev 010 (and the fonts
// that share its keyboard map, such as DevLys 010) and Walkman-Chanakya;
// Shusha is not converted (no published mapping we could cite). Text in
// another font, or English words set in a Latin font inside a legacy-font
// paragraph, come out as Devanagari garbage: convert only what Detect says
// is in the font, and only the pieces Font.Looks accepts.
package legacyfont

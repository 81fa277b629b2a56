package lexicon

import (
	"slices"
	"strings"

	"github.com/akhbar/akhbar/internal/chillu"
	"github.com/akhbar/akhbar/internal/nasal"
)

// The other spellings of a phrase, entered beside it when the table is
// loaded (load calls spellings through countKinds and parseFile).

// spellings returns the other ways a phrase is typed, as entries of its
// own (every reader of the table then knows them):
//
//   - Devanagari and Gurmukhi without their nuktas (पढ़ो as पढो, ਫ਼ੋਟੋ as
//     ਫੋਟੋ), and Devanagari's candrabindu and anusvara for each other
//     (यहाँ, यहां), the candrabindu only where Hindi writes it, over a
//     letter with no vowel sign above it;
//   - Devanagari's candra o (ॉ) as the aa sign and the candra (ाॅ), as
//     fonts converted from older encodings write it (काॅपीराइट);
//   - a nasal before a stop as the anusvara or as the class's nasal
//     consonant with a virama (संपादक, सम्पादक: package nasal);
//   - Urdu and Kashmiri typed on an Arabic keyboard: Arabic yeh and kaf
//     (ي ك) for Farsi yeh and keheh (ی ک), Arabic heh (ه) for heh goal
//     (ہ), each change alone and both, a word's last yeh as alef maksura
//     (ى) (Sindhi's letters are left: its ي and ک are letters of their
//     own);
//   - Assamese with Bengali's ra and ba (ৰ ৱ as র ব), Odia's two
//     encodings of wa (ୱ ଵ) for each other, and Gurmukhi's tippi and bindi
//     (ੰ ਂ), the nasal's two shapes, typists' one for the other;
//   - Malayalam's chillus in the older encoding, the consonant, virama
//     and zero-width joiner (ന്‍ for ൻ), which pages still print;
//   - without its zero-width non-joiners (Telugu యాప్‌ను as యాప్ను), which
//     many typists leave out;
//   - a closing colon with a space before it ("Tags :", "लेखक :"), as
//     Indian and French typists set it.
//
// A file lists the spelling its sites print; readers and older systems
// type these too. Nil for most phrases, which have none of these signs.
func spellings(phrase string) []string {
	if !maySpell(phrase) {
		return nil
	}
	spacedColon := strings.HasSuffix(phrase, ":") && !strings.HasSuffix(phrase, " :")
	var out []string
	addAll := func(vs ...string) {
		for _, v := range vs {
			if v != phrase && !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
	}
	var has struct {
		nasalSign, nukta, candraO, farsi, chillu, sindhi, assamese, odiaWa, gurmukhiNasal bool
	}
	for _, r := range phrase {
		switch {
		case r == 0x0901 || r == 0x0902:
			has.nasalSign = true
		case r == 0x093C || r == 0x0A3C:
			has.nukta = true
		case r == 0x0949:
			has.candraO = true
		case r == 'ৰ' || r == 'ৱ':
			has.assamese = true
		case r == 'ୱ' || r == 'ଵ':
			has.odiaWa = true
		case r == 0x0A70 || r == 0x0A02:
			has.gurmukhiNasal = true
		case r == 'ی' || r == 'ک' || r == 'ہ' || r == 'ۂ':
			has.farsi = true
		case chillu.Is(r):
			has.chillu = true
		case r >= 0x0600 && r < 0x0700 && sindhiLetter(r):
			has.sindhi = true
		}
	}
	candra := func(s string, toCandra bool) string {
		if !has.nasalSign {
			return s
		}
		var b strings.Builder
		prev := rune(0)
		for _, r := range s {
			switch {
			case !toCandra && r == 0x0901:
				r = 0x0902
			case toCandra && r == 0x0902 && (prev >= 0x0905 && prev <= 0x0939 || prev == 0x093E || prev == 0x0941 || prev == 0x0942):
				r = 0x0901
			}
			b.WriteRune(r)
			prev = r
		}
		return b.String()
	}
	// NFC writes the nukta letters apart (क़ as क and ़: Unicode's
	// composition exclusions), so the nukta is a rune of its own here.
	noNukta := phrase
	if has.nukta {
		noNukta = toNFC(noNuktas.Replace(phrase))
	}
	for _, s := range []string{phrase, noNukta} {
		addAll(s, candra(s, false), candra(s, true), nasal.ToAnusvara(s), nasal.ToConsonant(s))
	}
	if has.farsi && !has.sindhi {
		yk := arabicYehKaf.Replace(phrase)
		addAll(yk, arabicHeh.Replace(phrase), arabicHeh.Replace(yk), finalMaksura(phrase), finalMaksura(yk))
	}
	if has.candraO {
		addAll(strings.ReplaceAll(phrase, "\u0949", "\u093e\u0945"))
	}
	if has.assamese {
		addAll(assameseAsBengali.Replace(phrase))
	}
	if has.odiaWa {
		addAll(odiaWa.Replace(phrase))
	}
	if has.gurmukhiNasal {
		addAll(strings.ReplaceAll(phrase, "\u0a70", "\u0a02"), strings.ReplaceAll(phrase, "\u0a02", "\u0a70"))
	}
	if has.chillu {
		addAll(chillu.Older(phrase))
	}
	if strings.Contains(phrase, "\u200c") {
		addAll(strings.ReplaceAll(phrase, "\u200c", ""))
	}
	if spacedColon {
		addAll(strings.TrimSuffix(phrase, ":") + " :")
	}
	return out
}

var (
	arabicYehKaf = strings.NewReplacer("ی", "ي", "ک", "ك")
	arabicHeh    = strings.NewReplacer("ہ", "ه", "ۂ", "ۀ")
	// Assamese typed with Bengali's ra and ba, as keyboards and fonts made
	// for Bengali write it.
	assameseAsBengali = strings.NewReplacer("ৰ", "র", "ৱ", "ব")
	// Odia's two encodings of wa (U+0B71 and U+0B35), each for the other.
	odiaWa = strings.NewReplacer("ୱ", "ଵ", "ଵ", "ୱ")
)

// finalMaksura writes a word's last yeh, Farsi or Arabic, as the dotless
// alef maksura (ى), which looks the same there and which Arabic keyboards
// type: نئى دہلى.
func finalMaksura(s string) string {
	if !strings.ContainsRune(s, 'ی') && !strings.ContainsRune(s, 'ي') {
		return s
	}
	rs := []rune(s)
	for i, r := range rs {
		if (r == 'ی' || r == 'ي') && (i+1 == len(rs) || rs[i+1] == ' ' || rs[i+1] == ':') {
			rs[i] = 'ى'
		}
	}
	return string(rs)
}

// sindhiLetter reports a letter of Sindhi's Arabic alphabet that no other
// language of the table writes (ڪ ڳ ڱ ڄ ڃ ڦ ڻ ٻ ڀ ٿ ٽ ڏ ڌ ڍ ڊ): a phrase
// with one is Sindhi.
func sindhiLetter(r rune) bool { return strings.ContainsRune("ڪڳڱڄڃڦڻٻڀٿٽڏڌڍڊ", r) }

// maySpell reports whether spellings may find another spelling of phrase:
// a quick test of its bytes, asked of every line of the table at every
// start.
func maySpell(phrase string) bool {
	return strings.HasSuffix(phrase, ":") || hasSpellingSign(phrase) || nasal.Has(phrase)
}

var noNuktas = strings.NewReplacer("\u093c", "", "\u0a3c", "")

// hasSpellingSign reports a letter spellings changes in s: a Devanagari
// nukta, candrabindu, anusvara or candra o, a Gurmukhi nukta, bindi or
// tippi (E0 A4 BC, 81, 82; E0 A5 89; E0 A8 BC, 82; E0 A9 B0), Assamese
// ra and wa (E0 A7 B0, B1), Odia's two wa (E0 AD B1, E0 AC B5), a
// Malayalam chillu (E0 B5 BA-BF), a Farsi yeh, keheh or heh goal (DB 8C,
// DA A9, DB 81, DB 82), a zero-width non-joiner (E2 80 8C), in one pass
// over its bytes.
func hasSpellingSign(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		switch b1 := s[i+1]; s[i] {
		case 0xE0:
			if i+2 >= len(s) {
				return false
			}
			switch b2 := s[i+2]; {
			case b1 == 0xA4 && (b2 == 0xBC || b2 == 0x81 || b2 == 0x82), b1 == 0xA5 && b2 == 0x89, b1 == 0xA8 && (b2 == 0xBC || b2 == 0x82),
				b1 == 0xA9 && b2 == 0xB0,
				b1 == 0xA7 && (b2 == 0xB0 || b2 == 0xB1), b1 == 0xAD && b2 == 0xB1, b1 == 0xAC && b2 == 0xB5,
				b1 == 0xB5 && b2 >= 0xBA && b2 <= 0xBF:
				return true
			}
		case 0xDB:
			if b1 == 0x8C || b1 == 0x81 || b1 == 0x82 {
				return true
			}
		case 0xDA:
			if b1 == 0xA9 {
				return true
			}
		case 0xE2:
			if b1 == 0x80 && i+2 < len(s) && s[i+2] == 0x8C {
				return true
			}
		}
	}
	return false
}

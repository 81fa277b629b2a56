package words

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/akhbar/akhbar/clean"
)

// refTokens is the tokeniser as first written (NFC always, one byte at a
// time), kept as the reference the faster one must agree with exactly.
func refTokens(s string, f Flags) []string {
	var out []string
	s = clean.NFC(s)
	var buf []byte
	inDigits := false
	emit := func() {
		if len(buf) == 0 {
			return
		}
		if inDigits && f&FoldDigits != 0 {
			buf = append(buf[:0], '0')
		}
		// Lower-casing after NFC can leave a letter and a mark that NFC
		// writes as one rune: the token is NFC again.
		out = append(out, clean.NFC(string(buf)))
		buf = buf[:0]
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case '0' <= c && c <= '9':
				if len(buf) == 0 {
					inDigits = true
				}
				buf = append(buf, c)
				continue
			case c == '_':
			default:
				emit()
				continue
			}
			inDigits = false
			buf = append(buf, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch class(r) {
		case sep:
			emit()
			continue
		case continua:
			emit()
			inDigits = false
			buf = utf8.AppendRune(buf, r)
			for i < len(s) {
				m, n := utf8.DecodeRuneInString(s[i:])
				if class(m) != mark {
					break
				}
				buf = utf8.AppendRune(buf, m)
				i += n
			}
			emit()
			continue
		case digit:
			if len(buf) == 0 {
				inDigits = true
			}
			buf = utf8.AppendRune(buf, r)
			continue
		case cased:
			r = unicode.ToLower(r)
		}
		inDigits = false
		buf = utf8.AppendRune(buf, r)
	}
	emit()
	return out
}

func checkAgainstReference(t *testing.T, s string) {
	t.Helper()
	for _, f := range []Flags{0, FoldDigits} {
		want := refTokens(s, f)
		got := Tokens(s, f)
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
			t.Fatalf("Tokens(%q, %d) = %q, reference %q", s, f, got, want)
		}
		hashes := Hashes(nil, s, f)
		if len(hashes) != len(want) {
			t.Fatalf("Hashes(%q, %d) gave %d hashes for %d tokens", s, f, len(hashes), len(want))
		}
		for i, h := range hashes {
			var tk Tokenizer
			var one []uint64
			tk.Each(want[i], func(x uint64) { one = append(one, x) })
			if len(one) != 1 || one[0] != h {
				t.Fatalf("Hashes(%q, %d)[%d] does not hash the token %q", s, f, i, want[i])
			}
		}
	}
}

// TestTokensMatchReference compares the tokeniser with refTokens on texts
// that mix every path of the fast one: runs of lower-case ASCII broken by
// capitals, digits, underscores and non-ASCII letters and marks, text that
// NFC rewrites, ASCII-only text of every length around the eight-byte
// ASCII check.
func TestTokensMatchReference(t *testing.T) {
	texts := []string{
		"", "a", "abcdefg", "abcdefgh", "abcdefghi", "The Quick brownFox jumps_over 12ab 3 x9",
		"naïve café e\u0301te\u0301 ÉTÉ", "abc\u0301def", "ab\u200cc abc漢字def ภาษาabc",
		"कखग abc ಕನ್ನಡabc abcक़", "aaaaaaa\xffbbbb \xc3", "2024 २०२४a a२ a_b_ _",
		"ΑΘΗΝΑ athens ΑθΗνΑ", strings.Repeat("plain ascii words only. ", 20),
		strings.Repeat("x", 7) + "é", strings.Repeat("y", 8) + "é", strings.Repeat("z", 9) + "\u0301",
	}
	for _, s := range texts {
		checkAgainstReference(t, s)
	}
	// Random strings over a small alphabet that holds one rune of every
	// path, at every offset relative to the eight-byte blocks.
	alphabet := []string{"a", "z", "Q", "0", "9", "_", " ", ".", "é", "\u0301", "क", "ि", "北", "ภ", "ุ", "\u200d", "٣", "\xff"}
	seed := uint32(1)
	for range 3000 {
		var b strings.Builder
		seed = seed*1664525 + 1013904223
		n := int(seed>>24) % 40
		for range n {
			seed = seed*1664525 + 1013904223
			b.WriteString(alphabet[int(seed>>16)%len(alphabet)])
		}
		checkAgainstReference(t, b.String())
	}
}

func FuzzTokensMatchReference(f *testing.F) {
	for _, s := range []string{"Hello, World! it's", "हिंदी समाचार।", "e\u0301te\u0301", "abc漢字", "4g 2024a", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkAgainstReference(t, s) })
}

package textfeat

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refWords is the first Scanner.Words, with package unicode and the nukta
// map asked about every rune; the table-driven Words must cut and spell the
// same words. It bounds a word by not adding a rune that would pass
// MaxWordBytes with the closing pad, where Words cuts the word afterwards.
func refWords(text string, fn func(Word)) {
	buf := []byte{' '}
	cur := None
	letters := 0
	full := false // a rune did not fit: the word's form is complete
	add := func(r rune) {
		if full = full || len(buf)+utf8.RuneLen(r) >= MaxWordBytes; !full {
			buf = utf8.AppendRune(buf, r)
		}
	}
	flush := func() {
		if letters > 0 {
			buf = append(buf, ' ')
			fn(Word{Script: cur, Letters: letters, Padded: buf})
		}
		buf = append(buf[:0], ' ')
		cur = None
		letters = 0
		full = false
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		if r == utf8.RuneError && size == 1 {
			flush()
			continue
		}
		if ignorable(r) {
			continue
		}
		if !(r < 0x80 && r|0x20 >= 'a' && r|0x20 <= 'z') && !(r >= 0x80 && (unicode.IsLetter(r) || unicode.IsMark(r))) {
			flush()
			continue
		}
		s := Of(r).Group()
		if s == Inherited || (r >= 0x300 && unicode.IsMark(r)) {
			if cur == None {
				continue
			}
			s = cur
		}
		if s == None {
			flush()
			continue
		}
		if s != cur && cur != None {
			flush()
		}
		cur = s
		if s.Cased() {
			r = unicode.ToLower(r)
		}
		if d, ok := nuktaForms[r]; ok {
			add(d[0])
			add(d[1])
			letters++
			continue
		}
		letters++
		add(r)
	}
	flush()
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{
		"Hello, World!", "नमस्ते दुनिया।", "हिंदीEnglish", "\u0958\u093e\u095f", "a\u200db\xffc",
		"\u093e\u093f 42", "東京はカ", "ÀÉÎ Straße İstanbul", "𝐀𝐁 😀 𐐀𐐨", "ক\u09dcা ਖ਼ ଡ଼", "aé\u0301 z\u0300x",
		// Invalid three-byte forms: overlong, surrogate, cut short.
		"क\xe0\x80\x80ख", "क\xed\xa0\x80ख", "क\xe0\xa4", "क\xe0\xa4x", "\xef\xbf\xbdक",
		// Words about MaxWordBytes long, cut inside or after a rune.
		strings.Repeat("a", MaxWordBytes-2), strings.Repeat("a", MaxWordBytes-1) + " b",
		"a" + strings.Repeat("क", MaxWordBytes/3), "ab" + strings.Repeat("क", MaxWordBytes/3),
		strings.Repeat("\u0958", MaxWordBytes/6+1), strings.Repeat("x", 3*MaxWordBytes) + "क",
		strings.Repeat("a", MaxWordBytes-3) + "éa",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var got, want []Word
		var sc Scanner
		sc.Words(text, func(w Word) {
			w.Padded = slices.Clone(w.Padded)
			got = append(got, w)
		})
		refWords(text, func(w Word) {
			w.Padded = slices.Clone(w.Padded)
			want = append(want, w)
		})
		if !slices.EqualFunc(got, want, func(a, b Word) bool {
			return a.Script == b.Script && a.Letters == b.Letters && string(a.Padded) == string(b.Padded)
		}) {
			t.Fatalf("Words(%q) = %v, reference %v", text, got, want)
		}
	})
}

// TestWordsEveryRune runs every rune below U+30000 through Words and the
// reference, alone and between letters.
func TestWordsEveryRune(t *testing.T) {
	var got, want []byte
	var sc Scanner
	for r := rune(0); r < 0x30000; r++ {
		text := "a" + string(r) + "क" + string(r)
		got, want = got[:0], want[:0]
		sc.Words(text, func(w Word) { got = append(append(got, w.Padded...), byte(w.Script), byte(w.Letters)) })
		refWords(text, func(w Word) { want = append(append(want, w.Padded...), byte(w.Script), byte(w.Letters)) })
		if string(got) != string(want) {
			t.Fatalf("%U: Words %q, reference %q", r, got, want)
		}
	}
}

// FuzzNgrams checks Ngrams, which finds each rune's bytes once, against
// ngramsSlow, the walk it replaced (which decodes a rune for every n-gram
// it is in), on any bytes: valid words, invalid UTF-8, words longer than
// runeStarts's buffer, and an early stop.
func FuzzNgrams(f *testing.F) {
	for _, s := range []string{
		" नमस्ते ", " a ", "  ", "", " ", " \xe0\xa4 ", " \xed\xa0\x80x ", " é\xff ",
		" " + strings.Repeat("क्ष", 60) + " ", " " + strings.Repeat("ab", 70) + " ",
	} {
		f.Add([]byte(s), uint8(0))
		f.Add([]byte(s), uint8(3))
	}
	f.Fuzz(func(t *testing.T, padded []byte, stop uint8) {
		type ng struct {
			order int
			h     uint64
		}
		collect := func(walk func([]byte, func(int, uint64) bool)) []ng {
			var out []ng
			walk(padded, func(o int, h uint64) bool {
				out = append(out, ng{o, h})
				return stop == 0 || o < int(stop)
			})
			return out
		}
		got, want := collect(Ngrams), collect(ngramsSlow)
		if !slices.Equal(got, want) {
			t.Fatalf("Ngrams(%q) = %v, the plain walk %v", padded, got, want)
		}
		if stop != 0 {
			return
		}
		for _, size := range []int{len(want), len(want) + 1, max(len(want)-1, 0), 96} {
			hs, ords := make([]uint64, size), make([]uint8, size)
			n := NgramsInto(padded, hs, ords)
			if n < 0 {
				if size >= len(want) && len(padded) < 100 {
					t.Fatalf("NgramsInto(%q, %d slots) = -1 for %d n-grams", padded, size, len(want))
				}
				continue
			}
			var into []ng
			for i := range n {
				into = append(into, ng{int(ords[i]), hs[i]})
			}
			if !slices.Equal(into, want) {
				t.Fatalf("NgramsInto(%q, %d slots) = %v, the plain walk %v", padded, size, into, want)
			}
		}
	})
}

// TestDecode compares decode with utf8.DecodeRuneInString on every
// three-byte sequence that starts with a three-byte lead (all 16 × 256 × 256),
// at the end of a text and before more bytes.
func TestDecode(t *testing.T) {
	b := make([]byte, 4)
	for c0 := 0xE0; c0 <= 0xEF; c0++ {
		for c1 := 0; c1 < 256; c1++ {
			for c2 := 0; c2 < 256; c2++ {
				b[0], b[1], b[2], b[3] = byte(c0), byte(c1), byte(c2), 'x'
				for _, s := range []string{string(b[:3]), string(b), string(b[:2])} {
					r, n := decode(s, 0)
					wr, wn := utf8.DecodeRuneInString(s)
					if r != wr || n != wn {
						t.Fatalf("decode(%q) = %U, %d; utf8 %U, %d", s, r, n, wr, wn)
					}
				}
			}
		}
	}
}

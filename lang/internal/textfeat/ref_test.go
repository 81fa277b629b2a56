package textfeat

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refWords is the first Scanner.Words, with package unicode and the nukta
// map asked about every rune; the table-driven Words must cut and spell the
// same words.
func refWords(text string, fn func(Word)) {
	buf := []byte{' '}
	cur := None
	letters := 0
	flush := func() {
		if letters > 0 {
			buf = append(buf, ' ')
			fn(Word{Script: cur, Letters: letters, Padded: buf})
		}
		buf = append(buf[:0], ' ')
		cur = None
		letters = 0
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
			buf = utf8.AppendRune(buf, d[0])
			buf = utf8.AppendRune(buf, d[1])
			letters++
			continue
		}
		letters++
		buf = utf8.AppendRune(buf, r)
	}
	flush()
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{
		"Hello, World!", "नमस्ते दुनिया।", "हिंदीEnglish", "\u0958\u093e\u095f", "a\u200db\xffc",
		"\u093e\u093f 42", "東京はカ", "ÀÉÎ Straße İstanbul", "𝐀𝐁 😀 𐐀𐐨", "ক\u09dcা ਖ਼ ଡ଼", "aé\u0301 z\u0300x",
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

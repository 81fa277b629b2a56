package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestDecode(t *testing.T) {
	w1252, _ := charmap.Windows1252.NewEncoder().String("Grüße aus Köln – „schön“")
	sjis, _ := japanese.ShiftJIS.NewEncoder().String("東京の天気は晴れです。明日も晴れるでしょう。")
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String("北京今天天气很好，明天也会是晴天。")
	latin5, _ := charmap.ISO8859_9.NewEncoder().String("İstanbul'da hava güzel")
	tests := []struct {
		name, in, declared, want, charset string
		html                              bool
	}{
		{"utf8", "नई दिल्ली", "", "नई दिल्ली", "utf-8", false},
		{"bom", "\xef\xbb\xbfhello", "", "hello", "utf-8", false},
		{"utf8 declared latin1", "Grüße", "text/html; charset=iso-8859-1", "Grüße", "utf-8", true},
		{"declared 1252", w1252, "text/html; charset=windows-1252", "Grüße aus Köln – „schön“", "windows-1252", true},
		{"meta 1252", `<meta charset="iso-8859-1"><p>` + w1252, "", `<meta charset="iso-8859-1"><p>Grüße aus Köln – „schön“`, "windows-1252", true},
		{"declared sjis", sjis, "Shift_JIS", "東京の天気は晴れです。明日も晴れるでしょう。", "shift_jis", false},
		{"declared gbk", gbk, "gbk", "北京今天天气很好，明天也会是晴天。", "gbk", false},
		{"declared latin5", latin5, "iso-8859-9", "İstanbul'da hava güzel", "windows-1254", false},
		{"mojibake", "CafÃ© â€“ Ã¼ber", "", "Café – über", "utf-8", false},
		{"mojibake devanagari", "\u00e0\u00a4\u00a8\u00e0\u00a4\u02c6 \u00e0\u00a4\u00a6\u00e0\u00a4\u00bf\u00e0\u00a4\u00b2\u00e0\u00a5\u008d\u00e0\u00a4\u00b2\u00e0\u00a5\u20ac", "", "नई दिल्ली", "utf-8", false},
		{"genuine latin", "São Paulo, Ärger, naïve", "", "São Paulo, Ärger, naïve", "utf-8", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Decode([]byte(tc.in), tc.declared, tc.html)
			if string(d.Text) != tc.want {
				t.Errorf("text %q, want %q", d.Text, tc.want)
			}
			if d.Charset != tc.charset {
				t.Errorf("charset %q, want %q (how %s)", d.Charset, tc.charset, d.How)
			}
		})
	}
}

func TestDecodeDetects(t *testing.T) {
	// No declaration at all: the detector must find a legacy encoding
	// that turns the text back into the original.
	want := "北京今天天气很好，明天也会是晴天。人们都出去散步，公园里有很多孩子在玩。"
	gbk, _ := simplifiedchinese.GB18030.NewEncoder().String(want)
	d := Decode([]byte(gbk), "", false)
	if string(d.Text) != want {
		t.Errorf("detected %s (%s): %q", d.Charset, d.How, d.Text)
	}
}

func FuzzRepairMojibake(f *testing.F) {
	for _, s := range []string{"CafÃ© â€“", "à¤¨à¤ˆ", "São", "Ã", "\xc3\x82\xc2", "plain"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, _ := RepairMojibake([]byte(s))
		if len(out) > len(s) {
			t.Fatalf("repair grew %q to %q", s, out)
		}
	})
}

// TestRepairCyrillicMojibake: UTF-8 Hindi read as DOS or Windows Cyrillic
// comes back; real Russian text is left alone.
func TestRepairCyrillicMojibake(t *testing.T) {
	hindi := "झारखंड में भाजपा नेता, पत्नी व बेटे की हत्या, घर में घुस कर मारी गोली"
	for _, cm := range []*charmap.Charmap{charmap.CodePage866, charmap.Windows1251} {
		garbled, err := cm.NewDecoder().String(hindi)
		if err != nil {
			t.Fatal(err)
		}
		got, n := RepairMojibake([]byte(garbled))
		if string(got) != hindi || n == 0 {
			t.Errorf("%v: RepairMojibake(%q) = %q (%d runs), want %q", cm, garbled, got, n, hindi)
		}
	}
	russian := "Президент России провёл совещание с членами правительства в среду, сообщает пресс-служба Кремля."
	if got, n := RepairMojibake([]byte(russian)); string(got) != russian || n != 0 {
		t.Errorf("Russian text changed: %q (%d runs)", got, n)
	}
}

// manyCyrillicByRunes is manyCyrillic as it was written first, rune by
// rune: the byte count must answer the same.
func manyCyrillicByRunes(b []byte) bool {
	cyr, all := 0, 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		i += size
		all++
		if r >= 0x0400 && r <= 0x04FF {
			cyr++
		}
	}
	return cyr*10 >= all && cyr >= 8
}

var cyrillicCases = []string{"", "абвгдежзий", "абвгдеж", "abc абвгдежзийк", strings.Repeat("a", 100) + "абвгдежзи",
	strings.Repeat("a", 70) + "абвгдежзи", "\xd0\xd0\xd0\xd0\xd0\xd0\xd0\xd0\x80", "\xd0абвгдежзи\xd3", "рдирд┐рдирд┐ ЁЯСЖ ӿӿ Ԁ",
	"\xe0\xd0\x80абвгдежз", "\xf0\x9f\xd0\x80абвгдежз"}

func TestManyCyrillic(t *testing.T) {
	for _, s := range cyrillicCases {
		if got, want := manyCyrillic([]byte(s)), manyCyrillicByRunes([]byte(s)); got != want {
			t.Errorf("manyCyrillic(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzManyCyrillic(f *testing.F) {
	for _, s := range cyrillicCases {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := manyCyrillic(b), manyCyrillicByRunes(b); got != want {
			t.Errorf("manyCyrillic(%q) = %v, want %v", b, got, want)
		}
	})
}

// BenchmarkManyCyrillic runs manyCyrillic over the kit's text dumps (as
// the text step's decoding does for each); skipped without the kit.
func BenchmarkManyCyrillic(b *testing.B) {
	bodies, size := kitDumps(b)
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, body := range bodies {
			_ = manyCyrillic(body)
		}
	}
}

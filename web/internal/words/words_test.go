package words

import (
	"reflect"
	"strings"
	"testing"
)

func TestEach(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello, World!", []string{"hello", "world"}},
		{"नई दिल्ली: विदेश मंत्री", []string{"नई", "दिल्ली", "विदेश", "मंत्री"}},
		{"क्षेत्र में", []string{"क्षेत्र", "में"}},
		{"2024-07-03 G7", []string{"2024", "07", "03", "g7"}},
		{"ரூ.500 কোটি", []string{"ரூ", "500", "কোটি"}},
		{"a" + strings.Repeat("x", MaxLen) + " ok", []string{"ok"}},
		{"ÉCOLE école", []string{"école", "école"}},
	}
	for _, tt := range tests {
		var got []string
		Each(tt.in, func(w string) { got = append(got, w) })
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Each(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if n := Count(tt.in); n < len(tt.want) {
			t.Errorf("Count(%q) = %d, fewer than the %d words Each yields", tt.in, n, len(tt.want))
		}
	}
}

func TestCountMatchesEach(t *testing.T) {
	s := "नई दिल्ली: विदेश मंत्री एस जयशंकर ने बुधवार को (एससीओ) G-7, 200 भारतीय"
	n := 0
	Each(s, func(string) { n++ })
	if c := Count(s); c != n {
		t.Errorf("Count = %d, Each yields %d", c, n)
	}
}

func FuzzEach(f *testing.F) {
	f.Add("नई दिल्ली: Hello")
	f.Add("\xff\xfe a\u200cb")
	f.Fuzz(func(t *testing.T, s string) {
		n := 0
		Each(s, func(w string) {
			n++
			if w == "" || len(w) > MaxLen*2 {
				t.Fatalf("bad word %q", w)
			}
		})
		if c := Count(s); c < n {
			t.Fatalf("Count %d < Each %d", c, n)
		}
	})
}

func TestTableMatchesUnicode(t *testing.T) {
	bmpOnce.Do(buildBMP)
	for r := rune(0); r < 0x10000; r++ {
		if isWordRune(r) != slowWordRune(r) {
			t.Fatalf("%U: table %v, unicode %v", r, isWordRune(r), slowWordRune(r))
		}
	}
}

func BenchmarkEach(b *testing.B) {
	s := strings.Repeat("नई दिल्ली: विदेश मंत्री एस जयशंकर ने बुधवार को कजाखिस्तान की राजधानी अस्ताना में Shanghai Cooperation (SCO) ", 50)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Each(s, func(string) {})
	}
}

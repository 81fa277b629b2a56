package clean

import (
	"strings"
	"testing"
	"unicode"

	"github.com/cespare/xxhash/v2"

	"github.com/akhbar/akhbar/pipeline"
)

func TestMarkRepeats(t *testing.T) {
	long1 := "The council approved a new budget on Tuesday after a long debate."
	long2 := "The mayor said the plan would add two hundred teachers."
	tests := []struct {
		name  string
		texts []string
		refs  map[int]int // repeated block -> the block it copies; all others not repeated
	}{
		{"no copies", []string{long1, long2}, nil},
		{"long block copied", []string{long1, long2, long1}, map[int]int{2: 0}},
		{"copy with other spacing, case and punctuation", []string{long1, "the council approved a new  budget on tuesday, after a long debate"}, map[int]int{1: 0}},
		{"short blocks alone do not repeat", []string{"Share", long1, "Share"}, nil},
		{"a short block inside a copied run does", []string{long1, "Sub heading", long2, long1, "Sub heading", long2}, map[int]int{3: 0, 4: 1, 5: 2}},
		{"three copies point at the first", []string{long1, long2, long1, long1}, map[int]int{2: 0, 3: 0}},
		{"copies of a copy point at the original", []string{long1, "Sub", long2, long1, "Sub", long2, long1, "Sub", long2},
			map[int]int{3: 0, 4: 1, 5: 2, 6: 0, 7: 1, 8: 2}},
		{"empty blocks are never copies", []string{"", long1, ""}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := make([]pipeline.Block, len(tt.texts))
			for i, s := range tt.texts {
				blocks[i] = pipeline.Block{Start: i + 1, End: i + 1, Text: s}
			}
			markRepeats(blocks, func(int) bool { return false }, minRepeatLetters)
			for i, b := range blocks {
				ref, want := tt.refs[i]
				if got := b.Role == pipeline.RoleRepeated; got != want {
					t.Errorf("block %d %q: repeated = %v, want %v", i, b.Text, got, want)
					continue
				}
				if want && b.Ref != ref {
					t.Errorf("block %d: Ref %d, want %d", i, b.Ref, ref)
				}
			}
		})
	}
}

func TestMarkRepeatsSkip(t *testing.T) {
	long := "The council approved a new budget on Tuesday after a long debate."
	blocks := []pipeline.Block{{Text: long}, {Text: long, Tag: "img"}, {Text: long}}
	markRepeats(blocks, func(i int) bool { return blocks[i].Tag == "img" }, minRepeatLetters)
	if blocks[1].Role == pipeline.RoleRepeated {
		t.Error("a skipped block was marked")
	}
	if blocks[2].Role != pipeline.RoleRepeated || blocks[2].Ref != 0 {
		t.Errorf("block 2: %s ref %d, want repeated of 0", blocks[2].Role, blocks[2].Ref)
	}
}

func TestContentKeyVariants(t *testing.T) {
	for _, p := range [][2]string{
		{"উৎসব শুরু হল", "উত্\u200dসব শুরু হল"},
		{"അവൻ വന്നു", "അവന്\u200d വന്നു"},
		{"کتاب یہاں ہے", "كتاب يہاں ہے"},
		{"میان", "\ufee3\ufef4\ufe8e\ufee7"},
	} {
		a, _ := contentKey(p[0])
		b, _ := contentKey(p[1])
		if a != b {
			t.Errorf("%q and %q compare different", p[0], p[1])
		}
	}
	if a, _ := contentKey("അവൻ"); a == func() uint64 { k, _ := contentKey("അവള്"); return k }() {
		t.Error("different words compare equal")
	}
}

func TestHasCreditWholeWord(t *testing.T) {
	for in, want := range map[string]bool{
		"ಕೋಟೆಯ ನೋಟ (ಚಿತ್ರದುರ್ಗ)":          false,
		"ಕೋಟೆಯ ನೋಟ (ಚಿತ್ರ: ರಮೇಶ್)":        true,
		"नई दिल्ली में बैठक (फोटो: भाषा)": true,
		"rally in delhi (photos: pti)":    true,
		"a view of the hills (profile)":   false,
		"a view (@handle)":                true,
		"ਵਿਧਾਨ ਸਭਾ ਫੋਟੋ: ਪੀਟੀਆਈ":          true,
	} {
		if got := hasCredit(in); got != want {
			t.Errorf("hasCredit(%q) = %v, want %v", in, got, want)
		}
	}
}

// refContentKey is contentKey as first written: the folded letters
// gathered into a string, then hashed.
func refContentKey(s string) (uint64, int) {
	var b strings.Builder
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) {
			if v := foldVariant(r); v != "" {
				b.WriteString(v)
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			letters++
		}
	}
	return xxhash.Sum64String(b.String()), letters
}

func FuzzContentKey(f *testing.F) {
	for _, s := range []string{"", "Hello, World 42", "नमस्ते दुनिया", "അവൻ ൽ", "ﷺ ﻻ", "\xff\xfeAB", strings.Repeat("ಕನ್ನಡ ", 200), "tail \ufe73 fragment"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, n := contentKey(s)
		rk, rn := refContentKey(s)
		if k != rk || n != rn {
			t.Fatalf("contentKey(%q) = %x, %d; reference %x, %d", s, k, n, rk, rn)
		}
	})
}

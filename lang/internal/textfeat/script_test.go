package textfeat

import "testing"

func TestScriptCodesUnique(t *testing.T) {
	seen := map[string]int{}
	for i, c := range Codes {
		if j, ok := seen[c]; ok {
			t.Errorf("script code %q used by %d and %d", c, j, i)
		}
		seen[c] = i
	}
}

func TestOf(t *testing.T) {
	for _, tc := range []struct {
		r    rune
		want string
	}{
		{'a', "Latn"}, {'क', "Deva"}, {'অ', "Beng"}, {'ਕ', "Guru"}, {'ક', "Gujr"},
		{'କ', "Orya"}, {'க', "Taml"}, {'క', "Telu"}, {'ಕ', "Knda"}, {'ക', "Mlym"},
		{'ක', "Sinh"}, {'ب', "Arab"}, {'ᱚ', "Olck"}, {'ꯀ', "Mtei"}, {'ཀ', "Tibt"},
		{'я', "Cyrl"}, {'中', "Hani"}, {'한', "Hang"}, {'ก', "Thai"}, {'ក', "Khmr"},
		{'က', "Mymr"}, {'あ', "Hira"}, {'カ', "Kana"}, {'𑒏', "Tirh"}, {'1', ""}, {'।', ""},
	} {
		if got := Of(tc.r).Code(); got != tc.want {
			t.Errorf("Of(%q) = %q, want %q", tc.r, got, tc.want)
		}
	}
	if Of('あ').Group() != Of('中') || Of('カ').Group() != Of('中') {
		t.Error("kana does not group with Han")
	}
}

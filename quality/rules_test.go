package quality

import (
	"strings"
	"testing"
)

func TestPresetsValid(t *testing.T) {
	for _, n := range PresetNames() {
		r, err := Preset(n)
		if err != nil {
			t.Fatal(err)
		}
		if err := r.Validate(); err != nil {
			t.Errorf("%s: %v", n, err)
		}
	}
	if _, err := Preset("nope"); err == nil {
		t.Error("unknown preset accepted")
	}
}

func TestRulesFor(t *testing.T) {
	r := Rules{
		Min: map[string]float64{KeyWordCount: 50, KeyMeanWord: 3},
		Langs: map[string]Rules{
			"*_Deva":   {Min: map[string]float64{KeyMeanWord: 1.5}},
			"hin_*":    {Min: map[string]float64{KeyWordCount: 40}},
			"hin_Deva": {Disable: []string{KeyMeanWord}},
		},
	}
	for _, c := range []struct {
		lang       string
		words      float64
		meanWord   float64
		hasMeanMin bool
	}{
		{"eng_Latn", 50, 3, true},
		{"mar_Deva", 50, 1.5, true},
		{"hin_Latn", 40, 3, true},
		{"hin_Deva", 40, 0, false},
		{"", 50, 3, true},
	} {
		e := r.For(c.lang)
		mw, ok := e.Min[KeyMeanWord]
		if e.Min[KeyWordCount] != c.words || ok != c.hasMeanMin || (ok && mw != c.meanWord) {
			t.Errorf("For(%q) = %v", c.lang, e.Min)
		}
	}
	if r.Min[KeyMeanWord] != 3 {
		t.Error("For changed the base rules")
	}
}

func TestCheckOrderAndFlags(t *testing.T) {
	r := Rules{
		Min:      map[string]float64{KeyWordCount: 10, KeySentences: 2},
		Max:      map[string]float64{KeyMojibake: 0.01, KeyShortLine: 0.5},
		FlagOnly: []string{KeyShortLine},
	}
	s := Signals{KeyWordCount: 5, KeySentences: 0, KeyMojibake: 0.2, KeyShortLine: 0.9}
	flags, rej := r.Check(s, "")
	want := []string{"quality:word_count", "quality:mojibake_frac", "quality:sentence_count", "quality:short_line_frac"}
	if strings.Join(flags, ",") != strings.Join(want, ",") || rej != "quality:word_count" {
		t.Errorf("flags %v reject %q; want %v, quality:word_count", flags, rej, want)
	}
	// Flag-only failures alone keep the document.
	flags, rej = r.Check(Signals{KeyWordCount: 50, KeySentences: 3, KeyShortLine: 0.9}, "")
	if rej != "" || len(flags) != 1 {
		t.Errorf("flag-only: flags %v reject %q", flags, rej)
	}
	// Absent signals are not checked.
	if flags, rej = r.Check(Signals{}, ""); rej != "" || flags != nil {
		t.Errorf("absent signals: flags %v reject %q", flags, rej)
	}
	f := r.Failures(s, "")[0]
	if f.String() != "word_count 5 < 10" {
		t.Errorf("failure text %q", f.String())
	}
}

func TestMerge(t *testing.T) {
	base, _ := Preset("gopher")
	m := base.Merge(Rules{
		Min:     map[string]float64{KeyWordCount: 20},
		Disable: []string{KeyMeanWord},
		Langs:   map[string]Rules{"*_Taml": {Max: map[string]float64{KeyMeanWord: 14}}},
	})
	if m.Min[KeyWordCount] != 20 || base.Min[KeyWordCount] != 50 {
		t.Errorf("merge: %v, base %v", m.Min[KeyWordCount], base.Min[KeyWordCount])
	}
	if _, ok := m.For("eng_Latn").Min[KeyMeanWord]; ok {
		t.Error("disable lost in merge")
	}
	again := m.Merge(Rules{Min: map[string]float64{KeyMeanWord: 2}})
	if again.For("eng_Latn").Min[KeyMeanWord] != 2 {
		t.Error("setting a disabled bound again did not enable it")
	}
	if m.For("tam_Taml").Max[KeyMeanWord] != 14 {
		t.Error("langs override lost in merge")
	}
}

func TestValidate(t *testing.T) {
	for _, c := range []struct {
		r    Rules
		want string
	}{
		{Rules{Min: map[string]float64{"words": 1}}, `unknown signal "words"`},
		{Rules{Max: map[string]float64{KeyWordCount: -1}}, "negative bound"},
		{Rules{Min: map[string]float64{KeyWordCount: 9}, Max: map[string]float64{KeyWordCount: 3}}, "above max"},
		{Rules{FlagOnly: []string{"x"}}, `unknown signal "x"`},
		{Rules{Langs: map[string]Rules{"Hindi": {}}}, "want a label"},
		{Rules{Langs: map[string]Rules{"*_*": {}}}, "want a label"},
		{Rules{Langs: map[string]Rules{"hin_Deva": {Langs: map[string]Rules{"x_y": {}}}}}, "nested langs"},
	} {
		err := c.r.Validate()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Validate(%+v) = %v, want %q", c.r, err, c.want)
		}
	}
}

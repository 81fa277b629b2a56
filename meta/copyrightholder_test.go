package meta

import (
	"strings"
	"testing"
	"unicode"

	"github.com/akhbar/akhbar/lexicon"
)

// copyrightHolderRef is copyrightHolder as it was, folding every
// copyright word of the lexicon at each call.
func copyrightHolderRef(c string) string {
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
	c = strings.TrimLeftFunc(c, notLetter)
	fc := lexicon.Fold(c)
	for _, w := range lexicon.Phrases(lexicon.Copyright) {
		if fw := lexicon.Fold(w); fw != "" && strings.HasPrefix(fc, fw) && len(fw) <= len(c) {
			c = c[len(fw):]
			break
		}
	}
	c = strings.TrimSpace(strings.TrimLeftFunc(c, notLetter))
	if strings.ContainsAny(c, ".,|") {
		return ""
	}
	return c
}

func TestCopyrightHolderMatchesRef(t *testing.T) {
	lines := []string{
		"", "©", "© 2024 Dainik Samachar", "Copyright 2024 Dainik Samachar",
		"COPYRIGHT © 2023 The News Company", "(c) 2021 Site Name",
		"Copyright 2024 Site. All rights reserved", "सर्वाधिकार सुरक्षित 2024 दैनिक समाचार",
		"कॉपीराइट © 2024 नवभारत", "ಕೃತಿಸ್ವಾಮ್ಯ 2024 ಕನ್ನಡ ಪ್ರಭ", "all rights reserved | site",
		"Copyrighted material", "   2024 — Copyright Holder Name",
	}
	for _, w := range lexicon.Phrases(lexicon.Copyright) {
		lines = append(lines, w, w+" 2024 Two Words", strings.ToUpper(w)+" 2020-2024 Holder Name")
	}
	for _, c := range lines {
		if got, want := copyrightHolder(c), copyrightHolderRef(c); got != want {
			t.Errorf("copyrightHolder(%q) = %q, want %q", c, got, want)
		}
	}
}

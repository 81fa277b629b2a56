package clean

import (
	"strings"
	"testing"

	"github.com/akhbar/akhbar/internal/runeclass"
	"github.com/akhbar/akhbar/lexicon"
)

var scanSamples = []string{
	"", "Hello, World 42", "नमस्ते  दुनिया", "അവൻ ൽ", "ﷺ ﻻ", "\xff\xfeAB", "Don’t — STOP", "a\u00a0b", "tab\there",
	"ÀÉÎ ß \uFFFD ok", "İstanbul", "𐐀𐐨 x", strings.Repeat("ಕನ್ನಡ ", 200), strings.Repeat("ﷺ", 40), "  lead and trail  ",
	"By A. B. Smith. Published: Jul 3, 2024 | News", "a \u2003 b",
}

// TestScanBlock and FuzzScanBlock check blockScan against the functions
// it stands for.
func TestScanBlock(t *testing.T) {
	for _, s := range scanSamples {
		checkScan(t, s)
	}
}

func FuzzScanBlock(f *testing.F) {
	for _, s := range scanSamples {
		f.Add(s)
	}
	f.Fuzz(checkScan)
}

func checkScan(t *testing.T, s string) {
	var sc blockScan
	f := scanBlock(s, &sc)
	if want := measure(s); f != want {
		t.Fatalf("scanBlock(%q) features %+v, measure %+v", s, f, want)
	}
	k, n := sc.key()
	if wk, wn := contentKey(s); k != wk || n != wn {
		t.Fatalf("scanBlock(%q) key %x, %d; contentKey %x, %d", s, k, n, wk, wn)
	}
	low := sc.low(s)
	if want := lower(s); low != want {
		t.Fatalf("scanBlock(%q) low %q, lower %q", s, low, want)
	}
	if got, want := sc.keyOfLower(low), keyOfLower(low); got != want {
		t.Fatalf("scanBlock(%q) keyOfLower %q, want %q", s, got, want)
	}
}

// FuzzDateLabelEnd checks that mayEndInDateLabel rules out only texts
// dateLabelBefore does not match.
func FuzzDateLabelEnd(f *testing.F) {
	for _, s := range []string{"Last Updated: ", "By A Edited By: B Updated:", "अपडेटेड: ", "PUBLISHED -", "updated", "x ", "", "Posted on\t", "news —"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !mayEndInDateLabel(s) && dateLabelBefore().MatchString(s) {
			t.Fatalf("mayEndInDateLabel(%q) = false, but dateLabelBefore matches", s)
		}
	})
}

// TestDateLabelEnd tries every label of the table in the shapes
// dateLabelBefore matches.
func TestDateLabelEnd(t *testing.T) {
	n := 0
	for _, p := range lexicon.Phrases(lexicon.Published, lexicon.Updated) {
		for _, v := range []string{p, strings.ToUpper(p), strings.ToLower(p), strings.Title(p)} {
			for _, s := range []string{v, v + ":", "x " + v + " : ", v + "–\t", "By A " + v + " -  ", v + "：", v + "x"} {
				match := dateLabelBefore().MatchString(s)
				if match {
					n++
				}
				if match && !mayEndInDateLabel(s) {
					t.Errorf("mayEndInDateLabel(%q) = false, but dateLabelBefore matches", s)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no label matched")
	}
}

func TestMayFoldVariant(t *testing.T) {
	for r := rune(0); r < 0x110000; r++ {
		if !mayFoldVariant(r) && foldVariant(r) != "" {
			t.Errorf("mayFoldVariant(%U) = false, foldVariant folds it", r)
		}
	}
}

// refWordSpans is wordSpans as it was, rune by rune.
func refWordSpans(s string, spans *[7][2]int) int {
	n, p := 0, 0
	for n < len(spans) {
		t := strings.TrimLeftFunc(s[p:], runeclass.IsSpace)
		if t == "" {
			break
		}
		start := len(s) - len(t)
		i := strings.IndexFunc(t, runeclass.IsSpace)
		if i < 0 {
			spans[n] = [2]int{start, len(s)}
			n++
			break
		}
		spans[n] = [2]int{start, start + i}
		n++
		p = start + i
	}
	return n
}

func FuzzWordSpans(f *testing.F) {
	for _, s := range append(scanSamples, "a\u2000b\u3000c\u0085d\u00a0e \xe2\u2000 f\xe2\x80 g", "\xe2\xe2\x80\x80x", "1 2 3 4 5 6 7 8") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var a, b [7][2]int
		if n, m := wordSpans(s, &a), refWordSpans(s, &b); n != m || a != b {
			t.Fatalf("wordSpans(%q) = %d %v, reference %d %v", s, n, a, m, b)
		}
	})
}

func TestCueTrimTable(t *testing.T) {
	for r := rune(-1); r < 0x3100; r++ {
		if cueTrim(r) != cueTrimClass(r) {
			t.Fatalf("cueTrim(%U) differs from its class test", r)
		}
	}
}

package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWrittenIn(t *testing.T) {
	deva := map[string]bool{"Deva": true}
	for _, c := range []struct {
		lang string
		want bool
	}{
		{"gom", true}, {"hin", true}, {"kas", true}, {"snd", true}, {"sat", true},
		{"urd", false}, {"ben", false}, {"eng", false}, {"zho_Hans", false},
	} {
		if got := writtenIn(c.lang, deva); got != c.want {
			t.Errorf("writtenIn(%q, Deva) = %v, want %v", c.lang, got, c.want)
		}
	}
}

// TestWriteHeld checks which left-out strings are written and with what
// gold label: prose of at least minWords words, in a script of the
// string's language, and only the scripts asked for.
func TestWriteHeld(t *testing.T) {
	held := []heldString{
		{"gom", "gnucash", "हें खातें उगडपाक येना, कित्याक फायल ना"}, // Konkani prose: written
		{"gom", "gnucash", "खातें उगडात"},                            // two words: too short
		{"doi", "inkscape", "Could not open the file for writing"},   // left in English: skipped
		{"kas", "vlc", "यि फायल छु नु खुलान अथ मंज़"},                // Kashmiri in Devanagari
		{"kas", "vlc", "یہِ فایل چھےٚ نہٕ کھُلان ییتھ"},              // Kashmiri in Arabic script: not Deva
		{"brx", "pidgin", "फाइल\tखेवनो हाया, \n फाइलखौ नायनो"},       // tabs and newlines folded
	}
	dir := t.TempDir()
	o := options{holdOut: filepath.Join(dir, "h.tsv"), minWords: 4, scripts: map[string]bool{"Deva": true},
		holdNeed: map[string]bool{"gom_Deva": true, "doi_Deva": true, "brx_Deva": true}}
	n, err := writeHeld(o, held)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(o.holdOut)
	if err != nil {
		t.Fatal(err)
	}
	want := "gom_Deva\tgnucash\tहें खातें उगडपाक येना, कित्याक फायल ना\n" +
		"kas_Deva\tvlc\tयि फायल छु नु खुलान अथ मंज़\n" +
		"brx_Deva\tpidgin\tफाइल खेवनो हाया, फाइलखौ नायनो\n"
	if string(raw) != want || n != 2 {
		t.Errorf("wrote %d needed rows:\n%s\nwant 2:\n%s", n, raw, want)
	}

	// No needed label among the rows: nothing written.
	o.holdOut = filepath.Join(dir, "none.tsv")
	o.holdNeed = map[string]bool{"doi_Deva": true}
	if n, err := writeHeld(o, held); err != nil || n != 0 {
		t.Fatalf("writeHeld = %d, %v; want 0, nil", n, err)
	}
	if _, err := os.Stat(o.holdOut); !os.IsNotExist(err) {
		t.Errorf("%s written with no needed row (%v)", o.holdOut, err)
	}
}

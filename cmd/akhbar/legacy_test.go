package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/legacyfont"
)

// TestCleanLegacyFont runs "akhbar clean" over a text dump typed in a
// legacy Hindi font (five FLORES dev Hindi sentences as package
// legacyfont's test sets write them, under an English menu and above an
// English footer): the record is Hindi in Devanagari with the sentences as
// FLORES has them in Unicode, flagged as converted, and the English lines
// are not turned into Devanagari.
func TestCleanLegacyFont(t *testing.T) {
	for _, c := range []struct {
		font, file, title string
		convert           func(string) string
	}{
		{"krutidev", "flores-hin.tsv", "fnYyh esa ck<+ dk [krjk", legacyfont.KrutiDev},
		{"chanakya", "flores-hin-chanakya.tsv", "çÎËÜè ×ð´ ÕæÉ¸ ·¤æ ¹ÌÚUæ", legacyfont.Chanakya},
	} {
		t.Run(c.font, func(t *testing.T) { cleanLegacyFont(t, c.file, c.title, c.convert) })
	}
}

func cleanLegacyFont(t *testing.T, file, title string, convert func(string) string) {
	raw, err := os.ReadFile("../../legacyfont/testdata/" + file)
	if err != nil {
		t.Fatal(err)
	}
	var uni, kd []string
	for line := range strings.Lines(string(raw)) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(strings.TrimRight(line, "\n"), "\t")
		uni, kd = append(uni, cols[0]), append(kd, cols[1])
		if len(kd) == 5 {
			break
		}
	}
	page := "Home | National | World | Sports | Contact us\n\n" +
		title + "\n\n" +
		strings.Join(kd, "\n\n") + "\n\n" +
		"Share on Facebook\n\n" +
		"Copyright 2024 Example News. All rights reserved.\n"
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	if err := os.WriteFile(filepath.Join(in, "legacy.txt"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.jsonl")
	var stderr bytes.Buffer
	opts := cleanOptions{Format: "auto", Output: out, Workers: 1, MaxItemBytes: 1 << 20, Quiet: true}
	if err := runClean(context.Background(), opts, []string{in}, &stderr); err != nil {
		t.Fatalf("runClean: %v\n%s", err, stderr.String())
	}
	n := 0
	readLines(t, out, func(m map[string]any) {
		n++
		if m["lang"] != "hin_Deva" {
			t.Errorf("lang %v, want hin_Deva", m["lang"])
		}
		text, _ := m["text"].(string)
		for i, s := range uni {
			if !strings.Contains(text, s) {
				t.Errorf("sentence %d not in the body as Unicode: %q\nbody: %q", i, s, text)
			}
		}
		if title, _ := m["title"].(string); title != "दिल्ली में बाढ़ का खतरा" {
			t.Errorf("title %q, want दिल्ली में बाढ़ का खतरा", title)
		}
		// The English lines are kept as written wherever they went: their
		// Kruti Dev reading is nowhere in the record.
		all, _ := json.Marshal(m)
		for _, en := range []string{"Home | National | World | Sports | Contact us", "Share on Facebook", "Copyright 2024 Example News. All rights reserved."} {
			if bad := convert(en); bad != en && bytes.Contains(all, []byte(bad)) {
				t.Errorf("the English line %q was converted to %q", en, bad)
			}
		}
		if c, _ := m["copyright"].(string); c != "" && c != "Copyright 2024 Example News. All rights reserved." {
			t.Errorf("copyright %q, want the English line as written", c)
		}
		var flags []string
		if fs, ok := m["flags"].([]any); ok {
			for _, f := range fs {
				flags = append(flags, f.(string))
			}
		}
		if !contains(flags, "legacy-font") || !contains(flags, "legacy-font-converted") {
			t.Errorf("flags %q, want legacy-font and legacy-font-converted", flags)
		}
		t.Logf("record: lang %v, title %v, copyright %v, flags %q", m["lang"], m["title"], m["copyright"], flags)
	})
	if n != 1 {
		t.Fatalf("%d records, want 1\n%s", n, stderr.String())
	}
}

package dedup

import (
	"encoding/binary"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/cespare/xxhash/v2"
)

// goldenOptions are the parameter sets the fingerprint golden file pins:
// the defaults, and odd ones whose permutation count is not a multiple of
// the MinHash loop's unrolling and whose shingles are shorter or longer.
var goldenOptions = []Options{
	{},
	{Bands: 9, Rows: 13, Shingle: 3, Seed: 42},
	{Bands: 7, Rows: 5, Shingle: 1, Seed: 3},
	{Bands: 3, Rows: 1, Shingle: 8, Seed: 11},
}

// goldenTexts are the texts the fingerprint golden file is computed on:
// the benchmark news texts, synthetic Latin/Devanagari/Kannada texts of
// many lengths (shorter and longer than a shingle), the tokeniser's edge
// cases, and random strings drawn from every rune class the tokeniser
// treats differently (upper case, marks, digits, scripts without spaces,
// text that NFC rewrites, invalid UTF-8).
func goldenTexts(t testing.TB) map[string]string {
	texts := map[string]string{}
	for _, l := range benchLangs {
		raw, err := os.ReadFile("testdata/bench-" + l + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		texts[l] = string(raw)
		texts[l+"-upper"] = strings.ToUpper(string(raw))
	}
	g := newCorpusGen(7)
	for i := range 12 {
		texts[fmt.Sprintf("synth%02d", i)] = g.text(1 + i*i*7)
	}
	edge := []string{
		"", " ", "one", "one two", "one two three four", "one two three four five",
		"one two three four five six", "— • | ©", "Page 3 of 12, 2024a 4g ४२",
		"e\u0301te\u0301 CAFE\u0301 naïve", "北京大学 abc漢字 ภาษาไทย กิน",
		"ΑΘΗΝΑ Σοφία İstanbul ǅemal", "snake_case x\u200cy क्\u200dष",
		"\xff\xfe bad \xc3 bytes \xe0\xa4", "ETV\u00a0Bharat\u2009x\u3000y",
		"ಕನ್ನಡ ಸುದ್ದಿ ಕೊಡು ಕೊಡು", "क़िला क़िला ड़", "𝐀𝐁𝐂 𝟏𝟐 😀 word",
	}
	for i, s := range edge {
		texts[fmt.Sprintf("edge%02d", i)] = s
	}
	seed := uint64(99)
	for i := range 40 {
		texts[fmt.Sprintf("random%02d", i)] = randomText(&seed, int(splitmix(&seed)%(1+uint64(i)*60)))
	}
	return texts
}

// randomText draws n runes (or stray bytes) from pools of every class.
func randomText(seed *uint64, n int) string {
	pools := []string{
		"abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÉÎÕÜ", "0123456789०१२३",
		"     \n\t.,;:!?-—()\"'«»", "कखगनडािीुेों़्", "ಕಖಗನಾಿೀುೊೋೖ್",
		"北京大学東京ひらがなカタカナ", "ภาษาไทยกินุ่", "\u0301\u0308\u0327\u200c\u200d_",
		"αβγΑΒΓابتپ한국어ΣЖж",
	}
	var b strings.Builder
	for range n {
		p := []rune(pools[splitmix(seed)%uint64(len(pools))])
		if splitmix(seed)%97 == 0 {
			b.WriteByte(byte(0x80 + splitmix(seed)%0x80))
			continue
		}
		b.WriteRune(p[splitmix(seed)%uint64(len(p))])
	}
	return b.String()
}

// fingerprintLine is one text's line of the golden file.
func fingerprintLine(o Options, name string, fp Fingerprint) string {
	d := xxhash.New()
	for _, v := range append(fp.Signature, fp.Bands...) {
		d.Write(binary.LittleEndian.AppendUint64(nil, v))
	}
	s := xxhash.New()
	for _, v := range fp.Set {
		s.Write(binary.LittleEndian.AppendUint32(nil, v))
	}
	return fmt.Sprintf("%d/%d/%d/%d %s hash=%016x words=%d sig=%016x/%d set=%016x/%d\n",
		o.Bands, o.Rows, o.Shingle, o.Seed, name, fp.Hash, fp.Words, d.Sum64(), len(fp.Signature), s.Sum64(), len(fp.Set))
}

// TestFingerprintGolden pins every field of the fingerprint (content hash,
// word count, signature, band keys, shingle set) on goldenTexts. The
// golden file was written by the implementation before the MinHash and
// tokeniser were made faster (main @ ba6025d): the fingerprint is stored
// and compared across runs, so speed-ups must not change a bit.
func TestFingerprintGolden(t *testing.T) {
	texts := goldenTexts(t)
	var b strings.Builder
	for _, o := range goldenOptions {
		h := NewHasher(o)
		for _, name := range sortedKeys(texts) {
			fp := h.Fingerprint(texts[name], true)
			b.WriteString(fingerprintLine(o, name, fp))
			p := NewHasher(o)
			p.portable = true
			if !sameFingerprint(p.Fingerprint(texts[name], true), fp) {
				t.Errorf("%+v %s: the portable MinHash loop disagrees", o, name)
			}
			// Signature alone must agree with the fingerprint's.
			if sig, fp := h.Signature(texts[name]), h.Fingerprint(texts[name], false); !equalU64(sig, fp.Signature) || fp.Set != nil {
				t.Errorf("%s: Signature and Fingerprint(text, false) disagree", name)
			}
		}
	}
	const path = "testdata/fingerprints.golden"
	if *updateGolden {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Errorf("first difference at line %d:\ngot  %s\nwant %s", i+1, gl[i], wl[i])
				break
			}
		}
		t.Errorf("fingerprints changed (%d lines, want %d)", len(gl), len(wl))
	}
}

func equalU64(a, b []uint64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

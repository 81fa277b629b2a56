package dedup

import (
	"encoding/binary"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/cespare/xxhash/v2"
)

var updateGolden = flag.Bool("update", false, "rewrite testdata/signatures.golden")

// TestSignatureGolden pins the signatures and band keys: they are stored
// (the Beam runner's shuffle keys, spilled sets, resumed runs), so a faster
// MinHash must give the same bits. The golden file was written by the
// one-permutation-at-a-time loop this package started with.
func TestSignatureGolden(t *testing.T) {
	texts := map[string]string{}
	for _, l := range benchLangs {
		raw, err := os.ReadFile("testdata/bench-" + l + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		texts[l] = string(raw)
	}
	g := newCorpusGen(7)
	for i := range 5 {
		texts[fmt.Sprintf("synth%d", i)] = g.text(1 + i*37)
	}
	texts["short"] = "one two"
	var b strings.Builder
	for _, o := range []Options{{}, {Bands: 9, Rows: 13, Shingle: 3, Seed: 42}} {
		h := NewHasher(o)
		for _, name := range sortedKeys(texts) {
			fp := h.Fingerprint(texts[name], true)
			d := xxhash.New()
			for _, v := range append(fp.Signature, fp.Bands...) {
				d.Write(binary.LittleEndian.AppendUint64(nil, v))
			}
			fmt.Fprintf(&b, "%d/%d/%d %s %016x %d\n", o.Bands, o.Rows, o.Shingle, name, d.Sum64(), len(fp.Signature))
		}
	}
	const path = "testdata/signatures.golden"
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
		t.Errorf("signatures changed:\ngot:\n%s\nwant:\n%s", got, want)
	}
}

func sortedKeys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

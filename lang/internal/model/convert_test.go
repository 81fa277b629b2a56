package model

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/lang/internal/textfeat"
)

// smallBuilder is a small model with posting lists of every length from 0
// to 40 and labels on both sides of 128, the most an inline posting can
// name; testdata/small-v2.bin is what the version 2 writer (commit
// f8a07d4) wrote for it.
func smallBuilder() *Builder {
	rng := rand.New(rand.NewPCG(7, 19))
	labels := make([]Label, 140)
	for i := range labels {
		labels[i] = Label{Name: "l" + string(rune('a'+i%26)) + string(rune('a'+i/26)), Script: "Latn", Prior: 1}
		for o := range textfeat.MaxOrder {
			labels[i].Floor[o] = -float32(10 + o + i%7)
		}
	}
	b := NewBuilder(labels)
	for range 3000 {
		h := rng.Uint64()
		n := rng.IntN(6)
		if rng.IntN(10) == 0 {
			n = rng.IntN(41)
		}
		if n == 0 {
			b.AddPrefix(h)
			continue
		}
		hi := 128
		if rng.IntN(8) == 0 {
			hi = len(labels)
		}
		for _, l := range rng.Perm(hi)[:n] {
			b.Add(h, l, float64(rng.IntN(300))*Step)
		}
	}
	return b
}

func TestConvertV2MatchesBuilder(t *testing.T) {
	old, err := os.ReadFile("testdata/small-v2.bin")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Convert(old)
	if err != nil {
		t.Fatal(err)
	}
	want, err := smallBuilder().Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("converted file (%d bytes) differs from the builder's (%d bytes)", len(got), len(want))
	}
	if len(got) >= len(old) {
		t.Errorf("converted file %d bytes, version 2 %d: no list went inline", len(got), len(old))
	}
	if _, err := Load(old); err == nil || !strings.Contains(err.Error(), "modelconv") {
		t.Errorf("Load of a version 2 file: %v, want an error naming the converter", err)
	}
	v3, err := ConvertV2(old)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Load(v3); err == nil || !strings.Contains(err.Error(), "modelconv") {
		t.Errorf("Load of a version 3 file: %v, want an error naming the converter", err)
	}
}

// TestLookupMatchesBuilder reads back every n-gram of smallBuilder, inline
// and stored apart, and hashes it never saw.
func TestLookupMatchesBuilder(t *testing.T) {
	b := smallBuilder()
	raw, err := b.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	m, err := Load(raw)
	if err != nil {
		t.Fatal(err)
	}
	lens := map[int]int{}
	for h, want := range b.grams {
		got, ok := m.Lookup(h)
		if !ok || !samePostings(got, want) {
			t.Fatalf("%x: %v %v, want %v", h, got, ok, want)
		}
		lens[len(want)]++
	}
	for _, n := range []int{0, 1, 2, 3, 40} {
		if lens[n] == 0 {
			t.Errorf("no n-gram with %d postings: the test covers less than it says", n)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 10000 {
		h := rng.Uint64()
		if _, ok := b.grams[h]; ok {
			continue
		}
		if ps, ok := m.Lookup(h); ok {
			t.Fatalf("%x: found %v, never added", h, ps)
		}
	}
}

func TestInlineValue(t *testing.T) {
	for _, tc := range []struct {
		ps   []Posting
		want uint32
		ok   bool
	}{
		{nil, inline, true},
		{[]Posting{{3, 200}}, inline | 3<<8 | 200, true},
		{[]Posting{{3, 200}, {127, 1}}, inline | 3<<8 | 200 | (127<<8|1)<<inlineBits, true},
		{[]Posting{{128, 1}}, 0, false},         // label too large
		{[]Posting{{1, 1}, {200, 9}}, 0, false}, // the same, second
		{[]Posting{{1, 0}}, 0, false},           // boost 0 would read as none
		{[]Posting{{1, 1}, {2, 2}, {3, 3}}, 0, false},
	} {
		got, ok := inlineValue(tc.ps)
		if ok != tc.ok || (ok && got != tc.want) {
			t.Errorf("inlineValue(%v) = %#x, %v; want %#x, %v", tc.ps, got, ok, tc.want, tc.ok)
		}
		if ok && got&(1<<30) != 0 {
			t.Errorf("inlineValue(%v) = %#x has bit 30, which marks missing", tc.ps, got)
		}
	}
}

// TestConvertV2Rejects feeds the converter damaged version 2 files.
func TestConvertV2Rejects(t *testing.T) {
	old, err := os.ReadFile("testdata/small-v2.bin")
	if err != nil {
		t.Fatal(err)
	}
	m, err := load(old, false)
	if err != nil {
		t.Fatal(err)
	}
	// The first occupied slot's offset, to damage.
	first := -1
	for i := 0; i < len(m.slots); i += 8 {
		if binary.LittleEndian.Uint32(m.slots[i:]) != 0 {
			first = m.header + i + 4
			break
		}
	}
	for _, tc := range []struct {
		name string
		edit func(b []byte) []byte
	}{
		{"version 3", func(b []byte) []byte { return append([]byte(magicV3), b[len(magic):]...) }},
		{"truncated", func(b []byte) []byte { return b[:len(b)-1] }},
		{"trailing byte", func(b []byte) []byte { return append(b, 0) }},
		{"offset moved", func(b []byte) []byte {
			binary.LittleEndian.PutUint32(b[first:], binary.LittleEndian.Uint32(b[first:])+1)
			return b
		}},
		{"boost 0", func(b []byte) []byte {
			// The last list's last boost.
			b[len(b)-1] = 0
			return b
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := ConvertV2(tc.edit(bytes.Clone(old))); err == nil {
				t.Error("no error")
			}
		})
	}
}

// FuzzConvertV2 checks that the converter never panics on any input, and
// that what it accepts loads and reads back the version 2 or 3 postings.
func FuzzConvertV2(f *testing.F) {
	for _, file := range []string{"testdata/small-v2.bin", "testdata/groups-v3.bin"} {
		old, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(old)
	}
	b := NewBuilder([]Label{{Name: "a_Latn", Script: "Latn", Prior: 1}, {Name: "b_Latn", Script: "Latn", Prior: 1}})
	b.Add(1, 0, 1)
	b.Add(1, 1, 2)
	b.AddPrefix(2)
	b.Add(3, 1, 3)
	small, err := b.Bytes()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(append([]byte(magicV2), small[len(magic):]...)) // a v3 body: not a v2 one
	f.Fuzz(func(t *testing.T, in []byte) {
		out, err := Convert(in)
		if err != nil {
			return
		}
		m, err := Load(out)
		if err != nil {
			t.Fatalf("converted file does not load: %v", err)
		}
		src, _ := load(in, false)
		for i := 0; i < len(src.slots); i += 8 {
			if binary.LittleEndian.Uint32(src.slots[i:]) == 0 {
				continue
			}
			var want, got []Posting
			src.postings2(binary.LittleEndian.Uint32(src.slots[i+4:]), func(l, b uint8) { want = append(want, Posting{l, b}) })
			m.postings2(binary.LittleEndian.Uint32(m.slots[i+4:]), func(l, b uint8) { got = append(got, Posting{l, b}) })
			if !samePostings(got, want) {
				t.Fatalf("slot %d: %v, version 2 had %v", i/8, got, want)
			}
		}
	})
}

// samePostings reports whether a and b hold the same postings in any
// order: a dense vector gives its postings in its group's order.
func samePostings(a, b []Posting) bool {
	cmp := func(x, y Posting) int { return int(x.Label)<<8 | int(x.Boost) - (int(y.Label)<<8 | int(y.Boost)) }
	return slices.Equal(slices.SortedFunc(slices.Values(a), cmp), slices.SortedFunc(slices.Values(b), cmp))
}

// TestConvertV3MatchesBuilder converts a version 3 file of a model with
// several script groups and wants what the builder writes, with dense
// vectors for the groups that fit them and none for the one that does not.
func TestConvertV3MatchesBuilder(t *testing.T) {
	old, err := os.ReadFile("testdata/groups-v3.bin")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Convert(old)
	if err != nil {
		t.Fatal(err)
	}
	b := groupsBuilder()
	want, err := b.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("converted file (%d bytes) differs from the builder's (%d bytes)", len(got), len(want))
	}
	m, err := Load(got)
	if err != nil {
		t.Fatal(err)
	}
	if (m.header+len(m.slots))%tableAlign != 0 {
		t.Errorf("postings start at %d, not aligned", m.header+len(m.slots))
	}
	vectors := map[uint32]int{}
	for h, want := range b.grams {
		got, ok := m.Lookup(h)
		if !ok || !samePostings(got, want) {
			t.Fatalf("%x: %v %v, want %v", h, got, ok, want)
		}
		v := m.find(h)
		if v&(inline|dense) == dense {
			g := v >> denseOffBits & (maxDenseGroups - 1)
			vectors[g]++
			w := denseWidth(len(m.members[g]))
			at := m.header + len(m.slots) + int(v&maxDenseOffset)
			if at%8 != 0 || (w <= 64 && at/64 != (at+w-1)/64) {
				t.Errorf("%x: dense vector of %d bytes at %d", h, w, at)
			}
		}
	}
	gid, _ := labelGroups(m.Labels)
	id := map[string]uint32{}
	for i, l := range m.Labels {
		id[l.Script] = uint32(gid[i])
	}
	for _, script := range []string{"Latn", "Deva", "Beng"} {
		if vectors[id[script]] == 0 {
			t.Errorf("no dense vector for %s: the test covers less than it says", script)
		}
	}
	if n := vectors[id["Xwid"]]; n != 0 {
		t.Errorf("%d dense vectors for a group of 130 labels", n)
	}
}

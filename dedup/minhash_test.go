package dedup

import (
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/cespare/xxhash/v2"
)

func TestShingles(t *testing.T) {
	h := NewHasher(Options{})
	tests := []struct {
		text string
		want int
	}{
		{"", 0},
		{"— • |", 0},
		{"one", 1},
		{"one two three four", 1},
		{"one two three four five", 1},
		{"one two three four five six", 2},
		{"हिंदी समाचार आज की मुख्य खबरें यहां", 3},
	}
	for _, tt := range tests {
		if got := len(h.Shingles(nil, Tokens(tt.text))); got != tt.want {
			t.Errorf("%d shingles of %q, want %d", got, tt.text, tt.want)
		}
	}
}

func TestFingerprintNormalises(t *testing.T) {
	h := NewHasher(Options{})
	base := h.Fingerprint("The Quick brown fox, jumps over the lazy dog.", true)
	tests := []struct {
		text string
		same bool
	}{
		{"the quick brown fox jumps over the lazy dog", true},
		{"THE QUICK\n\nBROWN FOX — JUMPS OVER THE LAZY DOG!!", true},
		{"the quick brown fox jumps over the lazy cat", false},
		{"quick brown fox jumps over the lazy dog", false},
	}
	for _, tt := range tests {
		fp := h.Fingerprint(tt.text, true)
		if (fp.Hash == base.Hash) != tt.same {
			t.Errorf("%q: same hash = %v, want %v", tt.text, fp.Hash == base.Hash, tt.same)
		}
		if tt.same && Similarity(&fp, &base) != 1 {
			t.Errorf("%q: similarity %v to an exact copy", tt.text, Similarity(&fp, &base))
		}
	}
	empty := h.Fingerprint(" … ", true)
	if empty.Hash != 0 || empty.Signature != nil || empty.Bands != nil {
		t.Errorf("a text without words has a fingerprint: %+v", empty)
	}
	if Similarity(&empty, &empty) != 0 {
		t.Error("two empty texts are similar")
	}
}

// TestSignatureEstimatesJaccard checks the permutation family: on pairs of
// texts with known overlap, the signature estimate must be unbiased and
// within the binomial standard error of the exact Jaccard.
func TestSignatureEstimatesJaccard(t *testing.T) {
	g := newCorpusGen(1)
	h := NewHasher(Options{})
	k := float64(len(h.perms))
	for _, share := range []float64{0, 0.02, 0.05, 0.1, 0.2, 0.4} {
		var sumErr, sumSq float64
		var sumJ float64
		const n = 60
		for range n {
			a := g.text(400)
			b := g.edit(a, share)
			fa, fb := h.Fingerprint(a, true), h.Fingerprint(b, true)
			j := Jaccard(fa.Set, fb.Set)
			e := EstimateJaccard(fa.Signature, fb.Signature)
			sumErr += e - j
			sumSq += (e - j) * (e - j)
			sumJ += j
		}
		meanJ := sumJ / n
		se := math.Sqrt(meanJ * (1 - meanJ) / k)
		bias := sumErr / n
		rmse := math.Sqrt(sumSq / n)
		t.Logf("edit %.2f: J %.3f bias %+.4f rmse %.4f (binomial se %.4f)", share, meanJ, bias, rmse, se)
		if math.Abs(bias) > 3*se/math.Sqrt(n)+1e-9 {
			t.Errorf("edit %.2f: estimate biased by %+.4f", share, bias)
		}
		if rmse > 1.5*se+1e-9 {
			t.Errorf("edit %.2f: rmse %.4f, want about %.4f", share, rmse, se)
		}
	}
}

func TestJaccard(t *testing.T) {
	tests := []struct {
		a, b []uint32
		want float64
	}{
		{nil, nil, 0},
		{[]uint32{1}, nil, 0},
		{[]uint32{1, 2, 3}, []uint32{1, 2, 3}, 1},
		{[]uint32{1, 2, 3}, []uint32{2, 3, 4}, 0.5},
		{[]uint32{1, 2}, []uint32{3, 4}, 0},
	}
	for _, tt := range tests {
		if got := Jaccard(tt.a, tt.b); got != tt.want {
			t.Errorf("Jaccard(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestBandKeysCatchSimilarPairs checks the banding on real signatures: a
// pair well above the threshold shares a band key, unrelated texts do not.
func TestBandKeysCatchSimilarPairs(t *testing.T) {
	g := newCorpusGen(2)
	h := NewHasher(Options{})
	shared := func(a, b []uint64) bool {
		for i := range a {
			if a[i] == b[i] {
				return true
			}
		}
		return false
	}
	caught, unrelated := 0, 0
	const n = 50
	for range n {
		a := g.text(300)
		fa := h.Fingerprint(a, false)
		fb := h.Fingerprint(g.edit(a, 0.03), false) // Jaccard about 0.75
		fc := h.Fingerprint(g.text(300), false)
		if shared(fa.Bands, fb.Bands) {
			caught++
		}
		if shared(fa.Bands, fc.Bands) {
			unrelated++
		}
	}
	if caught < n-1 || unrelated > 0 {
		t.Errorf("similar pairs caught %d/%d, unrelated pairs %d/%d", caught, n, unrelated, n)
	}
}

// benchText is about 3 KB of news text in one language (testdata, written
// for this benchmark), the unit the throughput figures are per.
func benchText(b *testing.B, lang string) string {
	raw, err := os.ReadFile("testdata/bench-" + lang + ".txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	for len(text) < 3000 {
		text += string(raw)
	}
	return text
}

var benchLangs = []string{"hin", "kan", "eng"}

// cpuLoop runs the benchmark loop and reports MB of text per CPU second.
func cpuLoop(b *testing.B, size int, fn func()) {
	b.SetBytes(int64(size))
	t0 := cpuTime()
	n := 0
	for b.Loop() {
		fn()
		n++
	}
	if d := cpuTime() - t0; d > 0 {
		b.ReportMetric(float64(size)*float64(n)/d.Seconds()/1e6, "cpuMB/s")
	}
}

// BenchmarkBaselineHashLines is the reference the other benchmarks are
// read against in the same run: split the same text into lines and
// xxhash each (the design brief's "split + xxhash64 per line" pass).
func BenchmarkBaselineHashLines(b *testing.B) {
	for _, lang := range benchLangs {
		b.Run(lang, func(b *testing.B) {
			text := benchText(b, lang)
			var sink uint64
			cpuLoop(b, len(text), func() {
				for line := range strings.Lines(text) {
					sink ^= xxhash.Sum64String(line)
				}
			})
			_ = sink
		})
	}
}

// BenchmarkTokens is tokenising alone: NFC, classes, lower-case, xxhash
// per word.
func BenchmarkTokens(b *testing.B) {
	for _, lang := range benchLangs {
		b.Run(lang, func(b *testing.B) {
			text := benchText(b, lang)
			cpuLoop(b, len(text), func() { Tokens(text) })
		})
	}
}

// BenchmarkSignature is tokens, shingles and the 120-value MinHash.
func BenchmarkSignature(b *testing.B) {
	h := NewHasher(Options{})
	for _, lang := range benchLangs {
		b.Run(lang, func(b *testing.B) {
			text := benchText(b, lang)
			cpuLoop(b, len(text), func() { h.Signature(text) })
		})
	}
}

// BenchmarkFingerprint adds band keys, content hash and the shingle set.
func BenchmarkFingerprint(b *testing.B) {
	h := NewHasher(Options{})
	for _, lang := range benchLangs {
		b.Run(lang, func(b *testing.B) {
			text := benchText(b, lang)
			cpuLoop(b, len(text), func() { h.Fingerprint(text, true) })
		})
	}
}

// BenchmarkPortable is Signature and Fingerprint with the portable MinHash
// loop, what a CPU without AVX-512 runs.
func BenchmarkPortable(b *testing.B) {
	h := NewHasher(Options{})
	h.portable = true
	for _, lang := range benchLangs {
		text := benchText(b, lang)
		b.Run("Signature/"+lang, func(b *testing.B) {
			cpuLoop(b, len(text), func() { h.Signature(text) })
		})
		b.Run("Fingerprint/"+lang, func(b *testing.B) {
			cpuLoop(b, len(text), func() { h.Fingerprint(text, true) })
		})
	}
}

// TestShingleSetSorts checks the bucket sort against slices.Sort on
// uniform hashes of every size class, and on hashes that all share their
// top bits (one bucket holds everything) or repeat.
func TestShingleSetSorts(t *testing.T) {
	for _, n := range []int{0, 1, 2, 63, 64, 65, 575, 2047, 2048, 5000, 70000} {
		for _, kind := range []string{"uniform", "same top bits", "repeats"} {
			s := uint64(n)
			hashes := make([]uint64, n)
			for i := range hashes {
				switch kind {
				case "uniform":
					hashes[i] = splitmix(&s)
				case "same top bits":
					hashes[i] = 0xabcd<<48 | splitmix(&s)>>16
				case "repeats":
					hashes[i] = splitmix(&s) % 7 << 40
				}
			}
			want := make([]uint32, n)
			for i, x := range hashes {
				want[i] = uint32(x >> 32)
			}
			slices.Sort(want)
			want = slices.Compact(want)
			if got := ShingleSet(hashes); !slices.Equal(got, want) {
				t.Errorf("%d %s hashes: set differs from slices.Sort's", n, kind)
			}
		}
	}
}

package sketch

import "math/rand/v2"

// Reservoir keeps a uniform sample of at most Cap values with the exact
// count, minimum, maximum and sum of all values added.
type Reservoir struct {
	Cap      int
	N        int64
	Min, Max float64
	Sum      float64
	Sample   []float64
	rng      *rand.Rand
}

// NewReservoir makes a reservoir of cap values. The sample is drawn with a
// fixed seed so that the same corpus gives the same report.
func NewReservoir(cap int) *Reservoir {
	return &Reservoir{Cap: cap, rng: rand.New(rand.NewPCG(1, 2))}
}

// Add adds one value.
func (r *Reservoir) Add(v float64) {
	if r.N == 0 || v < r.Min {
		r.Min = v
	}
	if r.N == 0 || v > r.Max {
		r.Max = v
	}
	r.N++
	r.Sum += v
	if len(r.Sample) < r.Cap {
		r.Sample = append(r.Sample, v)
		return
	}
	if j := r.rng.Int64N(r.N); j < int64(r.Cap) {
		r.Sample[j] = v
	}
}

// Hist spreads the sample over bins equal-width bins from Min to Max and
// scales the counts to N, so that they estimate the whole population.
func (r *Reservoir) Hist(bins int) (lo []float64, counts []int64) {
	if r.N == 0 || bins <= 0 {
		return nil, nil
	}
	if r.Max == r.Min {
		return []float64{r.Min}, []int64{r.N}
	}
	width := (r.Max - r.Min) / float64(bins)
	raw := make([]int64, bins)
	for _, v := range r.Sample {
		b := int((v - r.Min) / width)
		if b >= bins {
			b = bins - 1
		}
		if b < 0 {
			b = 0
		}
		raw[b]++
	}
	lo = make([]float64, bins)
	counts = make([]int64, bins)
	scale := float64(r.N) / float64(len(r.Sample))
	for i := range raw {
		lo[i] = r.Min + float64(i)*width
		counts[i] = int64(float64(raw[i])*scale + 0.5)
	}
	return lo, counts
}

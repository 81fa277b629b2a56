package stage2

import (
	"math"
	"math/rand/v2"
	"slices"
)

// Row is one training text of a group.
type Row struct {
	Hashes []uint64  // the n-gram hashes the text's words give (AddWord's)
	Inputs []float64 // the first stage's scores, in the order of Group.Inputs
	Class  int       // index into Group.Classes
	Weight float64
}

// TrainParams are the settings of Train.
type TrainParams struct {
	Bits   uint8   // 2^Bits buckets
	Epochs int     // passes of stochastic gradient descent
	Rate   float64 // learning rate of the first pass; pass e uses Rate/(1+e)
	L2     float64 // weight decay of the bucket weights, per unit of row weight
	Seed   uint64  // seeds the order rows are visited in
}

// DefaultTrain are the settings the shipped model is trained with.
var DefaultTrain = TrainParams{Bits: 14, Epochs: 12, Rate: 0.5, L2: 1e-5, Seed: 16}

type sparse struct {
	idx []int32
	val []float64
}

// Train fits the weights of spec (whose Script, Classes, Inputs and Trigger
// are set) on rows by stochastic gradient descent on the weighted
// cross-entropy, visiting the rows in an order drawn from p.Seed, and
// quantises the bucket weights to int8. The same rows and settings give the
// same model, byte for byte.
func Train(spec Group, rows []Row, p TrainParams) *Group {
	g := spec
	g.Bits = p.Bits
	k := len(g.Classes)
	nb := 1 << p.Bits
	j := len(g.Inputs)
	xs := make([]sparse, len(rows))
	for i, r := range rows {
		bs := make([]int32, len(r.Hashes))
		for n, h := range r.Hashes {
			bs[n] = int32(g.Bucket(h))
		}
		slices.Sort(bs)
		var s sparse
		norm := Norm(len(bs))
		for n, b := range bs {
			if n > 0 && bs[n-1] == b {
				s.val[len(s.val)-1] += norm
				continue
			}
			s.idx = append(s.idx, b)
			s.val = append(s.val, norm)
		}
		xs[i] = s
	}
	// The bucket weights are V scaled by a, so that weight decay of all of
	// them is one multiplication.
	v := make([]float64, nb*k)
	a := 1.0
	dense := make([]float64, j*k)
	bias := make([]float64, k)
	f := make([]float64, j)
	z := make([]float64, k)
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(p.Seed, 0x5eed))
	for e := range p.Epochs {
		rng.Shuffle(len(order), func(x, y int) { order[x], order[y] = order[y], order[x] })
		rate := p.Rate / (1 + float64(e))
		for _, i := range order {
			r := &rows[i]
			x := &xs[i]
			best := slices.Max(r.Inputs)
			for n, s := range r.Inputs {
				f[n] = DenseFeature(s, best)
			}
			copy(z, bias)
			for n, b := range x.idx {
				row := v[int(b)*k : int(b)*k+k]
				for c := range k {
					z[c] += a * row[c] * x.val[n]
				}
			}
			for n, fv := range f {
				for c := range k {
					z[c] += dense[n*k+c] * fv
				}
			}
			softmax(z)
			z[r.Class]--
			step := rate * r.Weight
			a *= 1 - step*p.L2
			for n, b := range x.idx {
				row := v[int(b)*k : int(b)*k+k]
				for c := range k {
					row[c] -= step * z[c] * x.val[n] / a
				}
			}
			for n, fv := range f {
				for c := range k {
					dense[n*k+c] -= step * z[c] * fv
				}
			}
			for c := range k {
				bias[c] -= step * z[c]
			}
			if a < 1e-6 {
				for n := range v {
					v[n] *= a
				}
				a = 1
			}
		}
	}
	top := 0.0
	for _, w := range v {
		top = max(top, math.Abs(w*a))
	}
	scale := top / 127
	if scale == 0 {
		scale = 1
	}
	g.Scale = float32(scale)
	g.W = make([]int8, nb*k)
	for n, w := range v {
		g.W[n] = int8(math.Round(w * a / float64(g.Scale)))
	}
	g.Dense = make([]float32, j*k)
	for n, w := range dense {
		g.Dense[n] = float32(w)
	}
	g.Bias = make([]float32, k)
	for n, w := range bias {
		g.Bias[n] = float32(w)
	}
	return &g
}

func softmax(z []float64) {
	m := slices.Max(z)
	sum := 0.0
	for i, v := range z {
		z[i] = math.Exp(v - m)
		sum += z[i]
	}
	for i := range z {
		z[i] /= sum
	}
}

// Predict scores one row with the quantised model as package lang does and
// returns the winning class.
func (g *Group) Predict(r *Row) int {
	var acc Acc
	k := len(g.Classes)
	for _, h := range r.Hashes {
		b := g.Bucket(h) * k
		for c := range k {
			acc.Sum[c] += int32(g.W[b+c])
		}
	}
	acc.N = int32(len(r.Hashes))
	z := g.Logits(&acc, r.Inputs, slices.Max(r.Inputs), nil)
	best := 0
	for c, v := range z {
		if v > z[best] {
			best = c
		}
	}
	return best
}

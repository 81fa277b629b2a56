package learn

import "math"

// Logistic is an L2-regularised logistic regression over standardised
// features.
type Logistic struct {
	Mean  []float64 `json:"mean"`
	Scale []float64 `json:"scale"`
	W     []float64 `json:"w"`
	B     float64   `json:"b"`
}

// Margin is the log-odds for x.
func (m *Logistic) Margin(x []float32) float64 {
	z := m.B
	for i, v := range x {
		z += m.W[i] * (float64(v) - m.Mean[i]) / m.Scale[i]
	}
	return z
}

// Predict is the probability of the positive class.
func (m *Logistic) Predict(x []float32) float64 { return sigmoid(m.Margin(x)) }

// TrainLogistic fits by Newton's method (iteratively reweighted least
// squares), which needs no learning rate and converges in a few steps for
// tens of features; l2 is the penalty on the standardised weights.
func TrainLogistic(X [][]float32, y []float32, w []float32, l2 float64, iters int) *Logistic {
	n := len(X)
	if n == 0 {
		return &Logistic{}
	}
	d := len(X[0])
	m := &Logistic{Mean: make([]float64, d), Scale: make([]float64, d), W: make([]float64, d)}
	wt := func(i int) float64 {
		if w == nil {
			return 1
		}
		return float64(w[i])
	}
	var sw float64
	for i := 0; i < n; i++ {
		sw += wt(i)
		for j := 0; j < d; j++ {
			m.Mean[j] += wt(i) * float64(X[i][j])
		}
	}
	for j := range m.Mean {
		m.Mean[j] /= sw
	}
	for i := 0; i < n; i++ {
		for j := 0; j < d; j++ {
			v := float64(X[i][j]) - m.Mean[j]
			m.Scale[j] += wt(i) * v * v
		}
	}
	for j := range m.Scale {
		m.Scale[j] = math.Sqrt(m.Scale[j] / sw)
		if m.Scale[j] < 1e-9 {
			m.Scale[j] = 1
		}
	}
	k := d + 1 // weights then bias
	z := make([]float64, k)
	for it := 0; it < iters; it++ {
		grad := make([]float64, k)
		hess := make([]float64, k*k)
		for i := 0; i < n; i++ {
			for j := 0; j < d; j++ {
				z[j] = (float64(X[i][j]) - m.Mean[j]) / m.Scale[j]
			}
			z[d] = 1
			p := m.Predict(X[i])
			g := wt(i) * (p - float64(y[i]))
			h := wt(i) * math.Max(p*(1-p), 1e-9)
			for a := 0; a < k; a++ {
				grad[a] += g * z[a]
				za := h * z[a]
				for b := a; b < k; b++ {
					hess[a*k+b] += za * z[b]
				}
			}
		}
		for a := 0; a < k; a++ {
			for b := 0; b < a; b++ {
				hess[a*k+b] = hess[b*k+a]
			}
		}
		for j := 0; j < d; j++ {
			grad[j] += l2 * m.W[j]
			hess[j*k+j] += l2
		}
		hess[d*k+d] += 1e-9
		step := solve(hess, grad, k)
		if step == nil {
			break
		}
		var moved float64
		for j := 0; j < d; j++ {
			m.W[j] -= step[j]
			moved += math.Abs(step[j])
		}
		m.B -= step[d]
		if moved+math.Abs(step[d]) < 1e-8 {
			break
		}
	}
	return m
}

// solve solves A x = b for a symmetric positive-definite A by Cholesky
// decomposition; nil when A is not positive definite.
func solve(a, b []float64, k int) []float64 {
	l := make([]float64, k*k)
	for i := 0; i < k; i++ {
		for j := 0; j <= i; j++ {
			s := a[i*k+j]
			for p := 0; p < j; p++ {
				s -= l[i*k+p] * l[j*k+p]
			}
			if i == j {
				if s <= 0 {
					return nil
				}
				l[i*k+i] = math.Sqrt(s)
			} else {
				l[i*k+j] = s / l[j*k+j]
			}
		}
	}
	y := make([]float64, k)
	for i := 0; i < k; i++ {
		s := b[i]
		for p := 0; p < i; p++ {
			s -= l[i*k+p] * y[p]
		}
		y[i] = s / l[i*k+i]
	}
	x := make([]float64, k)
	for i := k - 1; i >= 0; i-- {
		s := y[i]
		for p := i + 1; p < k; p++ {
			s -= l[p*k+i] * x[p]
		}
		x[i] = s / l[i*k+i]
	}
	return x
}

// Package learn trains and runs the small models akhbar embeds: gradient-
// boosted decision trees for binary and one-vs-rest multi-class decisions,
// and L2-regularised logistic regression. Training is deterministic (no
// randomness, features and samples visited in a fixed order), so a trainer
// run on the same data writes the same bytes; inference is a few loops in
// pure Go with no allocation.
//
// It is written here rather than taken from a library because the Go
// libraries for boosted trees either bind to C (XGBoost, LightGBM) or
// carry no reproducible trainer, and a model that a test can rebuild byte
// for byte is the point. It is not a general machine-learning toolkit: no
// regression losses, no sampling, no early stopping beyond a tree count.
package learn

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"
)

// GBDTParams set the size of a boosted model.
type GBDTParams struct {
	Trees        int     // boosting rounds
	Depth        int     // maximum depth of a tree
	LearningRate float64 // shrinkage per tree
	MinLeaf      float64 // minimum sum of hessians in a leaf
	L2           float64 // leaf-value regularisation
	Bins         int     // histogram bins per feature (<= 255)
}

// DefaultGBDT are parameters that suit a few thousand to a few hundred
// thousand samples of tens of features.
var DefaultGBDT = GBDTParams{Trees: 150, Depth: 5, LearningRate: 0.1, MinLeaf: 2, L2: 1, Bins: 64}

// GBDT is a boosted ensemble of binary decision trees over float32
// features; Predict gives the probability of the positive class.
type GBDT struct {
	NFeat int
	Base  float32
	Nodes [][]node // one slice per tree; node 0 is the root

	// flat is Nodes laid out for Margin (see flatten); UnmarshalBinary
	// makes it, nil when the trees are too deep or were changed by hand.
	flat *flatForest
}

type node struct {
	Feat  int32   // feature index, or -1 for a leaf
	Thr   float32 // go left when x[Feat] <= Thr (NaN goes right)
	Left  int32
	Right int32
	Value float32 // leaf value (log-odds)
}

// Margin is the model's log-odds for x.
func (m *GBDT) Margin(x []float32) float64 {
	if f := m.flat; f != nil && len(x) >= m.NFeat {
		return f.margin(m.Base, x)
	}
	return m.walkMargin(x)
}

// walkMargin is Margin by following each tree's links: the definition
// flatForest.margin must agree with bit for bit (TestFlatMargin).
func (m *GBDT) walkMargin(x []float32) float64 {
	s := float64(m.Base)
	for _, t := range m.Nodes {
		i := int32(0)
		for t[i].Feat >= 0 {
			n := &t[i]
			if x[n.Feat] <= n.Thr {
				i = n.Left
			} else {
				i = n.Right
			}
		}
		s += float64(t[i].Value)
	}
	return s
}

// flatForest holds every tree as a perfect binary tree of one depth, in
// level order: node p's children are 2p+1 and 2p+2, and a leaf above the
// last level is copied to every leaf below it, with pass-through tests
// (feature 0) on the way. Each tree is then walked in exactly depth steps
// with no branch on the answer, so the processor can overlap the trees;
// following Nodes' links cost a mispredicted branch at about every other
// node, and was a tenth of cleaning a text dump. The leaf a walk reaches
// holds the value the linked tree gives, and the values are added in the
// same order, so the margin is the same float64.
//
// A test's feature and threshold sit side by side (flatTest), so that a
// step of a walk is one load and one bounds check, not two.
type flatForest struct {
	depth int
	test  []flatTest // (1<<depth - 1) tests per tree
	leaf  []float32  // 1<<depth leaves per tree
}

// flatTest goes to 2p+1 when x[feat] <= thr, else (NaN too) 2p+2.
type flatTest struct {
	feat int32
	thr  float32
}

// maxFlatDepth bounds the flat layout's size (2^depth leaves per tree).
const maxFlatDepth = 8

// flatten lays trees out as a flatForest, or returns nil when one is
// deeper than maxFlatDepth.
func flatten(trees [][]node) *flatForest {
	depth := 0
	for _, t := range trees {
		d := treeDepth(t, 0, 0)
		if d < 0 {
			return nil
		}
		depth = max(depth, d)
	}
	nIn, nLeaf := 1<<depth-1, 1<<depth
	f := &flatForest{depth: depth, test: make([]flatTest, len(trees)*nIn), leaf: make([]float32, len(trees)*nLeaf)}
	for k, t := range trees {
		f.place(t, 0, 0, 0, f.test[k*nIn:(k+1)*nIn], f.leaf[k*nLeaf:(k+1)*nLeaf])
	}
	return f
}

// treeDepth is the depth of the tree below node i (at depth d), or -1
// past maxFlatDepth.
func treeDepth(t []node, i int32, d int) int {
	if d > maxFlatDepth {
		return -1
	}
	if t[i].Feat < 0 {
		return d
	}
	l, r := treeDepth(t, t[i].Left, d+1), treeDepth(t, t[i].Right, d+1)
	if l < 0 || r < 0 {
		return -1
	}
	return max(l, r)
}

// place puts node i of t at position p (on level level) of one flat tree.
func (f *flatForest) place(t []node, i int32, p, level int, test []flatTest, leaf []float32) {
	if level == f.depth {
		leaf[p-(1<<f.depth-1)] = t[i].Value
		return
	}
	n := t[i]
	if n.Feat < 0 {
		// A leaf above the last level: both ways lead to it.
		test[p] = flatTest{0, 0}
		f.place(t, i, 2*p+1, level+1, test, leaf)
		f.place(t, i, 2*p+2, level+1, test, leaf)
		return
	}
	test[p] = flatTest{n.Feat, n.Thr}
	f.place(t, n.Left, 2*p+1, level+1, test, leaf)
	f.place(t, n.Right, 2*p+2, level+1, test, leaf)
}

// margin is Margin over the flat trees; x holds at least NFeat values.
// Eight trees are walked side by side (then four, then one): each step of
// a walk waits for the loads before it, and independent walks fill those
// waits. Eight walks made Predict about a fifth faster than four on the
// dump model (80 trees of depth 5); walking all trees a level at a time
// was slower than either.
func (f *flatForest) margin(base float32, x []float32) float64 {
	s := float64(base)
	d := f.depth
	nIn := 1<<d - 1
	n := len(f.leaf) >> d
	k := 0
	for ; k+8 <= n; k += 8 {
		t0, t1, t2, t3 := f.test[k*nIn:(k+1)*nIn], f.test[(k+1)*nIn:(k+2)*nIn], f.test[(k+2)*nIn:(k+3)*nIn], f.test[(k+3)*nIn:(k+4)*nIn]
		t4, t5, t6, t7 := f.test[(k+4)*nIn:(k+5)*nIn], f.test[(k+5)*nIn:(k+6)*nIn], f.test[(k+6)*nIn:(k+7)*nIn], f.test[(k+7)*nIn:(k+8)*nIn]
		p0, p1, p2, p3, p4, p5, p6, p7 := 0, 0, 0, 0, 0, 0, 0, 0
		for range d {
			a, b, c, e := t0[p0], t1[p1], t2[p2], t3[p3]
			g, h, i, j := t4[p4], t5[p5], t6[p6], t7[p7]
			p0 = 2*p0 + 1 + right(x[a.feat], a.thr)
			p1 = 2*p1 + 1 + right(x[b.feat], b.thr)
			p2 = 2*p2 + 1 + right(x[c.feat], c.thr)
			p3 = 2*p3 + 1 + right(x[e.feat], e.thr)
			p4 = 2*p4 + 1 + right(x[g.feat], g.thr)
			p5 = 2*p5 + 1 + right(x[h.feat], h.thr)
			p6 = 2*p6 + 1 + right(x[i.feat], i.thr)
			p7 = 2*p7 + 1 + right(x[j.feat], j.thr)
		}
		base := k<<d - nIn
		s += float64(f.leaf[base+p0])
		s += float64(f.leaf[base+1<<d+p1])
		s += float64(f.leaf[base+2<<d+p2])
		s += float64(f.leaf[base+3<<d+p3])
		s += float64(f.leaf[base+4<<d+p4])
		s += float64(f.leaf[base+5<<d+p5])
		s += float64(f.leaf[base+6<<d+p6])
		s += float64(f.leaf[base+7<<d+p7])
	}
	for ; k+4 <= n; k += 4 {
		t0, t1, t2, t3 := f.test[k*nIn:(k+1)*nIn], f.test[(k+1)*nIn:(k+2)*nIn], f.test[(k+2)*nIn:(k+3)*nIn], f.test[(k+3)*nIn:(k+4)*nIn]
		p0, p1, p2, p3 := 0, 0, 0, 0
		for range d {
			a, b, c, e := t0[p0], t1[p1], t2[p2], t3[p3]
			p0 = 2*p0 + 1 + right(x[a.feat], a.thr)
			p1 = 2*p1 + 1 + right(x[b.feat], b.thr)
			p2 = 2*p2 + 1 + right(x[c.feat], c.thr)
			p3 = 2*p3 + 1 + right(x[e.feat], e.thr)
		}
		base := k<<d - nIn
		s += float64(f.leaf[base+p0])
		s += float64(f.leaf[base+1<<d+p1])
		s += float64(f.leaf[base+2<<d+p2])
		s += float64(f.leaf[base+3<<d+p3])
	}
	for ; k < n; k++ {
		test := f.test[k*nIn : (k+1)*nIn]
		p := 0
		for range d {
			t := test[p]
			p = 2*p + 1 + right(x[t.feat], t.thr)
		}
		s += float64(f.leaf[k<<d+p-nIn])
	}
	return s
}

// right is 1 when a walk goes right at a test of v against thr (NaN
// goes right), else 0.
func right(v, thr float32) int {
	if !(v <= thr) {
		return 1
	}
	return 0
}

// Predict is the probability of the positive class for x.
func (m *GBDT) Predict(x []float32) float64 { return sigmoid(m.Margin(x)) }

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// TrainGBDT fits a model to rows X (all of one length), labels y in {0,1}
// and optional weights w (nil: all 1).
func TrainGBDT(X [][]float32, y []float32, w []float32, p GBDTParams) *GBDT {
	n := len(X)
	if n == 0 {
		return &GBDT{}
	}
	nf := len(X[0])
	if w == nil {
		w = make([]float32, n)
		for i := range w {
			w[i] = 1
		}
	}
	cuts, bins := binFeatures(X, p.Bins)
	var sw, sy float64
	for i := range y {
		sw += float64(w[i])
		sy += float64(w[i]) * float64(y[i])
	}
	prior := (sy + 1) / (sw + 2)
	m := &GBDT{NFeat: nf, Base: float32(math.Log(prior / (1 - prior)))}
	margin := make([]float64, n)
	for i := range margin {
		margin[i] = float64(m.Base)
	}
	g := make([]float64, n)
	h := make([]float64, n)
	idx := make([]int32, n)
	for t := 0; t < p.Trees; t++ {
		for i := 0; i < n; i++ {
			pr := sigmoid(margin[i])
			g[i] = float64(w[i]) * (pr - float64(y[i]))
			h[i] = float64(w[i]) * math.Max(pr*(1-pr), 1e-6)
			idx[i] = int32(i)
		}
		m.addTree(bins, cuts, g, h, idx, margin, p)
	}
	return m
}

// addTree grows one tree on the rows' gradients g and hessians h, adds
// its leaves to the rows' margins and appends it to the model; inner
// nodes keep no value.
func (m *GBDT) addTree(bins [][]uint8, cuts [][]float32, g, h []float64, idx []int32, margin []float64, p GBDTParams) {
	b := &builder{bins: bins, cuts: cuts, g: g, h: h, p: p}
	b.grow(idx, 0)
	tree := b.nodes
	for i := range margin {
		margin[i] += float64(leafValue(tree, bins, i))
	}
	for i := range tree {
		if tree[i].Feat >= 0 {
			tree[i].Value = 0
		}
	}
	m.Nodes = append(m.Nodes, tree)
}

func leafValue(t []node, bins [][]uint8, row int) float32 {
	i := int32(0)
	for t[i].Feat >= 0 {
		n := &t[i]
		// While a tree is built, a split node keeps its bin in Value
		// (bin k holds the values <= cuts[k]).
		if int32(bins[n.Feat][row]) <= int32(n.Value) {
			i = n.Left
		} else {
			i = n.Right
		}
	}
	return t[i].Value
}

type builder struct {
	bins  [][]uint8 // [feature][row]
	cuts  [][]float32
	g, h  []float64
	p     GBDTParams
	nodes []node
}

// grow builds the subtree over rows idx and returns its node index.
func (b *builder) grow(idx []int32, depth int) int32 {
	var G, H float64
	for _, r := range idx {
		G += b.g[r]
		H += b.h[r]
	}
	me := int32(len(b.nodes))
	b.nodes = append(b.nodes, node{Feat: -1, Value: float32(-G / (H + b.p.L2) * b.p.LearningRate)})
	if depth >= b.p.Depth || H < 2*b.p.MinLeaf {
		return me
	}
	parent := G * G / (H + b.p.L2)
	best, bestF, bestBin := 1e-9, -1, 0
	var hg, hh [256]float64
	for f := range b.bins {
		nb := len(b.cuts[f]) + 1
		if nb < 2 {
			continue
		}
		for k := 0; k < nb; k++ {
			hg[k], hh[k] = 0, 0
		}
		col := b.bins[f]
		for _, r := range idx {
			hg[col[r]] += b.g[r]
			hh[col[r]] += b.h[r]
		}
		var gl, hl float64
		for k := 0; k < nb-1; k++ {
			gl += hg[k]
			hl += hh[k]
			gr, hr := G-gl, H-hl
			if hl < b.p.MinLeaf || hr < b.p.MinLeaf {
				continue
			}
			gain := gl*gl/(hl+b.p.L2) + gr*gr/(hr+b.p.L2) - parent
			if gain > best {
				best, bestF, bestBin = gain, f, k
			}
		}
	}
	if bestF < 0 {
		return me
	}
	col := b.bins[bestF]
	left := make([]int32, 0, len(idx))
	right := make([]int32, 0, len(idx))
	for _, r := range idx {
		if int(col[r]) <= bestBin {
			left = append(left, r)
		} else {
			right = append(right, r)
		}
	}
	b.nodes[me] = node{Feat: int32(bestF), Thr: b.cuts[bestF][bestBin], Value: float32(bestBin)}
	l := b.grow(left, depth+1)
	r := b.grow(right, depth+1)
	b.nodes[me].Left, b.nodes[me].Right = l, r
	return me
}

// binFeatures cuts every feature at up to nb-1 quantiles of its distinct
// values and returns the cuts and each row's bin (bin k holds values
// <= cuts[k]; the last bin the rest, NaN included).
func binFeatures(X [][]float32, nb int) ([][]float32, [][]uint8) {
	if nb < 2 || nb > 255 {
		nb = 64
	}
	n, nf := len(X), len(X[0])
	cuts := make([][]float32, nf)
	bins := make([][]uint8, nf)
	vals := make([]float32, 0, n)
	for f := 0; f < nf; f++ {
		vals = vals[:0]
		for i := 0; i < n; i++ {
			if v := X[i][f]; !math.IsNaN(float64(v)) {
				vals = append(vals, v)
			}
		}
		sort.Slice(vals, func(a, b int) bool { return vals[a] < vals[b] })
		distinct := vals[:0:0]
		for i, v := range vals {
			if i == 0 || v != vals[i-1] {
				distinct = append(distinct, v)
			}
		}
		var c []float32
		if len(distinct) <= nb {
			if len(distinct) > 1 {
				c = append(c, distinct[:len(distinct)-1]...)
			}
		} else {
			// Quantiles of the values (not of the distinct values), so
			// that bins hold similar numbers of rows.
			for k := 1; k < nb; k++ {
				v := vals[k*len(vals)/nb]
				if len(c) == 0 || v > c[len(c)-1] {
					if v < distinct[len(distinct)-1] {
						c = append(c, v)
					}
				}
			}
		}
		cuts[f] = c
		col := make([]uint8, n)
		for i := 0; i < n; i++ {
			v := X[i][f]
			if math.IsNaN(float64(v)) {
				col[i] = uint8(len(c))
				continue
			}
			col[i] = uint8(sort.Search(len(c), func(k int) bool { return v <= c[k] }))
		}
		bins[f] = col
	}
	return cuts, bins
}

const gbdtMagic = "akhbar-gbdt-1\n"

// MarshalBinary writes the model in a compact little-endian form.
func (m *GBDT) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(gbdtMagic)
	put := func(v any) { _ = binary.Write(&b, binary.LittleEndian, v) }
	put(int32(m.NFeat))
	put(m.Base)
	put(int32(len(m.Nodes)))
	for _, t := range m.Nodes {
		put(int32(len(t)))
		for _, n := range t {
			v := n.Value
			if n.Feat >= 0 {
				v = 0
			}
			put(n.Feat)
			put(n.Thr)
			put(n.Left)
			put(n.Right)
			put(v)
		}
	}
	return b.Bytes(), nil
}

// UnmarshalBinary reads what MarshalBinary wrote.
func (m *GBDT) UnmarshalBinary(data []byte) error {
	if !bytes.HasPrefix(data, []byte(gbdtMagic)) {
		return errors.New("learn: not a boosted-tree model")
	}
	r := bytes.NewReader(data[len(gbdtMagic):])
	get := func(v any) error { return binary.Read(r, binary.LittleEndian, v) }
	var nf, nt int32
	if err := errors.Join(get(&nf), get(&m.Base), get(&nt)); err != nil {
		return fmt.Errorf("learn: model header: %w", err)
	}
	if nf < 0 || nf > 1<<16 || nt < 0 || int(nt) > r.Len()/4 {
		return errors.New("learn: bad model header")
	}
	m.NFeat = int(nf)
	m.Nodes = make([][]node, nt)
	for t := range m.Nodes {
		var nn int32
		if err := get(&nn); err != nil {
			return fmt.Errorf("learn: tree %d: %w", t, err)
		}
		if nn <= 0 || int(nn) > r.Len() {
			return fmt.Errorf("learn: tree %d: bad size %d", t, nn)
		}
		ns := make([]node, nn)
		for i := range ns {
			n := &ns[i]
			if err := errors.Join(get(&n.Feat), get(&n.Thr), get(&n.Left), get(&n.Right), get(&n.Value)); err != nil {
				return fmt.Errorf("learn: tree %d: %w", t, err)
			}
			if n.Feat >= nf || (n.Feat >= 0 && (n.Left <= int32(i) || n.Right <= int32(i) || n.Left >= nn || n.Right >= nn)) {
				return fmt.Errorf("learn: tree %d node %d: bad link", t, i)
			}
		}
		m.Nodes[t] = ns
	}
	if r.Len() != 0 {
		return errors.New("learn: trailing bytes after the model")
	}
	m.flat = flatten(m.Nodes)
	return nil
}

package dedup

// UnionFind is a disjoint-set forest over documents 0..n-1. Union links
// the larger root under the smaller, so every set's root is its least
// member whatever order the unions come in.
type UnionFind struct{ parent []uint32 }

// NewUnionFind makes n singleton sets.
func NewUnionFind(n int) *UnionFind {
	p := make([]uint32, n)
	for i := range p {
		p[i] = uint32(i)
	}
	return &UnionFind{parent: p}
}

// Find returns the root of x's set (halving the path on the way).
func (u *UnionFind) Find(x uint32) uint32 {
	p := u.parent
	for p[x] != x {
		p[x] = p[p[x]]
		x = p[x]
	}
	return x
}

// Union joins the sets of a and b and reports whether they were apart.
func (u *UnionFind) Union(a, b uint32) bool {
	ra, rb := u.Find(a), u.Find(b)
	if ra == rb {
		return false
	}
	if ra < rb {
		u.parent[rb] = ra
	} else {
		u.parent[ra] = rb
	}
	return true
}

// Len is the number of documents.
func (u *UnionFind) Len() int { return len(u.parent) }

// Pair is a verified duplicate pair of document numbers.
type Pair struct{ A, B uint32 }

// Clusters is the clustering step over verified pairs: it returns, for
// each of n documents, the least document of its connected component.
// Documents with cluster[i] == i and no other member are singletons.
func Clusters(n int, pairs []Pair) []uint32 {
	u := NewUnionFind(n)
	for _, p := range pairs {
		u.Union(p.A, p.B)
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = u.Find(uint32(i))
	}
	return out
}

package extract

import (
	"slices"
	"strings"
)

// containCounter answers "how many of these texts hold this string" for
// many strings at once. A page can offer tens of thousands of titles (one
// JSON-LD block, og:title or itemprop headline each), and every title
// candidate is measured against every source: asking strings.Contains of
// each pair is quadratic in the page. With few texts that is what it does;
// with more it builds a suffix automaton of the texts (states and edges
// linear in their length), in which every state knows the summed weight
// of the distinct texts it occurs in, so that a question costs the length
// of the string asked.
type containCounter struct {
	texts   []string
	weights []int
	sa      []samState
	edges   []samEdge
}

// containDirect is the count of texts up to which a direct scan is cheaper
// than the automaton.
var containDirect = 32

// The automaton's states and edges live in two flat slices (a state's
// edges are a list through next): some 60 bytes per byte of text, where a
// slice of edges per state took half as much again.
type samEdge struct {
	to, next int32
	b        byte
}

type samState struct {
	edges  int32 // first edge, -1 for none
	link   int32
	length int32
	last   int32 // the text that last added its weight here
	weight int32
}

func (c *containCounter) get(s int32, b byte) int32 {
	for e := c.sa[s].edges; e >= 0; e = c.edges[e].next {
		if c.edges[e].b == b {
			return c.edges[e].to
		}
	}
	return -1
}

func (c *containCounter) set(s int32, b byte, to int32) {
	for e := c.sa[s].edges; e >= 0; e = c.edges[e].next {
		if c.edges[e].b == b {
			c.edges[e].to = to
			return
		}
	}
	c.edges = append(c.edges, samEdge{to: to, next: c.sa[s].edges, b: b})
	c.sa[s].edges = int32(len(c.edges) - 1)
}

// newContainCounter counts texts with weights (weights[i] for texts[i]);
// the texts should be distinct, a repeated one is counted once per copy.
func newContainCounter(texts []string, weights []int) *containCounter {
	c := &containCounter{texts: texts, weights: weights}
	if len(texts) <= containDirect {
		return c
	}
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	// At most 2n states; a fresh allocation is not resident until used.
	c.sa = make([]samState, 1, 2*total+1)
	c.sa[0] = samState{edges: -1, link: -1, last: -1}
	c.edges = make([]samEdge, 0, 2*total)
	for _, t := range texts {
		last := int32(0)
		for i := 0; i < len(t); i++ {
			last = c.extend(last, t[i])
		}
	}
	for ti, t := range texts {
		p := int32(0)
		for i := 0; i < len(t); i++ {
			p = c.get(p, t[i])
			for q := p; q > 0 && c.sa[q].last != int32(ti); q = c.sa[q].link {
				c.sa[q].last = int32(ti)
				c.sa[q].weight += int32(weights[ti])
			}
		}
	}
	return c
}

func (c *containCounter) clone(q int32, length int32) int32 {
	c.sa = append(c.sa, samState{edges: -1, link: c.sa[q].link, length: length, last: -1})
	cl := int32(len(c.sa) - 1)
	for e := c.sa[q].edges; e >= 0; e = c.edges[e].next {
		c.edges = append(c.edges, samEdge{to: c.edges[e].to, next: c.sa[cl].edges, b: c.edges[e].b})
		c.sa[cl].edges = int32(len(c.edges) - 1)
	}
	return cl
}

// extend is the generalized suffix automaton's step: last is the state of
// the text read so far, b its next byte.
func (c *containCounter) extend(last int32, b byte) int32 {
	if q := c.get(last, b); q >= 0 {
		if c.sa[last].length+1 == c.sa[q].length {
			return q
		}
		cl := c.clone(q, c.sa[last].length+1)
		for p := last; p >= 0 && c.get(p, b) == q; p = c.sa[p].link {
			c.set(p, b, cl)
		}
		c.sa[q].link = cl
		return cl
	}
	c.sa = append(c.sa, samState{edges: -1, length: c.sa[last].length + 1, last: -1})
	cur := int32(len(c.sa) - 1)
	p := last
	for ; p >= 0 && c.get(p, b) < 0; p = c.sa[p].link {
		c.set(p, b, cur)
	}
	if p < 0 {
		c.sa[cur].link = 0
		return cur
	}
	q := c.get(p, b)
	if c.sa[p].length+1 == c.sa[q].length {
		c.sa[cur].link = q
		return cur
	}
	cl := c.clone(q, c.sa[p].length+1)
	for ; p >= 0 && c.get(p, b) == q; p = c.sa[p].link {
		c.set(p, b, cl)
	}
	c.sa[q].link = cl
	c.sa[cur].link = cl
	return cur
}

// count is the summed weight of the texts that hold s (all of them for "").
func (c *containCounter) count(s string) int {
	if c.sa == nil || s == "" {
		n := 0
		for i, t := range c.texts {
			if strings.Contains(t, s) {
				n += c.weights[i]
			}
		}
		return n
	}
	p := int32(0)
	for i := 0; i < len(s); i++ {
		if p = c.get(p, s[i]); p < 0 {
			return 0
		}
	}
	return int(c.sa[p].weight)
}

// firstHolding is, for each pattern, the index of the first text that
// holds it and that keep allows, or -1 (always -1 for ""). The names a
// page offers as authors are each looked for in its text and its
// blocks; asked of every text per name that is quadratic in a page of
// thousands of names. Past a few patterns it reads every text once
// through an Aho-Corasick automaton of the patterns, marking each
// automaton node the first time a text reaches it (the marks of one text
// stop where its climb meets a node it already marked, so a text costs
// its length and the distinct nodes it reaches).
func firstHolding(patterns, texts []string, keep func(int) bool) []int {
	first := make([]int, len(patterns))
	if len(patterns) <= containDirect {
		for p, s := range patterns {
			first[p] = -1
			if s == "" {
				continue
			}
			for i, t := range texts {
				if keep(i) && strings.Contains(t, s) {
					first[p] = i
					break
				}
			}
		}
		return first
	}
	ac := &containCounter{sa: []samState{{edges: -1}}}
	node := make([]int32, len(patterns))
	for p, s := range patterns {
		cur := int32(0)
		for i := 0; i < len(s); i++ {
			next := ac.get(cur, s[i])
			if next < 0 {
				ac.sa = append(ac.sa, samState{edges: -1})
				next = int32(len(ac.sa) - 1)
				ac.set(cur, s[i], next)
			}
			cur = next
		}
		node[p] = cur
	}
	// Failure links (link) breadth first; length holds the first text.
	queue := []int32{0}
	for k := 0; k < len(queue); k++ {
		u := queue[k]
		for e := ac.sa[u].edges; e >= 0; e = ac.edges[e].next {
			v, b := ac.edges[e].to, ac.edges[e].b
			f := int32(0)
			if u != 0 {
				for f = ac.sa[u].link; ; f = ac.sa[f].link {
					if w := ac.get(f, b); w >= 0 {
						f = w
						break
					}
					if f == 0 {
						break
					}
				}
			}
			ac.sa[v].link = f
			queue = append(queue, v)
		}
	}
	for k := range ac.sa {
		ac.sa[k].length, ac.sa[k].last = -1, -1
	}
	for i, t := range texts {
		if !keep(i) {
			continue
		}
		cur := int32(0)
		for j := 0; j < len(t); j++ {
			for {
				if w := ac.get(cur, t[j]); w >= 0 {
					cur = w
					break
				}
				if cur == 0 {
					break
				}
				cur = ac.sa[cur].link
			}
			for q := cur; q > 0 && ac.sa[q].last != int32(i); q = ac.sa[q].link {
				ac.sa[q].last = int32(i)
				if ac.sa[q].length < 0 {
					ac.sa[q].length = int32(i)
				}
			}
		}
	}
	for p, s := range patterns {
		first[p] = -1
		if s != "" {
			first[p] = int(ac.sa[node[p]].length)
		}
	}
	return first
}

// nameOverlaps is, for each candidate's folded names, the number of other
// candidates that share a non-empty name with it. Asked of every pair of
// candidates that is quadratic in a page of thousands of authors; here
// it is the size of the union of the candidates of each of its names,
// by inclusion and exclusion over the subsets of its names, the number
// of candidates holding a subset counted once (from the shortest list
// of candidates of one of its names). A candidate of more than four
// distinct names (up to 15 subsets) is compared with every other.
func nameOverlaps(names [][]string) []int {
	sets := make([][]string, len(names))
	holders := map[string][]int{}
	for i, ns := range names {
		for _, n := range ns {
			if n != "" && !slices.Contains(sets[i], n) {
				sets[i] = append(sets[i], n)
				holders[n] = append(holders[n], i)
			}
		}
		slices.Sort(sets[i])
	}
	shared := func(a, b []string) bool {
		for _, x := range a {
			if _, ok := slices.BinarySearch(b, x); ok {
				return true
			}
		}
		return false
	}
	holding := map[string]int{}
	var sub []string
	out := make([]int, len(names))
	for i, s := range sets {
		switch {
		case len(s) == 0:
		case len(s) > 4:
			for j := range sets {
				if j != i && shared(s, sets[j]) {
					out[i]++
				}
			}
		default:
			union := 0
			for mask := 1; mask < 1<<len(s); mask++ {
				sub = sub[:0]
				for k := range s {
					if mask&(1<<k) != 0 {
						sub = append(sub, s[k])
					}
				}
				key := strings.Join(sub, "\x00")
				n, ok := holding[key]
				if !ok {
					shortest := holders[sub[0]]
					for _, x := range sub[1:] {
						if len(holders[x]) < len(shortest) {
							shortest = holders[x]
						}
					}
					for _, j := range shortest {
						all := true
						for _, x := range sub {
							if _, found := slices.BinarySearch(sets[j], x); !found {
								all = false
								break
							}
						}
						if all {
							n++
						}
					}
					holding[key] = n
				}
				if len(sub)%2 == 1 {
					union += n
				} else {
					union -= n
				}
			}
			out[i] = union - 1
		}
	}
	return out
}

package sketch

import (
	"container/heap"
	"sort"
)

// Count is one key of a TopK with its weights. Err bounds how much Docs
// may overstate the truth (0 while TopK is exact).
type Count struct {
	Key    string `json:"key"`
	Docs   int64  `json:"docs"`
	Tokens int64  `json:"tokens,omitempty"`
	Err    int64  `json:"err,omitempty"`
}

// TopK counts documents (and a second weight, tokens) per key in bounded
// memory. The zero value is not usable; use NewTopK.
type TopK struct {
	k     int
	byKey map[string]*tkEntry
	h     tkHeap
	// evicted says whether any key was ever dropped: from then on counts
	// are upper bounds.
	evicted bool
}

type tkEntry struct {
	Count
	idx int
}

// NewTopK makes a counter that keeps at most k keys.
func NewTopK(k int) *TopK {
	return &TopK{k: k, byKey: make(map[string]*tkEntry)}
}

// Add counts one document of key with its tokens.
func (t *TopK) Add(key string, tokens int64) {
	if e, ok := t.byKey[key]; ok {
		e.Docs++
		e.Tokens += tokens
		heap.Fix(&t.h, e.idx)
		return
	}
	if len(t.h) < t.k {
		e := &tkEntry{Count: Count{Key: key, Docs: 1, Tokens: tokens}}
		t.byKey[key] = e
		heap.Push(&t.h, e)
		return
	}
	// Space-Saving: the new key takes the place of the smallest, inheriting
	// its count as the error bound.
	e := t.h[0]
	delete(t.byKey, e.Key)
	t.evicted = true
	e.Key = key
	e.Err = e.Docs
	e.Docs++
	e.Tokens += tokens
	t.byKey[key] = e
	heap.Fix(&t.h, 0)
}

// Exact reports whether every count is exact (no key was ever dropped).
func (t *TopK) Exact() bool { return !t.evicted }

// Len is the number of keys held.
func (t *TopK) Len() int { return len(t.h) }

// Top returns at most n keys by descending documents (ties by key); n <= 0
// returns all.
func (t *TopK) Top(n int) []Count {
	out := make([]Count, len(t.h))
	for i, e := range t.h {
		out[i] = e.Count
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Docs != out[j].Docs {
			return out[i].Docs > out[j].Docs
		}
		return out[i].Key < out[j].Key
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

type tkHeap []*tkEntry

func (h tkHeap) Len() int { return len(h) }
func (h tkHeap) Less(i, j int) bool {
	if h[i].Docs != h[j].Docs {
		return h[i].Docs < h[j].Docs
	}
	return h[i].Key > h[j].Key
}
func (h tkHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].idx = i
	h[j].idx = j
}
func (h *tkHeap) Push(x any) {
	e := x.(*tkEntry)
	e.idx = len(*h)
	*h = append(*h, e)
}
func (h *tkHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	*h = old[:len(old)-1]
	return e
}

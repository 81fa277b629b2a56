package sketch

import "hash/fnv"

// Sizes counts items per key (records per duplicate cluster) in bounded
// memory. While at most Cap keys are seen it is exact; past that it keeps
// only keys whose hash has Level low zero bits, doubling the sampling
// each time the cap is hit, and scales counts of keys by 2^Level.
type Sizes struct {
	Cap   int
	Level uint
	m     map[uint64]int64
}

// NewSizes makes a size counter holding at most cap keys.
func NewSizes(cap int) *Sizes { return &Sizes{Cap: cap, m: make(map[uint64]int64)} }

func hash(key string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(key))
	return h.Sum64()
}

// Add counts one item of key.
func (s *Sizes) Add(key string) {
	h := hash(key)
	if h&(1<<s.Level-1) != 0 {
		return
	}
	s.m[h]++
	for len(s.m) > s.Cap {
		s.Level++
		mask := uint64(1)<<s.Level - 1
		for k := range s.m {
			if k&mask != 0 {
				delete(s.m, k)
			}
		}
	}
}

// Exact reports whether no key was sampled away.
func (s *Sizes) Exact() bool { return s.Level == 0 }

// Keys estimates how many distinct keys were added.
func (s *Sizes) Keys() int64 { return int64(len(s.m)) << s.Level }

// Each calls fn with the size of every key held and the weight (number of
// keys) it stands for.
func (s *Sizes) Each(fn func(size, weight int64)) {
	w := int64(1) << s.Level
	for _, n := range s.m {
		fn(n, w)
	}
}

package sketch

import (
	"fmt"
	"math"
	"testing"
)

func TestTopKExact(t *testing.T) {
	tk := NewTopK(10)
	for i := range 5 {
		for range i + 1 {
			tk.Add(fmt.Sprint("k", i), 10)
		}
	}
	top := tk.Top(2)
	if !tk.Exact() || len(top) != 2 || top[0].Key != "k4" || top[0].Docs != 5 || top[0].Tokens != 50 || top[1].Key != "k3" {
		t.Errorf("Top(2) = %+v exact=%v", top, tk.Exact())
	}
}

func TestTopKHeavyHitters(t *testing.T) {
	tk := NewTopK(20)
	// Three heavy keys hidden among many light ones, arriving late.
	for i := range 5000 {
		tk.Add(fmt.Sprint("light", i), 1)
	}
	for range 1000 {
		tk.Add("heavy-a", 1)
		tk.Add("heavy-b", 1)
	}
	for range 600 {
		tk.Add("heavy-c", 1)
	}
	top := tk.Top(3)
	if tk.Exact() {
		t.Fatal("Exact after evictions")
	}
	want := map[string]bool{"heavy-a": true, "heavy-b": true, "heavy-c": true}
	for _, c := range top {
		if !want[c.Key] {
			t.Errorf("top %+v: %s is not a heavy hitter", top, c.Key)
		}
		if c.Docs-c.Err > 1000 || c.Docs < 600 {
			t.Errorf("%s: docs %d err %d do not bracket the truth", c.Key, c.Docs, c.Err)
		}
	}
	if tk.Len() != 20 {
		t.Errorf("holds %d keys, cap 20", tk.Len())
	}
}

func TestReservoir(t *testing.T) {
	r := NewReservoir(10000)
	for i := range 100000 {
		r.Add(float64(i % 100))
	}
	if r.N != 100000 || r.Min != 0 || r.Max != 99 || len(r.Sample) != 10000 {
		t.Fatalf("N %d min %v max %v sample %d", r.N, r.Min, r.Max, len(r.Sample))
	}
	lo, counts := r.Hist(10)
	var sum int64
	for i, c := range counts {
		sum += c
		// Uniform data: each bin should hold about a tenth.
		if math.Abs(float64(c)-10000) > 1500 {
			t.Errorf("bin %d (from %v) holds %d, want about 10000", i, lo[i], c)
		}
	}
	if math.Abs(float64(sum)-100000) > 100 {
		t.Errorf("bins sum to %d, want about 100000", sum)
	}
}

func TestSizes(t *testing.T) {
	for _, cap := range []int{1 << 20, 500} {
		s := NewSizes(cap)
		// 4000 clusters of size 2 and 1000 of size 5.
		for i := range 4000 {
			s.Add(fmt.Sprint("c", i))
			s.Add(fmt.Sprint("c", i))
		}
		for i := range 1000 {
			for range 5 {
				s.Add(fmt.Sprint("d", i))
			}
		}
		bySize := map[int64]int64{}
		s.Each(func(size, w int64) { bySize[size] += w })
		if cap > 5000 {
			if !s.Exact() || bySize[2] != 4000 || bySize[5] != 1000 {
				t.Errorf("exact: %v", bySize)
			}
			continue
		}
		if s.Exact() || len(s.m) > cap {
			t.Errorf("cap %d: exact=%v holds %d", cap, s.Exact(), len(s.m))
		}
		if math.Abs(float64(bySize[2])-4000) > 1200 || math.Abs(float64(bySize[5])-1000) > 500 {
			t.Errorf("sampled estimate %v, want about 4000 of 2 and 1000 of 5", bySize)
		}
		for size := range bySize {
			if size != 2 && size != 5 {
				t.Errorf("sampled key has size %d: sampling must keep whole counts", size)
			}
		}
	}
}

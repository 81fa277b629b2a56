package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// items produces n items with ids 0..n-1 and bodies of size bytes.
func items(n, size int) Produce {
	return func(emit func(Item) error) error {
		for i := range n {
			if err := emit(Item{ID: fmt.Sprint(i), Body: make([]byte, size)}); err != nil {
				return err
			}
		}
		return nil
	}
}

func TestRunnerOutcomes(t *testing.T) {
	block := make(chan struct{})
	tests := []struct {
		name    string
		step    func(*Doc) error
		timeout time.Duration
		want    func(i int, o Outcome) string // "" when o is right for item i
	}{
		{"records in order", func(*Doc) error { return nil }, 0, func(i int, o Outcome) string {
			if o.Doc == nil || o.Doc.Record.ID != fmt.Sprint(i) {
				return "want record"
			}
			return ""
		}},
		{"panic is a reject", func(d *Doc) error {
			if d.Item.ID == "3" {
				panic("boom")
			}
			return nil
		}, 0, func(i int, o Outcome) string {
			if i == 3 && (o.Reject == nil || o.Reject.Reason != "panic" || !strings.Contains(o.Reject.Error, "boom")) {
				return "want panic reject"
			}
			if i != 3 && o.Doc == nil {
				return "want record"
			}
			return ""
		}},
		{"step error is a reject with its reason", func(d *Doc) error {
			if d.Item.ID == "5" {
				return Rejectf("odd", "five")
			}
			return nil
		}, 0, func(i int, o Outcome) string {
			if i == 5 && (o.Reject == nil || o.Reject.Reason != "odd") {
				return "want reject odd"
			}
			return ""
		}},
		{"hung step times out", func(d *Doc) error {
			if d.Item.ID == "2" {
				<-block
			}
			return nil
		}, 50 * time.Millisecond, func(i int, o Outcome) string {
			if i == 2 && (o.Reject == nil || o.Reject.Reason != "timeout" || o.Reject.ID != "2") {
				return "want timeout reject"
			}
			if i != 2 && o.Doc == nil {
				return "want record"
			}
			return ""
		}},
		// Under a deadline the steps run on a goroutine the worker keeps
		// from item to item: a panic must not end it, and one abandoned
		// with its item must be replaced for the next.
		{"panic under a deadline is a reject", func(d *Doc) error {
			if d.Item.ID == "3" || d.Item.ID == "4" {
				panic("boom")
			}
			return nil
		}, time.Minute, func(i int, o Outcome) string {
			if (i == 3 || i == 4) && (o.Reject == nil || o.Reject.Reason != "panic") {
				return "want panic reject"
			}
			if i != 3 && i != 4 && o.Doc == nil {
				return "want record"
			}
			return ""
		}},
		{"hung steps time out, later items run", func(d *Doc) error {
			if d.Item.ID == "2" || d.Item.ID == "7" || d.Item.ID == "8" {
				<-block
			}
			return nil
		}, 50 * time.Millisecond, func(i int, o Outcome) string {
			hung := i == 2 || i == 7 || i == 8
			if hung && (o.Reject == nil || o.Reject.Reason != "timeout") {
				return "want timeout reject"
			}
			if !hung && o.Doc == nil {
				return "want record"
			}
			return ""
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Runner{Steps: []Step{{Name: "s", Run: tc.step}}, Workers: 3, ItemTimeout: tc.timeout}
			var got []Outcome
			err := r.Run(context.Background(), items(20, 10), func(o Outcome) error {
				got = append(got, o)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 20 {
				t.Fatalf("%d outcomes, want 20", len(got))
			}
			for i, o := range got {
				if o.Seq != int64(i) {
					t.Errorf("outcome %d has Seq %d", i, o.Seq)
				}
				if msg := tc.want(i, o); msg != "" {
					t.Errorf("item %d: %s; got %+v", i, msg, o)
				}
			}
		})
	}
	close(block)
}

// TestRunnerAbandonedLimit: a step that hangs on every item fails the run
// cleanly once too many goroutines are abandoned, instead of piling them
// up.
func TestRunnerAbandonedLimit(t *testing.T) {
	release := make(chan struct{})
	r := Runner{
		Steps:        []Step{{Name: "hang", Run: func(*Doc) error { <-release; return nil }}},
		Workers:      2,
		ItemTimeout:  time.Millisecond,
		MaxAbandoned: 3,
	}
	var rejects int
	err := r.Run(context.Background(), items(1000, 1), func(o Outcome) error {
		if o.Reject != nil {
			rejects++
		}
		return nil
	})
	if !errors.Is(err, ErrAbandoned) {
		t.Fatalf("err = %v, want ErrAbandoned", err)
	}
	if rejects > 10 {
		t.Errorf("%d items consumed before the run stopped", rejects)
	}
	close(release)
	deadline := time.Now().Add(5 * time.Second)
	for r.Abandoned() != 0 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if n := r.Abandoned(); n != 0 {
		t.Errorf("%d goroutines still counted as abandoned after they returned", n)
	}
}

// TestRunnerBackPressure checks that the producer never gets more than
// the window ahead of the consumer, in items and in bytes.
func TestRunnerBackPressure(t *testing.T) {
	for _, tc := range []struct {
		window, size int
		bytes        int64
		wantItems    int64
	}{
		{window: 5, size: 10, bytes: 1 << 20, wantItems: 5},
		{window: 100, size: 1000, bytes: 4000, wantItems: 4},
		{window: 100, size: 5000, bytes: 4000, wantItems: 1}, // larger than the budget: alone
	} {
		var produced, consumed, maxAhead atomic.Int64
		r := Runner{Steps: nil, Workers: 2, Window: tc.window, WindowBytes: tc.bytes}
		produce := func(emit func(Item) error) error {
			for i := range 200 {
				if err := emit(Item{ID: fmt.Sprint(i), Body: make([]byte, tc.size)}); err != nil {
					return err
				}
				ahead := produced.Add(1) - consumed.Load()
				for {
					m := maxAhead.Load()
					if ahead <= m || maxAhead.CompareAndSwap(m, ahead) {
						break
					}
				}
			}
			return nil
		}
		err := r.Run(context.Background(), produce, func(Outcome) error {
			time.Sleep(20 * time.Microsecond)
			consumed.Add(1)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		// The producer counts an item after emit returns, so it can be one
		// past the window at the moment it looks.
		if got := maxAhead.Load(); got > tc.wantItems+1 {
			t.Errorf("window %d, %d bytes of %d-byte items: producer %d items ahead, want at most %d",
				tc.window, tc.bytes, tc.size, got, tc.wantItems+1)
		}
	}
}

// TestRunnerCancel: after the context is cancelled no outcome is handed
// over, the producer stops, and Run returns the cancellation.
func TestRunnerCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	r := Runner{Workers: 2}
	var n atomic.Int64
	var mu sync.Mutex
	cancelled := false
	err := r.Run(ctx, items(1_000_000, 1), func(o Outcome) error {
		mu.Lock()
		defer mu.Unlock()
		if cancelled {
			t.Error("consume called after cancel")
		}
		if n.Add(1) == 100 {
			cancel()
			cancelled = true
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if n.Load() != 100 {
		t.Errorf("%d outcomes consumed, want 100", n.Load())
	}
}

func TestRunnerConsumerError(t *testing.T) {
	r := Runner{Workers: 2}
	stop := errors.New("disk full")
	err := r.Run(context.Background(), items(1000, 1), func(o Outcome) error {
		if o.Seq == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Fatalf("err = %v, want the consumer's", err)
	}
}

// TestRunnerLargeItems: items at or above LargeItem never run at the same
// time; small ones do.
func TestRunnerLargeItems(t *testing.T) {
	var running, most atomic.Int64
	step := func(d *Doc) error {
		if len(d.Item.Body) >= 100 {
			n := running.Add(1)
			defer running.Add(-1)
			for {
				m := most.Load()
				if n <= m || most.CompareAndSwap(m, n) {
					break
				}
			}
			time.Sleep(time.Millisecond)
		}
		return nil
	}
	produce := func(emit func(Item) error) error {
		for i := range 60 {
			size := 10
			if i%2 == 0 {
				size = 200
			}
			if err := emit(Item{ID: fmt.Sprint(i), Body: make([]byte, size)}); err != nil {
				return err
			}
		}
		return nil
	}
	for _, timeout := range []time.Duration{0, time.Minute} {
		most.Store(0)
		r := Runner{Steps: []Step{{Name: "s", Run: step}}, Workers: 4, LargeItem: 100, ItemTimeout: timeout}
		if err := r.Run(context.Background(), produce, func(Outcome) error { return nil }); err != nil {
			t.Fatal(err)
		}
		if most.Load() != 1 {
			t.Errorf("timeout %v: %d large items ran at once, want 1", timeout, most.Load())
		}
	}
}

package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// produceN emits n items with ids "0".."n-1"; the body carries the index.
func produceN(n int, mod func(i int, it *Item)) Produce {
	return func(emit func(Item) error) error {
		for i := range n {
			it := Item{ID: fmt.Sprint(i), Source: Source{Path: "in.txt", Offset: int64(i)}, Body: []byte(fmt.Sprint(i))}
			if mod != nil {
				mod(i, &it)
			}
			if err := emit(it); err != nil {
				return err
			}
		}
		return nil
	}
}

// jitter makes steps finish out of order: later items often finish first.
var jitter = Step{Name: "jitter", Run: func(d *Doc) error {
	var i int
	fmt.Sscan(string(d.Item.Body), &i)
	time.Sleep(time.Duration((7*i)%5) * 100 * time.Microsecond)
	d.Record.Text = "text " + d.Item.ID
	return nil
}}

func TestRunnerOrder(t *testing.T) {
	for _, workers := range []int{1, 8} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			r := Runner{Steps: []Step{jitter}, Workers: workers}
			var got []string
			err := r.Run(context.Background(), produceN(200, nil), func(o Outcome) error {
				if o.Doc == nil {
					return fmt.Errorf("outcome without a record: %+v", o)
				}
				if o.Doc.Record.Text != "text "+o.Doc.Record.ID {
					return fmt.Errorf("record %s carries %q", o.Doc.Record.ID, o.Doc.Record.Text)
				}
				got = append(got, o.Doc.Record.ID)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 200 {
				t.Fatalf("consumed %d outcomes, want 200", len(got))
			}
			for i, id := range got {
				if id != fmt.Sprint(i) {
					t.Fatalf("outcome %d is item %s: output order differs from input order", i, id)
				}
			}
		})
	}
}

func TestRunnerRejectKinds(t *testing.T) {
	boom := Step{Name: "boom", Run: func(d *Doc) error {
		switch d.Item.ID {
		case "1":
			panic("index out of range")
		case "2":
			return Rejectf("too-short", "%s: 3 words", d.Item.ID)
		case "3":
			return errors.New("plain failure")
		}
		return nil
	}}
	after := 0
	count := Step{Name: "count", Run: func(d *Doc) error { after++; return nil }}
	mod := func(i int, it *Item) {
		switch i {
		case 4:
			it.Err = Rejectf("decompress", "in.txt.gz: unexpected EOF")
		case 5:
			it.Err = errors.New("cannot open")
		case 6:
			it.Skip = "request"
		}
	}
	r := Runner{Steps: []Step{boom, count}, Workers: 1}
	var outs []Outcome
	if err := r.Run(context.Background(), produceN(8, mod), func(o Outcome) error { outs = append(outs, o); return nil }); err != nil {
		t.Fatalf("Run: %v (a failing item must not stop the run)", err)
	}
	if len(outs) != 8 {
		t.Fatalf("%d outcomes, want 8", len(outs))
	}
	want := []struct {
		kind, reason, errHas string
	}{
		{"record", "", ""},
		{"reject", "panic", "index out of range"},
		{"reject", "too-short", "boom: too-short: 2: 3 words"},
		{"reject", "error", "boom: plain failure"},
		{"reject", "decompress", "unexpected EOF"},
		{"reject", "error", "cannot open"},
		{"skip", "request", ""},
		{"record", "", ""},
	}
	for i, w := range want {
		o := outs[i]
		n := 0
		for _, set := range []bool{o.Doc != nil, o.Reject != nil, o.Skip != ""} {
			if set {
				n++
			}
		}
		if n != 1 {
			t.Errorf("item %d: outcome %+v is not exactly one of record, reject, skip", i, o)
			continue
		}
		switch w.kind {
		case "record":
			if o.Doc == nil {
				t.Errorf("item %d: got %+v, want a record", i, o)
			}
		case "skip":
			if o.Skip != w.reason {
				t.Errorf("item %d: skip %q, want %q", i, o.Skip, w.reason)
			}
		case "reject":
			if o.Reject == nil {
				t.Errorf("item %d: got %+v, want a reject", i, o)
				continue
			}
			if o.Reject.Reason != w.reason || !strings.Contains(o.Reject.Error, w.errHas) {
				t.Errorf("item %d: reject %q %q, want %q containing %q", i, o.Reject.Reason, o.Reject.Error, w.reason, w.errHas)
			}
			if o.Reject.ID != fmt.Sprint(i) || o.Reject.Source.Path != "in.txt" || o.Reject.Source.Offset != int64(i) {
				t.Errorf("item %d: reject does not name its item: %+v", i, o.Reject)
			}
		}
	}
	if !strings.Contains(outs[1].Reject.Error, "in.txt @1") {
		t.Errorf("panic reject does not name file and offset: %q", outs[1].Reject.Error)
	}
	if after != 2 {
		t.Errorf("the step after a failing one ran %d times, want 2 (only for the records)", after)
	}
}

func TestRunnerErrors(t *testing.T) {
	stop := errors.New("disk full")
	t.Run("consumer error stops the run", func(t *testing.T) {
		r := Runner{Steps: []Step{jitter}, Workers: 4}
		n := 0
		err := r.Run(context.Background(), produceN(10000, nil), func(o Outcome) error {
			n++
			if n == 5 {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) {
			t.Fatalf("Run = %v, want %v", err, stop)
		}
		if n != 5 {
			t.Errorf("consume called %d times after it failed at 5", n)
		}
	})
	t.Run("producer error is returned after its items", func(t *testing.T) {
		r := Runner{Workers: 2}
		n := 0
		err := r.Run(context.Background(), func(emit func(Item) error) error {
			for i := range 3 {
				if err := emit(Item{ID: fmt.Sprint(i)}); err != nil {
					return err
				}
			}
			return stop
		}, func(Outcome) error { n++; return nil })
		if !errors.Is(err, stop) || n != 3 {
			t.Fatalf("Run = %v after %d outcomes, want %v after 3", err, n, stop)
		}
	})
	t.Run("cancelled context", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		r := Runner{Workers: 2}
		n := 0
		err := r.Run(ctx, produceN(10000, nil), func(Outcome) error {
			n++
			if n == 3 {
				cancel()
			}
			return nil
		})
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Run = %v, want context.Canceled", err)
		}
	})
}

// TestRunnerWindow checks that the producer never runs more than the
// window ahead of the consumer: memory stays bounded on any input.
func TestRunnerWindow(t *testing.T) {
	const window = 3
	var produced, consumed, maxAhead atomic.Int64
	r := Runner{Workers: 2, Window: window}
	produce := func(emit func(Item) error) error {
		for i := range 50 {
			if err := emit(Item{ID: fmt.Sprint(i)}); err != nil {
				return err
			}
			ahead := produced.Add(1) - consumed.Load()
			if ahead > maxAhead.Load() {
				maxAhead.Store(ahead)
			}
		}
		return nil
	}
	err := r.Run(context.Background(), produce, func(Outcome) error {
		time.Sleep(200 * time.Microsecond)
		consumed.Add(1)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// window outcomes queued plus the one being consumed.
	if got := maxAhead.Load(); got > window+1 {
		t.Errorf("producer ran %d items ahead of the consumer, window is %d", got, window)
	}
}

package pipeline

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// TestRunnerClockStartsWithWork: large items take turns; an item's clock
// must start when its turn comes, and a timed-out item must give its turn
// up. One hung large item among ordinary large ones must cost only
// itself: before, every item queued behind it for the large-item turn
// ran out of time waiting.
func TestRunnerClockStartsWithWork(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	stopped := make(chan struct{}, 1)
	step := func(d *Doc) error {
		if d.Item.ID != "slow" {
			return nil
		}
		// Hangs until the run abandons the item (it would hang for
		// good without the item's context).
		select {
		case <-d.Context().Done():
			stopped <- struct{}{}
		case <-release:
		}
		return nil
	}
	r := Runner{Steps: []Step{{Name: "s", Run: step}}, Workers: 4, ItemTimeout: time.Second, LargeItem: 1}
	produce := func(emit func(Item) error) error {
		if err := emit(Item{ID: "slow", Body: []byte("xx")}); err != nil {
			return err
		}
		for i := range 10 {
			if err := emit(Item{ID: fmt.Sprint(i), Body: []byte("xx")}); err != nil {
				return err
			}
		}
		return nil
	}
	var got []string
	err := r.Run(context.Background(), produce, func(o Outcome) error {
		switch {
		case o.Reject != nil:
			got = append(got, o.Reject.ID+":"+o.Reject.Reason)
		case o.Doc != nil:
			got = append(got, o.Doc.Record.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "[slow:timeout 0 1 2 3 4 5 6 7 8 9]"
	if fmt.Sprint(got) != want {
		t.Fatalf("outcomes %v, want %s", got, want)
	}
	// The abandoned item is told to stop, and stops.
	<-stopped
}

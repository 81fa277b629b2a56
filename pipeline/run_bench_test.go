package pipeline

import (
	"context"
	"fmt"
	"hash/crc32"
	"testing"
	"time"
)

// work is a CPU-bound step of about the cost of cleaning a small page.
func work(d *Doc) error {
	var h uint32
	for range 200 {
		h = crc32.Update(h, crc32.IEEETable, d.Item.Body)
	}
	d.Record.Title = fmt.Sprint(h)
	return nil
}

// BenchmarkRunner compares the runner with a plain loop over the same
// steps: the overhead of ordering, the window and the per-item deadline.
// Compare the variants with benchstat; -cpu 1,2 shows scaling.
func BenchmarkRunner(b *testing.B) {
	body := make([]byte, 2048)
	steps := []Step{{Name: "work", Run: work}}
	const n = 256
	b.Run("loop", func(b *testing.B) {
		for b.Loop() {
			for i := range n {
				d := NewDoc(Item{ID: fmt.Sprint(i), Body: body})
				work(d)
			}
		}
	})
	for _, timeout := range []time.Duration{0, time.Minute} {
		b.Run(fmt.Sprintf("runner/timeout=%v", timeout), func(b *testing.B) {
			r := Runner{Steps: steps, ItemTimeout: timeout}
			for b.Loop() {
				err := r.Run(context.Background(), func(emit func(Item) error) error {
					for i := range n {
						if err := emit(Item{ID: fmt.Sprint(i), Body: body}); err != nil {
							return err
						}
					}
					return nil
				}, func(Outcome) error { return nil })
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
)

// Outcome is what became of one item: a record, a reject, or for
// container records that are not pages, a skip.
type Outcome struct {
	Doc    *Doc    // set for a record
	Reject *Reject // set for a reject
	Skip   string  // set for a skipped container record: its kind
}

// Runner runs the per-document steps over a stream of items with a bounded
// pool of workers and hands the outcomes to a consumer in input order, so
// that output does not depend on the number of workers. At most Window
// items are in flight: memory does not grow with the input.
type Runner struct {
	Steps   []Step
	Workers int // 0: one per CPU
	Window  int // 0: 4 per worker
}

// Produce feeds items to the runner; it stops when emit returns an error.
type Produce func(emit func(Item) error) error

// Run processes every produced item and calls consume once per item, in
// order. It returns when the producer is done and every outcome is
// consumed, or on the first error of producer or consumer.
func (r *Runner) Run(ctx context.Context, produce Produce, consume func(Outcome) error) error {
	workers := r.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	window := r.Window
	if window <= 0 {
		window = 4 * workers
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		item Item
		out  chan Outcome
	}
	jobs := make(chan job)
	// order carries each job's result channel in input order; its capacity
	// is the window that bounds the items in flight.
	order := make(chan chan Outcome, window)

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- r.process(j.item)
			}
		}()
	}

	prodErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		prodErr <- produce(func(it Item) error {
			out := make(chan Outcome, 1)
			select {
			case order <- out:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- job{it, out}:
				return nil
			case <-ctx.Done():
				// out is already queued but no worker will fill it:
				// closing it tells the consumer there is no outcome.
				close(out)
				return ctx.Err()
			}
		})
	}()

	var consErr error
	for out := range order {
		o, ok := <-out
		if ok && consErr == nil {
			if consErr = consume(o); consErr != nil {
				cancel()
			}
		}
	}
	wg.Wait()
	if consErr != nil {
		return consErr
	}
	if err := <-prodErr; err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	return ctx.Err()
}

// process runs the steps on one item. A panic in a step becomes a reject
// with reason "panic" so that one bad page cannot stop a run.
func (r *Runner) process(it Item) (o Outcome) {
	if it.Skip != "" {
		return Outcome{Skip: it.Skip}
	}
	d := NewDoc(it)
	defer func() {
		if p := recover(); p != nil {
			rej := Reject{ID: d.Record.ID, Source: d.Record.Source, Reason: "panic",
				Error: fmt.Sprintf("%s: panic: %v\n%s", describe(d), p, debug.Stack())}
			o = Outcome{Reject: &rej}
		}
	}()
	if it.Err != nil {
		rej := RejectOf(d, it.Err)
		return Outcome{Reject: &rej}
	}
	for _, s := range r.Steps {
		if err := s.Run(d); err != nil {
			rej := RejectOf(d, fmt.Errorf("%s: %w", s.Name, err))
			return Outcome{Reject: &rej}
		}
	}
	return Outcome{Doc: d}
}

func describe(d *Doc) string {
	if d.Record.Source.Path != "" {
		return fmt.Sprintf("%s (%s @%d)", d.Record.ID, d.Record.Source.Path, d.Record.Source.Offset)
	}
	return d.Record.ID
}

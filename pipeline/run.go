package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"
)

// Outcome is what became of one item: a record, a reject, or for
// container records that are not pages, a skip.
type Outcome struct {
	// Seq is the item's place in the order the producer emitted it,
	// from 0.
	Seq    int64
	Doc    *Doc    // set for a record
	Reject *Reject // set for a reject
	Skip   string  // set for a skipped container record: its kind
}

// ErrAbandoned is the error of a run that had to leave too many items
// running past their deadline (see Runner.MaxAbandoned).
var ErrAbandoned = errors.New("too many items still running past their deadline")

// Runner runs the per-document steps over a stream of items with a bounded
// pool of workers and hands the outcomes to a consumer in input order, so
// that output does not depend on the number of workers.
//
// Memory does not grow with the input: at most Window items, holding at
// most WindowBytes of item bodies, are between the producer and the
// consumer at any time; the producer waits (back-pressure) until the
// consumer has taken the oldest.
//
// One item cannot stop a run. A panic in a step becomes a reject with
// reason "panic". With ItemTimeout set, an item still running at its
// deadline becomes a reject with reason "timeout" and the worker moves on.
// Go cannot stop a goroutine from outside, so the step goes on running,
// abandoned, until it returns by itself; its result is thrown away. Each
// abandoned goroutine holds its document and a share of the CPU, so the
// run fails with ErrAbandoned when more than MaxAbandoned are still running
// at once: a corpus that makes a step hang that often needs the step
// fixed, not more goroutines.
type Runner struct {
	Steps   []Step
	Workers int // 0: one per CPU
	Window  int // 0: 4 per worker
	// WindowBytes bounds the item bodies in flight; 0 means 256 MiB. An
	// item larger than the whole budget still goes through, alone.
	WindowBytes int64
	// ItemTimeout is the time one item may take through all steps; 0
	// means no limit.
	ItemTimeout time.Duration
	// MaxAbandoned is how many timed-out items may still be running
	// before the run fails; 0 means 4 per worker.
	MaxAbandoned int
	// LargeItem is the body size from which items go through the steps
	// one at a time (0: 4 MiB). The steps need many times an item's size
	// while they work on it (a 16 MB page of one line takes about 330 MB),
	// so two huge pages at once could take more memory than a whole run
	// of ordinary ones. An item's ItemTimeout starts with its turn.
	LargeItem int64

	abandoned atomic.Int64
	large     chan struct{}
}

// Abandoned is the number of timed-out items whose steps are still
// running.
func (r *Runner) Abandoned() int64 { return r.abandoned.Load() }

// Produce feeds items to the runner; it stops when emit returns an error.
type Produce func(emit func(Item) error) error

// Run processes every produced item and calls consume once per item, in
// order. It returns when the producer is done and every outcome is
// consumed, or on the first error of producer or consumer. When ctx is
// cancelled, Run stops feeding items, stops calling consume, waits for the
// workers and returns ctx's error: what was consumed before is complete,
// nothing after it was handed over.
func (r *Runner) Run(ctx context.Context, produce Produce, consume func(Outcome) error) error {
	workers := r.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	window := r.Window
	if window <= 0 {
		window = 4 * workers
	}
	maxAbandoned := int64(r.MaxAbandoned)
	if maxAbandoned <= 0 {
		maxAbandoned = 4 * int64(workers)
	}
	bytes := newBudget(r.WindowBytes)
	r.large = make(chan struct{}, 1)
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	type job struct {
		item Item
		seq  int64
		out  chan Outcome
	}
	jobs := make(chan job)
	// order carries each job's result channel in input order; its capacity
	// is the window that bounds the items in flight.
	type slot struct {
		out  chan Outcome
		size int64
	}
	order := make(chan slot, window)

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var steps *stepsRunner // made at the first item with a deadline
			defer func() {
				if steps != nil {
					steps.retire()
				}
			}()
			for j := range jobs {
				o := r.runItem(ctx, j.item, &steps)
				o.Seq = j.seq
				if r.abandoned.Load() > maxAbandoned {
					cancel(fmt.Errorf("%w: %d (limit %d)", ErrAbandoned, r.abandoned.Load(), maxAbandoned))
				}
				j.out <- o
			}
		}()
	}

	prodErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		var seq int64
		prodErr <- produce(func(it Item) error {
			size := int64(len(it.Body))
			if err := bytes.acquire(ctx, size); err != nil {
				return err
			}
			out := make(chan Outcome, 1)
			select {
			case order <- slot{out, size}:
			case <-ctx.Done():
				bytes.release(size)
				return context.Cause(ctx)
			}
			// The slot is in order: if the job cannot be handed to a
			// worker, the slot must still get an outcome, or the
			// consumer would wait for it forever.
			select {
			case jobs <- job{it, seq, out}:
			case <-ctx.Done():
				out <- Outcome{Seq: seq, Skip: "cancelled"}
				return context.Cause(ctx)
			}
			seq++
			return nil
		})
	}()

	var consErr error
	for s := range order {
		o := <-s.out
		bytes.release(s.size)
		if consErr != nil || ctx.Err() != nil {
			continue
		}
		if consErr = consume(o); consErr != nil {
			cancel(consErr)
		}
	}
	wg.Wait()
	if consErr != nil {
		return consErr
	}
	if err := <-prodErr; err != nil && !errors.Is(err, context.Canceled) && !errors.Is(err, ErrAbandoned) {
		return err
	}
	if err := context.Cause(ctx); err != nil {
		return err
	}
	return nil
}

// runItem runs the steps on one item, under the item deadline if there is
// one. The clock starts when the item's work starts: a large item first
// waits for its turn (see LargeItem), and that wait is not the item's
// fault. On timeout (or when the run is cancelled) it returns at once,
// gives the large-item turn up, and cancels the item's context, which the
// runner checks between steps (and a step may check within itself, see
// Doc.Context): the abandoned steps stop at their next checkpoint, and
// decrement the abandoned count when they return.
//
// Under a deadline the steps run on *steps, a goroutine the worker keeps
// from item to item (made here when nil), so that the worker can stop
// waiting for them; an abandoned item's goroutine is retired with it and
// *steps set to nil.
func (r *Runner) runItem(ctx context.Context, it Item, steps **stepsRunner) Outcome {
	release, ok := r.turn(ctx, it)
	if !ok {
		return Outcome{Skip: "cancelled"}
	}
	if r.ItemTimeout <= 0 {
		defer release()
		return r.process(ctx, it)
	}
	var once sync.Once
	giveUp := func() { once.Do(release) }
	ictx, cancel := context.WithCancel(ctx)
	// state is 0 while running, 1 once the steps returned in time, 2
	// once abandoned; whichever side moves it first decides who counts.
	var state atomic.Int32
	done := make(chan Outcome, 1)
	if *steps == nil {
		*steps = newStepsRunner()
	}
	(*steps).work <- func() {
		o := r.process(ictx, it)
		giveUp()
		cancel()
		if !state.CompareAndSwap(0, 1) {
			r.abandoned.Add(-1)
		}
		done <- o
	}
	timer := time.NewTimer(r.ItemTimeout)
	defer timer.Stop()
	select {
	case o := <-done:
		return o
	case <-timer.C:
	case <-ctx.Done():
	}
	r.abandoned.Add(1)
	if !state.CompareAndSwap(0, 2) {
		// The steps returned between the deadline and now: keep their
		// result.
		r.abandoned.Add(-1)
		return <-done
	}
	// The goroutine goes on with the abandoned steps until their next
	// checkpoint and then ends; the next item gets a new one.
	(*steps).retire()
	*steps = nil
	cancel()
	giveUp()
	if ctx.Err() != nil {
		return Outcome{Skip: "cancelled"}
	}
	rej := Reject{ID: it.ID, Source: it.Source, Reason: "timeout",
		Error: fmt.Sprintf("%s: still running after %s; abandoned", describeItem(it), r.ItemTimeout)}
	return Outcome{Reject: &rej}
}

// stepsRunner is a goroutine that runs one worker's items' steps, one
// after another. A goroutine started for each item began with a small
// stack and grew it, copying it, several times per item (a fortieth of
// the CPU of a run over small dumps); one kept from item to item has
// grown already.
type stepsRunner struct{ work chan func() }

func newStepsRunner() *stepsRunner {
	s := &stepsRunner{work: make(chan func())}
	go func() {
		for f := range s.work {
			f()
		}
	}()
	return s
}

// retire ends the goroutine once the work it is doing, if any, returns.
func (s *stepsRunner) retire() { close(s.work) }

// turn waits for a large item's turn (one at a time) and returns the
// function that gives it up; false when the run was cancelled meanwhile.
func (r *Runner) turn(ctx context.Context, it Item) (release func(), ok bool) {
	large := r.LargeItem
	if large <= 0 {
		large = 4 << 20
	}
	if int64(len(it.Body)) < large {
		return func() {}, true
	}
	select {
	case r.large <- struct{}{}:
		return func() { <-r.large }, true
	case <-ctx.Done():
		return nil, false
	}
}

// errStopped ends the steps of an item whose context was cancelled; the
// runner has already given the item's outcome, so it is thrown away.
var errStopped = errors.New("stopped: the item was abandoned or the run cancelled")

// process runs the steps on one item, checking ctx before each. A panic in
// a step becomes a reject with reason "panic" so that one bad page cannot
// stop a run.
func (r *Runner) process(ctx context.Context, it Item) (o Outcome) {
	if it.Skip != "" {
		return Outcome{Skip: it.Skip}
	}
	d := NewDoc(it)
	d.ctx = ctx
	step := ""
	defer func() {
		if p := recover(); p != nil {
			rej := Reject{ID: d.Record.ID, Source: d.Record.Source, Reason: "panic", Step: step,
				Error: fmt.Sprintf("%s: panic: %v\n%s", describe(d), p, debug.Stack())}
			o = Outcome{Reject: &rej}
		}
		// The document outlives the run's checks only in the outcome.
		d.ctx = nil
	}()
	if it.Err != nil {
		rej := RejectOf(d, it.Err)
		rej.Step = "read"
		return Outcome{Reject: &rej}
	}
	for _, s := range r.Steps {
		if ctx.Err() != nil {
			rej := RejectOf(d, fmt.Errorf("%s: %w", s.Name, Rejectf("cancelled", "%v", errStopped)))
			return Outcome{Reject: &rej}
		}
		step = s.Name
		if err := s.Run(d); err != nil {
			rej := RejectOf(d, fmt.Errorf("%s: %w", s.Name, err))
			rej.Step = s.Name
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

func describeItem(it Item) string {
	if it.Source.Path != "" {
		return fmt.Sprintf("%s (%s @%d)", it.ID, it.Source.Path, it.Source.Offset)
	}
	return it.ID
}

// budget is a counting semaphore over bytes. One acquirer is always let
// through when nothing is held, so an item larger than the budget passes
// alone instead of blocking forever.
type budget struct {
	mu   sync.Mutex
	used int64
	max  int64
	wake chan struct{}
}

func newBudget(max int64) *budget {
	if max <= 0 {
		max = 256 << 20
	}
	return &budget{max: max, wake: make(chan struct{})}
}

func (b *budget) acquire(ctx context.Context, n int64) error {
	for {
		b.mu.Lock()
		if b.used == 0 || b.used+n <= b.max {
			b.used += n
			b.mu.Unlock()
			return nil
		}
		w := b.wake
		b.mu.Unlock()
		select {
		case <-w:
		case <-ctx.Done():
			return context.Cause(ctx)
		}
	}
}

func (b *budget) release(n int64) {
	b.mu.Lock()
	b.used -= n
	close(b.wake)
	b.wake = make(chan struct{})
	b.mu.Unlock()
}

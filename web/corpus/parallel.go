package corpus

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"sync"
)

// batchSize entries travel together between the reader, the workers and
// the consumer, so that channel traffic does not dominate.
const batchSize = 256

// ScanOrdered reads the corpus at path like ScanRaw, runs prepare on every
// entry on worker goroutines (one per CPU), and calls fn with the results
// in corpus order from the calling goroutine. It is for the commands whose
// work per record (decoding JSON, splitting words) outweighs reading.
//
// prepare gets its own copy of the line (Entry.Raw stays valid), and for
// formats without lines an Entry whose Record is already decoded. At most
// a few batches per worker are in flight, so memory stays bounded.
func ScanOrdered[T any](ctx context.Context, path string, prepare func(*Entry) (T, error), fn func(T) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := max(1, runtime.GOMAXPROCS(0))
	type item struct {
		e   Entry
		v   T
		err error
	}
	type job struct {
		batch []item
		done  chan struct{}
	}
	jobs := make(chan job)
	order := make(chan job, 2*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				for i := range j.batch {
					it := &j.batch[i]
					it.v, it.err = prepare(&it.e)
				}
				close(j.done)
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		var batch []item
		send := func() error {
			j := job{batch: batch, done: make(chan struct{})}
			batch = nil
			select {
			case order <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			return nil
		}
		err := ScanRaw(ctx, path, func(e *Entry) error {
			it := item{e: *e}
			if e.Raw != nil {
				it.e.Raw = append([]byte(nil), e.Raw...)
			}
			if batch = append(batch, it); len(batch) == batchSize {
				return send()
			}
			return nil
		})
		if err == nil && len(batch) > 0 {
			err = send()
		}
		readErr <- err
	}()

	var ferr error
	for j := range order {
		select {
		case <-j.done:
		case <-ctx.Done():
			// The workers may have stopped taking jobs; the reader will
			// end on the cancelled context.
			continue
		}
		if ferr != nil {
			continue // drain so that the reader and workers end
		}
		for i := range j.batch {
			it := &j.batch[i]
			if it.err != nil {
				ferr = it.err
			} else {
				ferr = fn(it.v)
			}
			if ferr != nil {
				cancel()
				break
			}
		}
	}
	wg.Wait()
	if ferr != nil {
		return ferr
	}
	return <-readErr
}

// DecodeRecord is a prepare function for ScanOrdered that decodes the
// whole record.
func DecodeRecord(path string) func(*Entry) (*Entry, error) {
	return func(e *Entry) (*Entry, error) {
		if e.Raw == nil {
			return e, nil
		}
		if err := json.Unmarshal(e.Raw, &e.Record); err != nil {
			return nil, fmt.Errorf("%s: record %d: not a record: %w", path, e.N+1, err)
		}
		return e, nil
	}
}

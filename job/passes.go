package job

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/akhbar/akhbar/internal/xio"
	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
)

// Corpus-level passes see the whole corpus before they change any of it.
// A run with passes goes in up to three phases:
//
//  1. observe: every item runs through the steps up to the passes' After
//     step, and each DocPass observes the document (in input order, on one
//     goroutine, so that what it learns does not depend on timing). Its
//     result is saved in the run's work folder: a resumed run loads it
//     instead of observing again. A run killed while observing observes
//     again from the start.
//  2. process: every item runs through all steps, each DocPass applying
//     its result right after its After step. Without a RecordPass this
//     writes the output as a run without passes would; with one it writes
//     the records to a staging area in the work folder (the rejects go to
//     their final place), shard by shard with markers, resumable as usual.
//  3. records: the RecordPass reads the staged records once to Add them
//     all, finishes, reads them again in the same order to Apply its result
//     and writes the output shards (resumable: the index is rebuilt from
//     the staged records, which costs a read, not a run).

// DocPass is a corpus-level pass over documents, such as site-template
// learning: observe every document, then apply what was learnt to each.
type DocPass struct {
	Name string
	// After names the step (see steps.Build) after which documents are
	// observed and the result applied, e.g. "clean".
	After string
	// Config is recorded in the manifest and decides, with the rest of
	// the job, whether a restart continues the same run.
	Config any
	// New starts an observer.
	New func() Observer
	// Load reads a result saved by Applier.Save. Without it the result
	// is not saved, and a resumed run observes the corpus again.
	Load func(r io.Reader) (Applier, error)
}

// Observer is a DocPass's first phase.
type Observer interface {
	// Observe sees one document. It is called in input order from one
	// goroutine.
	Observe(d *pipeline.Doc)
	Finish() (Applier, error)
}

// Applier is what a DocPass learnt.
type Applier interface {
	// Apply changes one document. It is called from several goroutines
	// at once.
	Apply(d *pipeline.Doc) error
	// Save writes the result for DocPass.Load (not called without Load).
	Save(w io.Writer) error
	// Report says what was learnt, for the manifest (nil for nothing).
	Report() any
}

// RecordPass is a corpus-level pass over finished records, such as
// near-duplicate detection: add every record, finish, then apply to every
// record in the same order.
type RecordPass struct {
	Name   string
	Config any
	// New starts an index; work is a folder it may spill to, removed
	// with the run's other work files.
	New func(work string) (RecordIndex, error)
	// Drop leaves out records that Apply reports as duplicates (counted
	// as such); otherwise they are written as Apply marked them.
	Drop bool
}

// RecordIndex is a RecordPass's first phase.
type RecordIndex interface {
	Add(rec *pipeline.Record) error
	Finish() (RecordApplier, error)
	Close() error
}

// RecordApplier is what a RecordPass found.
type RecordApplier interface {
	// Apply marks the next record, in Add order, and reports whether it
	// is a duplicate.
	Apply(rec *pipeline.Record) (dup bool, err error)
	Report() any
	Close() error
}

func (o *Options) hasPasses() bool { return len(o.DocPasses) > 0 || o.RecordPass != nil }

func (o *Options) checkPasses() error {
	seen := map[string]bool{}
	for _, p := range o.DocPasses {
		if p.Name == "" || p.New == nil || p.After == "" {
			return fmt.Errorf("document pass %q: needs a name, a step to follow and New", p.Name)
		}
		if seen[p.Name] {
			return fmt.Errorf("document pass %q given twice", p.Name)
		}
		seen[p.Name] = true
	}
	if p := o.RecordPass; p != nil && (p.Name == "" || p.New == nil) {
		return fmt.Errorf("record pass %q: needs a name and New", p.Name)
	}
	return nil
}

func stepIndex(stepList []pipeline.Step, name string) (int, error) {
	for i, s := range stepList {
		if s.Name == name {
			return i, nil
		}
	}
	return 0, fmt.Errorf("no step %q to run a pass after", name)
}

// observe runs phase 1 for the passes whose result is not saved yet and
// returns the steps of phase 2: stepList with each pass's Apply after its
// After step.
func (j *run) observe(ctx context.Context, stepList []pipeline.Step) ([]pipeline.Step, error) {
	passes := j.o.DocPasses
	if len(passes) == 0 {
		return stepList, nil
	}
	appliers := make([]Applier, len(passes))
	var todo []int
	last := 0
	for i, p := range passes {
		k, err := stepIndex(stepList, p.After)
		if err != nil {
			return nil, UserError{fmt.Errorf("pass %s: %w", p.Name, err)}
		}
		last = max(last, k)
		a, err := loadPass(j.passPath(p.Name), p.Load)
		if err != nil {
			return nil, err
		}
		if a == nil {
			todo = append(todo, i)
		}
		appliers[i] = a
	}
	if len(todo) > 0 {
		observers := make([]Observer, len(passes))
		for _, i := range todo {
			observers[i] = passes[i].New()
		}
		runner := pipeline.Runner{Steps: stepList[:last+1], Workers: j.o.Workers, ItemTimeout: j.o.ItemTimeout}
		bar := newProgress(j.o.Progress, j.inputs)
		produce := func(emit func(pipeline.Item) error) error {
			return j.readInputs(ctx, sink.Position{}, bar, false, func(int, int64) {}, emit)
		}
		err := runner.Run(ctx, produce, func(oc pipeline.Outcome) error {
			if oc.Doc == nil {
				return nil // rejected here, rejected again in phase 2
			}
			for _, i := range todo {
				observers[i].Observe(oc.Doc)
			}
			return nil
		})
		bar.finish()
		if err != nil {
			return nil, err
		}
		for _, i := range todo {
			a, err := observers[i].Finish()
			if err != nil {
				return nil, fmt.Errorf("pass %s: %w", passes[i].Name, err)
			}
			if passes[i].Load != nil {
				if err := savePass(j.passPath(passes[i].Name), a); err != nil {
					return nil, err
				}
			}
			appliers[i] = a
		}
	}
	out := append([]pipeline.Step(nil), stepList...)
	// Insert from the last pass back so that indices stay right; passes
	// after the same step apply in the order given.
	for i := len(passes) - 1; i >= 0; i-- {
		k, _ := stepIndex(out, passes[i].After)
		step := pipeline.Step{Name: passes[i].Name, Run: appliers[i].Apply}
		out = append(out[:k+1], append([]pipeline.Step{step}, out[k+1:]...)...)
		if r := appliers[i].Report(); r != nil {
			if b, err := json.Marshal(r); err == nil {
				j.reports[passes[i].Name] = b
			}
		}
	}
	return out, nil
}

func (j *run) passPath(name string) string { return filepath.Join(j.work, "pass-"+name+".bin") }

func loadPass(path string, load func(io.Reader) (Applier, error)) (Applier, error) {
	if load == nil {
		return nil, nil
	}
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	a, err := load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}

func savePass(path string, a Applier) error {
	f, err := xio.Create(path)
	if err != nil {
		return err
	}
	if err := a.Save(f); err != nil {
		f.Abort()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Commit()
}

// recordPass runs phase 3 over the staged shards and returns the output
// shards and the counts of written and dropped records.
func (j *run) recordPass(ctx context.Context, stage layout, staged []marker, resumed bool) ([]marker, pipeline.Stats, error) {
	var stats pipeline.Stats
	p := j.o.RecordPass
	lay := j.lay
	lay.rejects = "" // the rejects were written in phase 2
	done, err := loadMarkers(lay, resumed)
	if err != nil {
		return nil, stats, err
	}
	spill := filepath.Join(j.work, "spill-"+p.Name)
	if err := os.MkdirAll(spill, 0o755); err != nil {
		return done, stats, err
	}
	defer os.RemoveAll(spill)
	idx, err := p.New(spill)
	if err != nil {
		return done, stats, err
	}
	defer idx.Close()
	each := func(fn func(si int, k int64, rec *pipeline.Record) error) error {
		for si, s := range staged {
			var k int64
			err := sink.ReadRecords(stage.abs(s.Records), func(rec pipeline.Record) error {
				if err := ctx.Err(); err != nil {
					return err
				}
				err := fn(si, k, &rec)
				k++
				return err
			})
			if err != nil {
				return err
			}
		}
		return nil
	}
	if err := each(func(_ int, _ int64, rec *pipeline.Record) error { return idx.Add(rec) }); err != nil {
		return done, stats, err
	}
	app, err := idx.Finish()
	if err != nil {
		return done, stats, fmt.Errorf("%s: %w", p.Name, err)
	}
	defer app.Close()
	shards := &shardSet{lay: lay, o: j.o, log: j.log, done: done, nInputs: len(staged), schema: j.o.Schema}
	defer shards.abort()
	start := resumeAt(done)
	var total pipeline.Stats
	err = each(func(si int, k int64, rec *pipeline.Record) error {
		dup, err := app.Apply(rec)
		if err != nil {
			return err
		}
		if si < start.Input || si == start.Input && k < start.Item {
			return nil // in a complete shard
		}
		if dup && p.Drop {
			if err := shards.dropped(); err != nil {
				return err
			}
		} else if err := shards.add(pipeline.Outcome{Doc: &pipeline.Doc{Record: *rec}}, &total); err != nil {
			return err
		}
		return shards.maybeClose(sink.Position{Input: si, Item: k + 1})
	})
	if err == nil {
		err = shards.finish()
	}
	for _, d := range shards.done {
		stats.Written += d.Stats.Written
		stats.Duplicates += d.Stats.Duplicates
	}
	if err != nil {
		return shards.done, stats, err
	}
	if r := app.Report(); r != nil {
		if b, err := json.Marshal(r); err == nil {
			j.reports[p.Name] = b
		}
	}
	return shards.done, stats, nil
}

// Package job runs a whole corpus job: it expands the inputs, streams
// their items through the per-document steps with a bounded worker pool,
// and writes records and rejects, counting every item. "akhbar clean" and
// "akhbar run" both build an Options and call Run, so a pipeline file and
// the command line mean the same thing.
//
// # Shards and resume
//
// With a shard size or count, or an output folder, the output is cut into
// shards. A shard ends after the item that fills it, so shard boundaries
// are a function of the sequence of outcomes alone, which the ordered
// runner makes independent of timing and of the number of workers. Each
// shard's records and rejects are written under temporary names and
// renamed into place; then a completion marker records the shard, its
// counts and the position (input, item) after its last item. A run that
// finds markers of the same job (same inputs, settings and version)
// continues after the last marked shard: inputs before it are not opened,
// items of the input it stopped in are read and skipped. Files of
// unmarked shards are deleted and written again. The output of a run
// killed any number of times and restarted is therefore byte for byte
// that of an uninterrupted run. A single output file is one shard: a
// killed run leaves nothing and starts again.
//
// When everything is written, the manifest goes next to the output and
// the markers are removed. Running the same job again then has nothing to
// do; running another job into the same output needs Overwrite.
//
// It is not where any step's logic lives (see package steps and the step
// packages) and it knows nothing of flags or YAML.
package job

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/source"
	"github.com/akhbar/akhbar/steps"
)

// Options describe one job.
type Options struct {
	Inputs []string      // files, folders, globs, "-"
	Format source.Format // Auto detects per input
	// Output is a file (.jsonl, .jsonl.gz, .jsonl.zst, .parquet), "-",
	// or a folder (ending in "/" or existing) for sharded output.
	Output  string
	Rejects string // "" puts them next to Output; "none" only counts them
	Workers int    // 0: one per CPU
	// MaxItemBytes is the largest item read (0: 64 MiB); ItemTimeout the
	// time one item may take (0: no limit). Items over either are rejects.
	MaxItemBytes int64
	ItemTimeout  time.Duration
	// ShardBytes and ShardRecords end a shard once its records (or its
	// rejects) reach this many bytes as JSON lines, or this many values.
	// Either one shards the output; 0 is no limit.
	ShardBytes   int64
	ShardRecords int64
	// Overwrite starts afresh even when Output holds another run.
	Overwrite bool
	Steps     steps.Config
	// Version is akhbar's version, recorded in the manifest. A run is
	// only resumed by the same version.
	Version string
	// Progress, when set, receives a progress bar (a terminal).
	Progress io.Writer
	// Log receives rejects when no rejects file is written, and notes
	// about resuming.
	Log io.Writer
}

// UserError marks errors in how the job was asked for (bad paths, bad
// options), as opposed to failures while running it.
type UserError struct{ Err error }

func (e UserError) Error() string { return e.Err.Error() }
func (e UserError) Unwrap() error { return e.Err }

// runState is what a sharded run keeps in its progress folder besides the
// markers: enough to tell whether a restart is the same job.
type runState struct {
	Identity string          `json:"identity"`
	Started  string          `json:"started"`
	Now      time.Time       `json:"now"`
	Resumed  int             `json:"resumed"`
	Config   json.RawMessage `json:"config"`
}

// marker is a shard's completion marker.
type marker struct {
	sink.Shard
	// Inputs are the inputs whose every item lies in this shard or
	// before, not listed by an earlier marker.
	Inputs []indexedInput `json:"inputs,omitempty"`
}

type indexedInput struct {
	Index int `json:"index"`
	sink.InputInfo
}

// Run runs the job and returns its counts. Items that fail on their own
// are rejects, not errors; an error means the job as a whole failed or was
// stopped (ctx), and leaves only complete shards behind.
func Run(ctx context.Context, o Options) (pipeline.Stats, error) {
	var stats pipeline.Stats
	inputs, err := source.Expand(o.Inputs)
	if err != nil {
		return stats, UserError{err}
	}
	lay, err := newLayout(&o)
	if err != nil {
		return stats, UserError{err}
	}
	if IsDirOutput(o.Output) && o.ShardBytes == 0 && o.ShardRecords == 0 {
		o.ShardBytes = DefaultShardBytes
	}
	log := o.Log
	if log == nil {
		log = io.Discard
	}
	config, identity := describe(&o, inputs)

	st := runState{Identity: identity, Started: time.Now().UTC().Format(time.RFC3339), Config: config}
	var done []marker
	if lay.manifest != "" && lay.records != "-" {
		finished, err := checkFinished(lay, identity, o.Overwrite)
		if err != nil {
			return stats, err
		}
		if finished != nil {
			// A run killed after its manifest was written may have left
			// its markers.
			if lay.progress != "" {
				if err := os.RemoveAll(lay.progress); err != nil {
					return stats, err
				}
			}
			fmt.Fprintf(log, "%s: this run is already complete (%d shards); nothing to do\n", lay.manifest, len(finished.Shards))
			return finished.Stats, nil
		}
	}
	if lay.sharded {
		prev, markers, err := loadProgress(lay, identity, o.Overwrite)
		if err != nil {
			return stats, err
		}
		if prev != nil {
			if hasStdin(inputs) {
				return stats, UserError{fmt.Errorf("%s: an unfinished run that read standard input cannot be resumed; use --overwrite", lay.progress)}
			}
			st.Started, st.Now, st.Resumed = prev.Started, prev.Now, prev.Resumed+1
			done = markers
			fmt.Fprintf(log, "resuming: %d shards complete, continuing at input %d item %d\n", len(done), resumeAt(done).Input, resumeAt(done).Item)
		}
		if err := lay.removeStale(len(done)); err != nil {
			return stats, err
		}
	}
	if st.Now.IsZero() {
		st.Now = o.Steps.Now
		if st.Now.IsZero() {
			// Relative dates ("2 hours ago") are read against the time
			// the run first started, so that a resumed run reads them
			// as the first attempt did.
			st.Now = time.Now().Truncate(time.Second)
		}
	}
	o.Steps.Now = st.Now
	if lay.sharded {
		if err := os.MkdirAll(lay.progress, 0o755); err != nil {
			return stats, err
		}
		if err := sink.WriteJSON(lay.statePath(), &st); err != nil {
			return stats, err
		}
	}
	for _, m := range done {
		stats.Add(m.Stats)
	}

	hashes := newHasher(inputs)
	defer hashes.stop()
	shards := &shardSet{lay: lay, o: &o, log: log, done: done, hashes: hashes}
	defer shards.abort()
	start := resumeAt(done)

	bar := newProgress(o.Progress, inputs)
	runner := pipeline.Runner{Steps: steps.Build(o.Steps), Workers: o.Workers, ItemTimeout: o.ItemTimeout}
	srcOpts := source.Options{Format: o.Format, MaxItemBytes: o.MaxItemBytes}
	var pos positions
	produce := func(emit func(pipeline.Item) error) error {
		var seq int64
		for i, in := range inputs {
			if i < start.Input {
				bar.inputDone(in)
				continue
			}
			skip := int64(0)
			if i == start.Input {
				skip = start.Item
			}
			pos.start(seq, i, skip)
			var item int64
			err := source.Read(ctx, in, srcOpts, func(it pipeline.Item) error {
				item++
				if item <= skip {
					return nil // covered by a complete shard
				}
				if err := emit(it); err != nil {
					return err
				}
				seq++
				return nil
			})
			if err != nil {
				return err
			}
			hashes.add(i)
			bar.inputDone(in)
		}
		return nil
	}
	var runStats pipeline.Stats
	err = runner.Run(ctx, produce, func(oc pipeline.Outcome) error {
		p := pos.of(oc.Seq)
		if err := shards.add(oc, &runStats); err != nil {
			return err
		}
		return shards.maybeClose(sink.Position{Input: p.Input, Item: p.Item + 1})
	})
	bar.finish()
	if err == nil {
		err = shards.finish()
	}
	stats.Add(runStats)
	if err != nil {
		if ctx.Err() != nil && lay.sharded {
			fmt.Fprintf(log, "stopped: %d shards complete; run the same command again to continue\n", len(shards.done))
		}
		return stats, err
	}
	if lay.manifest == "" {
		return stats, nil
	}
	m := sink.Manifest{
		Version: o.Version, Started: st.Started, Finished: time.Now().UTC().Format(time.RFC3339),
		Resumed: st.Resumed, Identity: identity, Config: config, Stats: stats,
	}
	m.Inputs = shards.inputInfos(len(inputs))
	for _, d := range shards.done {
		m.Shards = append(m.Shards, d.Shard)
	}
	if err := sink.WriteJSON(lay.manifest, &m); err != nil {
		return stats, err
	}
	if lay.progress != "" {
		if err := os.RemoveAll(lay.progress); err != nil {
			return stats, err
		}
	}
	return stats, nil
}

// describe makes the job's config as recorded and its identity: a hash of
// everything that decides the output bytes.
func describe(o *Options, inputs []source.Input) (json.RawMessage, string) {
	type in struct {
		Path string `json:"path"`
		Size int64  `json:"size"`
	}
	cfg := struct {
		Version      string        `json:"version"`
		Inputs       []in          `json:"inputs,omitempty"`
		Format       source.Format `json:"format"`
		Output       string        `json:"output"`
		Rejects      string        `json:"rejects"`
		MaxItemBytes int64         `json:"max_item_bytes"`
		ShardBytes   int64         `json:"shard_bytes,omitempty"`
		ShardRecords int64         `json:"shard_records,omitempty"`
		Steps        any           `json:"steps"`
	}{Version: o.Version, Format: o.Format, Output: o.Output, Rejects: o.Rejects,
		MaxItemBytes: o.MaxItemBytes, ShardBytes: o.ShardBytes, ShardRecords: o.ShardRecords, Steps: o.Steps}
	for _, i := range inputs {
		cfg.Inputs = append(cfg.Inputs, in{i.Path, i.Size})
	}
	b, err := json.Marshal(cfg)
	if err != nil {
		cfg.Steps = fmt.Sprintf("%+v", o.Steps)
		b, _ = json.Marshal(cfg)
	}
	sum := sha256.Sum256(b)
	// The manifest lists the inputs on their own, with their hashes.
	cfg.Inputs = nil
	rec, _ := json.Marshal(cfg)
	return rec, hex.EncodeToString(sum[:12])
}

// checkFinished looks for the manifest of a finished run at the output.
func checkFinished(lay layout, identity string, overwrite bool) (*sink.Manifest, error) {
	m, err := sink.ReadManifest(lay.manifest)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil && !overwrite {
		return nil, UserError{fmt.Errorf("%w (use --overwrite to replace it)", err)}
	}
	if err == nil && m.Identity == identity && !overwrite && lay.sharded {
		return m, nil
	}
	if err == nil && m.Identity != identity && !overwrite && lay.sharded {
		return nil, UserError{fmt.Errorf("%s holds a finished run of other inputs or settings; use --overwrite to replace it, or another output", lay.manifest)}
	}
	// A single output file is simply written again, as any output would
	// be; the manifest goes with it.
	if err == nil && lay.sharded {
		for _, s := range m.Shards {
			for _, p := range []string{s.Records, s.Rejects} {
				if p != "" {
					os.Remove(lay.abs(p))
				}
			}
		}
	}
	return nil, os.Remove(lay.manifest)
}

// loadProgress reads an unfinished run's state and its markers, in order
// and without gaps.
func loadProgress(lay layout, identity string, overwrite bool) (*runState, []marker, error) {
	b, err := os.ReadFile(lay.statePath())
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil, os.RemoveAll(lay.progress)
	}
	var st runState
	if err == nil {
		err = json.Unmarshal(b, &st)
	}
	if err == nil && st.Identity != identity && !overwrite {
		return nil, nil, UserError{fmt.Errorf("%s holds an unfinished run of other inputs or settings; use --overwrite to start again, or another output", lay.progress)}
	}
	if err != nil || overwrite || st.Identity != identity {
		return nil, nil, os.RemoveAll(lay.progress)
	}
	var ms []marker
	for i := 0; ; i++ {
		b, err := os.ReadFile(lay.markerPath(i))
		if errors.Is(err, os.ErrNotExist) {
			break
		}
		var m marker
		if err == nil {
			err = json.Unmarshal(b, &m)
		}
		if err == nil && m.Index != i {
			err = fmt.Errorf("marker %d says shard %d", i, m.Index)
		}
		if err == nil {
			_, err = os.Stat(lay.recordsPath(i))
		}
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w (use --overwrite to start again)", lay.markerPath(i), err)
		}
		ms = append(ms, m)
	}
	return &st, ms, nil
}

func resumeAt(done []marker) sink.Position {
	if len(done) == 0 {
		return sink.Position{}
	}
	return done[len(done)-1].End
}

func hasStdin(inputs []source.Input) bool {
	for _, in := range inputs {
		if in.Path == "-" {
			return true
		}
	}
	return false
}

// positions maps the runner's sequence numbers back to (input, item).
// The producer records where each input starts; the consumer, which is
// never ahead of the producer, looks up the input an outcome came from.
type positions struct {
	mu     sync.Mutex
	starts []inputStart
	cur    int
}

type inputStart struct {
	seq   int64 // sequence number of the input's first emitted item
	input int
	first int64 // item index of that item within the input
}

func (p *positions) start(seq int64, input int, first int64) {
	p.mu.Lock()
	p.starts = append(p.starts, inputStart{seq, input, first})
	p.mu.Unlock()
}

func (p *positions) of(seq int64) sink.Position {
	p.mu.Lock()
	defer p.mu.Unlock()
	for p.cur+1 < len(p.starts) && p.starts[p.cur+1].seq <= seq {
		p.cur++
	}
	s := p.starts[p.cur]
	return sink.Position{Input: s.input, Item: s.first + seq - s.seq}
}

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
	"path/filepath"
	"runtime/debug"
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
	// MaxItemBytes is the largest item read (0: DefaultMaxItemBytes);
	// ItemTimeout the
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
	// JSONL names the fields of JSONL input lines; Schema is the layout
	// of the records written ("" is akhbar's own).
	JSONL  source.JSONLKeys
	Schema sink.Schema
	// Version is akhbar's version, recorded in the manifest. A run is
	// only resumed by the same version.
	Version string
	// DocPasses and RecordPass are corpus-level passes (see passes.go).
	DocPasses  []DocPass
	RecordPass *RecordPass
	// Progress, when set, receives a progress bar on a terminal, else a
	// status line every few seconds; both follow bytes within a file.
	Progress io.Writer
	// Log receives rejects when no rejects file is written, and notes
	// about resuming.
	Log io.Writer
}

// DefaultMaxItemBytes is the largest item a run reads unless told
// otherwise. The steps need up to about 20 times a page's size while they
// work on it (a 16 MB page of one line takes 330 MB), and large items go
// through them one at a time, so this keeps a run under 1 GB of memory
// whatever its pages.
const DefaultMaxItemBytes = 32 << 20

// maxHosts is how many sites the run's figures name one by one; the
// rest are summed as "(other)".
const maxHosts = 1000

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
	if o.MaxItemBytes <= 0 {
		o.MaxItemBytes = DefaultMaxItemBytes
	}
	if IsDirOutput(o.Output) && o.ShardBytes == 0 && o.ShardRecords == 0 {
		o.ShardBytes = DefaultShardBytes
	}
	lay, err := newLayout(&o)
	if err != nil {
		return stats, UserError{err}
	}
	if err := o.checkPasses(); err != nil {
		return stats, UserError{err}
	}
	j := &run{o: &o, inputs: inputs, lay: lay, log: o.Log}
	if j.log == nil {
		j.log = io.Discard
	}
	return j.run(ctx)
}

// run is one call of Run.
type run struct {
	o      *Options
	inputs []source.Input
	lay    layout
	log    io.Writer
	st     runState
	// work is the folder for the markers of every phase and what passes
	// keep between phases: the progress folder of a sharded run, or a
	// temporary folder removed at the end.
	work    string
	hashes  *hasher
	reports map[string]json.RawMessage
}

func (j *run) run(ctx context.Context) (pipeline.Stats, error) {
	var stats pipeline.Stats
	o, lay := j.o, j.lay
	config, identity := describe(o, j.inputs)
	j.st = runState{Identity: identity, Started: time.Now().UTC().Format(time.RFC3339), Config: config}
	resumed := false
	if lay.manifest != "" {
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
			fmt.Fprintf(j.log, "%s: this run is already complete (%d shards); nothing to do\n", lay.manifest, len(finished.Shards))
			return finished.Stats, nil
		}
	}
	if lay.sharded {
		prev, err := loadState(lay, identity, o.Overwrite)
		if err != nil {
			return stats, err
		}
		if prev != nil {
			if hasStdin(j.inputs) {
				return stats, UserError{fmt.Errorf("%s: an unfinished run that read standard input cannot be resumed; use --overwrite", lay.progress)}
			}
			j.st.Started, j.st.Now, j.st.Resumed = prev.Started, prev.Now, prev.Resumed+1
			resumed = true
		}
		j.work = lay.progress
	} else if o.hasPasses() {
		dir := filepath.Dir(lay.records)
		if lay.records == "-" {
			dir = ""
		}
		if dir != "" {
			// The output's folder may not exist yet: the records file
			// would create it, but the work folder comes first.
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return stats, err
			}
		}
		w, err := os.MkdirTemp(dir, ".akhbar-work-*")
		if err != nil {
			return stats, err
		}
		defer os.RemoveAll(w)
		j.work = w
	}
	if j.st.Now.IsZero() {
		j.st.Now = o.Steps.Now
		if j.st.Now.IsZero() {
			// Relative dates ("2 hours ago") are read against the time
			// the run first started, so that a resumed run reads them
			// as the first attempt did.
			j.st.Now = time.Now().Truncate(time.Second)
		}
	}
	o.Steps.Now = j.st.Now
	if lay.sharded {
		if err := os.MkdirAll(lay.progress, 0o755); err != nil {
			return stats, err
		}
		if err := sink.WriteJSON(lay.statePath(), &j.st); err != nil {
			return stats, err
		}
	}
	j.hashes = newHasher(j.inputs)
	defer j.hashes.stop()
	j.reports = map[string]json.RawMessage{}

	// Phase 1: the document passes observe the corpus.
	stepList := steps.Build(o.Steps)
	stepList, err := j.observe(ctx, stepList)
	if err != nil {
		return stats, err
	}
	// Phase 2: every item through the steps, into the output, or with a
	// record pass into a staging area.
	procLay := lay
	if o.RecordPass != nil {
		procLay = layout{
			records:  filepath.Join(j.work, "stage", "part.jsonl.zst"),
			rejects:  lay.rejects,
			progress: filepath.Join(j.work, "stage"),
			sharded:  true,
		}
	}
	done, err := loadMarkers(procLay, resumed)
	if err != nil {
		return stats, err
	}
	if resumed && len(done) > 0 {
		at := resumeAt(done)
		fmt.Fprintf(j.log, "resuming: %d shards complete, continuing at input %d item %d\n", len(done), at.Input, at.Item)
	}
	shards, err := j.process(ctx, stepList, procLay, done)
	for _, d := range shards {
		stats.Add(d.Stats)
	}
	if err != nil {
		return stats, j.stopped(ctx, err, len(shards))
	}
	inputs := inputInfos(shards, j.hashes, len(j.inputs))
	stats.BytesIn = 0
	for _, in := range inputs {
		if in.Size > 0 {
			stats.BytesIn += in.Size // every input is read whole by now
		}
	}
	stats.Hosts = pipeline.Top(stats.Hosts, maxHosts)
	final := shards
	var rejectFiles []string
	// Phase 3: the record pass over the staged records.
	if o.RecordPass != nil {
		for _, d := range shards {
			if d.Rejects != "" {
				rejectFiles = append(rejectFiles, lay.rel(procLay.abs(d.Rejects)))
			}
		}
		var dst pipeline.Stats
		final, dst, err = j.recordPass(ctx, procLay, shards, resumed)
		stats.Written, stats.Duplicates = dst.Written, dst.Duplicates
		if err != nil {
			return stats, j.stopped(ctx, err, len(final))
		}
	}
	if lay.manifest == "" {
		return stats, nil
	}
	m := sink.Manifest{
		Version: o.Version, Started: j.st.Started, Finished: time.Now().UTC().Format(time.RFC3339),
		Resumed: j.st.Resumed, Identity: identity, Config: config, Stats: stats, Inputs: inputs,
		RejectFiles: rejectFiles,
	}
	if len(j.reports) > 0 {
		m.Passes = j.reports
	}
	for _, d := range final {
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

// stopped reports how far a stopped run got.
func (j *run) stopped(ctx context.Context, err error, shards int) error {
	if ctx.Err() != nil && j.lay.sharded {
		fmt.Fprintf(j.log, "stopped: %d shards complete; run the same command again to continue\n", shards)
	}
	return err
}

// process runs the items from the inputs, after the shards already done,
// through the steps into the shards of lay, and returns every complete
// shard.
func (j *run) process(ctx context.Context, stepList []pipeline.Step, lay layout, done []marker) ([]marker, error) {
	o := j.o
	if lay.sharded {
		if err := os.MkdirAll(lay.progress, 0o755); err != nil {
			return done, err
		}
	}
	shards := &shardSet{lay: lay, o: o, log: j.log, done: done, hashes: j.hashes, nInputs: len(j.inputs)}
	if o.RecordPass == nil {
		shards.schema = o.Schema // staged records stay akhbar's, for the record pass to read
	}
	defer shards.abort()
	start := resumeAt(done)
	bar := newProgress(o.Progress, j.inputs)
	runner := pipeline.Runner{Steps: stepList, Workers: o.Workers, ItemTimeout: o.ItemTimeout}
	var pos positions
	produce := func(emit func(pipeline.Item) error) error {
		return j.readInputs(ctx, start, bar, true, func(input int, first int64) { pos.start(input, first) }, func(it pipeline.Item) error {
			if err := emit(it); err != nil {
				return err
			}
			pos.next()
			return nil
		})
	}
	var total pipeline.Stats
	err := runner.Run(ctx, produce, func(oc pipeline.Outcome) error {
		p := pos.of(oc.Seq)
		if err := shards.add(oc, &total); err != nil {
			return err
		}
		return shards.maybeClose(sink.Position{Input: p.Input, Item: p.Item + 1})
	})
	bar.finish()
	if err == nil {
		err = shards.finish()
	}
	return shards.done, err
}

// readInputs reads the inputs from position start on and emits their
// items; begin is called as each input starts with the index of its first
// emitted item.
func (j *run) readInputs(ctx context.Context, start sink.Position, bar *progress, hash bool, begin func(input int, first int64), emit func(pipeline.Item) error) error {
	srcOpts := source.Options{Format: j.o.Format, MaxItemBytes: j.o.MaxItemBytes, JSONL: j.o.JSONL, Progress: bar.add}
	for i, in := range j.inputs {
		if i < start.Input {
			bar.inputDone(in)
			continue
		}
		skip := int64(0)
		if i == start.Input {
			skip = start.Item
		}
		begin(i, skip)
		var item int64
		err := source.Read(ctx, in, srcOpts, func(it pipeline.Item) error {
			item++
			if item <= skip {
				return nil // covered by a complete shard
			}
			return emit(it)
		})
		if err != nil {
			return err
		}
		if hash {
			j.hashes.add(i)
		}
		bar.inputDone(in)
	}
	return nil
}

// describe makes the job's config as recorded and its identity: a hash of
// everything that decides the output bytes.
func describe(o *Options, inputs []source.Input) (json.RawMessage, string) {
	type in struct {
		Path string `json:"path"`
		Size int64  `json:"size"`
	}
	cfg := struct {
		Version      string            `json:"version"`
		Build        string            `json:"build,omitempty"`
		Inputs       []in              `json:"inputs,omitempty"`
		Format       source.Format     `json:"format"`
		Output       string            `json:"output"`
		Rejects      string            `json:"rejects"`
		MaxItemBytes int64             `json:"max_item_bytes"`
		ShardBytes   int64             `json:"shard_bytes,omitempty"`
		ShardRecords int64             `json:"shard_records,omitempty"`
		Steps        any               `json:"steps"`
		JSONL        *source.JSONLKeys `json:"jsonl_keys,omitempty"`
		Schema       sink.Schema       `json:"schema,omitempty"`
		Passes       []any             `json:"passes,omitempty"`
	}{Version: o.Version, Build: buildRevision(), Format: o.Format, Output: o.Output, Rejects: o.Rejects,
		MaxItemBytes: o.MaxItemBytes, ShardBytes: o.ShardBytes, ShardRecords: o.ShardRecords, Steps: o.Steps}
	if o.JSONL != (source.JSONLKeys{}) {
		cfg.JSONL = &o.JSONL
	}
	if o.Schema != sink.SchemaAkhbar {
		cfg.Schema = o.Schema
	}
	for _, i := range inputs {
		cfg.Inputs = append(cfg.Inputs, in{i.Path, i.Size})
	}
	for _, p := range o.DocPasses {
		cfg.Passes = append(cfg.Passes, map[string]any{"name": p.Name, "after": p.After, "config": p.Config})
	}
	if p := o.RecordPass; p != nil {
		cfg.Passes = append(cfg.Passes, map[string]any{"name": p.Name, "drop": p.Drop, "config": p.Config})
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

// buildRevision names the commit the binary was built from, so that a
// development build ("dev") does not continue a run of another build.
func buildRevision() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if rev == "" {
		return ""
	}
	return rev + dirty
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

// loadState reads an unfinished run's state: nil when there is none or
// it is to be discarded.
func loadState(lay layout, identity string, overwrite bool) (*runState, error) {
	b, err := os.ReadFile(lay.statePath())
	if errors.Is(err, os.ErrNotExist) {
		return nil, os.RemoveAll(lay.progress)
	}
	var st runState
	if err == nil {
		err = json.Unmarshal(b, &st)
	}
	if err == nil && st.Identity != identity && !overwrite {
		return nil, UserError{fmt.Errorf("%s holds an unfinished run of other inputs or settings; use --overwrite to start again, or another output", lay.progress)}
	}
	if err != nil || overwrite || st.Identity != identity {
		return nil, os.RemoveAll(lay.progress)
	}
	return &st, nil
}

// loadMarkers reads the completion markers of lay's shards, in order and
// without gaps, and deletes what unmarked shards left behind.
func loadMarkers(lay layout, resumed bool) ([]marker, error) {
	var ms []marker
	for i := 0; resumed && lay.sharded; i++ {
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
			return nil, fmt.Errorf("%s: %w (use --overwrite to start again)", lay.markerPath(i), err)
		}
		ms = append(ms, m)
	}
	if lay.sharded {
		if err := lay.removeStale(len(ms)); err != nil {
			return nil, err
		}
	}
	return ms, nil
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
	seq    int64 // items emitted so far (producer side)
}

type inputStart struct {
	seq   int64 // sequence number of the input's first emitted item
	input int
	first int64 // item index of that item within the input
}

// start records that input begins with its item first at the next
// sequence number.
func (p *positions) start(input int, first int64) {
	p.mu.Lock()
	p.starts = append(p.starts, inputStart{p.seq, input, first})
	p.mu.Unlock()
}

// next counts one emitted item.
func (p *positions) next() {
	p.mu.Lock()
	p.seq++
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

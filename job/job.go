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
// do; running another job into the same output needs Overwrite, as does
// replacing a file no akhbar manifest claims. The job's identity hashes
// its canonical settings and a stamp of each input (size, time, and its
// first and last 64 KiB).
//
// # Names and locks
//
// Every file of an output is named by one rule (see newLayout), which
// "akhbar dedup" follows too (ClaimOutput). A run holds a lock on its
// output for as long as it writes it, so a second run into the same output
// refuses at once; holding the lock, it removes what killed runs of the
// same output left (temporary files, work folders). Files akhbar wrote
// that turn up inside input folders are left out of the inputs.
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
	"strings"
	"sync"
	"time"

	"github.com/cespare/xxhash/v2"

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
// otherwise. The steps need up to about 30 times a page's size while they
// work on it (a 16 MB page of one line takes 330 MB; a page of short
// elements at the too-many-elements limit ~30 times), and large items go
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
	if lay.lock != "" {
		lk, err := lockOutput(lay.lock)
		if err != nil {
			return stats, UserError{err}
		}
		defer lk.unlock()
	}
	inputs, own, err := dropOwnFiles(inputs, o.Inputs, lay)
	if err != nil {
		return stats, UserError{err}
	}
	j := &run{o: &o, inputs: inputs, lay: lay, log: o.Log}
	if j.log == nil {
		j.log = io.Discard
	}
	if own > 0 {
		fmt.Fprintf(j.log, "skipped %d files of akhbar's own output (records, rejects, manifests, serve indexes) found in the input folders\n", own)
	}
	stats, err = j.run(ctx)
	if own > 0 {
		if stats.Skipped == nil {
			stats.Skipped = map[string]int64{}
		}
		stats.Skipped["akhbar-output-file"] += int64(own)
	}
	return stats, err
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
	config, identity, err := describe(o, j.inputs)
	if err != nil {
		return stats, err
	}
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
	if !lay.sharded && lay.lock != "" {
		// What a killed run of this output left: the lock says no live
		// run is writing it.
		if err := lay.removeStale(0); err != nil {
			return stats, err
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
		w, done, err := workDir(lay)
		if err != nil {
			return stats, err
		}
		defer done()
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
	stepList, err = j.observe(ctx, stepList)
	if err != nil {
		return stats, err
	}
	// Phase 2: every item through the steps, into the output, or with a
	// record pass into a staging area.
	procLay := lay
	if o.RecordPass != nil {
		// The staged records are cut as the output will be; the rejects
		// go to their final place, under the output's rule, one file
		// for a single output file.
		procLay = layout{
			records:  filepath.Join(j.work, "stage", "part.jsonl.zst"),
			rejects:  lay.rejects,
			progress: filepath.Join(j.work, "stage"),
			sharded:  lay.sharded,
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
	if !lay.sharded && lay.rejects != "" && stats.Rejected == 0 {
		// The rejects file always belongs to the run beside it: an
		// earlier run's (checked at the start to be akhbar's) goes.
		if err := os.Remove(lay.rejects); err != nil && !errors.Is(err, os.ErrNotExist) {
			return stats, err
		}
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
	if old := legacyManifest(lay); old != "" {
		os.Remove(old)
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
		// The input is hashed as it is read, for the manifest, when it
		// can be read twice (what hashFile hashes); the hasher reads it
		// again only if reading stopped before its end.
		var digest sink.InputInfo
		srcOpts.Digest = nil
		if hash && in.Path != "-" && in.Size >= 0 {
			srcOpts.Digest = func(sum uint64, size int64) {
				digest = sink.InputInfo{Path: in.Path, Size: size, XXHash: fmt.Sprintf("%016x", sum)}
			}
		}
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
			if digest.XXHash != "" {
				j.hashes.set(i, digest)
			} else {
				j.hashes.add(i)
			}
		}
		bar.inputDone(in)
	}
	return nil
}

// describe makes the job's config as recorded and its identity: a hash of
// the canonical settings (every filter, threshold, language list and step,
// the passes and their settings, the output's format and shape, the
// version) and of the inputs as they are now (see stampInput). What does
// not change the output (workers, progress, the output's own name) is
// left out, so that a restart with another -j continues.
func describe(o *Options, inputs []source.Input) (json.RawMessage, string, error) {
	stepsCfg, err := o.Steps.Canonical()
	if err != nil {
		return nil, "", err
	}
	type pass struct {
		Name   string `json:"name"`
		After  string `json:"after,omitempty"`
		Drop   bool   `json:"drop,omitempty"`
		Config any    `json:"config"`
	}
	cfg := struct {
		Version      string            `json:"version"`
		Build        string            `json:"build,omitempty"`
		Format       source.Format     `json:"format"`
		OutputFormat string            `json:"output_format"`
		Sharded      bool              `json:"sharded,omitempty"`
		Rejects      string            `json:"rejects"`
		MaxItemBytes int64             `json:"max_item_bytes"`
		ItemTimeout  string            `json:"item_timeout,omitempty"`
		ShardBytes   int64             `json:"shard_bytes,omitempty"`
		ShardRecords int64             `json:"shard_records,omitempty"`
		Steps        json.RawMessage   `json:"steps"`
		Passes       []pass            `json:"passes,omitempty"`
		JSONL        *source.JSONLKeys `json:"jsonl_keys,omitempty"`
		Schema       sink.Schema       `json:"schema,omitempty"`
	}{Version: o.Version, Build: BuildRevision(), Format: o.Format, OutputFormat: outputFormat(o.Output),
		Sharded: IsDirOutput(o.Output) || o.ShardBytes > 0 || o.ShardRecords > 0, Rejects: o.Rejects,
		MaxItemBytes: o.MaxItemBytes, ShardBytes: o.ShardBytes, ShardRecords: o.ShardRecords, Steps: stepsCfg}
	if o.ItemTimeout > 0 {
		cfg.ItemTimeout = o.ItemTimeout.String()
	}
	for _, p := range o.DocPasses {
		cfg.Passes = append(cfg.Passes, pass{Name: p.Name, After: p.After, Config: p.Config})
	}
	if p := o.RecordPass; p != nil {
		cfg.Passes = append(cfg.Passes, pass{Name: p.Name, Drop: p.Drop, Config: p.Config})
	}
	rec, err := json.Marshal(cfg)
	if err != nil {
		return nil, "", fmt.Errorf("the run's settings: %w", err)
	}
	return rec, Identity(rec, inputs), nil
}

// outputFormat is the format an output is written in.
func outputFormat(out string) string {
	switch {
	case out == "" || out == "-":
		return ".jsonl"
	case IsDirOutput(out):
		return "folder"
	}
	return strings.ToLower(sink.FormatExt(out))
}

// Identity hashes a command's canonical settings and its inputs as they
// are now: a run resumes, or is complete, only when both are the same.
func Identity(settings []byte, inputs []source.Input) string {
	h := sha256.New()
	h.Write(settings)
	for _, in := range inputs {
		b, _ := json.Marshal(stampInput(in))
		h.Write([]byte{'\n'})
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// inputStamp tells an input apart from a changed one without reading it
// all: its size and time, and a hash of its first and last 64 KiB, which
// sees a change of the same size made within a second.
type inputStamp struct {
	Path  string `json:"path"`
	Size  int64  `json:"size"`
	MTime int64  `json:"mtime_ns,omitempty"`
	Ends  string `json:"ends,omitempty"`
}

const stampBytes = 64 << 10

// stampBuffers and copyBuffers are reused from input to input: a run over
// a folder of small files would otherwise allocate them per file.
var (
	stampBuffers = sync.Pool{New: func() any { b := make([]byte, stampBytes); return &b }}
	copyBuffers  = sync.Pool{New: func() any { b := make([]byte, 32<<10); return &b }}
)

func stampInput(in source.Input) inputStamp {
	st := inputStamp{Path: in.Path, Size: in.Size}
	if in.Path == "-" || in.Stream {
		return st
	}
	// Stat before opening: opening a FIFO waits for a writer that may
	// never come, and a device may never end.
	if fi, err := os.Stat(in.Path); err != nil || !fi.Mode().IsRegular() {
		return st
	}
	f, err := source.OpenFile(in.Path)
	if err != nil {
		return st
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return st
	}
	st.Size, st.MTime = fi.Size(), fi.ModTime().UnixNano()
	h := xxhash.New()
	bp := stampBuffers.Get().(*[]byte)
	defer stampBuffers.Put(bp)
	buf := *bp
	// As much as the file holds, up to the buffer: asking for the whole
	// buffer cost a second read per small file only to meet its end.
	n, _ := io.ReadFull(f, buf[:min(int64(len(buf)), fi.Size())])
	h.Write(buf[:n])
	if fi.Size() > stampBytes {
		n, _ := f.ReadAt(buf, max(stampBytes, fi.Size()-stampBytes))
		h.Write(buf[:n])
	}
	st.Ends = fmt.Sprintf("%016x", h.Sum64())
	return st
}

// BuildRevision names the commit the binary was built from (with
// "+dirty" for uncommitted changes), so that a development build does not
// continue a run of another build; "" when the build does not say.
func BuildRevision() string {
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

// Version is akhbar's version as the build says it: the module's version
// when built from a tagged module ("go install ...@v1.2.0"), else the
// commit (12 digits, "+dirty" for uncommitted changes), else "devel".
func Version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	if r := BuildRevision(); r != "" {
		rev, dirty, _ := strings.Cut(r, "+")
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if dirty != "" {
			rev += "+" + dirty
		}
		return rev
	}
	return "devel"
}

// checkFinished looks for the manifest of a finished run at the output.
// The same run (same identity, files in place) is complete; another one
// is refused unless overwrite, as is an output file that no manifest says
// akhbar wrote. What is replaced is removed here, so that nothing of an
// earlier run (its rejects above all) survives beside the new one.
func checkFinished(lay layout, identity string, overwrite bool) (*sink.Manifest, error) {
	m, err := sink.ReadManifest(lay.manifest)
	if errors.Is(err, os.ErrNotExist) {
		return nil, checkForeign(lay, overwrite)
	}
	if err != nil && !overwrite {
		return nil, UserError{fmt.Errorf("%w (use --overwrite to replace it)", err)}
	}
	if err == nil && m.Identity == identity && !overwrite && lay.complete(m) {
		return m, nil
	}
	if err == nil && m.Identity != identity && !overwrite {
		return nil, UserError{fmt.Errorf("%s holds a finished run of other inputs or settings (%s, identity %s; this one is %s); use --overwrite to replace it, or another output", lay.manifest, m.Version, m.Identity, identity)}
	}
	if err == nil {
		base := filepath.Dir(lay.manifest)
		for _, s := range m.Shards {
			for _, p := range []string{s.Records, s.Rejects} {
				if p != "" && !filepath.IsAbs(p) {
					os.Remove(filepath.Join(base, p))
				}
			}
		}
		for _, p := range m.RejectFiles {
			if !filepath.IsAbs(p) {
				os.Remove(filepath.Join(base, p))
			}
		}
	}
	if err := os.Remove(lay.manifest); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	return nil, checkForeign(lay, overwrite)
}

// complete reports whether every file of a finished run is in place.
func (l layout) complete(m *sink.Manifest) bool {
	for _, s := range m.Shards {
		if _, err := os.Stat(l.abs(s.Records)); err != nil {
			return false
		}
	}
	return true
}

// checkForeign refuses to replace an output file or rejects file that no
// manifest of this output claims: akhbar did not write it (or it was
// written by hand since).
func checkForeign(lay layout, overwrite bool) error {
	if lay.sharded || overwrite {
		return nil
	}
	if legacyManifest(lay) != "" {
		return nil // written by an earlier akhbar
	}
	for _, p := range []string{lay.records, lay.rejects} {
		if p == "" || p == "-" {
			continue
		}
		if _, err := os.Lstat(p); err == nil {
			return UserError{fmt.Errorf("%s exists and no akhbar manifest (%s) says akhbar wrote it; use --overwrite to replace it, or another output", p, lay.manifest)}
		}
	}
	return nil
}

// legacyManifest names the manifest an earlier akhbar wrote beside a
// single output file under its former name (the name cut at its first
// dot), when it lists that file: "" otherwise.
func legacyManifest(lay layout) string {
	if lay.sharded || lay.records == "-" {
		return ""
	}
	dir, name := filepath.Split(lay.records)
	i := strings.IndexByte(name[min(1, len(name)):], '.')
	if i < 0 {
		return ""
	}
	old := filepath.Join(dir, name[:i+1]+".manifest.json")
	if old == lay.manifest {
		return ""
	}
	m, err := sink.ReadManifest(old)
	if err != nil {
		return ""
	}
	for _, s := range m.Shards {
		if s.Records == name {
			return old
		}
	}
	return ""
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

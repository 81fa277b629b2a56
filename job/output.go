package job

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/source"
)

// Output is one output file claimed by a command that writes it without
// Run ("akhbar dedup"), under the same rule as a job's output (see
// newLayout): its name must be of a known format, it is locked while the
// command writes it, a file no akhbar manifest claims is not replaced
// without overwrite, nor a finished output of other inputs or settings,
// and a manifest goes beside it when it is complete.
type Output struct {
	lay      layout
	lk       *outputLock
	identity string
	config   json.RawMessage
	inputs   []source.Input
	started  time.Time
	work     string
	cleanup  func()
}

// ClaimOutput claims out ("-" for stdout, which needs no claim) for a
// command whose canonical settings are settings and inputs inputs. done
// reports that out already holds this very run, complete.
func ClaimOutput(out string, settings json.RawMessage, inputs []string, overwrite bool) (o *Output, done bool, err error) {
	o = &Output{config: settings, started: time.Now()}
	for _, p := range inputs {
		if mp := sink.ManifestFor(p); mp != "" {
			// A folder of shards changes with its manifest.
			p = mp
		}
		in := source.Input{Path: p, Size: -1}
		if st, err := os.Stat(p); err == nil {
			in.Size = st.Size()
		}
		if p == "-" {
			// Standard input cannot be told from another: never the
			// same run as one before.
			in.Path = fmt.Sprintf("-@%d", o.started.UnixNano())
		}
		o.inputs = append(o.inputs, in)
	}
	if out == "" || out == "-" {
		return o, false, nil
	}
	if IsDirOutput(out) {
		return nil, false, UserError{fmt.Errorf("-o %s: this command writes one file, not a folder", out)}
	}
	lay, err := newLayout(&Options{Output: out, Rejects: "none"})
	if err != nil {
		return nil, false, UserError{err}
	}
	for _, in := range inputs {
		if lay.writes(filepath.Clean(in)) {
			return nil, false, UserError{fmt.Errorf("%s is this run's own output; it cannot be an input too", in)}
		}
	}
	o.lay = lay
	if o.lk, err = lockOutput(lay.lock); err != nil {
		return nil, false, UserError{err}
	}
	o.identity = Identity(settings, o.inputs)
	m, err := checkFinished(lay, o.identity, overwrite)
	if err != nil || m != nil {
		o.Release()
		return nil, m != nil, err
	}
	if err := lay.removeStale(0); err != nil {
		o.Release()
		return nil, false, err
	}
	return o, false, nil
}

// Work is a folder beside the output for the command's temporary files,
// removed by Release and, should the process be killed, at the next
// claim of the same output. For stdout it is a locked temporary folder.
func (o *Output) Work() (string, error) {
	if o.work != "" {
		return o.work, nil
	}
	w, done, err := workDir(o.lay)
	if err != nil {
		return "", err
	}
	o.work, o.cleanup = w, done
	return w, nil
}

// Finish writes the manifest of the complete output: nrec records of
// nbytes JSON, the run's counts.
func (o *Output) Finish(version string, stats pipeline.Stats, nrec, nbytes int64) error {
	if o.lay.manifest == "" {
		return nil
	}
	m := sink.Manifest{
		Version: version, Started: o.started.UTC().Format(time.RFC3339), Finished: time.Now().UTC().Format(time.RFC3339),
		Identity: o.identity, Config: o.config, Stats: stats,
		Shards: []sink.Shard{{Records: o.lay.rel(o.lay.records), NRecords: nrec, Bytes: nbytes, Stats: stats, End: sink.Position{Input: len(o.inputs)}}},
	}
	for _, in := range o.inputs {
		if in.Size < 0 {
			in.Path = "-"
		}
		m.Inputs = append(m.Inputs, hashFile(in))
	}
	return sink.WriteJSON(o.lay.manifest, &m)
}

// Release removes the work folder and lets go of the output.
func (o *Output) Release() {
	if o == nil {
		return
	}
	if o.cleanup != nil {
		o.cleanup()
		o.cleanup = nil
	}
	o.lk.unlock()
	o.lk = nil
}

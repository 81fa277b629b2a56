package job

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/cespare/xxhash/v2"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/source"
)

// shardSet writes outcomes into the current shard and closes shards when
// they are full. Without sharding there is one shard, the output file.
type shardSet struct {
	lay    layout
	o      *Options
	log    io.Writer
	hashes *hasher // nil when the "inputs" are not files (a record pass)
	// nInputs is how many inputs there are: the end of the last shard.
	nInputs int

	done []marker // complete shards, from earlier attempts and this one

	rec, rej sink.Writer // the current shard's files; rej is opened on the first reject
	// schema is the layout of the records files (final output only).
	schema sink.Schema
	stats  pipeline.Stats
	items  int64
}

func (s *shardSet) index() int { return len(s.done) }

// open starts the current shard's records file if it is not open yet.
func (s *shardSet) open() error {
	if s.rec != nil {
		return nil
	}
	var added string
	if !s.o.Steps.Now.IsZero() {
		added = s.o.Steps.Now.UTC().Format(time.RFC3339)
	}
	w, err := sink.CreateAs(s.lay.recordsPath(s.index()), sink.Records, s.schema, added)
	if err != nil {
		return err
	}
	s.rec = w
	return nil
}

func (s *shardSet) add(oc pipeline.Outcome, total *pipeline.Stats) error {
	if err := s.open(); err != nil {
		return err
	}
	s.items++
	switch {
	case oc.Skip != "":
		s.stats.Skip(oc.Skip)
		total.Skip(oc.Skip)
		return nil
	case oc.Reject != nil:
		s.stats.Read++
		s.stats.Reject(oc.Reject.Reason)
		s.stats.RejectStep(oc.Reject.Step)
		total.Read++
		total.Reject(oc.Reject.Reason)
		total.RejectStep(oc.Reject.Step)
		if s.lay.rejects == "" {
			if s.o.Rejects != "none" {
				fmt.Fprintf(s.log, "reject %s: %s\n", oc.Reject.ID, oc.Reject.Error)
			}
			return nil
		}
		if s.rej == nil {
			w, err := sink.Create(s.lay.rejectsPath(s.index()), sink.Rejects)
			if err != nil {
				return err
			}
			s.rej = w
		}
		return s.rej.Write(oc.Reject)
	}
	s.stats.Read++
	s.stats.Written++
	s.stats.Record(&oc.Doc.Record)
	total.Read++
	total.Written++
	total.Record(&oc.Doc.Record)
	return s.rec.Write(&oc.Doc.Record)
}

// dropped counts a record left out as a duplicate.
func (s *shardSet) dropped() error {
	if err := s.open(); err != nil {
		return err
	}
	s.stats.Duplicates++
	s.items++
	return nil
}

// full reports whether the current shard has reached a limit.
func (s *shardSet) full() bool {
	if !s.lay.sharded || s.rec == nil {
		return false
	}
	for _, w := range []sink.Writer{s.rec, s.rej} {
		if w == nil {
			continue
		}
		if s.o.ShardRecords > 0 && w.Count() >= s.o.ShardRecords {
			return true
		}
		if s.o.ShardBytes > 0 && w.Bytes() >= s.o.ShardBytes {
			return true
		}
	}
	return false
}

// maybeClose closes the current shard if it is full; end is the position
// after the item just added.
func (s *shardSet) maybeClose(end sink.Position) error {
	if !s.full() {
		return nil
	}
	return s.close(end)
}

// finish closes the last shard: the one in progress, or an empty one
// when the run wrote none at all, so that every run has an output file.
func (s *shardSet) finish() error {
	if s.rec == nil && len(s.done) > 0 {
		return nil
	}
	if err := s.open(); err != nil {
		return err
	}
	return s.close(sink.Position{Input: s.nInputs})
}

// close commits the current shard's files, then its marker: a marker
// exists only for a shard whose files are all in place.
func (s *shardSet) close(end sink.Position) error {
	i := s.index()
	m := marker{Shard: sink.Shard{Index: i, End: end, Stats: s.stats}}
	if err := s.rec.Close(); err != nil {
		return err
	}
	m.Records, m.NRecords, m.Bytes = s.lay.rel(s.rec.Path()), s.rec.Count(), s.rec.Bytes()
	if s.rej != nil {
		if err := s.rej.Close(); err != nil {
			return err
		}
		m.Rejects, m.NRejects = s.lay.rel(s.rej.Path()), s.rej.Count()
	}
	s.rec, s.rej, s.stats, s.items = nil, nil, pipeline.Stats{}, 0
	// The inputs this shard completes: every item of inputs before the
	// one it ends in has been read, so their hashes are (or will soon be)
	// known.
	for j := resumeAt(s.done).Input; s.hashes != nil && j < end.Input && j < s.nInputs; j++ {
		m.Inputs = append(m.Inputs, indexedInput{j, s.hashes.wait(j)})
	}
	if s.lay.sharded {
		if err := sink.WriteJSON(s.lay.markerPath(i), &m); err != nil {
			return err
		}
	}
	s.done = append(s.done, m)
	return nil
}

// abort discards the shard in progress.
func (s *shardSet) abort() {
	if s.rec != nil {
		s.rec.Abort()
	}
	if s.rej != nil {
		s.rej.Abort()
	}
	s.rec, s.rej = nil, nil
}

// inputInfos gathers every input's size and hash from the markers.
func inputInfos(done []marker, hashes *hasher, n int) []sink.InputInfo {
	out := make([]sink.InputInfo, n)
	for _, m := range done {
		for _, in := range m.Inputs {
			if in.Index < n {
				out[in.Index] = in.InputInfo
			}
		}
	}
	for i := range out {
		if out[i].Path == "" {
			out[i] = hashes.wait(i)
		}
	}
	return out
}

func (l layout) abs(rel string) string {
	if filepath.IsAbs(rel) || l.manifest == "" {
		return rel
	}
	return filepath.Join(filepath.Dir(l.manifest), rel)
}

// hasher holds the inputs' hashes. Most are made as the run reads the
// inputs (source.Options.Digest, see set); an input whose reading stopped
// before its end is hashed here in the background once the run has read
// it, while it is still in the page cache. Reading every input a second
// time cost an open, a read and a close per file, about 2 % of a run over
// a folder of small text dumps.
type hasher struct {
	inputs []source.Input
	queue  chan int

	mu   sync.Mutex
	cond *sync.Cond
	info map[int]sink.InputInfo
	sent map[int]bool
}

func newHasher(inputs []source.Input) *hasher {
	h := &hasher{inputs: inputs, queue: make(chan int, len(inputs)), info: map[int]sink.InputInfo{}, sent: map[int]bool{}}
	h.cond = sync.NewCond(&h.mu)
	go func() {
		for i := range h.queue {
			info := hashFile(inputs[i])
			h.mu.Lock()
			h.info[i] = info
			h.cond.Broadcast()
			h.mu.Unlock()
		}
	}()
	return h
}

// add queues input i, which has been read.
func (h *hasher) add(i int) {
	h.mu.Lock()
	h.sent[i] = true
	h.mu.Unlock()
	h.queue <- i
}

// set records input i's hash, made while the run read it.
func (h *hasher) set(i int, info sink.InputInfo) {
	h.mu.Lock()
	h.sent[i] = true
	h.info[i] = info
	h.cond.Broadcast()
	h.mu.Unlock()
}

func (h *hasher) stop() { close(h.queue) }

// wait returns input i's hash, hashing it here if it was never queued
// (an input skipped by a resumed run whose marker was lost).
func (h *hasher) wait(i int) sink.InputInfo {
	h.mu.Lock()
	defer h.mu.Unlock()
	for {
		if info, ok := h.info[i]; ok {
			return info
		}
		if !h.sent[i] {
			h.mu.Unlock()
			info := hashFile(h.inputs[i])
			h.mu.Lock()
			h.info[i] = info
			return info
		}
		h.cond.Wait()
	}
}

func hashFile(in source.Input) sink.InputInfo {
	info := sink.InputInfo{Path: in.Path, Size: in.Size}
	// stdin, a named FIFO and what is not a regular file (a device
	// given by name) cannot be read twice: read once, by the run.
	if in.Path == "-" || in.Size < 0 {
		return info
	}
	f, err := os.Open(in.Path)
	if err != nil {
		return info
	}
	defer f.Close()
	d := xxhash.New()
	bp := copyBuffers.Get().(*[]byte)
	defer copyBuffers.Put(bp)
	// The struct hides the file's WriteTo, which would allocate a buffer
	// of its own.
	n, err := io.CopyBuffer(d, struct{ io.Reader }{f}, *bp)
	if err != nil {
		return info
	}
	info.Size = n
	info.XXHash = fmt.Sprintf("%016x", d.Sum64())
	return info
}

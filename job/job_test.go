package job

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/steps"
)

// corpus writes n text dumps: each site's pages share a menu and a footer
// (what a template pass finds), and every fifth page repeats an earlier
// one's body (what a duplicate pass finds).
func corpus(t *testing.T, n int) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "in")
	os.MkdirAll(dir, 0o755)
	r := rand.New(rand.NewPCG(5, 6))
	words := strings.Fields("news city court minister rain school market river police train film match election farmers water")
	para := func() string {
		ws := make([]string, 12+r.IntN(20))
		for i := range ws {
			ws[i] = words[r.IntN(len(words))]
		}
		return strings.Join(ws, " ") + "."
	}
	var bodies []string
	for i := range n {
		site := fmt.Sprintf("site%d", i%3)
		body := para() + "\n\n" + para() + "\n\n" + para()
		if i%5 == 4 {
			body = bodies[r.IntN(len(bodies))]
		}
		bodies = append(bodies, body)
		text := fmt.Sprintf("Home | %s | Sports | Cinema\n\nHeadline number %d for %s\n\n%s\n\nFollow %s on social media for more\n", site, i, site, body, site)
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s__%03d.txt", site, i)), []byte(text), 0o644)
	}
	return dir
}

// commonLines is a toy DocPass: a line in three or more documents is
// boilerplate.
func commonLines() DocPass {
	return DocPass{
		Name: "common", After: "clean", Config: 3,
		New:  func() Observer { return &lineCounter{docs: map[string]int{}} },
		Load: func(r io.Reader) (Applier, error) { var a lineSet; return &a, json.NewDecoder(r).Decode(&a.Lines) },
	}
}

type lineCounter struct{ docs map[string]int }

func (c *lineCounter) Observe(d *pipeline.Doc) {
	seen := map[string]bool{}
	for _, b := range d.Blocks {
		if b.Text != "" && !seen[b.Text] {
			seen[b.Text] = true
			c.docs[b.Text]++
		}
	}
}

func (c *lineCounter) Finish() (Applier, error) {
	a := &lineSet{}
	for l, n := range c.docs {
		if n >= 3 {
			a.Lines = append(a.Lines, l)
		}
	}
	slices.Sort(a.Lines)
	return a, nil
}

type lineSet struct{ Lines []string }

func (a *lineSet) Apply(d *pipeline.Doc) error {
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if _, ok := slices.BinarySearch(a.Lines, b.Text); ok && (b.Role == pipeline.RoleUnknown || b.Role == pipeline.RoleBody) {
			b.Role, b.Reason = pipeline.RoleBoilerplate, "common"
		}
	}
	return nil
}
func (a *lineSet) Save(w io.Writer) error { return json.NewEncoder(w).Encode(a.Lines) }
func (a *lineSet) Report() any            { return map[string]int{"lines": len(a.Lines)} }

// exactDups is a toy RecordPass: records with the same text as an earlier
// one are its duplicates.
func exactDups(drop bool) *RecordPass {
	return &RecordPass{Name: "exact", Drop: drop, New: func(string) (RecordIndex, error) { return &exactIndex{first: map[string]string{}}, nil }}
}

type exactIndex struct {
	first map[string]string
	of    []string
}

func (x *exactIndex) Add(r *pipeline.Record) error {
	if f, ok := x.first[r.Text]; ok {
		x.of = append(x.of, f)
	} else {
		x.first[r.Text] = r.ID
		x.of = append(x.of, "")
	}
	return nil
}
func (x *exactIndex) Finish() (RecordApplier, error) { return &exactApply{x: x}, nil }
func (x *exactIndex) Close() error                   { return nil }

type exactApply struct {
	x *exactIndex
	n int
}

func (a *exactApply) Apply(r *pipeline.Record) (bool, error) {
	of := a.x.of[a.n]
	a.n++
	if of == "" {
		return false, nil
	}
	r.Dup = &pipeline.Dup{Cluster: of, Of: of}
	return true, nil
}
func (a *exactApply) Report() any  { return nil }
func (a *exactApply) Close() error { return nil }

func files(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, _ := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[rel] = b
		return nil
	})
	return out
}

// TestInterruptedRuns stops runs at random moments (the way SIGINT does,
// by cancelling the context), restarts them, and checks that the output is
// byte for byte that of an uninterrupted run, with and without corpus
// passes, for several output kinds.
func TestInterruptedRuns(t *testing.T) {
	in := corpus(t, 40)
	now := time.Date(2024, 7, 10, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, out string
		opts      func(*Options)
	}{
		{"folder", "out/", func(*Options) {}},
		{"parquet by size", "c.parquet", func(o *Options) { o.ShardRecords, o.ShardBytes = 0, 8000 }},
		{"document pass", "out/", func(o *Options) { o.DocPasses = []DocPass{commonLines()} }},
		{"record pass, drop", "c.jsonl.gz", func(o *Options) { o.RecordPass = exactDups(true) }},
		{"both passes", "out/", func(o *Options) { o.DocPasses = []DocPass{commonLines()}; o.RecordPass = exactDups(false) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := func(root string) Options {
				o := Options{Inputs: []string{in}, Output: root + "/" + tc.out, Workers: 3, ShardRecords: 7, Steps: stepsAt(now)}
				tc.opts(&o)
				return o
			}
			refRoot := t.TempDir()
			ref, err := Run(context.Background(), opts(refRoot))
			if err != nil {
				t.Fatal(err)
			}
			root := t.TempDir()
			r := rand.New(rand.NewPCG(uint64(len(tc.name)), 9))
			stops := 0
			for attempt := 0; ; attempt++ {
				ctx, cancel := context.WithCancel(context.Background())
				// Later attempts get longer, so that phases that start
				// over (observing, rebuilding a record index) finish.
				delay := time.Duration(r.IntN(20*(attempt+1))) * time.Millisecond
				if stops >= 6 {
					delay = time.Hour
				}
				timer := time.AfterFunc(delay, cancel)
				got, err := Run(ctx, opts(root))
				timer.Stop()
				cancel()
				if err == nil {
					if got.Summary() != ref.Summary() {
						t.Errorf("stats after %d stops: %s, want %s", stops, got.Summary(), ref.Summary())
					}
					break
				}
				if !errors.Is(err, context.Canceled) {
					t.Fatal(err)
				}
				stops++
				if attempt > 500 {
					t.Fatal("never finishes")
				}
			}
			want, have := files(t, refRoot), files(t, root)
			for name, w := range want {
				if strings.HasSuffix(name, "manifest.json") {
					continue
				}
				if !bytes.Equal(w, have[name]) {
					t.Errorf("%s differs after %d stops", name, stops)
				}
			}
			for name := range have {
				if _, ok := want[name]; !ok {
					t.Errorf("%s left over after %d stops", name, stops)
				}
			}
			t.Logf("%d stops; %s", stops, ref.Summary())
		})
	}
}

// TestPassesChangeOutput checks that the toy passes did their work, so
// that the interrupted-run test compares outputs that passes shaped.
func TestPassesChangeOutput(t *testing.T) {
	in := corpus(t, 30)
	out := filepath.Join(t.TempDir(), "c.jsonl")
	o := Options{Inputs: []string{in}, Output: out, Workers: 2, Steps: stepsAt(time.Now()),
		DocPasses: []DocPass{commonLines()}, RecordPass: exactDups(true)}
	st, err := Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	if st.Duplicates == 0 || st.Written+st.Duplicates+st.Rejected != st.Read {
		t.Errorf("stats %s: want duplicates dropped and counts that add up", st.Summary())
	}
	common := 0
	sink.ReadRecords(out, func(r pipeline.Record) error {
		for _, s := range r.Spans {
			if s.Reason == "common" {
				common++
			}
		}
		if strings.Contains(r.Text, "Follow site") {
			t.Errorf("%s: the shared footer is still in the text", r.ID)
		}
		return nil
	})
	if common == 0 {
		t.Error("no span marked by the document pass")
	}
	m, err := sink.ReadManifest(out + ".manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Passes["common"]) == 0 || len(m.Inputs) != 30 || m.Inputs[0].XXHash == "" {
		t.Errorf("manifest: passes %s, %d inputs (%+v)", m.Passes, len(m.Inputs), m.Inputs[0])
	}
	if entries, _ := os.ReadDir(filepath.Dir(out)); len(entries) != 2 {
		t.Errorf("output folder holds %v, want the output and its manifest only (no rejects, no work folder)", entries)
	}
}

// TestRerun: the same job again has nothing to do; another job into the
// same output is refused unless Overwrite.
func TestRerun(t *testing.T) {
	in := corpus(t, 10)
	out := t.TempDir() + "/out/"
	o := Options{Inputs: []string{in}, Output: out, ShardRecords: 4, Steps: stepsAt(time.Now())}
	first, err := Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	o.Log = &log
	again, err := Run(context.Background(), o)
	if err != nil || again.Summary() != first.Summary() || !strings.Contains(log.String(), "nothing to do") {
		t.Errorf("rerun: %v, %s, log %q", err, again.Summary(), log.String())
	}
	o.ShardRecords = 5
	_, err = Run(context.Background(), o)
	var ue UserError
	if !errors.As(err, &ue) {
		t.Errorf("other settings into the same output: err = %v, want a UserError", err)
	}
	o.Overwrite = true
	if _, err := Run(context.Background(), o); err != nil {
		t.Fatal(err)
	}
	m, err := sink.ReadManifest(filepath.Join(out, "manifest.json"))
	if err != nil || len(m.Shards) != 2 {
		t.Fatalf("after overwrite: %v, %d shards, want 2", err, len(m.Shards))
	}
	if ents, _ := filepath.Glob(filepath.Join(out, "part-*")); len(ents) != 2 {
		t.Errorf("after overwrite: %d shard files, want 2: %v", len(ents), ents)
	}
}

func TestLayout(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		o                                Options
		records, rejects, manifest, prog string
	}{
		{Options{Output: "-"}, "-", "", "", ""},
		{Options{Output: dir + "/c.jsonl.zst"}, dir + "/c.jsonl.zst", dir + "/c.rejects.jsonl.zst", dir + "/c.jsonl.zst.manifest.json", ""},
		{Options{Output: dir + "/c.parquet", ShardRecords: 5}, dir + "/c-00002.parquet", dir + "/c.rejects-00002.parquet", dir + "/c.parquet.manifest.json", dir + "/.c.parquet.progress"},
		{Options{Output: dir + "/c.v1.parquet"}, dir + "/c.v1.parquet", dir + "/c.v1.rejects.parquet", dir + "/c.v1.parquet.manifest.json", ""},
		{Options{Output: dir + "/c.v1.jsonl", ShardRecords: 5, Rejects: dir + "/a-rej.jsonl"}, dir + "/c.v1-00002.jsonl", dir + "/a-rej-00002.jsonl", dir + "/c.v1.jsonl.manifest.json", dir + "/.c.v1.jsonl.progress"},
		{Options{Output: dir + "/o/", ShardBytes: 5, Rejects: "none"}, dir + "/o/part-00002.jsonl.zst", "", dir + "/o/manifest.json", dir + "/o/.progress"},
	} {
		l, err := newLayout(&tc.o)
		if err != nil {
			t.Fatal(err)
		}
		if got := []string{l.recordsPath(2), l.rejectsPath(2), l.manifest, l.progress}; !slices.Equal(got, []string{tc.records, tc.rejects, tc.manifest, tc.prog}) {
			t.Errorf("%s: %q", tc.o.Output, got)
		}
	}
	if _, err := newLayout(&Options{Output: "-", ShardRecords: 3}); err == nil {
		t.Error("sharded stdout accepted")
	}
	// Names whose extension is no format akhbar writes are refused, not
	// silently written as JSON lines.
	for _, out := range []string{"x.csv", "x.txt", "x.json", "x", "x.jsonl.bz2"} {
		if _, err := newLayout(&Options{Output: filepath.Join(dir, out)}); err == nil {
			t.Errorf("-o %s accepted", out)
		}
	}
	if _, err := newLayout(&Options{Output: dir + "/c.jsonl", Rejects: dir + "/r.csv"}); err == nil {
		t.Error("--rejects r.csv accepted")
	}
}

func stepsAt(now time.Time) steps.Config { return steps.Config{Now: now} }
func TestRejectsPath(t *testing.T) {
	tests := []struct{ out, rejects, want string }{
		{"corpus.jsonl.zst", "", "corpus.rejects.jsonl.zst"},
		{"out/corpus.jsonl", "", "out/corpus.rejects.jsonl"},
		{".hidden.jsonl", "", ".hidden.rejects.jsonl"},
		{"c.v1.parquet", "", "c.v1.rejects.parquet"},
		{"c.2024-01.jsonl.gz", "", "c.2024-01.rejects.jsonl.gz"},
		{"corpus.jsonl", "mine.jsonl", "mine.jsonl"},
		{"corpus.jsonl", "none", ""},
		{"-", "", ""},
		{"-", "r.jsonl", "r.jsonl"},
	}
	for _, tt := range tests {
		if got := RejectsPath(tt.out, tt.rejects); got != tt.want {
			t.Errorf("RejectsPath(%q, %q) = %q, want %q", tt.out, tt.rejects, got, tt.want)
		}
	}
}

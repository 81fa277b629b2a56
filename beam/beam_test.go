package beam

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"

	"github.com/akhbar/akhbar/job"
	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/steps"
)

// TestMain runs the pipelines on Prism, in process (LOOPBACK: the test
// binary is the worker; no Docker, no Java, no network).
func TestMain(m *testing.M) { ptest.Main(m) }

// now fixes relative dates on both sides.
var now = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// evalDir finds the evaluation kit: $AKHBAR_EVAL ("none" to do without
// it), shared/eval beside the repository (as CI lays it out), or
// /work/shared/eval. "" when there is none.
func evalDir() string {
	cands := []string{"../../shared/eval", "/work/shared/eval"}
	if e := os.Getenv("AKHBAR_EVAL"); e != "" {
		cands = []string{e}
	}
	for _, d := range cands {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
	}
	return ""
}

// cleanInputs are a few hundred real pages: the evaluation kit's webcorpus
// and w3m dumps, its HTML pages and its WARC/ARC files when it is there,
// else the MIT-licensed w3m dumps in testdata; plus pages that must end as
// rejects.
func cleanInputs(t *testing.T) []string {
	t.Helper()
	var ins []string
	if e := evalDir(); e != "" {
		ins = []string{filepath.Join(e, "dumps", "webcorpus", "inputs"), filepath.Join(e, "dumps", "scrapinghub-w3m", "inputs"),
			// HTML pages, and WARC/ARC files with their malformed ones
			filepath.Join(e, "extraction", "scrapinghub", "inputs"), filepath.Join(e, "warc")}
	} else {
		t.Log("no evaluation kit: testdata only")
		ins = []string{"testdata/w3m"}
	}
	bad := t.TempDir()
	for name, body := range map[string]string{
		"empty.txt":  "",
		"binary.txt": "\x00\x01\x02binary\x00",
		"broken.gz":  "\x1f\x8b\x08\x00garbage",
		"lines.jsonl": `{"id":"j1","text":"A short page.\n\nWith two paragraphs of text in it."}
not json at all
{"id":"j3","url":"https://example.com/x"}
`,
	} {
		if err := os.WriteFile(filepath.Join(bad, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return append(ins, bad)
}

// runLocal runs "akhbar clean" as the command does (package job).
func runLocal(t *testing.T, inputs []string, dir string) (recs, rejs []string, st pipeline.Stats) {
	t.Helper()
	out := filepath.Join(dir, "local.jsonl")
	st, err := job.Run(context.Background(), job.Options{Inputs: inputs, Output: out, Steps: steps.Config{Now: now}})
	if err != nil {
		t.Fatal(err)
	}
	return readLines(t, out), readLines(t, job.RejectsPath(out, "")), st
}

// runBeam runs the Beam pipeline on Prism.
func runBeam(t *testing.T, inputs []string, o Options) (recs, rejs []string, sum Summary) {
	t.Helper()
	ctx := context.Background()
	if _, err := Prepare(ctx, o, inputs); err != nil {
		t.Fatal(err)
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, o)
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	sum, err := ReadSummary(ctx, o.Output)
	if err != nil {
		t.Fatal(err)
	}
	return readShards(t, o.Output, "part-"), readShards(t, o.Output, "rejects-"), sum
}

func readShards(t *testing.T, dir, prefix string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, prefix+"*"))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, p := range m {
		lines = append(lines, readLines(t, p)...)
	}
	return lines
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(path, ".gz") {
		z, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if b, err = io.ReadAll(z); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	if strings.HasSuffix(path, ".zst") {
		d, err := zstd.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		defer d.Close()
		if b, err = io.ReadAll(d); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return lines
}

// sameLines compares two outputs as sets of lines (with repeats): the
// order of lines is the one thing a distributed run may change.
func sameLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	slices.Sort(got)
	slices.Sort(want)
	if len(got) != len(want) {
		t.Errorf("%s: %d lines on Beam, %d locally", what, len(got), len(want))
	}
	for i := 0; i < min(len(got), len(want)); i++ {
		if got[i] != want[i] {
			t.Errorf("%s: first difference at sorted line %d:\nbeam:  %.300s\nlocal: %.300s", what, i, got[i], want[i])
			return
		}
	}
}

func TestCleanEqualsLocal(t *testing.T) {
	inputs := cleanInputs(t)
	dir := t.TempDir()
	lrec, lrej, lst := runLocal(t, inputs, dir)
	if len(lrec) < 20 || len(lrej) < 4 {
		t.Fatalf("local run gave %d records and %d rejects: the test needs both", len(lrec), len(lrej))
	}
	o := Options{Output: filepath.Join(dir, "beam"), Shards: 3, Now: now}
	brec, brej, sum := runBeam(t, inputs, o)
	t.Logf("beam: %s", sum.Run.Summary())
	sameLines(t, "records", brec, lrec)
	sameLines(t, "rejects", brej, lrej)
	if got, want := sum.Run.Summary(), lst.Summary(); got != want {
		t.Errorf("summary:\nbeam:  %s\nlocal: %s", got, want)
	}
	if n, _ := filepath.Glob(filepath.Join(o.Output, "part-*-of-00003.jsonl.zst")); len(n) != 3 {
		t.Errorf("%d record shards, want 3", len(n))
	}
	// A second run into the same folder is refused.
	if _, err := Prepare(context.Background(), o, inputs); err == nil {
		t.Error("Prepare accepted an output folder that holds a run")
	}
	// Shards without a single reject are written too, empty.
	o = Options{Output: filepath.Join(dir, "beam2"), Shards: 2, RejectShards: 5, Now: now}
	runBeam(t, []string{"testdata/w3m"}, o)
	if n, _ := filepath.Glob(filepath.Join(o.Output, "rejects-*-of-00005.jsonl.zst")); len(n) != 5 {
		t.Errorf("%d reject shards, want 5 (empty)", len(n))
	}
}

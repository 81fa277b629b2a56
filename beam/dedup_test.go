package beam

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/akhbar/akhbar/dedup"
	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/sink"
	"github.com/akhbar/akhbar/template"
)

// dedupInputs is the evaluation kit's near-duplicate set (601 documents,
// 149 clusters) when it is there; else the testdata dumps with edited
// copies made here: a paragraph dropped, words changed, a footer added,
// an exact copy.
func dedupInputs(t *testing.T) []string {
	t.Helper()
	if e := evalDir(); e != "" {
		return []string{filepath.Join(e, "dedup", "inputs")}
	}
	dir := t.TempDir()
	m, err := filepath.Glob("testdata/w3m/*.txt")
	if err != nil || len(m) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for i, p := range m {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		base := strings.TrimSuffix(filepath.Base(p), ".txt")
		write := func(name, s string) {
			if err := os.WriteFile(filepath.Join(dir, name+".txt"), []byte(s), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		write(base, text)
		switch i % 4 {
		case 0:
			write(base+"-copy", text)
		case 1:
			paras := strings.Split(text, "\n\n")
			if len(paras) > 3 {
				paras = append(paras[:len(paras)/2], paras[len(paras)/2+1:]...)
			}
			write(base+"-cut", strings.Join(paras, "\n\n"))
		case 2:
			write(base+"-edit", strings.Replace(strings.Replace(text, " the ", " a ", 3), "0", "7", -1)+"\n\nFollow us for more news.\n")
		}
	}
	return []string{dir}
}

// localDedup is "akhbar dedup" on a corpus file, as cmd/akhbar runs it:
// an Index over the records in file order, then Apply in the same order.
func localDedup(t *testing.T, corpus string, o dedup.Options, drop, templates bool) (lines []string, st dedup.Stats) {
	t.Helper()
	idx := dedup.NewIndex(o)
	defer idx.Close()
	var recs []*pipeline.Record
	if err := sink.ReadRecords(corpus, func(r pipeline.Record) error { recs = append(recs, &r); return nil }); err != nil {
		t.Fatal(err)
	}
	var texts []string
	if templates {
		// as cmd/akhbar's learnRecordTemplates
		l := template.NewLearner(template.Options{})
		for _, r := range recs {
			l.Observe(template.RecordDoc(r))
		}
		tpl := l.Finish()
		if tpl.Stats().Lines == 0 {
			t.Fatal("no template lines learned: the test needs some")
		}
		for _, r := range recs {
			d := template.RecordDoc(r)
			tpl.Apply(d)
			texts = append(texts, template.Body(d))
		}
	}
	if err := idx.AddBatch(recs, texts); err != nil {
		t.Fatal(err)
	}
	res, err := idx.Finish()
	if err != nil {
		t.Fatal(err)
	}
	defer res.Close()
	for _, r := range recs {
		dup, err := res.Apply(r)
		if err != nil {
			t.Fatal(err)
		}
		if dup && drop {
			continue
		}
		b, err := encodeJSON(r)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	return lines, res.Stats()
}

func TestDedupEqualsLocal(t *testing.T) {
	inputs := dedupInputs(t)
	for _, tc := range []struct {
		verify    string
		policy    string
		drop      bool
		templates bool
	}{
		{"exact", "earliest", false, false},
		{"estimate", "longest", true, false},
		{"exact", "earliest", false, true},
	} {
		t.Run(fmt.Sprintf("%s-%s-drop=%v-templates=%v", tc.verify, tc.policy, tc.drop, tc.templates), func(t *testing.T) {
			dir := t.TempDir()
			_, lrej, _ := runLocal(t, inputs, dir)
			do := dedup.DefaultOptions()
			do.Verify, do.Policy, do.TempDir = dedup.Verification(tc.verify), dedup.Policy(tc.policy), dir
			start := time.Now()
			want, lst := localDedup(t, filepath.Join(dir, "local.jsonl"), do, tc.drop, tc.templates)
			t.Logf("local dedup: %s", time.Since(start))
			if lst.Clusters < 5 {
				t.Fatalf("local dedup found %d clusters: the test needs some", lst.Clusters)
			}
			o := Options{Output: filepath.Join(dir, "beam"), Shards: 4, Now: now,
				Dedup: &DedupOptions{Options: dedup.Options{Verify: dedup.Verification(tc.verify), Policy: dedup.Policy(tc.policy)},
					Drop: tc.drop, Templates: tc.templates}}
			start = time.Now()
			got, brej, sum := runBeam(t, inputs, o)
			t.Logf("beam run: %s", time.Since(start))
			d := sum.Dedup
			t.Logf("local: %d clusters (largest %d), %d duplicates; beam: %s; %d clusters (largest %d), %d duplicates, %d exact pairs, %d of %d candidates accepted",
				lst.Clusters, lst.Largest, lst.Duplicates, sum.Run.Summary(), d.Clusters, d.Largest, d.Duplicates, d.ExactPairs, d.Accepted, d.Candidates)
			sameLines(t, "records", got, want)
			sameLines(t, "rejects", brej, lrej)
			if d.Clusters != lst.Clusters || d.Duplicates != lst.Duplicates || d.Largest != lst.Largest {
				t.Errorf("beam found %d clusters (largest %d) with %d duplicates, local %d (largest %d) with %d",
					d.Clusters, d.Largest, d.Duplicates, lst.Clusters, lst.Largest, lst.Duplicates)
			}
			if tc.drop && sum.Run.Duplicates != lst.Duplicates {
				t.Errorf("beam dropped %d duplicates, local %d", sum.Run.Duplicates, lst.Duplicates)
			}
		})
	}
}

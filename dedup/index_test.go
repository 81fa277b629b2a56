package dedup

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// testCorpus makes records with known clusters: each story has an
// original and copies (exact, re-punctuated, lightly edited, truncated),
// and there are unrelated singletons and empty records.
func testCorpus(seed uint64, stories, singles int) (recs []pipeline.Record, truth map[string]string) {
	g := newCorpusGen(seed)
	truth = map[string]string{}
	add := func(id, text, published, cluster string) {
		recs = append(recs, pipeline.Record{ID: id, Text: text, Published: pipeline.Time(published),
			Source: pipeline.Source{Path: "corpus/" + id + ".txt"}})
		truth[id] = cluster
	}
	for s := range stories {
		orig := g.text(150 + g.r.IntN(300))
		c := fmt.Sprintf("s%d", s)
		add(c+"-orig", orig, fmt.Sprintf("2024-01-%02dT10:00:00+05:30", 1+s%28), c)
		add(c+"-copy", orig, "", c)
		add(c+"-punct", "HEADLINE: "+orig+"!!", fmt.Sprintf("2024-02-%02d", 1+s%28), c)
		add(c+"-edit", g.edit(orig, 0.02), "", c)
		add(c+"-trunc", orig[:len(orig)*8/10], "", c)
	}
	for i := range singles {
		id := fmt.Sprintf("u%d", i)
		add(id, g.text(100+g.r.IntN(200)), "", id)
	}
	add("empty-1", "", "", "empty-1")
	add("empty-2", " — ", "", "empty-2")
	return recs, truth
}

type outcome struct {
	Dup  pipeline.Dup
	Drop bool
}

func runIndex(t *testing.T, o Options, recs []pipeline.Record) (map[string]outcome, Stats) {
	t.Helper()
	x := NewIndex(o)
	defer x.Close()
	batch := make([]*pipeline.Record, 0, 7)
	for i := range recs {
		batch = append(batch, &recs[i])
		if len(batch) == cap(batch) || i == len(recs)-1 {
			if err := x.AddBatch(batch, nil); err != nil {
				t.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	res, err := x.Finish()
	if err != nil {
		t.Fatal(err)
	}
	defer res.Close()
	out := map[string]outcome{}
	for i := range recs {
		r := recs[i]
		drop, err := res.Apply(&r)
		if err != nil {
			t.Fatal(err)
		}
		var d pipeline.Dup
		if r.Dup != nil {
			d = *r.Dup
		}
		out[r.ID] = outcome{Dup: d, Drop: drop}
	}
	return out, res.Stats()
}

func TestIndexFindsClusters(t *testing.T) {
	recs, truth := testCorpus(7, 12, 40)
	for _, o := range []Options{
		{},
		{Verify: Estimate},
		{MemoryBudget: 1}, // every 1024 band keys spill to a run
		{MaxBucket: 1},    // each text compared with the bucket's first only
	} {
		t.Run(fmt.Sprintf("%s-budget%d-bucket%d", o.Verify, o.MemoryBudget, o.MaxBucket), func(t *testing.T) {
			got, st := runIndex(t, o, recs)
			if o.MemoryBudget == 1 && st.Runs < 2 {
				t.Errorf("%d runs: the tiny budget did not spill", st.Runs)
			}
			for a, ca := range truth {
				for b, cb := range truth {
					if a >= b {
						continue
					}
					same := got[a].Dup.Cluster != "" && got[a].Dup.Cluster == got[b].Dup.Cluster
					if same != (ca == cb) {
						t.Errorf("%s and %s: same cluster %v, want %v", a, b, same, ca == cb)
					}
				}
			}
			if st.Clusters != 12 || st.Duplicates != 12*4 || st.Empty != 2 || st.Largest != 5 {
				t.Errorf("stats %+v", st)
			}
			// The keeper is the earliest dated member: the original.
			for s := range 12 {
				c := fmt.Sprintf("s%d", s)
				k := got[c+"-orig"]
				if k.Drop || k.Dup.Of != "" || k.Dup.Cluster == "" {
					t.Errorf("%s-orig is not its cluster's keeper: %+v", c, k)
				}
				for _, v := range []string{"-copy", "-punct", "-edit", "-trunc"} {
					d := got[c+v]
					if !d.Drop || d.Dup.Of != c+"-orig" || d.Dup.Cluster != k.Dup.Cluster {
						t.Errorf("%s%s: %+v, want a duplicate of %s-orig", c, v, d, c)
					}
					if d.Dup.Score <= 0 || d.Dup.Score > 1 {
						t.Errorf("%s%s: score %v", c, v, d.Dup.Score)
					}
				}
			}
		})
	}
}

// TestIndexOrderIndependent: the same corpus in other orders, and spilled
// or not, gives the same clusters, keepers and cluster ids.
func TestIndexOrderIndependent(t *testing.T) {
	recs, _ := testCorpus(11, 10, 30)
	// Ties that only the content hash or the id can break: two undated
	// copies of equal length.
	g := newCorpusGen(99)
	w := g.words(200)
	tie := strings.Join(w, " ")
	recs = append(recs,
		pipeline.Record{ID: "tie-b", Text: tie},
		pipeline.Record{ID: "tie-a", Text: tie},
		pipeline.Record{ID: "tie-c", Text: strings.Join(w[:199], " ")}, // shorter
	)
	want, _ := runIndex(t, Options{}, recs)
	if want["tie-a"].Dup.Of != "" || want["tie-b"].Dup.Of != "tie-a" {
		t.Errorf("tie not broken by id: %+v %+v", want["tie-a"], want["tie-b"])
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 5 {
		shuffled := append([]pipeline.Record(nil), recs...)
		r.Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
		o := Options{}
		if i%2 == 1 {
			o.MemoryBudget = 1
		}
		got, _ := runIndex(t, o, shuffled)
		if !reflect.DeepEqual(got, want) {
			for id := range want {
				if got[id] != want[id] {
					t.Errorf("order %d: %s: %+v, want %+v", i, id, got[id], want[id])
				}
			}
		}
	}
}

func TestApplyOutOfOrder(t *testing.T) {
	recs, _ := testCorpus(3, 2, 2)
	x := NewIndex(Options{})
	defer x.Close()
	for i := range recs {
		if err := x.Add(&recs[i]); err != nil {
			t.Fatal(err)
		}
	}
	res, err := x.Finish()
	if err != nil {
		t.Fatal(err)
	}
	defer res.Close()
	if _, err := res.Apply(&recs[1]); err == nil {
		t.Fatal("applying a record at another position is not an error")
	}
}

func TestEmptyIndex(t *testing.T) {
	x := NewIndex(Options{})
	res, err := x.Finish()
	if err != nil {
		t.Fatal(err)
	}
	defer res.Close()
	if _, err := res.Apply(&pipeline.Record{ID: "x"}); err == nil {
		t.Fatal("apply past the end is not an error")
	}
}

func TestKeeperPolicy(t *testing.T) {
	day := int64(86400e9)
	tests := []struct {
		name    string
		p       Policy
		members []Member
		want    int
	}{
		{"earliest date", Earliest, []Member{{ID: "a", HasDate: true, Published: 2 * day}, {ID: "b", HasDate: true, Published: day}}, 1},
		{"a date beats none", Earliest, []Member{{ID: "a", Length: 900}, {ID: "b", HasDate: true, Published: day, Length: 10}}, 1},
		{"same date: longer", Earliest, []Member{{ID: "a", HasDate: true, Length: 10}, {ID: "b", HasDate: true, Length: 20}}, 1},
		{"no dates: longer", Earliest, []Member{{ID: "a", Length: 10}, {ID: "b", Length: 20}}, 1},
		{"then content hash", Earliest, []Member{{ID: "a", Hash: 9}, {ID: "b", Hash: 3}}, 1},
		{"then id", Earliest, []Member{{ID: "b", Hash: 3}, {ID: "a", Hash: 3}}, 1},
		{"then path", Earliest, []Member{{ID: "a", Path: "y"}, {ID: "a", Path: "x"}}, 1},
		{"longest first", Longest, []Member{{ID: "a", HasDate: true, Length: 10}, {ID: "b", Length: 20}}, 1},
		{"longest, then date", Longest, []Member{{ID: "a", Length: 20}, {ID: "b", HasDate: true, Length: 20}}, 1},
		{"none", Earliest, nil, -1},
	}
	for _, tt := range tests {
		if got := Keeper(tt.p, tt.members); got != tt.want {
			t.Errorf("%s: keeper %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestMemberOfDates(t *testing.T) {
	tests := []struct {
		in      string
		hasDate bool
	}{
		{"2024-07-03T19:43:00+05:30", true},
		{"2024-07-03", true},
		{"2024-07-03T19:43:00", true},
		{"", false},
		{"yesterday", false},
	}
	for _, tt := range tests {
		m := MemberOf(&pipeline.Record{Published: pipeline.Time(tt.in)}, 1)
		if m.HasDate != tt.hasDate {
			t.Errorf("%q: has date %v", tt.in, m.HasDate)
		}
	}
	a := MemberOf(&pipeline.Record{Published: "2024-07-03T19:43:00+05:30"}, 1)
	b := MemberOf(&pipeline.Record{Published: "2024-07-03T15:00:00Z"}, 1)
	if a.Published >= b.Published {
		t.Error("offsets are not taken into account")
	}
}

func TestClusters(t *testing.T) {
	got := Clusters(6, []Pair{{4, 2}, {5, 4}, {1, 3}})
	want := []uint32{0, 1, 2, 1, 2, 2}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Clusters = %v, want %v", got, want)
	}
}

func TestClusterIDStable(t *testing.T) {
	a := ClusterID(&Member{ID: "x", Hash: 5})
	if a != ClusterID(&Member{ID: "x", Hash: 5, Length: 9}) || a == ClusterID(&Member{ID: "y", Hash: 5}) {
		t.Error("cluster id does not follow the keeper's id and hash only")
	}
}

func TestOptionsCheck(t *testing.T) {
	for _, o := range []Options{{Threshold: 1.5}, {Verify: "maybe"}, {Policy: "random"}, {Bands: 100, Rows: 100}} {
		if o.Check() == nil {
			t.Errorf("%+v passes Check", o)
		}
	}
	if err := (Options{}).Check(); err != nil {
		t.Errorf("defaults: %v", err)
	}
}

func FuzzFingerprint(f *testing.F) {
	for _, s := range []string{"", "a", "हिंदी समाचार आज की खबरें", "北京大学的学生", "\xff\x00 x y z w v u"} {
		f.Add(s)
	}
	h := NewHasher(Options{})
	f.Fuzz(func(t *testing.T, s string) {
		fp := h.Fingerprint(s, true)
		if (fp.Hash == 0) != (fp.Words == 0) {
			t.Fatalf("hash %x with %d words", fp.Hash, fp.Words)
		}
		if fp.Words > 0 && (len(fp.Signature) != 120 || len(fp.Bands) != 40 || len(fp.Set) == 0) {
			t.Fatalf("incomplete fingerprint of %q: %d %d %d", s, len(fp.Signature), len(fp.Bands), len(fp.Set))
		}
		if fp.Words > 0 && Similarity(&fp, &fp) != 1 {
			t.Fatal("a text is not similar to itself")
		}
		for i := 1; i < len(fp.Set); i++ {
			if fp.Set[i-1] >= fp.Set[i] {
				t.Fatal("shingle set not sorted and unique")
			}
		}
	})
}

func FuzzMemberOf(f *testing.F) {
	for _, s := range []string{"2024-07-03T19:43:00+05:30", "2024-07-03", "", "0000-00-00", "9999-12-31T23:59:59.999999999-23:59"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m := MemberOf(&pipeline.Record{Published: pipeline.Time(s)}, 1)
		if !m.HasDate && m.Published != 0 {
			t.Fatal("a time without a date")
		}
	})
}

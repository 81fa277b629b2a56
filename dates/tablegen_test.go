package dates

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var updateKeys = flag.Bool("update-keys", false, "rewrite data/dateparser.tsv with its keys normalised")

// normalRow returns the row of dateparser.tsv with its key as buildTables
// would normalise it, and whether it can be stored so (a template's parts
// must still cut at their first "|").
func normalRow(line string) (string, bool) {
	if line == "" || line[0] == '#' || strings.Count(line, "\t") != 3 {
		return line, true
	}
	f := strings.Split(line, "\t")
	switch f[1] {
	case "w", "r":
		f[2] = normKey(f[2])
	case "x":
		pre, post, ok := strings.Cut(f[2], "|")
		if !ok {
			return line, true
		}
		np, npost := normKey(pre), normKey(post)
		f[2] = np + "|" + npost
		if p2, q2, _ := strings.Cut(f[2], "|"); p2 != np || q2 != npost {
			return line, false
		}
	}
	return strings.Join(f, "\t"), true
}

// TestDateparserKeysNormal checks that every key of the generated table is
// stored as normKey gives it, so that buildTables need not normalise them
// at every start. After `go generate` (internal/gen writes the keys as
// go-dateparser has them) run
//
//	go test ./dates -run TestDateparserKeysNormal -args -update-keys
func TestDateparserKeysNormal(t *testing.T) {
	path := filepath.Join("data", "dateparser.tsv")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	changed := 0
	for i, line := range strings.SplitAfter(string(data), "\n") {
		body := strings.TrimSuffix(line, "\n")
		n, ok := normalRow(body)
		if !ok {
			t.Fatalf("line %d: the normalised template key does not cut at its first |: %q", i+1, body)
		}
		if n != body {
			changed++
			if changed <= 5 {
				t.Logf("line %d: %q -> %q", i+1, body, n)
			}
		}
		out.WriteString(n + line[len(body):])
	}
	if *updateKeys {
		if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if changed > 0 {
		t.Fatalf("%d keys of %s are not normal: go test ./dates -run TestDateparserKeysNormal -args -update-keys", changed, path)
	}
}

// dumpTables writes the tables out in a fixed order, to compare two builds.
func dumpTables(t *tables) string {
	var b strings.Builder
	mstr := func(m meaning) string {
		rel, past := m.rel, m.past
		m.rel, m.past = nil, nil // their values, not their addresses
		s := fmt.Sprintf("%+v", m)
		if rel != nil {
			s += fmt.Sprintf("rel=%+v", *rel)
		}
		if past != nil {
			s += fmt.Sprintf("past=%+v", *past)
		}
		return s
	}
	// Every key is read back through its index, as the parser finds it.
	find := func(x *strIndex, k string) int {
		j := x.find([]byte(k))
		if j < 0 || x.keys[j] != k {
			b.WriteString("NOT FOUND ")
		}
		return j
	}
	for _, k := range slices.Sorted(slices.Values(t.words.keys)) {
		e := t.entries[find(&t.words, k)]
		fmt.Fprintf(&b, "w %q %s", k, mstr(e.all))
		for _, r := range e.byLang {
			fmt.Fprintf(&b, " %s=%s", r.lang, mstr(r.m))
		}
		b.WriteByte('\n')
	}
	for _, k := range slices.Sorted(slices.Values(t.multi.keys)) {
		fmt.Fprintf(&b, "m %q %d\n", k, t.multiN[find(&t.multi, k)])
	}
	for _, k := range slices.Sorted(slices.Values(t.templates.keys)) {
		fmt.Fprintf(&b, "t %q %+v\n", k, t.tmplLists[find(&t.templates, k)])
	}
	for _, k := range slices.Sorted(slices.Values(t.tmplFirst.keys)) {
		fmt.Fprintf(&b, "f %q %v\n", k, find(&t.tmplFirst, k) >= 0)
	}
	return b.String()
}

var updateTables = flag.Bool("update-tables", false, "rewrite tables_gen.go from the rows")

// TestTablesGenerated checks that tables_gen.go, the tables the program
// reads, is what buildTables makes of today's rows (dateparser.tsv and the
// lexicon's date words), and that the parser finds every key in it. After
// a change to either run
//
//	go test ./dates -run TestTablesGenerated -args -update-tables
//
// (After a change to the types it writes, the old file no longer compiles:
// cut it to its package clause and "var genTables tables" first.)
func TestTablesGenerated(t *testing.T) {
	built := buildTables()
	src := tablesSource(built)
	path := "tables_gen.go"
	if *updateTables {
		if err := os.WriteFile(path, src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	have, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, src) {
		t.Fatalf("%s is not what buildTables makes of the rows: go test ./dates -run TestTablesGenerated -args -update-tables", path)
	}
	want := dumpTables(built)
	if strings.Contains(want, "NOT FOUND") {
		t.Fatal("a key of the built tables is not found through its index")
	}
	if got := dumpTables(getTables()); got != want {
		t.Fatal("the generated tables differ from the built ones")
	}
}

// tablesSource writes t as the Go source of genTables, all of it data the
// compiler can lay out statically: the relative phrases in one array that
// meanings point into, one for each value (the parser only reads them).
func tablesSource(t *tables) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by TestTablesGenerated (go test ./dates -run TestTablesGenerated -args -update-tables); DO NOT EDIT.\n\npackage dates\n\n")
	relIndex := map[relative]int{}
	var rels []relative
	note := func(m meaning) {
		for _, r := range []*relative{m.rel, m.past} {
			if r != nil {
				if _, ok := relIndex[*r]; !ok {
					relIndex[*r] = len(rels)
					rels = append(rels, *r)
				}
			}
		}
	}
	for _, e := range t.entries {
		note(e.all)
		for _, r := range e.byLang {
			note(r.m)
		}
	}
	fmt.Fprintf(&b, "var genRels = [%d]relative{\n", len(rels))
	for _, r := range rels {
		fmt.Fprintf(&b, "\t{n: %d, unit: %d, dir: %d},\n", r.n, r.unit, r.dir)
	}
	b.WriteString("}\n\n")
	mean := func(m meaning) string {
		var f []string
		for _, x := range []struct {
			name string
			v    int8
		}{{"month", m.month}, {"wday", m.wday}, {"period", m.period}, {"unit", m.unit}, {"dir", m.dir}, {"mark", m.mark}} {
			if x.v != 0 {
				f = append(f, fmt.Sprintf("%s: %d", x.name, x.v))
			}
		}
		for _, x := range []struct {
			name string
			v    bool
		}{{"markBefore", m.markBefore}, {"filler", m.filler}, {"hourWord", m.hourWord}} {
			if x.v {
				f = append(f, x.name+": true")
			}
		}
		if m.label != Unknown {
			f = append(f, fmt.Sprintf("label: %d", m.label))
		}
		if m.rel != nil {
			f = append(f, fmt.Sprintf("rel: &genRels[%d]", relIndex[*m.rel]))
		}
		if m.past != nil {
			f = append(f, fmt.Sprintf("past: &genRels[%d]", relIndex[*m.past]))
		}
		return "meaning{" + strings.Join(f, ", ") + "}"
	}
	index := func(x strIndex) string {
		var s strings.Builder
		s.WriteString("strIndex{\n\t\tkeys: []string{")
		eightARow(&s, len(x.keys), func(i int) string { return fmt.Sprintf("%q,", x.keys[i]) })
		s.WriteString("\n\t\t},\n\t\tslots: []uint32{")
		eightARow(&s, len(x.slots), func(i int) string { return fmt.Sprintf("%d,", x.slots[i]) })
		s.WriteString("\n\t\t},\n\t}")
		return s.String()
	}
	b.WriteString("var genTables = tables{\n")
	fmt.Fprintf(&b, "\twords: %s,\n\tentries: []entry{\n", index(t.words))
	for _, e := range t.entries {
		fmt.Fprintf(&b, "\t\t{all: %s", mean(e.all))
		if len(e.byLang) > 0 {
			b.WriteString(", byLang: []langMeaning{")
			for i, r := range e.byLang {
				if i > 0 {
					b.WriteString(", ")
				}
				fmt.Fprintf(&b, "{%q, %s}", r.lang, mean(r.m))
			}
			b.WriteString("}")
		}
		b.WriteString("},\n")
	}
	b.WriteString("\t},\n")
	fmt.Fprintf(&b, "\tmulti: %s,\n\tmultiN: []int8{", index(t.multi))
	for i, n := range t.multiN {
		if i%32 == 0 {
			b.WriteString("\n\t\t")
		} else {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%d,", n)
	}
	b.WriteString("\n\t},\n")
	fmt.Fprintf(&b, "\ttemplates: %s,\n\ttmplLists: [][]template{\n", index(t.templates))
	for j, ts := range t.tmplLists {
		b.WriteString("\t\t{")
		for i, x := range ts {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "{pre: %q, unit: %d, dir: %d, lang: %q}", x.pre, x.unit, x.dir, x.lang)
		}
		fmt.Fprintf(&b, "}, // %q\n", t.templates.keys[j])
	}
	b.WriteString("\t},\n")
	fmt.Fprintf(&b, "\ttmplFirst: %s,\n}\n", index(t.tmplFirst))
	out, err := format.Source(b.Bytes())
	if err != nil {
		panic(err)
	}
	return out
}

// TestBuildTablesSkipsNormal checks that the tables built without
// normalising the generated table's keys are those built normalising them.
func TestBuildTablesSkipsNormal(t *testing.T) {
	fast := dumpTables(buildTables())
	rawDateparserKeys = true
	defer func() { rawDateparserKeys = false }()
	if ref := dumpTables(buildTables()); fast != ref {
		t.Fatal("tables built from the stored keys differ from tables built normalising them")
	}
	if out := os.Getenv("AKHBAR_DUMP_TABLES"); out != "" {
		if err := os.WriteFile(out, []byte(fast), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestStrIndex(t *testing.T) {
	keys := []string{"", "a", "march", "मार्च", "20 minutes ago", "ab cd ef gh ij"}
	x := newStrIndex(keys)
	for i, k := range keys {
		if j := x.find([]byte(k)); j != i {
			t.Errorf("find(%q) = %d, want %d", k, j, i)
		}
	}
	for _, k := range []string{"b", "marc", "march ", "मार्", "20 minutes ag", "ab cd ef gh ijk"} {
		if j := x.find([]byte(k)); j != -1 {
			t.Errorf("find(%q) = %d, want -1", k, j)
		}
	}
	var empty strIndex
	if j := empty.find([]byte("a")); j != -1 {
		t.Errorf("empty index found %d", j)
	}
	// The generated table is at most half full: a miss ends at an empty slot.
	for _, x := range []strIndex{genTables.words, genTables.multi, genTables.templates, genTables.tmplFirst} {
		if 2*len(x.keys) > len(x.slots) {
			t.Errorf("index of %d keys in %d slots", len(x.keys), len(x.slots))
		}
	}
}

// eightARow writes n items, eight to a line, as gofmt leaves a long
// literal's elements.
func eightARow(s *strings.Builder, n int, item func(int) string) {
	for i := range n {
		if i%8 == 0 {
			s.WriteString("\n\t\t\t")
		} else {
			s.WriteByte(' ')
		}
		s.WriteString(item(i))
	}
}

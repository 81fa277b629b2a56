package dates

import (
	"bytes"
	"flag"
	"fmt"
	"maps"
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
	for _, k := range slices.Sorted(maps.Keys(t.words)) {
		e := t.words[k]
		fmt.Fprintf(&b, "w %q %s", k, mstr(e.all))
		for _, l := range slices.Sorted(maps.Keys(e.byLang)) {
			fmt.Fprintf(&b, " %s=%s", l, mstr(e.byLang[l]))
		}
		b.WriteByte('\n')
	}
	for _, k := range slices.Sorted(maps.Keys(t.multi)) {
		fmt.Fprintf(&b, "m %q %d\n", k, t.multi[k])
	}
	for _, k := range slices.Sorted(maps.Keys(t.templates)) {
		fmt.Fprintf(&b, "t %q %+v\n", k, t.templates[k])
	}
	for _, k := range slices.Sorted(maps.Keys(t.tmplFirst)) {
		fmt.Fprintf(&b, "f %q %v\n", k, t.tmplFirst[k])
	}
	return b.String()
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

package lang

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/internal/evalset"
)

// TestDumpScores writes, for every row of the kit's LID files, Identify's
// label and the bits of its score, then Document's labels, score bits and
// shares over blocks of 25 rows of one gold label, to $AKHBAR_LID_DUMP. A
// change meant to make language ID faster without changing a result is
// checked by running this at both commits (copy the file to the old one)
// and comparing the dumps with cmp. Without the variable there is nothing
// to do.
func TestDumpScores(t *testing.T) {
	path := os.Getenv("AKHBAR_LID_DUMP")
	if path == "" {
		t.Skip("AKHBAR_LID_DUMP not set")
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	kit, err := evalset.FindKit("")
	if err != nil {
		t.Fatal(err)
	}
	out := bufio.NewWriter(f)
	byLabel := map[string][]string{}
	var order []string
	for _, file := range []string{"flores-dev.tsv", "lingua-sentences.tsv"} {
		raw, err := os.ReadFile(filepath.Join(kit, "lid", file))
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.Lines(string(raw)) {
			gold, text, _ := strings.Cut(strings.TrimRight(line, "\n"), "\t")
			r := Identify(text)
			fmt.Fprintf(out, "%s\t%016x\n", r.Label, math.Float64bits(r.Score))
			if byLabel[gold] == nil {
				order = append(order, gold)
			}
			byLabel[gold] = append(byLabel[gold], text)
		}
	}
	for _, gold := range order {
		paras := byLabel[gold]
		for i := 0; i < len(paras); i += 25 {
			d, shares, per := Document(paras[i:min(i+25, len(paras))])
			keys := make([]string, 0, len(shares))
			for k := range shares {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			fmt.Fprintf(out, "doc %s %016x", d.Label, math.Float64bits(d.Score))
			for _, k := range keys {
				fmt.Fprintf(out, " %s=%016x", k, math.Float64bits(shares[k]))
			}
			for _, p := range per {
				fmt.Fprintf(out, " %s:%016x", p.Label, math.Float64bits(p.Score))
			}
			fmt.Fprintln(out)
		}
	}
	if err := out.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

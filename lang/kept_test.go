package lang

import (
	"reflect"
	"testing"
)

// TestDocumentKeptParas: the paragraphs Document scans again past
// keptParas get the labels and scores they get when every paragraph is
// kept. Documents of FLORES sentences in every language of the kit, one
// document a mix of languages and scripts, are labelled with every
// paragraph kept and with only the first few.
func TestDocumentKeptParas(t *testing.T) {
	rows, labels, err := floresRows()
	if err != nil {
		t.Skip(err)
	}
	n := 40
	if testing.Short() {
		n = 12
	}
	var docs [][]string
	var mixed []string
	for i, l := range labels {
		docs = append(docs, rows[l][:n])
		mixed = append(mixed, rows[l][i%n], "", rows[l][(i+1)%n][:20])
	}
	docs = append(docs, mixed)
	defer func(k int) { keptParas = k }(keptParas)
	for _, doc := range docs {
		keptParas = len(doc) + 1
		wantDoc, wantShares, wantPer := Document(doc)
		for _, k := range []int{0, 1, 5} {
			keptParas = k
			doc2, shares, per := Document(doc)
			if doc2 != wantDoc || !reflect.DeepEqual(shares, wantShares) || !reflect.DeepEqual(per, wantPer) {
				t.Fatalf("keptParas %d: document %v %v, paragraphs %v; all kept: %v %v, %v", k, doc2, shares, per, wantDoc, wantShares, wantPer)
			}
		}
	}
}

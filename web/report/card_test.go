package report

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/akhbar/akhbar/web/internal/sketch"
)

// TestCard checks the dataset card: front matter the Hub can read (valid
// YAML with its keys), and the figures of the summary in the body.
func TestCard(t *testing.T) {
	s := &Summary{Title: "News | test", Generated: "2025-01-01T00:00:00Z", Corpora: []string{"/x/corpus.jsonl.zst"},
		Records: 1500, Tokens: 90000, Rejects: 20, Units: 1000, RemovedUnits: 250,
		Langs:          []sketch.Count{{Key: "hin_Deva", Docs: 1000}, {Key: "eng_Latn", Docs: 400}, {Key: "hin_Latn", Docs: 100}},
		Sites:          []sketch.Count{{Key: "a|b.in", Docs: 1500}},
		RejectReasons:  []sketch.Count{{Key: "filter:lang", Docs: 20}},
		RemovedReasons: []RoleCount{{Role: "boilerplate", Reason: "outside-main", Units: 200}, {Role: "repeated", Reason: "site-template", Units: 50}},
		LangCount:      3, SiteCount: 1}
	var b strings.Builder
	if err := WriteCard(&b, s); err != nil {
		t.Fatal(err)
	}
	card := b.String()
	parts := strings.SplitN(card, "---\n", 3)
	if len(parts) != 3 || parts[0] != "" {
		t.Fatalf("no front matter:\n%s", card)
	}
	var m cardMeta
	if err := yaml.Unmarshal([]byte(parts[1]), &m); err != nil {
		t.Fatalf("front matter: %v\n%s", err, parts[1])
	}
	if strings.Join(m.Language, ",") != "hin,eng" || m.SizeCategories[0] != "1K<n<10K" || m.PrettyName != s.Title ||
		m.Configs[0].DataFiles[0] != "corpus.jsonl.zst" {
		t.Errorf("front matter %+v", m)
	}
	for _, want := range []string{"| records | 1,500 |", "| hin_Deva | 1,000 | 66.7% |", `| a\|b.in |`, "| boilerplate | outside-main | 200 | 20.0% |", "| filter:lang | 20 | 100.0% |"} {
		if !strings.Contains(card, want) {
			t.Errorf("card lacks %q:\n%s", want, card)
		}
	}
}

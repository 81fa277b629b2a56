package report

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/akhbar/akhbar/web/internal/sketch"
)

// cardMeta is the YAML front matter of a Hugging Face dataset card: the
// fields the Hub reads to index a dataset (languages, size, task, the
// data files).
type cardMeta struct {
	PrettyName     string       `yaml:"pretty_name"`
	Language       []string     `yaml:"language,omitempty"`
	License        string       `yaml:"license"`
	SizeCategories []string     `yaml:"size_categories"`
	TaskCategories []string     `yaml:"task_categories"`
	Tags           []string     `yaml:"tags"`
	Configs        []cardConfig `yaml:"configs,omitempty"`
}

type cardConfig struct {
	ConfigName string   `yaml:"config_name"`
	DataFiles  []string `yaml:"data_files"`
}

// sizeCategory is the Hub's size bucket for n records.
func sizeCategory(n int64) string {
	bounds := []struct {
		max  int64
		name string
	}{{1e3, "n<1K"}, {1e4, "1K<n<10K"}, {1e5, "10K<n<100K"}, {1e6, "100K<n<1M"}, {1e7, "1M<n<10M"}, {1e8, "10M<n<100M"}, {1e9, "100M<n<1B"}}
	for _, b := range bounds {
		if n < b.max {
			return b.name
		}
	}
	return "n>1T"
}

// WriteCard writes a dataset card (README.md for the Hugging Face Hub):
// YAML front matter the Hub indexes, then the report's figures as
// Markdown tables. The license is "other": akhbar cannot know the
// rights to the pages, and the card says to fill it in.
func WriteCard(w io.Writer, s *Summary) error {
	m := cardMeta{
		PrettyName:     s.Title,
		License:        "other",
		SizeCategories: []string{sizeCategory(s.Records)},
		TaskCategories: []string{"text-generation"},
		Tags:           []string{"news", "akhbar"},
	}
	for _, l := range s.Langs {
		code, _, _ := strings.Cut(l.Key, "_")
		if code != "" && code != "und" && !slices.Contains(m.Language, code) {
			m.Language = append(m.Language, code)
		}
	}
	var files []string
	for _, c := range s.Corpora {
		files = append(files, filepath.Base(strings.TrimSuffix(c, "/")))
	}
	if len(files) > 0 {
		m.Configs = []cardConfig{{ConfigName: "default", DataFiles: files}}
	}
	front, err := yaml.Marshal(&m)
	if err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString("---\n")
	b.Write(front)
	b.WriteString("---\n\n")
	fmt.Fprintf(&b, "# %s\n\n", s.Title)
	b.WriteString("News articles cleaned by [akhbar](https://github.com/akhbar/akhbar): one record per page with its text, title, authors, dates, language, quality signals, duplicate cluster and an audit of every span removed. Figures as of " + s.Generated + ".\n\n")
	b.WriteString("**License:** not known to akhbar; state the terms of the source pages here.\n\n")
	b.WriteString("| | |\n|---|---:|\n")
	fmt.Fprintf(&b, "| records | %s |\n| tokens | %s |\n| characters | %s |\n| rejected items | %s |\n| lines/blocks removed | %s (%s) |\n| languages | %d |\n| sites | %d%s |\n\n",
		num(s.Records), num(s.Tokens), num(s.Chars), num(s.Rejects), num(s.RemovedUnits), pct(s.RemovedUnits, s.Units),
		s.LangCount, s.SiteCount, approxMark(s.Approx["site"]))
	table := func(title, key string, list []countRow, total int64) {
		if len(list) == 0 {
			return
		}
		fmt.Fprintf(&b, "## %s\n\n| %s | documents | share |\n|---|---:|---:|\n", title, key)
		for _, c := range list {
			fmt.Fprintf(&b, "| %s | %s | %s |\n", mdCell(c.key), num(c.n), pct(c.n, total))
		}
		b.WriteString("\n")
	}
	table("Languages", "language", rows(s.Langs, 30), s.Records)
	table("Sites", "site", rows(s.Sites, 30), s.Records)
	table("Page types", "page type", rows(s.PageTypes, 30), s.Records)
	var rej []countRow
	for _, c := range s.RejectReasons {
		rej = append(rej, countRow{c.Key, c.Docs})
	}
	table("Rejected, by reason", "reason", rej, s.Rejects)
	if len(s.RemovedReasons) > 0 {
		b.WriteString("## Removed from the pages, by reason\n\n| role | reason | lines/blocks | share of all |\n|---|---|---:|---:|\n")
		for _, r := range s.RemovedReasons {
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", mdCell(r.Role), mdCell(r.Reason), num(r.Units), pct(r.Units, s.Units))
		}
		b.WriteString("\n")
	}
	if len(s.Months) > 0 {
		fmt.Fprintf(&b, "## Publication dates\n\nFrom %s to %s; %s records undated.\n\n", s.Months[0].Month, s.Months[len(s.Months)-1].Month, num(s.Undated))
	}
	if len(s.Notes) > 0 {
		b.WriteString("## Notes\n\n")
		for _, n := range s.Notes {
			fmt.Fprintf(&b, "- %s\n", n)
		}
	}
	_, err = io.WriteString(w, b.String())
	return err
}

type countRow struct {
	key string
	n   int64
}

func rows(list []sketch.Count, max int) []countRow {
	var out []countRow
	for i, c := range list {
		if i == max {
			break
		}
		out = append(out, countRow{c.Key, c.Docs})
	}
	return out
}

func approxMark(approx bool) string {
	if approx {
		return " (at least)"
	}
	return ""
}

// mdCell keeps a value from breaking a Markdown table row.
func mdCell(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ").Replace(s)
}

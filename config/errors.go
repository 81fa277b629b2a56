package config

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/akhbar/akhbar/quality"
)

// sections names each struct of a pipeline file by where it sits, to say
// where an unknown key is and which keys would fit there.
var sections = map[string]struct {
	where string
	t     reflect.Type
}{
	"config.Pipeline":  {"the top level", reflect.TypeFor[Pipeline]()},
	"config.Input":     {"inputs[]", reflect.TypeFor[Input]()},
	"config.Steps":     {"steps", reflect.TypeFor[Steps]()},
	"config.Extract":   {"steps.extract", reflect.TypeFor[Extract]()},
	"config.Clean":     {"steps.clean", reflect.TypeFor[Clean]()},
	"config.Templates": {"steps.templates", reflect.TypeFor[Templates]()},
	"config.Lang":      {"steps.lang", reflect.TypeFor[Lang]()},
	"config.Quality":   {"steps.quality", reflect.TypeFor[Quality]()},
	"config.Dedup":     {"steps.dedup", reflect.TypeFor[Dedup]()},
	"config.Output":    {"output", reflect.TypeFor[Output]()},
	"config.Rejects":   {"rejects", reflect.TypeFor[Rejects]()},
	"quality.Rules":    {"steps.quality.langs.*", reflect.TypeFor[quality.Rules]()},
}

// yamlKeys lists the keys a struct accepts, inline structs included.
func yamlKeys(t reflect.Type) []string {
	var keys []string
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("yaml")
		name, opts, _ := strings.Cut(tag, ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if strings.Contains(opts, "inline") {
			keys = append(keys, yamlKeys(f.Type)...)
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		keys = append(keys, name)
	}
	return keys
}

var (
	unknownField = regexp.MustCompile("^(line \\d+: )?field (\\S+) not found in type (\\S+)$")
	cannot       = regexp.MustCompile("^(line \\d+: )?cannot unmarshal !!(\\w+)(?: `(.*)`)? into (\\S+)$")
)

// humanErr words a YAML error for a person: where, what was found, what
// fits (with "did you mean" for a misspelt key), never Go's names for
// types.
func humanErr(err error) error {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		return errors.New(msg + indentHint(msg))
	}
	var out []string
	for _, e := range te.Errors {
		out = append(out, humanLine(e))
	}
	return errors.New(strings.Join(out, "; "))
}

func humanLine(e string) string {
	if m := unknownField.FindStringSubmatch(e); m != nil {
		sec, ok := sections[m[3]]
		if !ok {
			return fmt.Sprintf("%sunknown key %q", m[1], m[2])
		}
		keys := yamlKeys(sec.t)
		msg := fmt.Sprintf("%sunknown key %q in %s", m[1], m[2], sec.where)
		if best := closest(m[2], keys); best != "" {
			return msg + fmt.Sprintf(" (did you mean %q?)", best)
		}
		return msg + " (known keys: " + strings.Join(keys, ", ") + ")"
	}
	if m := cannot.FindStringSubmatch(e); m != nil {
		found := fmt.Sprintf("%q", m[3])
		switch m[2] {
		case "map":
			found = "a mapping (key: value)"
		case "seq":
			found = "a list"
		}
		return fmt.Sprintf("%s%s is not %s", m[1], found, goTypeWords(m[4]))
	}
	return e
}

// goTypeWords says what a Go type is in a YAML file's words.
func goTypeWords(t string) string {
	switch {
	case t == "int" || t == "int64":
		return "a whole number"
	case t == "float64":
		return "a number"
	case t == "bool" || t == "*bool":
		return "true or false"
	case t == "string":
		return "a string"
	case t == reflect.TypeFor[time.Duration]().String() || t == "*"+reflect.TypeFor[time.Duration]().String():
		return "a duration like 30s or 1m"
	case strings.HasPrefix(t, "[]"):
		return "a list"
	case strings.HasPrefix(t, "map["):
		return "a mapping of key: value"
	}
	return "a mapping of key: value (a section)"
}

// indentHint adds a hint to the errors YAML gives for bad indentation,
// whose line is often the one after the mistake.
func indentHint(msg string) string {
	if strings.Contains(msg, "did not find expected key") || strings.Contains(msg, "mapping values are not allowed") ||
		strings.Contains(msg, "did not find expected '-' indicator") {
		return " (often a wrong indentation on this line or the one before)"
	}
	return ""
}

// closest is the known key nearest to s by edit distance, if it is near
// enough to be a misspelling.
func closest(s string, keys []string) string {
	best, bestD := "", 1<<30
	for _, k := range keys {
		if d := editDistance(strings.ToLower(s), k); d < bestD {
			best, bestD = k, d
		}
	}
	if bestD <= max(2, len(s)/3) {
		return best
	}
	return ""
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = slices.Min([]int{prev[j] + 1, cur[j-1] + 1, prev[j-1] + cost})
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

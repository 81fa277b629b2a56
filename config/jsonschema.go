package config

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/akhbar/akhbar/quality"
)

// SchemaID is where editors find the pipeline file's JSON Schema (the
// copy in the repository, config/schema.json, is the same document).
const SchemaID = "https://github.com/akhbar/akhbar/raw/main/config/schema.json"

// JSONSchema is the JSON Schema (draft 2020-12) of a pipeline file, made
// from the Pipeline struct itself so that the two cannot drift apart:
// config/schema.json is this, and a test says so. Editors with a YAML
// language server complete and check a file that starts with
//
//	# yaml-language-server: $schema=../config/schema.json
func JSONSchema() ([]byte, error) {
	s := schemaOf(reflect.TypeFor[Pipeline]())
	s["$schema"] = "https://json-schema.org/draft/2020-12/schema"
	s["$id"] = SchemaID
	s["title"] = "akhbar pipeline (akhbar run)"
	s["required"] = []string{"inputs", "output"}
	s["$defs"] = obj{"rules": schemaOf(rulesType)}
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

var (
	sizeType     = reflect.TypeFor[Size]()
	durationType = reflect.TypeFor[time.Duration]()
	rulesType    = reflect.TypeFor[quality.Rules]()
)

type obj = map[string]any

func schemaOf(t reflect.Type) obj {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t {
	case sizeType:
		return obj{"description": "bytes, or a number with a unit: 64MiB, 1GB, 512k",
			"oneOf": []obj{{"type": "integer", "minimum": 0}, {"type": "string", "pattern": `^\s*[0-9.]+\s*([kKmMgGtT]i?[bB]?|[bB])?\s*$`}}}
	case durationType:
		return obj{"type": "string", "description": "a duration: 30s, 1m, 1h30m; 0s for no limit", "pattern": `^([0-9.]+(ns|us|µs|ms|s|m|h))+$|^0$`}
	}
	switch t.Kind() {
	case reflect.Bool:
		return obj{"type": "boolean"}
	case reflect.Int, reflect.Int64:
		return obj{"type": "integer"}
	case reflect.Float64:
		return obj{"type": "number"}
	case reflect.String:
		return obj{"type": "string"}
	case reflect.Slice:
		return obj{"type": "array", "items": schemaOf(t.Elem())}
	case reflect.Map:
		return obj{"type": "object", "additionalProperties": schemaOf(t.Elem())}
	case reflect.Struct:
		props := obj{}
		addFields(t, props)
		return obj{"type": "object", "properties": props, "additionalProperties": false}
	}
	return obj{}
}

func addFields(t reflect.Type, props obj) {
	for i := range t.NumField() {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if strings.Contains(opts, "inline") {
			addFields(f.Type, props)
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		fs := fieldSchema(t, name, f.Type)
		if f.Tag.Get("schema") == "refused" {
			// A key Validate refuses, kept only to say why: editors
			// flag it rather than complete it.
			fs = obj{"deprecated": true, "not": obj{}, "description": "no longer does anything; remove it"}
		}
		props[name] = fs
	}
}

// fieldSchema refines a field's schema with the values it may take.
func fieldSchema(owner reflect.Type, name string, t reflect.Type) obj {
	signals := quality.Keys()
	slices.Sort(signals)
	switch {
	case owner == reflect.TypeFor[Input]() && name == "format":
		return obj{"enum": Formats}
	case owner == reflect.TypeFor[Quality]() && name == "preset":
		p := quality.PresetNames()
		slices.Sort(p)
		return obj{"enum": p}
	case owner == rulesType && (name == "min" || name == "max"):
		return obj{"type": "object", "propertyNames": obj{"enum": signals}, "additionalProperties": obj{"type": "number"}}
	case owner == rulesType && (name == "disable" || name == "flag_only"):
		return obj{"type": "array", "items": obj{"enum": signals}}
	case owner == rulesType && name == "langs":
		return obj{"type": "object", "description": "rules for one label (tam_Taml), script (*_Taml) or language (kas_*)",
			"additionalProperties": obj{"$ref": "#/$defs/rules"}}
	case owner == reflect.TypeFor[Lang]() && name == "langs":
		return obj{"type": "array", "items": obj{"type": "string", "pattern": "^[a-z]{2,3}_[A-Z][a-z]{3}$"}}
	}
	return schemaOf(t)
}

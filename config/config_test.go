package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/quality"
)

func TestExamplesLoad(t *testing.T) {
	files, err := filepath.Glob("../examples/*.yaml")
	if err != nil || len(files) < 4 {
		t.Fatalf("examples: %v %v", files, err)
	}
	for _, f := range files {
		p, err := Load(f)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if len(p.Inputs) == 0 || p.Output.Path == "" {
			t.Errorf("%s: loaded without inputs or output: %+v", f, p)
		}
		want := strings.TrimSuffix(filepath.Base(f), ".yaml")
		if p.Steps.Quality.Preset != want {
			t.Errorf("%s: preset %q, want %q", f, p.Steps.Quality.Preset, want)
		}
		// Paths are the working directory's, as on clean's command line.
		if filepath.IsAbs(p.Output.Path) || strings.Contains(p.Output.Path, "examples") {
			t.Errorf("%s: output %q was moved off the working directory", f, p.Output.Path)
		}
	}
}

func TestDefaults(t *testing.T) {
	p, err := Parse([]byte("inputs: [{path: in}]\noutput: {path: out/corpus.jsonl.zst}\n"), "t.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := p.Steps
	for _, c := range []struct {
		name      string
		got, want any
	}{
		{"format", p.Inputs[0].Format, "auto"},
		{"max_item_size", p.MaxItemSize, Size(DefaultMaxItemSize)},
		{"min_docs", s.Templates.MinDocs, DefaultMinDocs},
		{"shingle", s.Dedup.Shingle, DefaultShingle},
		{"bands", s.Dedup.Bands, DefaultBands},
		{"rows", s.Dedup.Rows, DefaultRows},
		{"threshold", s.Dedup.Threshold, DefaultThreshold},
		{"preset", s.Quality.Preset, "default"},
		{"rejects", p.Rejects.Path, "out/corpus.rejects.jsonl.zst"},
		// Like clean with no flags: no corpus pass and no filter unless named.
		{"templates on", s.Templates.On(), false},
		{"dedup on", s.Dedup.On(), false},
		{"quality on", s.Quality.On(), false},
	} {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	def, _ := quality.Preset("default")
	if len(s.Quality.Rules.Max) != len(def.Max) || len(s.Quality.Rules.Min) != len(def.Min) {
		t.Errorf("rules are not the default preset: %+v", s.Quality.Rules)
	}
}

func TestOverrides(t *testing.T) {
	src := `
inputs: [{path: x}]
output: {path: o.jsonl}
steps:
  lang: {enabled: false}
  quality:
    preset: gopher
    min: {word_count: 20}
    max: {mojibake_frac: 0.01}
    disable: [stop_word_count]
    langs:
      "*_Taml": {max: {mean_word_len: 14}}
`
	p, err := Parse([]byte(src), "t.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if p.Steps.Lang.On() {
		t.Error("lang: enabled: false did not switch it off")
	}
	r := p.Steps.Quality.Rules
	if r.Min[quality.KeyWordCount] != 20 || r.Max[quality.KeyMojibake] != 0.01 {
		t.Errorf("overrides not applied: %v %v", r.Min, r.Max)
	}
	if r.Max[quality.KeyDupLine] != 0.3 {
		t.Errorf("preset bound lost: %v", r.Max)
	}
	if got := r.For("tam_Taml").Max[quality.KeyMeanWord]; got != 14 {
		t.Errorf("tam_Taml mean_word_len max = %v, want 14", got)
	}
	if _, ok := r.For("hin_Deva").Min[quality.KeyStopWords]; ok {
		t.Error("disable did not remove stop_word_count")
	}
}

func TestErrors(t *testing.T) {
	for _, c := range []struct {
		name, src, want string
	}{
		{"empty", "", "empty pipeline file"},
		{"unknown top key", "inputs: [{path: x}]\noutput: {path: o}\noutptu: {}\n", `line 3: unknown key "outptu" in the top level (did you mean "output"?)`},
		{"unknown step key", "inputs: [{path: x}]\noutput: {path: o}\nsteps:\n  dedup:\n    bandz: 3\n", `line 5: unknown key "bandz" in steps.dedup (did you mean "bands"?)`},
		{"misspelt lang key", "inputs: [{path: x}]\noutput: {path: o}\nsteps:\n  lang:\n    langz: [hin_Deva]\n", `line 5: unknown key "langz" in steps.lang (did you mean "langs"?)`},
		{"unknown step", "inputs: [{path: x}]\noutput: {path: o}\nsteps:\n  spellcheck: {}\n", `line 4: unknown key "spellcheck" in steps (known keys: extract, clean, templates, lang, quality, dedup)`},
		{"type in words", "inputs: [{path: x}]\noutput: {path: o}\nworkers: many\n", `line 3: "many" is not a whole number`},
		{"list in words", "inputs: {path: x}\noutput: {path: o}\n", `line 1: `},
		{"bad indent", "inputs:\n  - path: x\n output: {path: o}\n", "indentation"},
		{"unknown signal", "inputs: [{path: x}]\noutput: {path: o}\nsteps:\n  quality:\n    max:\n      word_cnt: 3\n", `t.yaml:6: steps.quality.max: unknown signal "word_cnt"`},
		{"unknown signal in langs", "inputs: [{path: x}]\noutput: {path: o}\nsteps:\n  quality:\n    langs:\n      hin_Deva: {disable: [nope]}\n", `t.yaml:6: steps.quality.langs.hin_Deva.disable: unknown signal "nope"`},
		{"no inputs", "output: {path: o}\n", "at least one input"},
		{"no output", "inputs: [{path: x}]\n", "output.path: required"},
		{"bad format", "inputs: [{path: x, format: pdf}]\noutput: {path: o}\n", `format: "pdf"`},
		{"bad preset", "inputs: [{path: x}]\noutput: {path: o}\nsteps: {quality: {preset: strict}}\n", `unknown preset "strict"`},
		{"bad label", "inputs: [{path: x}]\noutput: {path: o}\nsteps: {lang: {langs: [hindi]}}\n", `"hindi" is not a label`},
		{"bad threshold", "inputs: [{path: x}]\noutput: {path: o}\nsteps: {dedup: {threshold: 1.5}}\n", "threshold: 1.5"},
		{"bad size", "inputs: [{path: x}]\noutput: {path: o, shard_size: lots}\n", `line 2: bad size "lots"`},
		{"wrong type", "inputs: [{path: x}]\noutput: {path: o}\nworkers: many\n", "line 3"},
		{"inverted bounds", "inputs: [{path: x}]\noutput: {path: o}\nsteps: {quality: {min: {word_count: 10}, max: {word_count: 5}}}\n", "min 10 above max 5"},
		{"two documents", "inputs: [{path: x}]\noutput: {path: o}\n---\ninputs: []\n", "more than one YAML document"},
		{"a key that does nothing", "inputs: [{path: x}]\noutput: {path: o}\nsteps: {extract: {fallback: true}}\n", "steps.extract.fallback: no longer does anything"},
		{"clean off", "inputs: [{path: x}]\noutput: {path: o}\nsteps: {clean: {enabled: false}}\n", "steps.clean: cannot be switched off; to keep every line"},
		{"extract off", "inputs: [{path: x}]\noutput: {path: o}\nsteps: {extract: {enabled: false}}\n", "steps.extract: cannot be switched off"},
		{"sharded stdout", "inputs: [{path: x}]\noutput: {path: '-', shard_size: 1GB}\n", "stdout cannot be sharded"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse([]byte(c.src), "t.yaml")
			if err == nil {
				t.Fatalf("no error, want %q", c.want)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q, want it to contain %q", err, c.want)
			}
			for _, goWord := range []string{"config.", "quality.Rules", "not found in type", "!!", "int64", "[]"} {
				if strings.Contains(err.Error(), goWord) {
					t.Errorf("error %q speaks Go (%q)", err, goWord)
				}
			}
		})
	}
}

func TestParseSize(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Size
		ok   bool
	}{
		{"4096", 4096, true}, {"64MiB", 64 << 20, true}, {"1GB", 1e9, true},
		{"1.5 kib", 1536, true}, {"512k", 512 << 10, true}, {"0", 0, true},
		{"-1", 0, false}, {"MiB", 0, false}, {"1e400", 0, false}, {"NaN", 0, false},
	} {
		got, err := ParseSize(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("ParseSize(%q) = %v, %v; want %v ok=%v", c.in, got, err, c.want, c.ok)
		}
	}
}

func TestRejectsPath(t *testing.T) {
	for in, want := range map[string]string{
		"corpus.jsonl.zst": "corpus.rejects.jsonl.zst",
		"out/c.jsonl":      "out/c.rejects.jsonl",
		"out.d/corpus":     "out.d/corpus.rejects.jsonl",
		".hidden.jsonl":    ".hidden.rejects.jsonl",
	} {
		if got := RejectsPath(in); got != want {
			t.Errorf("RejectsPath(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLoadMissing(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "none.yaml"))
	if !os.IsNotExist(err) {
		t.Errorf("err = %v, want not-exist", err)
	}
}

func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("../examples/*.yaml")
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("inputs: [{path: x}]\noutput: {path: o}\nsteps: {quality: {langs: {'*_Deva': {min: {word_count: 1}}}}}\n"))
	f.Add([]byte("&a [*a]"))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := Parse(b, "fuzz.yaml")
		if err != nil {
			return
		}
		// Whatever parses must be valid and complete.
		if err := p.Validate(); err != nil {
			t.Fatalf("parsed but invalid: %v", err)
		}
		if p.Steps.Quality.Rules.Min == nil {
			t.Fatal("rules not resolved")
		}
	})
}

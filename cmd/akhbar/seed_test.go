package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// TestSeed runs "akhbar clean" on the seed dump and checks every field of
// its expected record, and the role of every line the expectation lists.
func TestSeed(t *testing.T) {
	const seed = "../../testdata/seed/000_6b62018fc8430769"
	out := filepath.Join(t.TempDir(), "out.jsonl")
	var stderr bytes.Buffer
	if err := runClean(context.Background(), cleanOptions{Format: "auto", Output: out, Quiet: true}, []string{seed + ".txt"}, &stderr); err != nil {
		t.Fatalf("clean: %v\n%s", err, stderr.String())
	}
	if got, want := strings.TrimSpace(stderr.String()), "read 1 = written 1 + rejected 0"; got != want {
		t.Errorf("summary = %q, want %q", got, want)
	}
	var got map[string]any
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("output is not one JSON record: %v", err)
	}
	var want map[string]any
	data, err = os.ReadFile(seed + ".expected.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	for field, w := range want {
		if field == "line_roles" {
			continue
		}
		if !reflect.DeepEqual(got[field], w) {
			t.Errorf("%s = %#v\nwant %#v", field, got[field], w)
		}
	}
	// The page is Hindi with English in its headline tail, kicker and
	// alt text: the shares must show it.
	if langs, _ := got["langs"].(map[string]any); langs["eng_Latn"] == nil || langs["hin_Deva"].(float64) < 0.5 {
		t.Errorf("langs = %v, want mostly hin_Deva with an eng_Latn share", got["langs"])
	}
	roles := lineRoles(t, got["spans"])
	for lines, role := range want["line_roles"].(map[string]any) {
		from, to := lineRange(t, lines)
		for n := from; n <= to; n++ {
			if roles[n] != role {
				t.Errorf("line %d: role %q, want %q", n, roles[n], role)
			}
		}
	}
}

// lineRoles maps each line the audit spans cover to its role.
func lineRoles(t *testing.T, spans any) map[int]string {
	t.Helper()
	roles := map[int]string{}
	list, ok := spans.([]any)
	if !ok {
		t.Fatalf("spans = %#v, want a list", spans)
	}
	for _, s := range list {
		m := s.(map[string]any)
		for n := int(m["start"].(float64)); n <= int(m["end"].(float64)); n++ {
			roles[n] = m["role"].(string)
		}
	}
	return roles
}

func lineRange(t *testing.T, s string) (int, int) {
	t.Helper()
	a, b, ok := strings.Cut(s, "-")
	from, err := strconv.Atoi(a)
	if err != nil {
		t.Fatal(err)
	}
	if !ok {
		return from, from
	}
	to, err := strconv.Atoi(b)
	if err != nil {
		t.Fatal(err)
	}
	return from, to
}
